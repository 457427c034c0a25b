"""Idempotency-Key for comment submission, stored in the database so that it holds across
workers and restarts.

Protocol (one key per caller: the user id, or ``client:<client_id>`` for machine clients):

1. **Claim** the key in a short transaction, committed before the submission starts (the API
   shares it among the claims of concurrent requests: ``ClaimBatcher``): insert
   ``state = in_flight`` under the unique constraint ``(caller, key)``. Whoever inserts the
   row owns the key. Anyone else finds the row and gets
   - the stored response replayed, when it is ``done`` and the request is the same;
   - 422 when the request differs (another method, path or JSON body: key order and whitespace
     of the JSON do not matter);
   - 409 (with ``Retry-After: 1``) while the owner is still working on the same request.
2. **Complete** in the transaction that stores the comment: the record becomes ``done`` with the
   response, so a key is done exactly when its comment exists. Before the comment is written,
   the transaction locks the record and checks that the claim is still its own
   (``still_owned``); if another worker took it over (see 4), the submission is refused (409)
   instead of creating a second comment. The lock keeps a takeover or release waiting until
   the transaction ends, so the completion (``complete_owned``) needs no check of its own.
3. **Release** on failure, in a transaction of its own: the claim is deleted, so a retry with
   the same key can succeed. Only successful (201) responses are ever replayed.
4. A claim still ``in_flight`` after ``ABANDONED_AFTER`` (two minutes, far above any real
   submission) belongs to a worker that crashed between 1 and 2 or 3; the next request with the
   key takes it over. The claim time doubles as the ownership token.

Keys live ``settings.idempotency_ttl_hours`` (24 h by default) from their claim. Expired records
are purged lazily: a claim reuses an expired record of its own key in place (the key starts
afresh), and about one claiming transaction in a hundred also deletes every expired record
(as ``purge_expired`` does; an index on ``expires_at`` keeps that cheap).

The claim is a single upsert (``INSERT ... ON CONFLICT (caller, key) DO UPDATE ... WHERE expired
or abandoned RETURNING id``, the same on SQLite and PostgreSQL); only a key already in use costs
a second statement to read its state.

A key is 1 to 255 printable ASCII characters (``!`` to ``~``, with inner spaces allowed); a
missing or malformed ``Idempotency-Key`` is a 400.
"""

import functools
import hashlib
import random
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from auth.principal import Principal
from consultations.models import IdempotencyRecord
from core.batching import Batcher, Pending, Take
from core.clock import utcnow
from core.db import one_of, short_write, table_of
from core.errors import BadRequest, Conflict, DomainError, FieldError, Unprocessable
from core.ids import new_id

ABANDONED_AFTER = timedelta(minutes=2)
PURGE_PROBABILITY = 0.01
_CLAIM_ATTEMPTS = 3

_KEY = re.compile(r"^[\x21-\x7e](?:[\x20-\x7e]{0,253}[\x21-\x7e])?$")
IN_FLIGHT = "in_flight"
DONE = "done"

_records = table_of(IdempotencyRecord)


@dataclass(frozen=True, slots=True)
class Claim:
    """Ownership of a key for one submission attempt."""

    record_id: uuid.UUID
    claimed_at: datetime


@dataclass(frozen=True, slots=True)
class StoredResponse:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


def parse_key(header: str | None) -> str:
    if header is None:
        raise BadRequest(
            "This request needs an Idempotency-Key header: a unique value you choose, "
            "sent again unchanged when you retry.",
            errors=[FieldError(("header", "Idempotency-Key"), "missing")],
        )
    if not _KEY.match(header):
        raise BadRequest(
            "The Idempotency-Key must be 1 to 255 printable ASCII characters.",
            errors=[FieldError(("header", "Idempotency-Key"), "malformed")],
        )
    return header


def caller_of(principal: Principal) -> str:
    if principal.user_id is not None:
        return str(principal.user_id)
    return f"client:{principal.client_id}"


def request_fingerprint(method: str, path: str, body: bytes) -> str:
    """Identifies "the same request": method, path and the JSON body up to key order and
    formatting (bodies that are not JSON count byte for byte)."""
    try:
        canonical = orjson.dumps(orjson.loads(body), option=orjson.OPT_SORT_KEYS)
    except orjson.JSONDecodeError:
        canonical = body
    digest = hashlib.sha256(f"{method.upper()} {path}\n".encode())
    digest.update(canonical)
    return digest.hexdigest()


