"""What the composition root builds once per process and every request shares."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from api.settings import Settings
from api.unit_of_work import unit_of_work
from auth.keys import KeyRing
from auth.principal import Principals
from auth.tokens import AccessTokenVerifier
from consultations.idempotency import ClaimBatcher
from consultations.submissions import SubmissionBatcher
from core.events import EventBus


@dataclass(slots=True)
class AppState:
    settings: Settings
    engine: AsyncEngine
    events: EventBus
    keys: KeyRing
    access_tokens: AccessTokenVerifier
    principals: Principals
    claims: ClaimBatcher
    submissions: SubmissionBatcher

    @classmethod
    def build(cls, settings: Settings, engine: AsyncEngine, events: EventBus) -> "AppState":
        keys = KeyRing(engine)
        access_tokens = AccessTokenVerifier(
            keys, issuer=settings.public_url, audience=settings.public_url
        )
        submissions = SubmissionBatcher(lambda: unit_of_work(engine, events), keys, engine, events)
        return cls(
            settings,
            engine,
            events,
            keys,
            access_tokens,
            Principals(engine),
            ClaimBatcher(engine),
            submissions,
        )
