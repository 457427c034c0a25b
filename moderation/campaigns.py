"""Form-letter campaigns: groups of near-duplicate comments in a round.

Detection runs in the ``comment.submitted`` and ``comment.edited`` subscriber, inside the
transaction that stored the comment, on the primitives of ``consultations.similarity``: the
MinHash signature of the comment's text (the body, plus the proposed text of an amendment) and
its LSH band keys are stored (``comment_signatures``, ``comment_bands``); the comments of the
same round sharing a band key are the candidates; those at estimated Jaccard >= the campaign
threshold are the matches. Then:

- no match: no campaign; ``campaign_id`` stays null until a second member arrives;
- matches without a campaign: a new campaign holds the comment and its matches;
- matches in one or more campaigns: the comment (and its unassigned matches) joins the oldest of
  them, and the others are merged into it (their members move over; the emptied campaigns are
  deleted). Campaigns are therefore the connected components of the near-duplicate graph.

Edits: the edited comment leaves its campaign and is matched again on its new text. The rest of
the campaign stays together even if the edited comment was what linked them; a campaign left
with a single member is dissolved. Campaign detection only ever sets ``comments.campaign_id``:
it informs moderators and reports, it never hides or deletes a comment, and it does not change
a comment's revision (an author's ``If-Match`` stays valid).

Concurrency: all state is in the database, so any number of workers can detect. On PostgreSQL
the subscriber locks the round row (``FOR NO KEY UPDATE``, which submission's sequence counter
already holds) so that two near-duplicates committed at the same moment still see each other;
SQLite serialises writers anyway.

Listing (``GET /v1/rounds/{id}/campaigns``): everyone who can see the round sees its campaigns.
Moderators (secretariat and the consultation's co-facilitators) see every member that is not
withdrawn; everybody else sees published members only. Withdrawn comments are out of every
listing, as they are out of reports. Sizes, organization counts, member ids and the excerpt
are computed over the members the caller sees, and only campaigns of at least two such members
are listed, biggest first (ties by campaign id), with keyset pagination.
"""

import functools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlmodel.ext.asyncio.session import AsyncSession as SQLModelSession

from auth.principal import Principal
from consultations.models import Comment, Round
from consultations.similarity import (
    band_keys,
    excerpt,
    near_duplicates,
    signature,
    signature_to_bytes,
)
from core.clock import utcnow
from core.db import table_of
from core.errors import BadRequest
from core.events import DomainEvent
from core.ids import new_id, parse_id
from core.pagination import Page, decode_cursor, encode_cursor
from moderation.context import visible_round
from moderation.models import Campaign, CommentBand, CommentSignature
from moderation.schemas import CampaignRead

_comments = table_of(Comment)
_rounds = table_of(Round)
_campaigns = table_of(Campaign)
_signatures = table_of(CommentSignature)
_bands = table_of(CommentBand)

# Detection's statements are built once: they run in every submission's transaction, and
# building a statement costs more than executing it.

# The new or edited comment, and the lock on its round (see "Concurrency" above) in the same
# round trip: ``FOR NO KEY UPDATE OF rounds`` on PostgreSQL; SQLite has no row locks and
# renders no FOR clause. Parameter: ``comment_id``.
_COMMENT_LOCKING_ROUND = (
    sa.select(
        _comments.c.round_id,
        _comments.c.body,
        _comments.c.proposed_text,
        _comments.c.campaign_id,
    )
    .join(_rounds, _rounds.c.id == _comments.c.round_id)
    .where(_comments.c.id == sa.bindparam("comment_id"))
    .with_for_update(key_share=True, of=_rounds)
)
_INSERT_SIGNATURE = sa.insert(_signatures)


@dataclass(frozen=True, slots=True)
class _BandStatements:
    """A comment's band keys stored, and its candidates found, each in one statement whose
    keys are one parameter (``keys``, a list) instead of 32 rows or 32 expanded parameters,
    which SQLAlchemy processed one by one on every submission. Parameters: ``round_id``,
    ``comment_id``, ``keys``."""

    insert_bands: sa.Insert
    candidates: sa.Select[Any]


