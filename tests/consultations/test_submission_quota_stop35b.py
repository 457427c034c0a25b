"""The submission quota counts stored submissions only, also while refused ones are in flight."""

import asyncio
from contextlib import AsyncExitStack

import httpx
from fastapi import FastAPI

from api.app import create_app
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.consultations.test_comments import comment_rows, make_world, submit


def _limited_app(database_url: str) -> FastAPI:
    return create_app(make_settings(database_url, rate_limits="on", rate_limit_submission="5/60"))


async def _burst(
    database_url: str, state: AppState, anchors: list[str], *, workers: int = 1
) -> list[int]:
    """The statuses of submissions on ``anchors`` sent all at once by one representative,
    spread over ``workers`` apps of their own (engines and pools), as uvicorn's workers are."""
    world = await make_world(state)
    apps = [_limited_app(database_url) for _ in range(workers)]
    async with AsyncExitStack() as stack:
        clients = []
        for app in apps:
            await stack.enter_async_context(app.router.lifespan_context(app))
            clients.append(
                await stack.enter_async_context(
                    httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL)
                )
            )
        responses = await asyncio.gather(
            *(
                submit(
                    clients[number % workers],
                    world.round.id,
                    world.token,
                    world.body(anchor=anchor),
                )
                for number, anchor in enumerate(anchors)
            )
        )
        for response in responses:
            if response.status_code == 429:
                assert int(response.headers["Retry-After"]) >= 1
                assert response.headers["Content-Type"] == "application/problem+json"
        # The quota is spent now: a valid submission waits, an invalid one is still told why.
        http = clients[0]
        late_valid = await submit(http, world.round.id, world.token, world.body(anchor="1"))
        late_invalid = await submit(http, world.round.id, world.token, world.body(anchor="nope"))
        assert (late_valid.status_code, late_invalid.status_code) == (429, 422)
    return [response.status_code for response in responses]


async def test_refused_submissions_in_flight_leave_the_quota_to_valid_ones(
    database_url: str, state: AppState
) -> None:
    anchors = ["nope" if number % 2 == 0 else "1" for number in range(11)]
    statuses = await _burst(database_url, state, anchors)
    assert sorted(statuses) == [201] * 5 + [422] * 6
    assert [status == 422 for status in statuses] == [anchor == "nope" for anchor in anchors]
    assert len(await comment_rows(state)) == 5


async def test_a_burst_past_the_quota_stores_the_quota_and_refuses_the_rest(
    database_url: str, state: AppState
) -> None:
    statuses = await _burst(database_url, state, ["nope"] * 3 + ["1"] * 8)
    assert sorted(statuses) == [201] * 5 + [422] * 3 + [429] * 3
    assert len(await comment_rows(state)) == 5


async def test_two_workers_never_store_more_than_the_quota(
    database_url: str, state: AppState
) -> None:
    statuses = await _burst(database_url, state, ["1"] * 11, workers=2)
    assert sorted(statuses) == [201] * 5 + [429] * 6
    assert len(await comment_rows(state)) == 5
