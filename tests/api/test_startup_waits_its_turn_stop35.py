"""The app's start-up writes wait their turn behind another process's writer: the export-jobs
recovery failed at once with "database is locked" while `plenary demo` wrote to the same file."""

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from api.app import create_app
from api.settings import Settings
from tests.conftest import BASE_URL, POSTGRES_URL, make_settings

pytestmark = pytest.mark.skipif(bool(POSTGRES_URL), reason="SQLite's single writer")


async def test_start_up_waits_for_another_writer_to_commit(
    settings: Settings, app: FastAPI
) -> None:
    """``app`` has started once, so the signing keys exist: the start-up's one write left is
    the export-jobs recovery."""
    database = make_url(settings.database_url).database
    assert database is not None
    other_process = sqlite3.connect(database, isolation_level=None)
    other_process.execute("BEGIN IMMEDIATE")
    # A committed change, so that a transaction begun before it cannot write after it.
    other_process.execute("CREATE TABLE written_meanwhile (x INTEGER)")
    second = create_app(settings)

    async def start() -> None:
        async with second.router.lifespan_context(second):
            transport = httpx.ASGITransport(app=second)
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
                assert (await client.get("/.well-known/jwks.json")).status_code == 200

    starting = asyncio.create_task(start())
    await asyncio.sleep(0.5)
    assert not starting.done()
    other_process.execute("COMMIT")
    other_process.close()
    await asyncio.wait_for(starting, timeout=30)


async def _lifespan_messages(app: FastAPI) -> list[dict[str, Any]]:
    incoming: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await incoming.put({"type": "lifespan.startup"})
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
    with pytest.raises(Exception):  # noqa: B017, PT011  (what the server is told is the point)
        await app(scope, incoming.get, send)
    return sent


async def test_a_start_up_that_cannot_use_the_database_says_so_in_one_line(
    tmp_path: Path,
) -> None:
    database = tmp_path / "garbage.db"
    database.write_bytes(b"not a database at all " * 400)
    app = create_app(make_settings(f"sqlite+aiosqlite:///{database}"))

    (message,) = await _lifespan_messages(app)

    assert message["type"] == "lifespan.startup.failed"
    (line,) = message["message"].splitlines()
    assert line.startswith("Error: cannot start: ")
    assert "file is not a database" in line
    assert "sqlalche.me" not in line


async def test_an_unmigrated_database_is_told_in_one_line(tmp_path: Path) -> None:
    app = create_app(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"))

    (message,) = await _lifespan_messages(app)

    (line,) = message["message"].splitlines()
    assert line.startswith("Error: The database ")
    assert "plenary db upgrade" in line
