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

The claims of a batch are one upsert (``INSERT ... ON CONFLICT (caller, key) DO UPDATE ... WHERE
expired or abandoned``, run for every key of the batch; on PostgreSQL it returns the records it
claimed); only keys already in use cost a second statement, which reads their states. SQLite
cannot return rows from a statement run for many parameter sets, so there the states are read
first: the claiming transaction is the database's only writer, so the upsert meets exactly them.

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
from pydantic import BaseModel
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from auth.principal import Principal
from consultations.models import IdempotencyRecord
from core.batching import Batcher, Take
from core.clock import utcnow
from core.db import one_of, short_write, table_of
from core.errors import BadRequest, Conflict, DomainError, FieldError, Unprocessable
from core.events import DomainEvent
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


def parse_key(header: str | None, *, copies: int) -> str:
    """The key of the request's Idempotency-Key header, given ``copies`` times."""
    if copies > 1:
        raise BadRequest(
            "The Idempotency-Key header is given more than once: send one key.",
            errors=[FieldError(("header", "Idempotency-Key"), "given more than once")],
        )
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


async def forget_erased_callers_keys(session: AsyncSession, event: DomainEvent) -> None:
    """Subscriber of ``user.erased``: the person's Idempotency-Keys go with the account (their
    caller is the person's id, their stored 201 response the comment as the person saw it).
    A key still in flight is its submission's, which finds no account and releases it
    (deleting it here would answer that submission 409 "still being processed" instead of
    401)."""
    connection = await session.connection()
    await connection.execute(
        sa.delete(_records).where(
            _records.c.caller == event.subject_id, _records.c.state != IN_FLIGHT
        )
    )


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


def model_fingerprint(method: str, path: str, payload: BaseModel) -> str:
    """Identifies "the same request" by what the server reads from its body: a member sent as
    ``null`` and one left out (both read as "not given"), or a default sent explicitly and left
    out, are the same request, as are texts equal after the model's normalisation (NFC). A
    client retrying with a serialiser that writes ``"position": null`` must get its replay."""
    return request_fingerprint(method, path, orjson.dumps(payload.model_dump(mode="json")))


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
        async with short_write(self._engine) as connection:
            await _purge_now_and_then(connection)
            batch = take()
            outcomes = await _claim_all(connection, [pending.item for pending in batch])
        for pending, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, DomainError):
                pending.fail(outcome)
            else:
                pending.succeed(outcome)


async def _purge_now_and_then(connection: AsyncConnection) -> None:
    if random.random() < PURGE_PROBABILITY:
        await connection.execute(sa.delete(_records).where(_records.c.expires_at <= utcnow()))


_Outcome = Claim | StoredResponse | DomainError


async def _claim_all(connection: AsyncConnection, requests: list[ClaimRequest]) -> list[_Outcome]:
    """Each request's claim, replay or refusal, for the whole batch in a few statements: the
    first request of each key in the batch claims it, later ones of the same key find it
    claimed (409, or 422 for another request). Keys go in (caller, key) order in every
    process, so that two batches cannot deadlock on two keys."""
    outcomes: list[_Outcome | None] = [None] * len(requests)
    now = utcnow()
    first_of: dict[tuple[str, str], int] = {}
    for index in sorted(range(len(requests)), key=lambda i: (requests[i].caller, requests[i].key)):
        first_of.setdefault((requests[index].caller, requests[index].key), index)
    claiming = list(first_of.values())  # in (caller, key) order, as inserted
    for _ in range(_CLAIM_ATTEMPTS):
        if not claiming:
            break
        claimed = await _upsert_claims(connection, [requests[i] for i in claiming], now)
        for index in claiming:
            request = requests[index]
            if (request.caller, request.key) in claimed:
                outcomes[index] = claimed[request.caller, request.key]
        unsettled = [i for i in range(len(requests)) if outcomes[i] is None]
        existing = await _key_states(connection, [requests[i] for i in unsettled])
        claiming = []
        for index in unsettled:
            request = requests[index]
            state = existing.get((request.caller, request.key))
            if state is None:
                claiming.append(index)  # released meanwhile: try again
            else:
                outcomes[index] = _outcome_of(state, request)
    return [in_flight() if outcome is None else outcome for outcome in outcomes]


