"""The audit chain: an append-only, hash-chained log of every domain event.

Each entry stores ``hash = sha256(canonical(entry))`` where ``canonical`` is the orjson
serialisation, keys sorted, of ``{seq, occurred_at, event, actor_id, consultation_id,
subject_type, subject_id, data, prev_hash}`` (``occurred_at`` as RFC 3339 UTC with microseconds
and ``Z``, ids as strings, ``data`` as JSON). ``prev_hash`` is the previous entry's hash, 64 zeros
for the first entry, and ``seq`` counts from 1 without gaps. So changing, inserting or deleting
any entry but the last ones breaks a link that ``verify_chain`` reports; publishing the head hash
now and then (it is in ``GET /v1/audit/verify``) also pins the tail.

Appending happens inside the transaction that made the change (the unit of work dispatches
events before commit), so a change and its entry commit or roll back together. Appends never
fork: on PostgreSQL the appender takes a transaction-scoped advisory lock before it reads the
head, on SQLite writers are serialised by ``BEGIN IMMEDIATE``; ``seq`` is the primary key and
``hash`` unique, so a writer that escaped both would fail rather than fork. The subscriber
collects the events of a transaction and appends them all after its last event, so the global
lock is the last lock a transaction takes and is held only from there to the commit: it cannot
deadlock with row locks taken by the services or by campaign detection.

There is no update or delete path for entries anywhere in the code.
"""

import hashlib
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from consultations.models import Consultation
from core.clock import rfc3339, utcnow
from core.db import table_of
from core.errors import NotFound
from core.events import DomainEvent, collect_until_last
from core.ids import parse_id
from core.pagination import Page, decode_cursor, filtered_listing, keyset_page, split_page
from moderation import policy
from moderation.models import AuditEntry
from moderation.schemas import AuditEntryRead, ChainVerification

GENESIS_HASH = "0" * 64
# Arbitrary, fixed: the key of the PostgreSQL advisory lock that serialises appends.
APPEND_LOCK_KEY = 0x706C656E61727921
VERIFY_BATCH_SIZE = 1000
_BUFFER_KEY = "plenary.audit.buffer"

_entries = table_of(AuditEntry)
_consultations = table_of(Consultation)
# Built once: every write transaction runs them.
_TAKE_APPEND_LOCK = sa.select(sa.func.pg_advisory_xact_lock(APPEND_LOCK_KEY))
_HEAD = sa.select(_entries.c.seq, _entries.c.hash).order_by(_entries.c.seq.desc()).limit(1)
_INSERT_ENTRIES = sa.insert(_entries)


def canonical_bytes(
    *,
    seq: int,
    occurred_at: datetime,
    event: str,
    actor_id: str | None,
    consultation_id: uuid.UUID | str | None,
    subject_type: str,
    subject_id: str,
    data: Mapping[str, Any],
    prev_hash: str,
) -> bytes:
    return orjson.dumps(
        {
            "seq": seq,
            "occurred_at": rfc3339(occurred_at),
            "event": event,
            "actor_id": actor_id,
            "consultation_id": str(consultation_id) if consultation_id is not None else None,
            "subject_type": subject_type,
            "subject_id": subject_id,
            "data": data,
            "prev_hash": prev_hash,
        },
        option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS,
    )


def entry_hash(**fields: Any) -> str:
    return hashlib.sha256(canonical_bytes(**fields)).hexdigest()


def _json_safe(data: Mapping[str, Any]) -> dict[str, Any]:
    """The data as it comes back from a JSON column, so the stored entry hashes the same."""
    safe: dict[str, Any] = orjson.loads(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS))
    return safe


async def chain_length(session: AsyncSession) -> int:
    """The number of entries: it grows with every state change, in the change's transaction."""
    connection = await session.connection()
    head = (await connection.execute(_HEAD)).first()
    return head.seq if head is not None else 0


async def record_in_chain(session: AsyncSession, event: DomainEvent) -> None:
    """Subscriber for every event: buffers it and appends the transaction's events to the
    chain once the last one has been dispatched (see the module docstring)."""
    collected = collect_until_last(session, _BUFFER_KEY, event)
    if collected:
        await append(session, collected)


def person_concerned(subject_type: str, subject_id: str, data: Mapping[str, Any]) -> str | None:
    """The id of the person an entry is about besides its actor: the subject when it is a user
    (a role changed by an admin), or the ``user_id`` its data names (a representative added by
    another one). Their data export lists the entry."""
    named = data.get("user_id")
    if isinstance(named, str):
        return named
    return subject_id if subject_type == "user" else None


