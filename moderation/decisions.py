"""Moderation decisions on comments and the state machine they follow.

Transitions (anything else is 409 with the allowed decisions in the detail):

    publish   pending | hidden            -> published
    hide      published | pending         -> hidden
    reject    pending | hidden | published -> rejected
    restore   hidden | rejected           -> published

Choices
- ``restore`` returns a comment to ``published``, also in a pre-moderated consultation: a
  moderator restoring it has reviewed it, sending it back to ``pending`` would only queue it
  for a second review by the same people.
- ``publish`` on a comment that is already published is allowed only while it has flags no
  decision has answered yet: it confirms the comment and dismisses those flags (the comment
  leaves the moderation queue; its status does not change). Without open flags it is 409.
  Likewise ``hide`` on a comment that is hidden while it has unanswered flags (the flag
  threshold hid it pending review) confirms the hiding: the flags are answered, the comment
  leaves the queue and stays hidden. Without open flags it is 409 (already hidden).
- Withdrawn comments belong to their authors and cannot be moderated (409).
- Every decision is stored in ``moderation_decisions`` with its reason (required, non-empty)
  and recorded as ``comment.moderated``. A decision that changes the status bumps the comment's
  revision, so its ETag changes.
- ``If-Match`` is optional: with it, the decision applies only to the revision the moderator
  read (the comment's ETag, as the comment and the queue give it), 412 otherwise, under the
  comment's row lock; a header that is not ``*`` or entity tags is 400. Without it, the
  decision applies to the comment as it is now. The revision counts every change, not the text
  alone: an author's edit, so that it is not published unseen, but also a status change by
  another moderator's decision or by the flag threshold, since a moderator who read the comment
  before either acted on a view that is no longer true (the comment they meant to reject may
  have been published by a colleague a moment ago, or hidden by flags they have not seen).
"""

import uuid
from dataclasses import dataclass
from typing import Final

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.principal import Principal
from consultations.comments import comment_etag
from core.clock import utcnow
from core.db import table_of
from core.errors import Conflict
from core.etag import check_optional_if_match
from core.events import DomainEvent, record
from moderation import policy
from moderation.context import visible_comment
from moderation.models import Flag, ModerationDecision
from moderation.schemas import DecisionCreate, DecisionRead

TRANSITIONS: Final[dict[str, tuple[frozenset[str], str]]] = {
    "publish": (frozenset({"pending", "hidden"}), "published"),
    "hide": (frozenset({"published", "pending"}), "hidden"),
    "reject": (frozenset({"pending", "hidden", "published"}), "rejected"),
    "restore": (frozenset({"hidden", "rejected"}), "published"),
}

_flags = table_of(Flag)
_decisions = table_of(ModerationDecision)


@dataclass(frozen=True, slots=True)
class Transition:
    from_status: str
    to_status: str


# A decision that keeps the status it would set still answers the flags under review.
CONFIRMATIONS: Final[dict[str, str]] = {"published": "publish", "hidden": "hide"}


def allowed_decisions(status: str, *, has_open_flags: bool) -> list[str]:
    allowed = [name for name, (sources, _) in TRANSITIONS.items() if status in sources]
    confirmation = CONFIRMATIONS.get(status)
    if confirmation is not None and has_open_flags:
        allowed.insert(0, confirmation)
    return allowed


def next_status(decision: str, status: str, *, has_open_flags: bool) -> Transition:
    """The transition ``decision`` makes from ``status``; Conflict when it makes none."""
    if status == "withdrawn":
        raise Conflict(
            "The comment was withdrawn by its author; withdrawn comments are not moderated."
        )
    if decision not in TRANSITIONS:
        raise Conflict(f"Unknown decision {decision!r}.")
    sources, target = TRANSITIONS[decision]
    if status in sources or (has_open_flags and CONFIRMATIONS.get(status) == decision):
        return Transition(status, target)
    allowed = allowed_decisions(status, has_open_flags=has_open_flags)
    raise Conflict(
        f"A {status} comment cannot be {_past(decision)}; decisions possible now: "
        f"{', '.join(allowed) or 'none'}."
    )


def _past(decision: str) -> str:
    return {"publish": "published", "hide": "hidden", "reject": "rejected"}.get(
        decision, "restored"
    )


def open_flags_clause(comment_id: sa.ColumnElement[uuid.UUID]) -> sa.ColumnElement[bool]:
    """True when the comment has a flag that no decision has answered (no decision at or after
    the flag)."""
    answered = sa.exists().where(
        _decisions.c.comment_id == _flags.c.comment_id,
        _decisions.c.decided_at >= _flags.c.created_at,
    )
    return sa.exists().where(_flags.c.comment_id == comment_id, ~answered)


async def has_open_flags(session: AsyncSession, comment_id: uuid.UUID) -> bool:
    connection = await session.connection()
    found = await connection.execute(sa.select(open_flags_clause(sa.literal(comment_id))))
    return bool(found.scalar())


async def decide(
    session: AsyncSession,
    principal: Principal,
    comment_ref: str,
    data: DecisionCreate,
    *,
    if_match: str | None = None,
) -> DecisionRead:
    context = await visible_comment(session, principal, comment_ref, lock=True)
    policy.can_decide(principal, context.access)
    comment = context.comment
    check_optional_if_match(if_match, comment_etag(comment.id, comment.revision))
    open_flags = comment.flag_count > 0 and await has_open_flags(session, comment.id)
    transition = next_status(data.decision, comment.status, has_open_flags=open_flags)
    now = utcnow()
    if transition.to_status != transition.from_status:
        comment.status = transition.to_status
        comment.revision += 1
        comment.updated_at = now
        session.add(comment)
    decision = ModerationDecision(
        comment_id=comment.id,
        decision=data.decision,
        reason=data.reason,
        from_status=transition.from_status,
        to_status=transition.to_status,
        decided_by=principal.user_id,
        decided_at=now,
    )
    session.add(decision)
    await session.flush()
    record(
        session,
        DomainEvent(
            name="comment.moderated",
            actor_id=principal.user_id,
            subject_type="comment",
            subject_id=str(comment.id),
            consultation_id=comment.consultation_id,
            data={
                "round_id": str(comment.round_id),
                "decision_id": str(decision.id),
                "decision": data.decision,
                "from_status": transition.from_status,
                "to_status": transition.to_status,
                "reason": data.reason,
            },
        ),
    )
    return DecisionRead(
        id=str(decision.id),
        comment_id=str(comment.id),
        decision=data.decision,
        reason=decision.reason,
        from_status=transition.from_status,
        to_status=transition.to_status,
        decided_by=str(principal.user_id) if principal.user_id is not None else None,
        decided_at=decision.decided_at,
    )
