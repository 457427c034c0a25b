"""The composition root's event wiring: which subscribers hear which domain events.

Campaign detection hears new and edited comments, and withdrawn ones leave their campaign; an
erasure drops the person's Idempotency-Keys; the audit chain hears every event and is subscribed
last, so that it sees the events other subscribers record and appends after them.
"""

from consultations.idempotency import forget_erased_callers_keys
from core.events import EventBus
from moderation.audit import record_in_chain
from moderation.campaigns import detect_campaign, leave_campaign


def build_event_bus() -> EventBus:
    bus = EventBus()
    bus.subscribe(detect_campaign, name="comment.submitted")
    bus.subscribe(detect_campaign, name="comment.edited")
    bus.subscribe(leave_campaign, name="comment.withdrawn")
    bus.subscribe(forget_erased_callers_keys, name="user.erased")
    bus.subscribe(record_in_chain)
    return bus