@functools.cache
def _band_statements(dialect: str) -> _BandStatements:
    keys: Any
    if dialect == "postgresql":
        keys = (
            sa.func.unnest(sa.bindparam("keys", type_=postgresql.ARRAY(sa.String())))
            .table_valued("band_key")
            .render_derived(name="probed_keys")
        )
        key = keys.c.band_key
    else:
        keys = sa.func.json_each(sa.bindparam("keys", type_=sa.JSON())).table_valued("value")
        key = keys.c.value
    insert_bands = sa.insert(_bands).from_select(
        ["round_id", "band_key", "comment_id"],
        sa.select(
            sa.bindparam("round_id", type_=_bands.c.round_id.type),
            key,
            sa.bindparam("comment_id", type_=_bands.c.comment_id.type),
        ).select_from(keys),
    )
    sharing: sa.Select[Any]
    if dialect == "postgresql":
        # One index probe per key, whatever the planner knows: on a table not yet analysed (a
        # new database, a round's first minute) an IN list made it scan every band of the
        # round, 5.7 ms against 0.3 ms at 350 comments and growing with the round. OFFSET 0
        # keeps the probe a subquery of its own; PostgreSQL would flatten the lateral join.
        probe = (
            sa.select(_bands.c.comment_id)
            .where(_bands.c.round_id == sa.bindparam("round_id"), _bands.c.band_key == key)
            .offset(0)
            .lateral("probe")
        )
        sharing = sa.select(probe.c.comment_id).select_from(keys.join(probe, sa.true()))
        sharing = sharing.where(probe.c.comment_id != sa.bindparam("comment_id"))
    else:
        sharing = sa.select(_bands.c.comment_id).where(
            _bands.c.round_id == sa.bindparam("round_id"),
            _bands.c.band_key.in_(sa.select(key)),
            _bands.c.comment_id != sa.bindparam("comment_id"),
        )
    # The signatures of the round's other comments sharing a band key with the comment.
    candidates = (
        sa.select(_signatures.c.comment_id, _signatures.c.signature, _comments.c.campaign_id)
        .join(_comments, _comments.c.id == _signatures.c.comment_id)
        .where(_signatures.c.comment_id.in_(sharing))
    )
    return _BandStatements(insert_bands, candidates)


def comment_text(body: str, proposed_text: str | None) -> str:
    """What a comment says, for near-duplicate detection: an amendment's proposed text counts."""
    return f"{body}\n\n{proposed_text}" if proposed_text else body


async def detect_campaign(session: AsyncSession, event: DomainEvent) -> None:
    """Subscriber of ``comment.submitted`` and ``comment.edited``."""
    comment_id = parse_id(event.subject_id)
    if comment_id is None:
        return
    connection = await session.connection()
    comment = (await connection.execute(_COMMENT_LOCKING_ROUND, {"comment_id": comment_id})).first()
    if comment is None:
        return
    round_id: uuid.UUID = comment.round_id
    if event.name == "comment.edited":
        await _forget(connection, comment_id, comment.campaign_id)
    sig = signature(comment_text(comment.body, comment.proposed_text))
    keys = band_keys(sig)
    await connection.execute(
        _INSERT_SIGNATURE,
        {"comment_id": comment_id, "round_id": round_id, "signature": signature_to_bytes(sig)},
    )
    if not keys:
        return
    statements = _band_statements(connection.dialect.name)
    parameters = {"round_id": round_id, "keys": keys, "comment_id": comment_id}
    await connection.execute(statements.insert_bands, parameters)
    candidates = (await connection.execute(statements.candidates, parameters)).all()
    matched = set(
        near_duplicates(sig, ((str(row.comment_id), row.signature) for row in candidates))
    )
    if not matched:
        return
    matches = [row for row in candidates if str(row.comment_id) in matched]
    campaign_ids = {row.campaign_id for row in matches if row.campaign_id is not None}
    joining = [comment_id, *(row.comment_id for row in matches if row.campaign_id is None)]
    await _join(connection, round_id, joining, campaign_ids)


async def _join(
    connection: AsyncConnection,
    round_id: uuid.UUID,
    joining: list[uuid.UUID],
    campaign_ids: set[uuid.UUID],
) -> None:
    if campaign_ids:
        oldest = (
            await connection.execute(
                sa.select(_campaigns.c.id)
                .where(_campaigns.c.id.in_(campaign_ids))
                .order_by(_campaigns.c.created_at, _campaigns.c.id)
                .limit(1)
            )
        ).scalar_one()
        merged = campaign_ids - {oldest}
        target = oldest
    else:
        target, merged = new_id(), set()
        await connection.execute(
            sa.insert(_campaigns).values(id=target, round_id=round_id, created_at=utcnow())
        )
    await connection.execute(
        sa.update(_comments).where(_comments.c.id.in_(joining)).values(campaign_id=target)
    )
    if merged:
        await connection.execute(
            sa.update(_comments)
            .where(_comments.c.campaign_id.in_(merged))
            .values(campaign_id=target)
        )
        await connection.execute(sa.delete(_campaigns).where(_campaigns.c.id.in_(merged)))


