"""The moderation queue of a consultation: what waits for a moderator's decision.

A comment is in the queue when it is ``pending`` (pre-moderation), or when it has flags that no
decision has answered yet while it is ``published`` or ``hidden`` (hidden by those flags, or
flagged below the threshold). A decision takes it out; a new flag after a decision brings it
back. Withdrawn and rejected comments are never in it.

Order: oldest submission first (comment ids are time-ordered), with keyset pagination by id.
Each item carries the flag count (every flag the comment has had), the open flag count (those
no decision has answered yet: a flag is answered by any decision at or after it, as the flag
threshold counts them in ``moderation.flags``), the number of flags per reason and the
flaggers' notes, never who flagged; and the comment's revision and ETag, which a decision can
send as ``If-Match`` so that it applies only to the text the moderator read
(``moderation.decisions``).
"""

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.principal import Principal
from consultations.comments import comment_etag
from consultations.consultations import get_visible_consultation
from consultations.models import Comment
from core.clock import to_utc
from core.db import table_of
from core.pagination import Page, decode_id_cursor, keyset_page, split_page
from moderation import policy
from moderation.decisions import open_flags_clause
from moderation.models import Flag, ModerationDecision
from moderation.schemas import QueueItem

_comments = table_of(Comment)
_flags = table_of(Flag)
_decisions = table_of(ModerationDecision)


@dataclass(frozen=True, slots=True)
class _FlagSeen:
    reason: str
    note: str | None
    created_at: datetime


async def moderation_queue(
    session: AsyncSession,
    principal: Principal,
    consultation_ref: str,
    *,
    limit: int,
    cursor: str | None = None,
) -> Page[QueueItem]:
    visible = await get_visible_consultation(session, principal, consultation_ref)
    policy.can_read_queue(principal, visible.access)
    connection = await session.connection()
    # Named after the consultation: another queue's cursor is 400, not a page of this one.
    listing = f"moderation-queue/{visible.consultation.id}"
    after = [decode_id_cursor(cursor, listing)] if cursor is not None else None
    waiting = sa.or_(
        _comments.c.status == "pending",
        sa.and_(
            _comments.c.status.in_(("published", "hidden")),
            _comments.c.flag_count > 0,
            open_flags_clause(_comments.c.id),
        ),
    )
    statement = sa.select(_comments).where(
        _comments.c.consultation_id == visible.consultation.id, waiting
    )
    statement = keyset_page(statement, [_comments.c.id], after, limit)
    rows = (await connection.execute(statement)).all()
    page = split_page(rows, limit, key=lambda row: [row.id], listing=listing)
    ids = [row.id for row in page.items]
    flags = await _flags_of(connection, ids)
    last_decided = await _last_decisions(connection, ids)
    return Page(
        items=[_item(row, flags.get(row.id, []), last_decided.get(row.id)) for row in page.items],
        next_cursor=page.next_cursor,
    )


async def _flags_of(
    connection: AsyncConnection, comment_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[_FlagSeen]]:
    if not comment_ids:
        return {}
    rows = await connection.execute(
        sa.select(_flags.c.comment_id, _flags.c.reason, _flags.c.note, _flags.c.created_at)
        .where(_flags.c.comment_id.in_(comment_ids))
        .order_by(_flags.c.created_at, _flags.c.id)
    )
    grouped: dict[uuid.UUID, list[_FlagSeen]] = defaultdict(list)
    for row in rows:
        grouped[row.comment_id].append(_FlagSeen(row.reason, row.note, row.created_at))
    return grouped


async def _last_decisions(
    connection: AsyncConnection, comment_ids: list[uuid.UUID]
) -> dict[uuid.UUID, datetime]:
    if not comment_ids:
        return {}
    rows = await connection.execute(
        sa.select(_decisions.c.comment_id, sa.func.max(_decisions.c.decided_at))
        .where(_decisions.c.comment_id.in_(comment_ids))
        .group_by(_decisions.c.comment_id)
    )
    return {comment_id: to_utc(decided_at) for comment_id, decided_at in rows}


def _item(
    row: sa.Row[tuple[object, ...]],
    flags: list[_FlagSeen],
    last_decided: datetime | None,
) -> QueueItem:
    return QueueItem(
        id=str(row.id),
        comment_id=str(row.id),
        revision=row.revision,
        etag=comment_etag(row.id, row.revision),
        round_id=str(row.round_id),
        organization_id=str(row.organization_id),
        anchor=row.anchor,
        kind=row.kind,
        position=row.position,
        body=row.body,
        proposed_text=row.proposed_text,
        language=row.language,
        status=row.status,
        submitted_at=row.submitted_at,
        campaign_id=str(row.campaign_id) if row.campaign_id is not None else None,
        queued_because="pending" if row.status == "pending" else "flagged",
        flag_count=row.flag_count,
        open_flag_count=sum(
            1 for flag in flags if last_decided is None or flag.created_at > last_decided
        ),
        flag_reasons=dict(Counter(flag.reason for flag in flags)),
        flag_notes=[flag.note for flag in flags if flag.note],
        last_flagged_at=flags[-1].created_at if flags else None,
    )
