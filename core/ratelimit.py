"""Rate limits whose counters live where every worker sees them.

The counters are rows in the database (one per key and window), updated with an atomic upsert,
so a limit holds across workers and restarts without a separate service. ``enforce`` counts in
a short transaction of its own, so a refused request leaves nothing else behind (a limit on
failed requests counts each request there too, and ``release`` gives the hit back once it has
not failed); ``admit``
counts in the caller's transaction, for a limit on what that transaction stores (comment
submissions): a hit then counts only if what it stands for commits. A request refused by one
of several limits (``enforce_each``) counts against none of them.

The limit is a sliding window approximated from two fixed windows (the current one, plus the
previous one weighted by how much of it still overlaps the last ``seconds``), so a burst that
straddles a window boundary cannot get twice the limit through. A refused request is not
counted, and its ``Retry-After`` is the first second at which a request would be accepted
(nothing else arriving meanwhile): a client that waits that long gets through, and one that
keeps trying too early does not push its turn further away.
"""

import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel import Field, SQLModel

from core.db import short_write, table_of
from core.errors import RateLimited


class RateLimitWindow(SQLModel, table=True):
    __tablename__ = "rate_limit_windows"

    key: str = Field(primary_key=True, max_length=200)
    window_start: int = Field(primary_key=True)
    hits: int = 0


