"""What the composition root builds once per process and every request shares."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from api.settings import Settings
from auth.keys import KeyRing
from core.events import EventBus


@dataclass(slots=True)
class AppState:
    settings: Settings
    engine: AsyncEngine
    events: EventBus
    keys: KeyRing
