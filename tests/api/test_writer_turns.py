"""Writing units of work of one process take turns in arrival order (core.db.writer_turn)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest

from api.state import AppState
from api.unit_of_work import unit_of_work
from core import db
from core.events import EventBus
from tests.auth.test_accounts import registration


async def test_writing_units_of_work_take_turns_in_arrival_order(state: AppState) -> None:
    inside: list[int] = []
    entered: list[int] = []

    async def writer(number: int) -> None:
        async with unit_of_work(state.engine, EventBus()):
            inside.append(number)
            assert inside == [number], "two writers at once"
            entered.append(number)
            await asyncio.sleep(0.005)
            inside.remove(number)

    writers = []
    for number in range(8):
        writers.append(asyncio.create_task(writer(number)))
        await asyncio.sleep(0)  # each reaches its turn before the next one starts
    await asyncio.gather(*writers)
    assert entered == list(range(8))


@asynccontextmanager
async def _writer_holding_its_turn(state: AppState) -> AsyncIterator[None]:
    holding = asyncio.Event()
    release = asyncio.Event()

    async def writer() -> None:
        async with unit_of_work(state.engine, EventBus()):
            holding.set()
            await release.wait()

    holder = asyncio.create_task(writer())
    await holding.wait()
    try:
        yield
    finally:
        release.set()
        await holder


async def test_a_reader_does_not_wait_for_the_writers_turn(state: AppState) -> None:
    async with (
        _writer_holding_its_turn(state),
        unit_of_work(state.engine, EventBus(), writes=False) as session,
    ):
        await asyncio.wait_for(session.connection(), timeout=5)


async def test_a_writer_waiting_too_long_is_told_to_retry_and_changes_nothing(
    client: httpx.AsyncClient, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "WRITER_TURN_TIMEOUT", 0.2)
    body = registration()
    async with _writer_holding_its_turn(state):
        refused = await client.post("/v1/users", json=body)
    assert refused.status_code == 503
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.headers["retry-after"] == "1"
    assert refused.json()["type"].endswith("/unavailable")
    # Nothing was stored: the same registration goes through once the turn is free.
    assert (await client.post("/v1/users", json=body)).status_code == 201