def account_key(value: str) -> str:
    """Rate-limit keys carry a digest, so the counters table holds no e-mail addresses.

    The address is not validated yet: it may hold a lone surrogate (JSON allows ``"\\udc00"``),
    which must still get a key and leave the refusal to validation."""
    digest = hashlib.sha256(value.strip().lower().encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def registration_key(email: str) -> str:
    return f"registration:account:{account_key(email)}"


def failed_sign_in_key(email: str) -> str:
    return f"login:account:{account_key(email)}"


def failed_sign_in_from_key(email: str, client_address: str) -> str:
    """The account's failed sign-ins from one client address, named under the account's own
    key so that an erasure finds them by ``person_key_prefixes``."""
    return f"{failed_sign_in_key(email)}:ip:{client_address}"


def submission_key(caller: str) -> str:
    return f"submission:{caller}"


def representatives_key(caller: str) -> str:
    return f"representatives:{caller}"


def person_keys(caller: str, email: str) -> tuple[str, ...]:
    """The counters naming a person, by their caller id or their address: an erasure removes
    them."""
    return (
        submission_key(caller),
        representatives_key(caller),
        failed_sign_in_key(email),
        registration_key(email),
    )


def person_key_prefixes(email: str) -> tuple[str, ...]:
    """The beginnings of the counters naming a person's address together with something else
    (a client address): an erasure removes every counter starting so."""
    return (failed_sign_in_from_key(email, ""),)


_LIMIT_FORM = re.compile(r"\s*(?P<count>[0-9]+)\s*/\s*(?P<seconds>[0-9]+)\s*")


@dataclass(frozen=True, slots=True)
class Limit:
    """``count`` requests per ``seconds``; parsed from settings such as ``"10/60"``."""

    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Limit":
        # Both numbers are required: a default period would read "10", meant per second, as per
        # minute. ASCII digits only, where int() also takes signs, underscores and other scripts.
        written = _LIMIT_FORM.fullmatch(text)
        if written is None:
            raise ValueError(f"rate limit {text!r} must be requests/seconds, like '10/60'")
        limit = cls(int(written["count"]), int(written["seconds"]))
        if limit.count < 1 or limit.seconds < 1:
            raise ValueError(f"rate limit {text!r} must be positive, like '10/60'")
        return limit


@dataclass(frozen=True, slots=True)
class Admission:
    """Of the requests asked for, how many were counted, and for the rest the seconds until
    one more would be (None when all were)."""

    admitted: int
    retry_after: int | None


async def admit(
    connection: AsyncConnection, key: str, limit: Limit, wanted: int, *, at: float | None = None
) -> Admission:
    """Counts as many of ``wanted`` requests for ``key`` (at ``at``, default now) as fit, in
    ``connection``'s transaction: they count only if it commits. The window's row is locked
    first (on PostgreSQL), so a concurrent transaction counting for the same key waits for
    this one to commit or roll back and then sees what it left."""
    now = int(time.time() if at is None else at)
    window_start = now - now % limit.seconds
    table = table_of(RateLimitWindow)
    insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
    locked = (
        insert(table)
        .values(key=key, window_start=window_start, hits=0)
        .on_conflict_do_update(index_elements=["key", "window_start"], set_={"hits": table.c.hits})
        .returning(table.c.hits)
    )
    counted = (await connection.execute(locked)).scalar_one()
    previous = (
        await connection.execute(
            sa.select(table.c.hits).where(
                table.c.key == key, table.c.window_start == window_start - limit.seconds
            )
        )
    ).scalar_one_or_none() or 0
    if counted == 0:
        await connection.execute(
            sa.delete(table).where(
                table.c.key == key, table.c.window_start < window_start - limit.seconds
            )
        )
    admitted = 0
    while admitted < wanted and accepts(limit, counted + admitted, previous, window_start, now):
        admitted += 1
    if admitted:
        await connection.execute(
            sa.update(table)
            .where(table.c.key == key, table.c.window_start == window_start)
            .values(hits=table.c.hits + admitted)
        )
    wait = None if admitted == wanted else retry_after(limit, counted + admitted, previous, now)
    return Admission(admitted, wait)


@dataclass(frozen=True, slots=True)
class Hit:
    """A request counted for ``key`` in the window opened at ``window_start``."""

    key: str
    window_start: int


async def enforce(
    engine: AsyncEngine, key: str, limit: Limit, *, what: str, at: float | None = None
) -> Hit:
    """Counts one hit for ``key`` (at ``at``, default now) in a short transaction of its own;
    raises 429 with Retry-After once the window is full."""
    return (await enforce_each(engine, [(key, limit, what)], at=at))[0]


async def enforce_each(
    engine: AsyncEngine, limits: Sequence[tuple[str, Limit, str]], *, at: float | None = None
) -> list[Hit]:
    """Counts one hit against each ``(key, limit, what)``, in one short transaction, or none:
    when a window is full, the request counts against no limit and the 429 names the limit
    that makes it wait longest, its ``Retry-After`` that wait. A limit on failures counts its
    hit here too, before the request can fail, so that requests running side by side (on any
    worker) cannot all pass a limit that none has reached yet; the caller gives the hit back
    with ``release`` when the request turns out not to fail. A refusal counting against none
    keeps a limit from filling with requests another one refused: a stranger held by a limit
    on one account from one client address adds nothing to the account's limit from every
    address."""
    now = time.time() if at is None else at
    hits: list[Hit] = []
    waits: list[tuple[int, str]] = []
    try:
        async with short_write(engine) as connection:
            for key, limit, what in limits:
                admission = await admit(connection, key, limit, 1, at=now)
                if admission.retry_after is not None:
                    waits.append((admission.retry_after, what))
                second = int(now)
                hits.append(Hit(key, second - second % limit.seconds))
            if waits:
                raise _Refused
    except _Refused:
        wait, what = max(waits, key=lambda refused: refused[0])
        raise refusal(what, wait) from None
    return hits


class _Refused(Exception):
    """Rolls back the hits of a request that a limit refused."""


async def release(connection: AsyncConnection, hit: Hit) -> None:
    """Gives back a hit that ``enforce_each`` counted, in ``connection``'s transaction (a
    window already dropped has nothing to give back)."""
    table = table_of(RateLimitWindow)
    await connection.execute(
        sa.update(table)
        .where(table.c.key == hit.key, table.c.window_start == hit.window_start, table.c.hits > 0)
        .values(hits=table.c.hits - 1)
    )


def refusal(what: str, wait: int) -> RateLimited:
    return RateLimited(f"Too many {what}; try again later.", retry_after=wait)


def accepts(limit: Limit, counted: int, previous: int, window_start: int, at: int) -> bool:
    """Whether one more request at second ``at`` fits, ``counted`` requests having been
    counted in the window opened at ``window_start`` and ``previous`` in the one before."""
    if at >= window_start + 2 * limit.seconds:
        return True
    if at >= window_start + limit.seconds:
        counted, previous, window_start = 0, counted, window_start + limit.seconds
    overlap = 1 - (at - window_start) / limit.seconds
    return counted + 1 + previous * overlap <= limit.count


def retry_after(limit: Limit, counted: int, previous: int, now: int) -> int | None:
    """None when one more request fits at ``now``; else the seconds until the first one at which
    it would (the counts only fade as time passes, so a binary search finds it)."""
    window_start = now - now % limit.seconds
    if accepts(limit, counted, previous, window_start, now):
        return None
    refused, accepted = now, window_start + 2 * limit.seconds
    while accepted - refused > 1:
        middle = (refused + accepted) // 2
        if accepts(limit, counted, previous, window_start, middle):
            accepted = middle
        else:
            refused = middle
    return accepted - now
