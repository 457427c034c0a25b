"""Flags: people reporting a published comment to the moderators.

Choices
- One flag per person and comment, ever (409 on a second, whatever its reason): a flag is a
  vote for review, and a person cannot vote twice. ``comments.flag_count`` counts every flag
  the comment has received.
- A published comment is hidden for review (status ``hidden``, event ``comment.hidden_by_flags``)
  when the flags that no moderation decision has answered yet reach the threshold
  (``settings.flag_threshold``). Flags answered by a decision no longer count, so a comment a
  moderator has confirmed is not hidden again by the next single flag.
- Authors cannot flag their own comments (403; once they no longer represent its
  organization, the refusal sends them to the moderators, who can hide it), nor can the other
  representatives of the comment's verified organization, who may edit or withdraw it as the
  author can: their flag would count towards hiding what they can withdraw themselves, and one
  organization would need fewer others to hide it.
- Only published comments can be flagged (409 for a visible comment in any other state; see
  ``moderation.policy`` for who sees what). A comment hidden since the caller read it is 404,
  with a detail saying that hidden comments are no longer shown, the same for every comment the
  caller cannot see, so it tells nothing about the one asked for. Hiding bumps the comment's
  revision; a flag alone does not, so authors' ``If-Match`` tags are not invalidated by other
  people's flags.
"""

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.principal import Principal
from core.clock import utcnow
from core.db import table_of
from core.errors import Conflict, Forbidden, NotFound
from core.events import DomainEvent, record
from moderation import policy
from moderation.context import represents_verified_organization, visible_comment
from moderation.models import Flag, ModerationDecision
from moderation.schemas import FlagCreate, FlagRead

_flags = table_of(Flag)
_decisions = table_of(ModerationDecision)


async def flag_comment(
    session: AsyncSession,
    principal: Principal,
    comment_ref: str,
    data: FlagCreate,
    *,
    threshold: int,
) -> FlagRead:
    if threshold < 1:
        raise ValueError("the flag threshold must be at least 1")
    policy.can_flag(principal)
    try:
        context = await visible_comment(session, principal, comment_ref, lock=True)
    except NotFound as exc:
        # Flags race the threshold: the comment the caller just read may have been hidden by
        # them. Said alike for every comment the caller cannot see, unknown ones included.
        raise NotFound(
            "No such comment, or not one you can see: a comment hidden for review (by the "
            "moderators or by other people's flags) is no longer shown."
        ) from exc
    comment = context.comment
    represents_organization = await represents_verified_organization(session, principal, comment)
    if comment.author_id is not None and comment.author_id == principal.user_id:
        if represents_organization:
            raise Forbidden("You cannot flag your own comment; edit or withdraw it instead.")
        # No longer a representative (the organization was rejected, or they left it), the
        # author can neither edit nor withdraw it.
        raise Forbidden(
            "You cannot flag your own comment. You can no longer edit or withdraw it either: "
            "to take it down, ask the secretariat or a co-facilitator of the consultation, who "
            "can hide it."
        )
    if represents_organization:
        raise Forbidden(
            "You cannot flag a comment of an organization you represent; edit or withdraw it "
            "instead."
        )
    connection = await session.connection()
    if comment.status != "published":
        raise Conflict(f"Only published comments can be flagged; this one is {comment.status}.")
    already = await connection.execute(
        sa.select(_flags.c.id).where(
            _flags.c.comment_id == comment.id, _flags.c.user_id == principal.user_id
        )
    )
    if already.first() is not None:
        raise Conflict("You have already flagged this comment.")
    flag = Flag(
        comment_id=comment.id,
        user_id=principal.user_id,
        reason=data.reason,
        note=data.note or None,
        created_at=utcnow(),
    )
    session.add(flag)
    comment.flag_count += 1
    session.add(comment)
    await session.flush()
    event_data = {"round_id": str(comment.round_id), "reason": data.reason}
    record(
        session,
        DomainEvent(
            name="comment.flagged",
            actor_id=principal.user_id,
            subject_type="comment",
            subject_id=str(comment.id),
            consultation_id=comment.consultation_id,
            data={**event_data, "flag_count": comment.flag_count},
        ),
    )
    open_flags = await _unanswered_flags(connection, comment.id)
    if open_flags >= threshold:
        comment.status = "hidden"
        comment.revision += 1
        comment.updated_at = flag.created_at
        session.add(comment)
        await session.flush()
        record(
            session,
            DomainEvent(
                name="comment.hidden_by_flags",
                actor_id=None,
                subject_type="comment",
                subject_id=str(comment.id),
                consultation_id=comment.consultation_id,
                data={
                    "round_id": str(comment.round_id),
                    "open_flags": open_flags,
                    "threshold": threshold,
                },
            ),
        )
    shows_counts = policy.is_moderator(principal, context.access)
    return FlagRead(
        id=str(flag.id),
        comment_id=str(comment.id),
        reason=data.reason,
        note=flag.note,
        created_at=flag.created_at,
        comment_status=comment.status,
        # The counts are moderation details, which GET /v1/comments/{id} shows only to the
        # moderators: a flagger must not watch a comment approach the threshold either.
        flag_count=comment.flag_count if shows_counts else None,
        open_flag_count=open_flags if shows_counts else None,
    )


async def _unanswered_flags(connection: AsyncConnection, comment_id: object) -> int:
    last_decision = (
        sa.select(sa.func.max(_decisions.c.decided_at))
        .where(_decisions.c.comment_id == comment_id)
        .scalar_subquery()
    )
    statement = sa.select(sa.func.count()).where(
        _flags.c.comment_id == comment_id,
        sa.or_(last_decision.is_(None), _flags.c.created_at > last_decision),
    )
    return int((await connection.execute(statement)).scalar_one())