async def append(session: AsyncSession, events: list[DomainEvent]) -> None:
    """Appends the events, in order, after the current head of the chain."""
    if not events:
        return
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        await connection.execute(_TAKE_APPEND_LOCK)
    head = (await connection.execute(_HEAD)).first()
    seq, prev_hash = (head.seq, head.hash) if head is not None else (0, GENESIS_HASH)
    occurred_at = utcnow()
    rows = []
    for event in events:
        seq += 1
        fields: dict[str, Any] = {
            "seq": seq,
            "occurred_at": occurred_at,
            "event": event.name,
            "actor_id": str(event.actor_id) if event.actor_id is not None else None,
            "consultation_id": event.consultation_id,
            "subject_type": event.subject_type,
            "subject_id": event.subject_id,
            "data": _json_safe(event.data),
            "prev_hash": prev_hash,
        }
        prev_hash = entry_hash(**fields)
        concerns = person_concerned(event.subject_type, event.subject_id, fields["data"])
        rows.append({**fields, "hash": prev_hash, "concerns_user_id": concerns})
    await connection.execute(_INSERT_ENTRIES, rows)


def _read(row: sa.Row[Any]) -> AuditEntryRead:
    return AuditEntryRead(
        seq=row.seq,
        occurred_at=row.occurred_at,
        event=row.event,
        actor_id=row.actor_id,
        consultation_id=str(row.consultation_id) if row.consultation_id is not None else None,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        data=row.data,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


async def list_entries(
    session: AsyncSession,
    principal: Principal,
    *,
    consultation_id: str | None = None,
    event: str | None = None,
    limit: int,
    cursor: str | None = None,
) -> Page[AuditEntryRead]:
    """Entries in chain order (oldest first), optionally of one consultation or event name."""
    policy.can_read_audit(principal)
    connection = await session.connection()
    statement = sa.select(_entries)
    found = None
    if consultation_id is not None:
        # An id or a slug, as everywhere a consultation is named. An unknown one is 404, not an
        # empty log: a mistyped slug must not read as "nothing happened there".
        parsed = parse_id(consultation_id)
        named = (
            _consultations.c.id == parsed
            if parsed is not None
            else _consultations.c.slug == consultation_id.lower()
        )
        found = (
            await connection.execute(sa.select(_consultations.c.id).where(named))
        ).scalar_one_or_none()
        if found is None:
            raise NotFound("No consultation has this id or slug.")
        statement = statement.where(_entries.c.consultation_id == found)
    if event is not None:
        statement = statement.where(_entries.c.event == event)
    listing = filtered_listing("audit", {"consultation_id": found, "event": event})
    after = None
    if cursor is not None:
        (after,) = decode_cursor(cursor, listing, [int])
    statement = keyset_page(
        statement, [_entries.c.seq], [after] if after is not None else None, limit
    )
    rows = (await connection.execute(statement)).all()
    page = split_page(rows, limit, key=lambda row: [row.seq], listing=listing)
    return Page(items=[_read(row) for row in page.items], next_cursor=page.next_cursor)


async def verify_chain(
    session: AsyncSession, principal: Principal, *, batch_size: int = VERIFY_BATCH_SIZE
) -> ChainVerification:
    """Recomputes every link, reading the chain in batches of ``batch_size`` entries."""
    policy.can_read_audit(principal)
    connection = await session.connection()
    checked = 0
    expected_seq, expected_prev = 1, GENESIS_HASH
    first_broken: int | None = None
    head: str | None = None
    head_seq: int | None = None
    while True:
        statement = sa.select(_entries).order_by(_entries.c.seq).limit(batch_size)
        if head_seq is not None:
            statement = statement.where(_entries.c.seq > head_seq)
        rows = (await connection.execute(statement)).all()
        for row in rows:
            recomputed = entry_hash(
                seq=row.seq,
                occurred_at=row.occurred_at,
                event=row.event,
                actor_id=row.actor_id,
                consultation_id=row.consultation_id,
                subject_type=row.subject_type,
                subject_id=row.subject_id,
                data=row.data,
                prev_hash=row.prev_hash,
            )
            intact = (
                row.seq == expected_seq
                and row.prev_hash == expected_prev
                and recomputed == row.hash
            )
            if not intact and first_broken is None:
                first_broken = row.seq
            checked += 1
            head, head_seq = row.hash, row.seq
            expected_seq, expected_prev = row.seq + 1, row.hash
        if len(rows) < batch_size:
            break
    return ChainVerification(
        valid=first_broken is None,
        entries=checked,
        head=head,
        head_seq=head_seq,
        first_broken=first_broken,
    )
