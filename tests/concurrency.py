"""Interleaving two writers on PostgreSQL, deterministically.

Every write appends to the audit chain under its advisory lock (``APPEND_LOCK_KEY``), the last
lock it takes before its commit. Holding that lock stops a first writer there, its rows written
and its row locks held; a second writer is then started and runs until it waits (for a row lock
of the first, or for the append lock too when nothing serialises them); releasing the append
lock lets both go on, the first committing first. On SQLite writers never overlap."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import httpx
import pytest
import sqlalchemy as sa

from api.state import AppState
from moderation.audit import APPEND_LOCK_KEY


def needs_concurrent_writers(state: AppState) -> None:
    if state.engine.dialect.name != "postgresql":
        pytest.skip("needs concurrent writers (on SQLite writers never overlap)")


@asynccontextmanager
async def audit_appends_held(state: AppState) -> AsyncIterator[None]:
    async with state.engine.connect() as connection:
        await connection.execute(sa.select(sa.func.pg_advisory_xact_lock(APPEND_LOCK_KEY)))
        yield
        await connection.commit()


async def until_waiting(state: AppState, *, advisory: bool | None, sessions: int = 1) -> None:
    """Until ``sessions`` sessions of this database wait for the audit append lock
    (``advisory``), for a row's lock (not ``advisory``) or for either (None)."""
    waiting = sa.text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND (CAST(:advisory AS boolean) IS NULL "
        "OR (wait_event = 'advisory') = CAST(:advisory AS boolean))"
    )
    for _ in range(250):
        async with state.engine.connect() as connection:
            found = await connection.execute(waiting, {"advisory": advisory})
            if found.scalar_one() >= sessions:
                return
        await asyncio.sleep(0.02)
    raise AssertionError("nothing waited for the lock")


async def first_commits_first(
    state: AppState,
    first: Callable[[], Awaitable[httpx.Response]],
    second: Callable[[], Awaitable[httpx.Response]],
) -> tuple[httpx.Response, httpx.Response]:
    """The answers to two requests, ``second`` started once ``first`` holds its locks and run
    until it waits, so that ``first`` commits first."""
    async with audit_appends_held(state):
        answering_first = asyncio.ensure_future(first())
        await until_waiting(state, advisory=True)
        answering_second = asyncio.ensure_future(second())
        await until_waiting(state, advisory=None, sessions=2)
    return await answering_first, await answering_second
