"""A refused submission costs no quota, whatever refused it (the write-path audit on
PostgreSQL: twenty posts refused at a round's close, 409, or for an organization the caller does
not speak for, 403, left 40 of 60 submissions a minute; only 422s were given back)."""

from datetime import timedelta

import httpx
from fastapi import FastAPI

from api.app import create_app
from api.state import AppState
from core.clock import utcnow
from tests.conftest import BASE_URL, make_settings
from tests.consultations.test_comments import make_world, set_round_window, submit
from tests.factories import make_organization


async def test_refused_submissions_cost_no_quota(database_url: str, state: AppState) -> None:
    world = await make_world(state)
    stranger = await make_organization(state, name="Not theirs")
    limited: FastAPI = create_app(
        make_settings(database_url, rate_limits="on", rate_limit_submission="2/60")
    )
    async with (
        limited.router.lifespan_context(limited),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=limited), base_url=BASE_URL) as http,
    ):
        not_theirs = [
            (
                await submit(
                    http, world.round.id, world.token, world.body(organization_id=str(stranger.id))
                )
            ).status_code
            for _ in range(3)
        ]
        opened_at, closes_at = world.round.opens_at, world.round.closes_at
        await set_round_window(state, world.round, closes_at=utcnow() - timedelta(seconds=1))
        closed = [
            (await submit(http, world.round.id, world.token, world.body())).status_code
            for _ in range(3)
        ]
        await set_round_window(state, world.round, opens_at=opened_at, closes_at=closes_at)
        accepted = [
            (await submit(http, world.round.id, world.token, world.body())).status_code
            for _ in range(3)
        ]
    assert not_theirs == [403, 403, 403]
    assert closed == [409, 409, 409]
    assert accepted == [201, 201, 429]