async def _forget(
    connection: AsyncConnection, comment_id: uuid.UUID, campaign_id: uuid.UUID | None
) -> None:
    """Drops the comment's stored signature and bands and takes it out of its campaign."""
    await connection.execute(sa.delete(_bands).where(_bands.c.comment_id == comment_id))
    await connection.execute(sa.delete(_signatures).where(_signatures.c.comment_id == comment_id))
    if campaign_id is None:
        return
    await connection.execute(
        sa.update(_comments).where(_comments.c.id == comment_id).values(campaign_id=None)
    )
    remaining = (
        await connection.execute(
            sa.select(_comments.c.id).where(_comments.c.campaign_id == campaign_id).limit(2)
        )
    ).all()
    if len(remaining) < 2:
        await connection.execute(
            sa.update(_comments)
            .where(_comments.c.campaign_id == campaign_id)
            .values(campaign_id=None)
        )
        await connection.execute(sa.delete(_campaigns).where(_campaigns.c.id == campaign_id))


async def list_campaigns(
    session: SQLModelSession,
    principal: Principal,
    round_ref: str,
    *,
    limit: int,
    cursor: str | None = None,
) -> Page[CampaignRead]:
    context = await visible_round(session, principal, round_ref)
    connection = await session.connection()
    if context.is_moderator(principal):
        shown = _comments.c.status != "withdrawn"
    else:
        shown = _comments.c.status == "published"
    size = sa.func.count().label("size")
    statement = (
        sa.select(
            _comments.c.campaign_id,
            size,
            sa.func.count(sa.distinct(_comments.c.organization_id)).label("organizations"),
        )
        .where(
            _comments.c.round_id == context.round.id,
            _comments.c.campaign_id.is_not(None),
            shown,
        )
        .group_by(_comments.c.campaign_id)
        .having(sa.func.count() >= 2)
    )
    if cursor is not None:
        after_size, after_id = _decode(cursor)
        statement = statement.having(
            sa.or_(
                sa.func.count() < after_size,
                sa.and_(sa.func.count() == after_size, _comments.c.campaign_id > after_id),
            )
        )
    statement = statement.order_by(sa.desc("size"), _comments.c.campaign_id).limit(limit + 1)
    groups = (await connection.execute(statement)).all()
    next_cursor = None
    if len(groups) > limit:
        groups = groups[:limit]
        next_cursor = encode_cursor([groups[-1].size, str(groups[-1].campaign_id)])
    members = await _members(connection, [group.campaign_id for group in groups], shown)
    # Members are oldest first: the first is the letter as first received.
    excerpts = await _excerpts(connection, [members[group.campaign_id][0] for group in groups])
    items = [
        CampaignRead(
            id=str(group.campaign_id),
            size=group.size,
            comment_ids=[str(member) for member in members[group.campaign_id]],
            organization_count=group.organizations,
            representative_excerpt=excerpts[members[group.campaign_id][0]],
        )
        for group in groups
    ]
    return Page(items=items, next_cursor=next_cursor)


def _decode(cursor: str) -> tuple[int, uuid.UUID]:
    size, raw_id = decode_cursor(cursor, 2)
    campaign_id = parse_id(raw_id) if isinstance(raw_id, str) else None
    if not isinstance(size, int) or campaign_id is None:
        raise BadRequest("The cursor is not one this API issued.")
    return size, campaign_id


async def _members(
    connection: AsyncConnection, campaign_ids: list[uuid.UUID], shown: sa.ColumnElement[bool]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    members: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if not campaign_ids:
        return members
    rows = await connection.execute(
        sa.select(_comments.c.campaign_id, _comments.c.id)
        .where(_comments.c.campaign_id.in_(campaign_ids), shown)
        .order_by(_comments.c.id)
    )
    for row in rows:
        members[row.campaign_id].append(row.id)
    return members


async def _excerpts(
    connection: AsyncConnection, comment_ids: list[uuid.UUID]
) -> dict[uuid.UUID, str]:
    if not comment_ids:
        return {}
    rows = await connection.execute(
        sa.select(_comments.c.id, _comments.c.body).where(_comments.c.id.in_(comment_ids))
    )
    return {row.id: excerpt(row.body) for row in rows}
