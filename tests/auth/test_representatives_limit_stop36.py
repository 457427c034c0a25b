"""Adding a representative tells whether an address has an account (201 or 422): it is limited
per account, so the accounts cannot be enumerated through it; the secretariat, who may look
any address up, is not."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.factories import bearer, make_organization, make_user, token_for

LIMIT = 3


@pytest.fixture
async def limited_app(database_url: str) -> AsyncIterator[FastAPI]:
    app = create_app(
        make_settings(database_url, rate_limits="on", rate_limit_representatives=f"{LIMIT}/60")
    )
    async with app.router.lifespan_context(app):
        yield app


async def _additions(app: FastAPI, headers: dict[str, str], url: str, count: int) -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        return [
            (await http.post(url, json={"email": f"probe{n}@ex.org"}, headers=headers)).status_code
            for n in range(count)
        ]


async def test_probing_addresses_through_a_pending_organization_is_limited(
    limited_app: FastAPI,
) -> None:
    state: AppState = limited_app.state.plenary
    prober = await make_user(state)
    organization = await make_organization(state, verification="pending", representatives=[prober])
    url = f"/v1/organizations/{organization.id}/representatives"
    headers = bearer(await token_for(state, prober))
    statuses = await _additions(limited_app, headers, url, LIMIT + 2)
    assert statuses == [422] * LIMIT + [429, 429]


async def test_the_secretariat_is_not_limited(limited_app: FastAPI) -> None:
    state: AppState = limited_app.state.plenary
    staff = await make_user(state, role="secretariat")
    organization = await make_organization(state)
    url = f"/v1/organizations/{organization.id}/representatives"
    headers = bearer(await token_for(state, staff))
    assert set(await _additions(limited_app, headers, url, LIMIT + 2)) == {422}
