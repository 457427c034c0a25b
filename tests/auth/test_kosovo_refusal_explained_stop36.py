"""Kosovo cannot be an organization's country (no ISO 3166-1 code, no M49 entry): the refusal
says so instead of "unknown country ... give an ISO 3166-1 alpha-3 code"."""

import httpx
import pytest

from api.state import AppState
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@pytest.mark.parametrize("country", ["XKX", "XK", "xk", "Kosovo", "Republic of Kosovo"])
async def test_kosovo_is_422_saying_why(
    client: httpx.AsyncClient, state: AppState, country: str
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, country=country)
    assert refused.status_code == 422, refused.text
    message = refused.json()["errors"][0]["msg"]
    assert "no ISO 3166-1" in message
    assert "secretariat" in message


async def test_the_organization_list_says_why_too(client: httpx.AsyncClient) -> None:
    refused = await client.get("/v1/organizations", params={"country": "Kosovo"})
    assert refused.status_code == 422, refused.text
    assert "no ISO 3166-1" in refused.text
