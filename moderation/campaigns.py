"""Form-letter campaigns: groups of near-duplicate comments in a round.

Detection runs in the ``comment.submitted`` and ``comment.edited`` subscriber, inside the
transaction that stored the comment, on the primitives of ``consultations.similarity``: the
MinHash signature of the comment's text (the body, plus the proposed text of an amendment) and
its LSH band keys are stored (``comment_signatures``, ``comment_bands``); the comments of the
same round sharing a band key are the candidates; those at estimated Jaccard >= the campaign
threshold are the matches. The comments of one transaction (a batch of submissions stored
together, ``consultations.submissions``) are detected together, each against its own
candidates, the others of the batch included, with one statement per step. Then:

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
    Signature,
    StackedSignatures,
    band_keys,
    excerpt,
    signature,
    signature_to_bytes,
)
from core.clock import utcnow
from core.db import one_of, table_of
from core.errors import BadRequest
from core.events import DomainEvent, collect_until_last
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

_INSERT_SIGNATURE = sa.insert(_signatures)
_DETECTION_KEY = "plenary.campaigns.pending"


@dataclass(frozen=True, slots=True)
class _DetectionStatements:
    """Detection's statements, built once per dialect: they run in every transaction that
    stores comments, and building a statement costs more than executing it. Lists are one
    parameter each (``core.db.one_of``, ``unnest``, ``json_each``).

    - ``comments_locking_rounds``: the transaction's new or edited comments, and the lock on
      their rounds (see "Concurrency" above) in the same round trip: ``FOR NO KEY UPDATE OF
      rounds`` on PostgreSQL; SQLite has no row locks and renders no FOR clause. Parameter:
      ``comment_ids``.
    - ``insert_bands``: a comment's band keys. Parameters: ``round_id``, ``keys``,
      ``comment_id``.
    - ``sharing``: the comments of a round holding any of the keys, and which. Parameters:
      ``round_id``, ``keys``.
    - ``candidate_signatures``: the signatures and campaigns of comments. Parameter:
      ``comment_ids``."""

    comments_locking_rounds: sa.Select[Any]
    insert_bands: sa.Insert
    sharing: sa.Select[Any]
    candidate_signatures: sa.Select[Any]


@functools.cache
def _detection_statements(dialect: str) -> _DetectionStatements:
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
        sharing = sa.select(key.label("band_key"), probe.c.comment_id).select_from(
            keys.join(probe, sa.true())
        )
    else:
        sharing = sa.select(_bands.c.band_key, _bands.c.comment_id).where(
            _bands.c.round_id == sa.bindparam("round_id"),
            _bands.c.band_key.in_(sa.select(key)),
        )
    comments_locking_rounds = (
        sa.select(
            _comments.c.id,
            _comments.c.round_id,
            _comments.c.body,
            _comments.c.proposed_text,
            _comments.c.campaign_id,
        )
        .join(_rounds, _rounds.c.id == _comments.c.round_id)
        .where(one_of(_comments.c.id, "comment_ids", dialect))
        .with_for_update(key_share=True, of=_rounds)
    )
    candidate_signatures = (
        sa.select(_signatures.c.comment_id, _signatures.c.signature, _comments.c.campaign_id)
        .join(_comments, _comments.c.id == _signatures.c.comment_id)
        .where(one_of(_signatures.c.comment_id, "comment_ids", dialect))
    )
    return _DetectionStatements(
        comments_locking_rounds, insert_bands, sharing, candidate_signatures
    )


def comment_text(body: str, proposed_text: str | None) -> str:
    """What a comment says, for near-duplicate detection: an amendment's proposed text counts."""
    return f"{body}\n\n{proposed_text}" if proposed_text else body


async def detect_campaign(session: AsyncSession, event: DomainEvent) -> None:
    """Subscriber of ``comment.submitted`` and ``comment.edited``: collects the transaction's
    comments and detects them together once the last pending event has been delivered (a
    group commit of submissions stores many comments in one transaction; see
    ``consultations.submissions``)."""
    collected = collect_until_last(session, _DETECTION_KEY, event)
    if collected:
        await _detect(session, collected)


@dataclass(slots=True)
class _Detected:
    """A new or edited comment of this transaction, with its signature and band keys."""

    id: uuid.UUID
    round_id: uuid.UUID
    signature: Signature
    keys: tuple[str, ...]


