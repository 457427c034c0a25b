"""Signing keys created at a worker's start while another process writes to the database."""

import asyncio
import sqlite3

import pytest
import sqlalchemy as sa

from api.db import create_engine
from auth.keys import KeyRing
from auth.models import SigningKey
from core.db import table_of


async def test_keys_are_created_while_another_process_commits(database_url: str) -> None:
    """A deferred transaction that read the keys and then inserted failed at once on SQLite
    ("database is locked") when another connection committed in between, as a CLI command
    run while `plenary serve` starts does."""
    if not database_url.startswith("sqlite"):
        pytest.skip("the snapshot conflict is SQLite's; PostgreSQL waits for the row locks")
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.delete(table_of(SigningKey)))
        other = sqlite3.connect(database_url.removeprefix("sqlite+aiosqlite:///"), timeout=30)
        other.isolation_level = None
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO rate_limit_windows (key, window_start, hits) VALUES ('x', 0, 1)")

        async def commit_soon() -> None:
            await asyncio.sleep(0.5)
            other.execute("COMMIT")

        loaded, _ = await asyncio.gather(KeyRing(engine).current(), commit_soon())
        other.close()
        async with engine.connect() as connection:
            live = (
                await connection.execute(
                    sa.select(sa.func.count()).select_from(table_of(SigningKey))
                )
            ).scalar_one()
        assert live == 2
        assert loaded.active.kid is not None
    finally:
        await engine.dispose()
