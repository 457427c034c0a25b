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
from consultations.synthesis import SynthesisCache
from core.cache import VersionedCache
from core.events import EventBus
from core.ratelimit import Limit

# A synthesis of 100,000 comments is about 90 MB of JSON and takes half a minute to build
# (bench/RESULTS.md): keep a few, and build at most two at once.
SYNTHESIS_CACHE_BYTES = 256 * 2**20
CONCURRENT_SYNTHESIS_BUILDS = 2


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
    syntheses: SynthesisCache

    @classmethod
    def build(cls, settings: Settings, engine: AsyncEngine, events: EventBus) -> "AppState":
        keys = KeyRing(engine)
        access_tokens = AccessTokenVerifier(
            keys, issuer=settings.public_url, audience=settings.public_url
        )
        quota = (
            None if settings.rate_limits == "off" else Limit.parse(settings.rate_limit_submission)
        )
        submissions = SubmissionBatcher(
            lambda: unit_of_work(engine, events), keys, engine, events, quota
        )
        return cls(
            settings,
            engine,
            events,
            keys,
            access_tokens,
            Principals(engine),
            ClaimBatcher(engine),
            submissions,
            VersionedCache(
                max_bytes=SYNTHESIS_CACHE_BYTES, concurrent_builds=CONCURRENT_SYNTHESIS_BUILDS
            ),
        )