async def _detect(session: AsyncSession, events: list[DomainEvent]) -> None:
    edited = {event.subject_id for event in events if event.name == "comment.edited"}
    ids = list(dict.fromkeys(parsed for e in events if (parsed := parse_id(e.subject_id))))
    if not ids:
        return
    connection = await session.connection()
    statements = _detection_statements(connection.dialect.name)
    rows = (
        await connection.execute(statements.comments_locking_rounds, {"comment_ids": ids})
    ).all()
    by_id = {row.id: row for row in rows}
    detected: list[_Detected] = []
    for comment_id in ids:
        row = by_id.get(comment_id)
        if row is None:
            continue
        if str(comment_id) in edited:
            await _forget(connection, comment_id, row.campaign_id)
        sig = signature(comment_text(row.body, row.proposed_text))
        detected.append(_Detected(comment_id, row.round_id, sig, band_keys(sig)))
    if not detected:
        return
    await connection.execute(
        _INSERT_SIGNATURE,
        [
            {
                "comment_id": d.id,
                "round_id": d.round_id,
                "signature": signature_to_bytes(d.signature),
            }
            for d in detected
        ],
    )
    keyed = [d for d in detected if d.keys]
    if not keyed:
        return
    await connection.execute(
        statements.insert_bands,
        [{"round_id": d.round_id, "keys": list(d.keys), "comment_id": d.id} for d in keyed],
    )
    by_round: defaultdict[uuid.UUID, list[_Detected]] = defaultdict(list)
    for d in keyed:
        by_round[d.round_id].append(d)
    for round_id, comments in by_round.items():
        await _group(connection, statements, round_id, comments)


async def _group(
    connection: AsyncConnection,
    statements: _DetectionStatements,
    round_id: uuid.UUID,
    comments: list[_Detected],
) -> None:
    """Matches the round's new comments against their LSH candidates (the round's comments
    sharing a band key with them, each other included) and joins every connected group of
    matches into one campaign. Comment by comment in arrival order, the campaigns that form
    are the same: they are the connected components of the near-duplicate graph."""
    keys = sorted({key for comment in comments for key in comment.keys})
    holders: defaultdict[str, set[uuid.UUID]] = defaultdict(set)
    for row in await connection.execute(statements.sharing, {"round_id": round_id, "keys": keys}):
        holders[row.band_key].add(row.comment_id)
    candidates_of = {
        comment.id: set().union(*(holders[key] for key in comment.keys)) - {comment.id}
        for comment in comments
    }
    candidate_ids = sorted(set().union(*candidates_of.values()))
    if not candidate_ids:
        return
    parameters = {"comment_ids": candidate_ids}
    rows = (await connection.execute(statements.candidate_signatures, parameters)).all()
    campaign_of: dict[uuid.UUID, uuid.UUID | None] = {
        row.comment_id: row.campaign_id for row in rows
    }
    stacked = StackedSignatures((row.comment_id, row.signature) for row in rows)
    components = _Components()
    for comment in comments:
        campaign_of[comment.id] = None
        for match in stacked.near_duplicates(comment.signature, candidates_of[comment.id]):
            components.link(comment.id, match)
    # Matches already in one campaign are one group: a campaign merged away by one group
    # must not be joined by another.
    first_member: dict[uuid.UUID, uuid.UUID] = {}
    for node in components.nodes():
        if (campaign := campaign_of.get(node)) is not None:
            components.link(node, first_member.setdefault(campaign, node))
    for members in components.groups():
        campaign_ids = {campaign for m in members if (campaign := campaign_of.get(m))}
        joining = [m for m in members if campaign_of.get(m) is None]
        await _join(connection, round_id, joining, campaign_ids)


class _Components:
    """Union-find over comment ids: the connected components of the matches found."""

    def __init__(self) -> None:
        self._parent: dict[uuid.UUID, uuid.UUID] = {}

    def _root(self, node: uuid.UUID) -> uuid.UUID:
        self._parent.setdefault(node, node)
        while self._parent[node] != node:
            self._parent[node] = self._parent[self._parent[node]]
            node = self._parent[node]
        return node

    def link(self, a: uuid.UUID, b: uuid.UUID) -> None:
        self._parent[self._root(a)] = self._root(b)

    def nodes(self) -> list[uuid.UUID]:
        return list(self._parent)

    def groups(self) -> list[list[uuid.UUID]]:
        grouped: defaultdict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for node in list(self._parent):
            grouped[self._root(node)].append(node)
        return [sorted(members) for members in grouped.values()]


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
