"""The person at the sign-in form may refuse: the client then hears `access_denied` at its
redirect URI (RFC 6749 4.1.2.1), with `state` and `iss` (RFC 9207), and no code."""

import re
from urllib.parse import parse_qs, urlsplit

import httpx

from api.state import AppState
from tests.auth.test_oauth import REDIRECT_URI, _authorize_query, hidden_fields
from tests.conftest import BASE_URL
from tests.factories import make_oauth_client

HTML = {"Accept": "text/html"}


async def test_the_form_offers_a_cancel_button_that_skips_the_credentials(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    assert page.status_code == 200, page.text
    cancel = re.search(r"<button[^>]*value=\"deny\"[^>]*>", page.text)
    assert cancel is not None
    # The e-mail and password fields are required; refusing must not need them.
    assert "formnovalidate" in cancel.group(0)
    assert 'name="email"' in page.text
    assert 'name="password"' in page.text


async def test_cancel_sends_access_denied_with_state_and_iss_back_to_the_client(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id, state="s 1"))
    fields = hidden_fields(page.text)
    refused = await client.post(
        "/oauth/authorize", data={**fields, "decision": "deny"}, headers=HTML
    )
    assert refused.status_code == 302, refused.text
    location = refused.headers["location"]
    assert location.startswith(REDIRECT_URI + "?")
    query = parse_qs(urlsplit(location).query)
    assert query["error"] == ["access_denied"]
    assert query["state"] == ["s 1"]
    assert query["iss"] == [BASE_URL]
    assert "code" not in query


async def test_cancel_with_typed_credentials_still_refuses(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    fields = hidden_fields(page.text)
    refused = await client.post(
        "/oauth/authorize",
        data={**fields, "email": "someone@example.org", "password": "x", "decision": "deny"},
    )
    assert refused.status_code == 302
    assert parse_qs(urlsplit(refused.headers["location"]).query)["error"] == ["access_denied"]


async def test_cancel_of_an_unusable_request_redirects_nowhere(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    query = _authorize_query(client_id, redirect_uri="https://evil.example/cb")
    refused = await client.post("/oauth/authorize", data={**query, "decision": "deny"})
    assert refused.status_code == 400
    assert "location" not in refused.headers


async def test_an_unknown_decision_is_invalid_request(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    query = _authorize_query(client_id)
    answer = await client.post("/oauth/authorize", data={**query, "decision": "maybe"})
    assert answer.status_code == 302
    assert parse_qs(urlsplit(answer.headers["location"]).query)["error"] == ["invalid_request"]
