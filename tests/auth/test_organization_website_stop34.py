"""An organization's website is an absolute http(s) URL as it was written: the URL parser's
repairs of a malformed one are not a URL the person gave."""

import httpx
import pytest

from api.state import AppState
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@pytest.mark.parametrize(
    "website",
    ["https:///path", "http:example.org", "https:example.org/about", "https:\\\\example.org"],
)
async def test_a_website_without_an_authority_as_written_is_422(
    client: httpx.AsyncClient, state: AppState, website: str
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, website=website)
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["body", "website"]
    assert "host" in refused.json()["errors"][0]["msg"]


@pytest.mark.parametrize(
    "website", ["https://user:pw@example.org/", "https://user@example.org", "https://@example.org"]
)
async def test_a_website_with_a_user_name_or_password_is_422(
    client: httpx.AsyncClient, state: AppState, website: str
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, website=website)
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["body", "website"]
    assert "password" in refused.json()["errors"][0]["msg"]
    assert "pw" not in refused.text