def _different_request() -> Unprocessable:
    return Unprocessable(
        "This Idempotency-Key was already used for a different request; use a new key for a "
        "new submission.",
        errors=[FieldError(("header", "Idempotency-Key"), "reused with a different request")],
    )


def in_flight() -> Conflict:
    return Conflict(
        "A request with this Idempotency-Key is still being processed; retry shortly to get "
        "its response.",
        headers={"Retry-After": "1"},
    )


@dataclass(frozen=True, slots=True)
class ClaimRequest:
    caller: str
    key: str
    fingerprint: str
    ttl: timedelta
    now: datetime | None = None


class ClaimBatcher:
    """The claims of a process's concurrent requests, in shared short transactions
    (``core.batching``): one writer turn and one commit for many claims on SQLite, one
    connection and one commit on PostgreSQL. Each claim is the same statements as alone."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._group: Batcher[ClaimRequest, Claim | StoredResponse] = Batcher(self._store)

    async def claim(
        self,
        *,
        caller: str,
        key: str,
        fingerprint: str,
        ttl: timedelta,
        now: datetime | None = None,
    ) -> Claim | StoredResponse:
        """Claims ``key`` for ``caller`` at ``now`` (the server clock unless given), in a short
        transaction shared with the claims waiting with it (see the module docstring), or
        returns the response to replay. Raises 422 for a different request under the same key,
        409 while it is in flight."""
        return await self._group.submit(ClaimRequest(caller, key, fingerprint, ttl, now))

    async def _store(self, take: Take[ClaimRequest, Claim | StoredResponse]) -> None:
        outcomes: list[tuple[Pending[ClaimRequest, Claim | StoredResponse], Any]] = []
        async with short_write(self._engine) as connection:
            await _purge_now_and_then(connection)
            # In one order in every process, so that two batches cannot deadlock on two keys.
            for pending in sorted(take(), key=lambda p: (p.item.caller, p.item.key)):
                try:
                    outcomes.append((pending, await _claim_in(connection, pending.item)))
                except DomainError as refusal:
                    outcomes.append((pending, refusal))
        for pending, outcome in outcomes:
            if isinstance(outcome, DomainError):
                pending.fail(outcome)
            else:
                pending.succeed(outcome)


async def _purge_now_and_then(connection: AsyncConnection) -> None:
    if random.random() < PURGE_PROBABILITY:
        await connection.execute(sa.delete(_records).where(_records.c.expires_at <= utcnow()))


async def _claim_in(connection: AsyncConnection, request: ClaimRequest) -> Claim | StoredResponse:
    upsert = _claim_upsert(connection.dialect.name)
    for _ in range(_CLAIM_ATTEMPTS):
        outcome = await _claim_once(connection, upsert, request, request.now or utcnow())
        if outcome is not None:
            return outcome
    raise in_flight()


@functools.cache
def _claim_upsert(dialect: str) -> Any:
    """The claim in one statement, built once per dialect (see the module docstring): insert
    it, or take over the key's record when it has expired or was abandoned by a crashed worker.
    Parameters: ``record_id``, ``caller_``, ``key_``, ``fingerprint``, ``now``, ``expires``,
    ``abandoned_before``."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    fresh = insert(_records).values(
        id=sa.bindparam("record_id"),
        caller=sa.bindparam("caller_"),
        key=sa.bindparam("key_"),
        request_hash=sa.bindparam("fingerprint"),
        state=IN_FLIGHT,
        created_at=sa.bindparam("now"),
        expires_at=sa.bindparam("expires"),
    )
    reusable = (_records.c.expires_at <= sa.bindparam("now")) | (
        (_records.c.state == IN_FLIGHT)
        & (_records.c.created_at <= sa.bindparam("abandoned_before"))
    )
    return fresh.on_conflict_do_update(
        index_elements=["caller", "key"],
        set_={
            "request_hash": fresh.excluded.request_hash,
            "state": IN_FLIGHT,
            "created_at": fresh.excluded.created_at,
            "expires_at": fresh.excluded.expires_at,
            "response_status": sa.null(),
            "response_body": sa.null(),
            "response_headers": sa.null(),
        },
        where=reusable,
    ).returning(_records.c.id)


