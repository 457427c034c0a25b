"""Form-letter campaigns: groups of near-duplicate comments in a round.

Detection runs in the ``comment.submitted`` and ``comment.edited`` subscriber, inside the
transaction that stored the comment, on the primitives of ``consultations.similarity``: the
MinHash signature of the comment's text (``similarity.comment_signature_bytes``: the body, plus
for an amendment what its proposed text changes in the anchored paragraph, and that change's own
signature, which must match too), which the event brings in
its context (a submission's is computed before its transaction, where it costs no time of the
serial section), and its LSH band keys
are stored (``comment_signatures``, ``comment_bands``); the comments of the
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
with a single member is dissolved. Withdrawals (the ``comment.withdrawn`` subscriber): the
withdrawn comment leaves its campaign in the same way, and its signature and band keys are
dropped, so it is no candidate for later copies either: its author took it back, and a campaign
that only a withdrawn copy held together no longer exists (``GET /v1/rounds/{id}/campaigns``
leaves withdrawn comments out, so a campaign id kept on the remaining member would name no
listed campaign). Moderation decisions (hide, reject, restore) and an author's erasure leave
campaigns as they are: campaigns tell moderators what was sent, whatever they decided of it.
Campaign detection only ever sets ``comments.campaign_id``: it informs moderators and reports,
it never hides or deletes a comment, and it does not change a comment's revision (an author's
``If-Match`` stays valid).

Big campaigns: the candidates of a band key are its ``CANDIDATES_PER_BAND_KEY`` newest holders
in the round, not all of them. A new copy of a letter sent ten thousand times shares its band
keys with thousands of comments, all in one campaign, and needs one match among them to join it:
reading them all made each copy cost more than the last. A key is held by that many comments
only when they are copies of one text (unrelated comments share a key in about 0.3% of pairs),
and a copy shares several keys with the others, so the newest holders of its keys are copies it
matches. What the bound can cost is an edge of the near-duplicate graph hidden behind a crowded
key: a comment that matches only older members of a crowded key, through that key alone. Rounds
whose keys hold fewer comments than the bound (most of them) are grouped exactly.

Concurrency: all state is in the database, so any number of workers can detect. On PostgreSQL
the subscriber locks the round row (``FOR NO KEY UPDATE``, which submission's sequence counter
and an edit's checks already hold) so that two near-duplicates committed at the same moment
still see each other; SQLite serialises writers anyway.

Listing (``GET /v1/rounds/{id}/campaigns``): everyone who can see the round sees its campaigns.
Moderators (secretariat and the consultation's co-facilitators) see every member that is not
withdrawn; everybody else sees published members only. Withdrawn comments are out of every
listing, as they are out of reports. Sizes, organization counts, member ids and the excerpt
are computed over the members the caller sees, and only campaigns of at least two such members
are listed, biggest first (ties by campaign id), with keyset pagination. The ranking is counted
in one statement and the members read in another: on PostgreSQL a member withdrawn or moderated
in between is not shown, the size and counts are those of the members read, and a campaign left
with fewer than two is left out of that page (which then holds fewer items). The cursor walks the
ranking as it stands at each page: a campaign that grows between two pages can move ahead of the
cursor and be missed, one that shrinks can be listed again (the route's description says so).
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
    StackedSignatures,
    band_keys,
    excerpt,
)
from core.clock import utcnow
from core.db import BulkInsert, one_of, table_of
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
_INSERT_CAMPAIGN = sa.insert(_campaigns)
# Band keys of a round's comments: on PostgreSQL one statement for them all.
_INSERT_BANDS = BulkInsert(_bands, ["round_id"], ["band_key", "comment_id"])
# A band key's newest holders that are candidates (see "Big campaigns" above).
CANDIDATES_PER_BAND_KEY = 16
_DETECTION_KEY = "plenary.campaigns.pending"


@dataclass(frozen=True, slots=True)
class _DetectionStatements:
    """Detection's statements, built once per dialect: they run in every transaction that
    stores comments, and building a statement costs more than executing it. Lists are one
    parameter each (``core.db.one_of``, ``unnest``, ``json_each``).

    - ``lock_rounds``: the lock on the comments' rounds (see "Concurrency" above): ``FOR NO
      KEY UPDATE`` on PostgreSQL; SQLite has no row locks and renders no FOR clause.
      Parameter: ``round_ids``.
    - ``sharing``: which comments share a key with which comment of the batch: for each band
      key probed, its ``CANDIDATES_PER_BAND_KEY`` newest holders in the round, given to each
      comment of the batch that holds the key, as distinct (owner, comment) rows. Parameters:
      ``round_id`` and ``owners_of``, a JSON object from each key probed (once) to the
      positions in the batch of the comments holding it. Copies of a form letter share most
      of their 32 keys with the same holders: one row per key and holder was up to 512 rows
      per copy, read and joined in Python, for a few distinct holders.
    - ``candidate_signatures``: the signatures and campaigns of comments. Parameter:
      ``comment_ids``.
    - ``oldest_campaign``: the oldest of the campaigns ``campaign_ids``.
    - ``join_campaign``: puts the comments ``comment_ids`` in the campaign ``target``.
    - ``merge_campaigns``: moves the members of the campaigns ``campaign_ids`` to the
      campaign ``target``; ``delete_campaigns`` then deletes the emptied ones."""

    lock_rounds: sa.Select[Any]
    sharing: sa.TextualSelect
    candidate_signatures: sa.Select[Any]
    oldest_campaign: sa.Select[Any]
    join_campaign: sa.Update
    merge_campaigns: sa.Update
    delete_campaigns: sa.Delete


@functools.cache
def _detection_statements(dialect: str) -> _DetectionStatements:
    sharing: Any
    if dialect == "postgresql":
        # One index probe per key, whatever the planner knows: on a table not yet analysed (a
        # new database, a round's first minute) an IN list made it scan every band of the
        # round, 5.7 ms against 0.3 ms at 350 comments and growing with the round. The LIMIT
        # keeps the probe a subquery of its own (PostgreSQL would flatten the lateral join)
        # and reads the newest holders straight off the primary key, backwards.
        sharing = sa.text(
            """
            SELECT DISTINCT CAST(owner.value AS integer) AS owner, probe.comment_id
            FROM jsonb_each(:owners_of) AS probed
            CROSS JOIN LATERAL (
                SELECT bands.comment_id FROM comment_bands AS bands
                WHERE bands.round_id = :round_id AND bands.band_key = probed.key
                ORDER BY bands.comment_id DESC
                LIMIT :holders
            ) AS probe
            CROSS JOIN LATERAL jsonb_array_elements_text(probed.value) AS owner
            """
        ).bindparams(
            sa.bindparam("owners_of", type_=postgresql.JSONB()),
            sa.bindparam("holders", CANDIDATES_PER_BAND_KEY),
        )
    else:
        # For each key, its 16th newest holder if there are that many (the correlated
        # subquery); the newest are those from it up, a range of the primary key. CROSS JOIN
        # makes SQLite loop over the keys outside: without statistics it chose to scan every
        # band of the round and probe the keys inside. A window function numbering the
        # holders instead read every holder of a crowded key, more with every copy.
        sharing = sa.text(
            """
            SELECT DISTINCT owner.value AS owner, bands.comment_id
            FROM json_each(:owners_of) AS probed CROSS JOIN comment_bands AS bands
              ON bands.round_id = :round_id AND bands.band_key = probed.key
             AND bands.comment_id >= coalesce((
                   SELECT holder.comment_id FROM comment_bands AS holder
                   WHERE holder.round_id = :round_id AND holder.band_key = probed.key
                   ORDER BY holder.comment_id DESC
                   LIMIT 1 OFFSET :newer_holders), '')
            CROSS JOIN json_each(probed.value) AS owner
            """
        ).bindparams(
            sa.bindparam("owners_of", type_=sa.JSON()),
            sa.bindparam("newer_holders", CANDIDATES_PER_BAND_KEY - 1),
        )
    sharing = sharing.bindparams(sa.bindparam("round_id", type_=_bands.c.round_id.type)).columns(
        owner=sa.Integer(), comment_id=_bands.c.comment_id.type
    )
    lock_rounds = (
        sa.select(_rounds.c.id)
        .where(one_of(_rounds.c.id, "round_ids", dialect))
        .order_by(_rounds.c.id)
        .with_for_update(key_share=True)
    )
    candidate_signatures = (
        sa.select(_signatures.c.comment_id, _signatures.c.signature, _comments.c.campaign_id)
        .join(_comments, _comments.c.id == _signatures.c.comment_id)
        .where(one_of(_signatures.c.comment_id, "comment_ids", dialect))
    )
    oldest_campaign = (
        sa.select(_campaigns.c.id)
        .where(one_of(_campaigns.c.id, "campaign_ids", dialect))
        .order_by(_campaigns.c.created_at, _campaigns.c.id)
        .limit(1)
    )
    target = sa.bindparam("target", type_=_comments.c.campaign_id.type)
    join_campaign = (
        sa.update(_comments)
        .where(one_of(_comments.c.id, "comment_ids", dialect))
        .values(campaign_id=target)
    )
    merge_campaigns = (
        sa.update(_comments)
        .where(one_of(_comments.c.campaign_id, "campaign_ids", dialect))
        .values(campaign_id=target)
    )
    delete_campaigns = sa.delete(_campaigns).where(one_of(_campaigns.c.id, "campaign_ids", dialect))
    return _DetectionStatements(
        lock_rounds,
        sharing,
        candidate_signatures,
        oldest_campaign,
        join_campaign,
        merge_campaigns,
        delete_campaigns,
    )


async def detect_campaign(session: AsyncSession, event: DomainEvent) -> None:
    """Subscriber of ``comment.submitted`` and ``comment.edited``: collects the transaction's
    comments and detects them together once the last pending event has been delivered (a
    group commit of submissions stores many comments in one transaction; see
    ``consultations.submissions``)."""
    collected = collect_until_last(session, _DETECTION_KEY, event)
    if collected:
        await _detect(session, collected)


async def leave_campaign(session: AsyncSession, event: DomainEvent) -> None:
    """Subscriber of ``comment.withdrawn``: the comment leaves its campaign (see "Withdrawals"
    above). The withdrawal holds the round's lock, under which it read the campaign the event
    carries in its context."""
    if (comment_id := parse_id(event.subject_id)) is None:
        return
    await _forget(await session.connection(), comment_id, event.context.get("campaign_id"))


@dataclass(slots=True)
class _Detected:
    """A new or edited comment of this transaction, with its signature and band keys."""

    id: uuid.UUID
    round_id: uuid.UUID
    signature: bytes
    keys: tuple[str, ...]


async def _detect(session: AsyncSession, events: list[DomainEvent]) -> None:
    """The events carry what detection needs (``consultations.comments``): the round in their
    data; the signature of the comment's text, and for an edit the campaign the comment was
    in, in their context."""
    latest: dict[uuid.UUID, DomainEvent] = {}
    for event in events:
        if (comment_id := parse_id(event.subject_id)) is not None:
            latest.pop(comment_id, None)
            latest[comment_id] = event
    if not latest:
        return
    connection = await session.connection()
    statements = _detection_statements(connection.dialect.name)
    detected = [
        _Detected(
            comment_id,
            uuid.UUID(event.data["round_id"]),
            event.context["signature"],
            band_keys(event.context["signature"]),
        )
        for comment_id, event in latest.items()
    ]
    await connection.execute(
        statements.lock_rounds, {"round_ids": sorted({d.round_id for d in detected})}
    )
    for d in detected:
        if latest[d.id].name == "comment.edited":
            await _forget(connection, d.id, latest[d.id].context.get("campaign_id"))
    await connection.execute(
        _INSERT_SIGNATURE,
        [{"comment_id": d.id, "round_id": d.round_id, "signature": d.signature} for d in detected],
    )
    by_round: defaultdict[uuid.UUID, list[_Detected]] = defaultdict(list)
    for d in detected:
        if d.keys:
            by_round[d.round_id].append(d)
    for round_id, comments in by_round.items():
        await _INSERT_BANDS(
            connection,
            {"round_id": round_id},
            [{"band_key": key, "comment_id": c.id} for c in comments for key in c.keys],
        )
    for round_id, comments in by_round.items():
        await _group(connection, statements, round_id, comments)


async def _sharing(
    connection: AsyncConnection,
    statements: _DetectionStatements,
    round_id: uuid.UUID,
    comments: list[_Detected],
) -> list[set[uuid.UUID]]:
    """For each comment, the comments of the round sharing a band key with it (see
    ``CANDIDATES_PER_BAND_KEY``), itself excluded."""
    owners_of: defaultdict[str, list[int]] = defaultdict(list)
    for owner, comment in enumerate(comments):
        for key in comment.keys:
            owners_of[key].append(owner)
    parameters = {"round_id": round_id, "owners_of": owners_of}
    candidates: list[set[uuid.UUID]] = [set() for _ in comments]
    for owner, comment_id in await connection.execute(statements.sharing, parameters):
        candidates[owner].add(comment_id)
    for owner, comment in enumerate(comments):
        candidates[owner].discard(comment.id)
    return candidates


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
    candidates_of = await _sharing(connection, statements, round_id, comments)
    if not any(candidates_of):
        return
    new_ids = {comment.id for comment in comments}
    stored_ids = sorted(set().union(*candidates_of) - new_ids)
    rows: list[Any] = []
    if stored_ids:
        parameters = {"comment_ids": stored_ids}
        rows = list(await connection.execute(statements.candidate_signatures, parameters))
    campaign_of: dict[uuid.UUID, uuid.UUID | None] = {
        row.comment_id: row.campaign_id for row in rows
    }
    stacked = StackedSignatures(
        [
            *((row.comment_id, row.signature) for row in rows),
            *((comment.id, comment.signature) for comment in comments),
        ]
    )
    components = _Components()
    for comment, candidates in zip(comments, candidates_of, strict=True):
        campaign_of[comment.id] = None
        for match in stacked.near_duplicates(comment.signature, candidates):
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
        await _join(connection, statements, round_id, joining, campaign_ids)


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
    statements: _DetectionStatements,
    round_id: uuid.UUID,
    joining: list[uuid.UUID],
    campaign_ids: set[uuid.UUID],
) -> None:
    if campaign_ids:
        oldest = (
            await connection.execute(
                statements.oldest_campaign, {"campaign_ids": list(campaign_ids)}
            )
        ).scalar_one()
        merged = list(campaign_ids - {oldest})
        target = oldest
    else:
        target, merged = new_id(), []
        await connection.execute(
            _INSERT_CAMPAIGN, {"id": target, "round_id": round_id, "created_at": utcnow()}
        )
    await connection.execute(statements.join_campaign, {"comment_ids": joining, "target": target})
    if merged:
        await connection.execute(
            statements.merge_campaigns, {"campaign_ids": merged, "target": target}
        )
        await connection.execute(statements.delete_campaigns, {"campaign_ids": merged})


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
        sa.select(_comments.c.campaign_id, size)
        .where(
            _comments.c.round_id == context.round.id,
            _comments.c.campaign_id.is_not(None),
            shown,
        )
        .group_by(_comments.c.campaign_id)
        .having(sa.func.count() >= 2)
    )
    listing = f"campaigns/{context.round.id}"
    if cursor is not None:
        after_size, after_id = decode_cursor(cursor, listing, [int, uuid.UUID])
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
        next_cursor = encode_cursor(listing, [groups[-1].size, groups[-1].campaign_id])
    # Read by another statement: on PostgreSQL, members may have been withdrawn, moderated or
    # added since the groups were counted. What is shown is computed from the members read,
    # and a campaign left with fewer than two is left out of this page.
    members = await _members(connection, [group.campaign_id for group in groups], shown)
    listed = [members[group.campaign_id] for group in groups]
    listed = [campaign for campaign in listed if len(campaign) >= 2]
    # Members are oldest first: the first is the letter as first received.
    excerpts = await _excerpts(connection, [campaign[0].id for campaign in listed])
    items = [
        CampaignRead(
            id=str(campaign[0].campaign_id),
            size=len(campaign),
            comment_ids=[str(member.id) for member in campaign],
            organization_count=len({member.organization_id for member in campaign}),
            representative_excerpt=excerpts[campaign[0].id],
        )
        for campaign in listed
    ]
    return Page(items=items, next_cursor=next_cursor)


async def _members(
    connection: AsyncConnection, campaign_ids: list[uuid.UUID], shown: sa.ColumnElement[bool]
) -> dict[uuid.UUID, list[Any]]:
    """The members shown of each campaign, oldest first: rows of campaign, comment id and
    organization."""
    members: dict[uuid.UUID, list[Any]] = defaultdict(list)
    if not campaign_ids:
        return members
    rows = await connection.execute(
        sa.select(_comments.c.campaign_id, _comments.c.id, _comments.c.organization_id)
        .where(_comments.c.campaign_id.in_(campaign_ids), shown)
        .order_by(_comments.c.id)
    )
    for row in rows:
        members[row.campaign_id].append(row)
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
