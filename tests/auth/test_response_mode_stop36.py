"""Only response_mode=query is served, so a client asking for another is told, not sent the
code where it does not look."""

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from api.state import AppState
from tests.auth.test_oauth import _authorize_query
from tests.factories import make_oauth_client


@pytest.mark.parametrize("mode", ["fragment", "form_post", "QUERY"])
async def test_a_response_mode_other_than_query_is_invalid_request(
    client: httpx.AsyncClient, state: AppState, mode: str
) -> None:
    client_id, _ = await make_oauth_client(state)
    answer = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, response_mode=mode)
    )
    assert answer.status_code == 302
    location = urlsplit(answer.headers["location"])
    assert not location.fragment
    query = parse_qs(location.query)
    assert query["error"] == ["invalid_request"]
    assert "response_mode" in query["error_description"][0]
    assert query["state"] == ["xyz"]


async def test_response_mode_query_is_served(client: httpx.AsyncClient, state: AppState) -> None:
    client_id, _ = await make_oauth_client(state)
    answer = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, response_mode="query")
    )
    assert answer.status_code == 200
