"""Domain events recorded on the unit of work and handed to subscribers before commit.

A service records what it changed; the composition root wires subscribers (the audit chain,
campaign detection). Subscribers run inside the same transaction, so an audited change and its
audit entry commit or roll back together, whatever entry point (HTTP, CLI, demo) caused them.
"""

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

_EVENTS_KEY = "plenary.events"


@dataclass(frozen=True, slots=True, kw_only=True)
class DomainEvent:
    """Base of every event. ``name`` is the stable type written to the audit log."""

    name: str
    actor_id: uuid.UUID | None
    subject_type: str
    subject_id: str
    consultation_id: uuid.UUID | None = None
    data: dict[str, Any] = field(default_factory=dict)
    # What the service knows that subscribers need and would otherwise read back or compute
    # inside the transaction (the MinHash signature of a comment's text, computed before the
    # writer's turn). Not part of the audit record: the audit chain hashes ``data``.
    context: dict[str, Any] = field(default_factory=dict)


Subscriber = Callable[[AsyncSession, DomainEvent], Awaitable[None]]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: dict[str, list[Subscriber]] = defaultdict(list)
        self._catch_all: list[Subscriber] = []

    def subscribe(self, handler: Subscriber, *, name: str | None = None) -> None:
        if name is None:
            self._catch_all.append(handler)
        else:
            self._subscribers[name].append(handler)

    async def dispatch(self, session: AsyncSession) -> None:
        """Delivers pending events; events recorded by subscribers are delivered too."""
        pending: list[DomainEvent] = session.info.get(_EVENTS_KEY, [])
        while pending:
            event = pending.pop(0)
            for handler in (*self._subscribers.get(event.name, ()), *self._catch_all):
                await handler(session, event)


def record(session: AsyncSession, event: DomainEvent) -> None:
    session.info.setdefault(_EVENTS_KEY, []).append(event)


def discard_pending(session: AsyncSession) -> None:
    session.info.pop(_EVENTS_KEY, None)


def has_pending(session: AsyncSession) -> bool:
    """Whether events recorded in this unit of work still wait for delivery."""
    return bool(session.info.get(_EVENTS_KEY))


def collect_until_last(session: AsyncSession, key: str, event: DomainEvent) -> list[DomainEvent]:
    """For subscribers that handle a unit of work's events together: adds ``event`` to those
    collected under ``key``, and once no event is left to deliver, returns them all (and
    starts afresh); until then, returns nothing."""
    collected: list[DomainEvent] = session.info.setdefault(key, [])
    collected.append(event)
    if has_pending(session):
        return []
    del session.info[key]
    return collected