_KEY_STATE = sa.select(
    _records.c.state,
    _records.c.request_hash,
    _records.c.response_status,
    _records.c.response_body,
    _records.c.response_headers,
).where((_records.c.caller == sa.bindparam("caller_")) & (_records.c.key == sa.bindparam("key_")))
# Both only touch the record while the claim that owns it is still in flight.
_owned = (
    (_records.c.id == sa.bindparam("record_id"))
    & (_records.c.state == IN_FLIGHT)
    & (_records.c.created_at == sa.bindparam("claimed_at"))
)
_COMPLETE = (
    sa.update(_records)
    .where(_owned)
    .values(
        state=DONE,
        response_status=sa.bindparam("status"),
        response_body=sa.bindparam("body"),
        response_headers=sa.bindparam("headers"),
    )
)
_RELEASE = sa.delete(_records).where(_owned)


async def _claim_once(
    connection: AsyncConnection, upsert: Any, request: ClaimRequest, now: datetime
) -> Claim | StoredResponse | None:
    claimed = (
        await connection.execute(
            upsert,
            {
                "record_id": new_id(),
                "caller_": request.caller,
                "key_": request.key,
                "fingerprint": request.fingerprint,
                "now": now,
                "expires": now + request.ttl,
                "abandoned_before": now - ABANDONED_AFTER,
            },
        )
    ).scalar_one_or_none()
    if claimed is not None:
        return Claim(claimed, now)
    existing = (
        await connection.execute(_KEY_STATE, {"caller_": request.caller, "key_": request.key})
    ).one_or_none()
    if existing is None:
        return None  # released meanwhile: try again
    if existing.state == DONE and existing.request_hash == request.fingerprint:
        return StoredResponse(
            existing.response_status, existing.response_body, existing.response_headers or {}
        )
    if existing.request_hash != request.fingerprint:
        raise _different_request()
    raise in_flight()


@functools.cache
def _lock_records(dialect: str) -> sa.Select[Any]:
    """The records of several claims, locked until the end of the transaction (PostgreSQL;
    SQLite's writer already holds the database), in the order a claim batch takes its keys,
    so that the two cannot deadlock. Parameter: ``record_ids``, a list."""
    return (
        sa.select(_records.c.id, _records.c.state, _records.c.created_at)
        .where(one_of(_records.c.id, "record_ids", dialect))
        .order_by(_records.c.caller, _records.c.key)
        .with_for_update()
    )


async def still_owned(connection: AsyncConnection, claims: list[Claim]) -> set[uuid.UUID]:
    """The record ids of those ``claims`` that are still in flight under their claim, locked
    so that no takeover (nor release) can touch them before this transaction ends: their
    completion (``complete_owned``) then needs no check of its own."""
    rows = await connection.execute(
        _lock_records(connection.dialect.name),
        {"record_ids": [claim.record_id for claim in claims]},
    )
    claimed_at = {claim.record_id: claim.claimed_at for claim in claims}
    return {
        row.id for row in rows if row.state == IN_FLIGHT and row.created_at == claimed_at[row.id]
    }


async def complete_owned(
    connection: AsyncConnection, completions: list[tuple[Claim, StoredResponse]]
) -> None:
    """Marks claims that ``still_owned`` locked done with their responses, in one statement."""
    await connection.execute(
        _COMPLETE,
        [
            {
                "record_id": claim.record_id,
                "claimed_at": claim.claimed_at,
                "status": response.status,
                "body": response.body,
                "headers": response.headers,
            }
            for claim, response in completions
        ],
    )


async def release(engine: AsyncEngine, claim: Claim) -> None:
    """Gives the key back after a failed attempt, so that a retry can succeed."""
    async with short_write(engine) as connection:
        await connection.execute(
            _RELEASE, {"record_id": claim.record_id, "claimed_at": claim.claimed_at}
        )


async def purge_expired(engine: AsyncEngine, now: datetime | None = None) -> int:
    """Deletes every expired record; returns how many."""
    async with short_write(engine) as connection:
        result = await connection.execute(
            sa.delete(_records).where(_records.c.expires_at <= (now or utcnow()))
        )
    return int(result.rowcount)