async def _upsert_claims(
    connection: AsyncConnection, requests: list[ClaimRequest], now: datetime
) -> dict[tuple[str, str], Claim]:
    """Claims the keys (inserted, or taken over when expired or abandoned) in one statement;
    the claims made, by (caller, key). A request's ``now`` (tests backdate it) is its claim
    time; requests with different claim times go in one statement each."""
    claimed: dict[tuple[str, str], Claim] = {}
    by_time: dict[datetime, list[ClaimRequest]] = {}
    for request in requests:
        by_time.setdefault(request.now or now, []).append(request)
    dialect = connection.dialect.name
    upsert = _claim_upsert(dialect)
    for claimed_at, group in by_time.items():
        parameters = [
            {
                "record_id": new_id(),
                "caller_": request.caller,
                "key_": request.key,
                "fingerprint": request.fingerprint,
                "now": claimed_at,
                "expires": claimed_at + request.ttl,
                "abandoned_before": claimed_at - ABANDONED_AFTER,
            }
            for request in group
        ]
        if dialect == "sqlite":
            claimed |= await _upsert_claims_as_writer(connection, upsert, group, parameters)
            continue
        rows = await connection.execute(upsert, parameters)
        for row in rows:
            claimed[row.caller, row.key] = Claim(row.id, claimed_at)
    return claimed


async def _upsert_claims_as_writer(
    connection: AsyncConnection,
    upsert: Any,
    requests: list[ClaimRequest],
    parameters: list[dict[str, Any]],
) -> dict[tuple[str, str], Claim]:
    """SQLite's form of the upsert: SQLite cannot return rows from a statement executed for
    many parameter sets, but this transaction is the database's only writer (``short_write``
    began it IMMEDIATE), so the keys' states read first are those the upsert meets."""
    existing = await _key_states(connection, requests)
    claimed: dict[tuple[str, str], Claim] = {}
    for request, values in zip(requests, parameters, strict=True):
        state = existing.get((request.caller, request.key))
        if state is None:
            claimed[request.caller, request.key] = Claim(values["record_id"], values["now"])
        elif state.expires_at <= values["now"] or (
            state.state == IN_FLIGHT and state.created_at <= values["abandoned_before"]
        ):
            claimed[request.caller, request.key] = Claim(state.id, values["now"])
    await connection.execute(upsert, parameters)
    return claimed


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
    upsert = fresh.on_conflict_do_update(
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
    )
    if dialect == "sqlite":
        # SQLite cannot return rows from a statement run for many parameter sets: see
        # _upsert_claims_as_writer.
        return upsert
    return upsert.returning(_records.c.id, _records.c.caller, _records.c.key)


@functools.cache
def _key_states_select(dialect: str) -> sa.Select[Any]:
    """The records of any of the callers and any of the keys (parameters ``callers`` and
    ``keys``, lists): a superset of the (caller, key) pairs asked for, filtered by the caller."""
    return sa.select(
        _records.c.id,
        _records.c.caller,
        _records.c.key,
        _records.c.state,
        _records.c.request_hash,
        _records.c.created_at,
        _records.c.expires_at,
        _records.c.response_status,
        _records.c.response_body,
        _records.c.response_headers,
    ).where(one_of(_records.c.caller, "callers", dialect), one_of(_records.c.key, "keys", dialect))


async def _key_states(
    connection: AsyncConnection, requests: list[ClaimRequest]
) -> dict[tuple[str, str], Any]:
    if not requests:
        return {}
    rows = await connection.execute(
        _key_states_select(connection.dialect.name),
        {
            "callers": sorted({request.caller for request in requests}),
            "keys": sorted({request.key for request in requests}),
        },
    )
    wanted = {(request.caller, request.key) for request in requests}
    return {(row.caller, row.key): row for row in rows if (row.caller, row.key) in wanted}


def _outcome_of(existing: Any, request: ClaimRequest) -> StoredResponse | DomainError:
    """What a request finds when its key is held by a claim that is not its own."""
    if existing.state == DONE and existing.request_hash == request.fingerprint:
        return StoredResponse(
            existing.response_status, existing.response_body, existing.response_headers or {}
        )
    if existing.request_hash != request.fingerprint:
        return _different_request()
    return in_flight()


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
