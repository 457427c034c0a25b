"""RFC 8252 7.3: a native app listening on the loopback interface gets an ephemeral port, so a
loopback IP redirect URI (http, 127.0.0.1 or [::1]) matches whatever port the authorization
request names; scheme, host, path and query must still be exactly the registered ones.
"localhost" is no loopback IP literal (RFC 8252 8.3) and keeps exact matching."""

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from api.state import AppState
from tests.auth.test_oauth import _authorize_query, hidden_fields
from tests.factories import PASSWORD, make_oauth_client, make_user


@pytest.mark.parametrize(
    ("registered", "requested"),
    [
        ("http://127.0.0.1/cb", "http://127.0.0.1:51234/cb"),
        ("http://127.0.0.1:8000/cb", "http://127.0.0.1:51234/cb"),
        ("http://127.0.0.1:8000/cb", "http://127.0.0.1/cb"),
        ("http://[::1]/cb?app=desk", "http://[::1]:61000/cb?app=desk"),
    ],
)
async def test_a_loopback_redirect_uri_matches_any_port(
    client: httpx.AsyncClient, state: AppState, registered: str, requested: str
) -> None:
    client_id, _ = await make_oauth_client(state, redirect_uris=[registered], public=True)
    page = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, redirect_uri=requested)
    )
    assert page.status_code == 200, page.text
    assert hidden_fields(page.text)["redirect_uri"] == requested


@pytest.mark.parametrize(
    ("registered", "requested"),
    [
        ("http://localhost/cb", "http://localhost:51234/cb"),
        ("http://127.0.0.1/cb", "http://127.0.0.1:51234/cb/"),
        ("http://127.0.0.1/cb", "http://127.0.0.1:51234/other"),
        ("http://127.0.0.1/cb", "http://127.0.0.1:51234/cb?x=1"),
        ("http://127.0.0.1/cb?app=desk", "http://127.0.0.1:51234/cb"),
        ("http://127.0.0.1/cb", "https://127.0.0.1:51234/cb"),
        ("http://127.0.0.1/cb", "http://[::1]:51234/cb"),
        ("http://127.0.0.1/cb", "http://127.0.0.2:51234/cb"),
        ("http://127.0.0.1/cb", "http://user@127.0.0.1:51234/cb"),
        ("http://127.0.0.1/cb", "http://127.0.0.1:99999/cb"),
        ("http://127.0.0.1/cb", "http://127.0.0.1:/cb"),
        ("https://app.example.org/cb", "https://app.example.org:8443/cb"),
    ],
)
async def test_everything_but_a_loopback_port_still_matches_exactly(
    client: httpx.AsyncClient, state: AppState, registered: str, requested: str
) -> None:
    client_id, _ = await make_oauth_client(state, redirect_uris=[registered], public=True)
    page = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, redirect_uri=requested)
    )
    assert page.status_code == 400, page.text
    assert "location" not in page.headers


async def test_the_token_request_repeats_the_port_used_at_authorization(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, _ = await make_oauth_client(
        state, redirect_uris=["http://127.0.0.1/cb"], public=True
    )
    verifier = generate_token(64)
    used = "http://127.0.0.1:51234/cb"
    query = _authorize_query(
        client_id, redirect_uri=used, code_challenge=create_s256_code_challenge(verifier)
    )
    page = await client.get("/oauth/authorize", params=query)
    signed_in = await client.post(
        "/oauth/authorize",
        data={**hidden_fields(page.text), "email": user.email, "password": PASSWORD},
    )
    assert signed_in.status_code == 302, signed_in.text
    location = signed_in.headers["location"]
    assert location.startswith(used + "?")
    code = parse_qs(urlsplit(location).query)["code"][0]
    exchange = {
        "grant_type": "authorization_code",
        "client_id": client_id,
        "code": code,
        "code_verifier": verifier,
    }
    other_port = await client.post(
        "/oauth/token", data={**exchange, "redirect_uri": "http://127.0.0.1:51235/cb"}
    )
    assert other_port.status_code == 400
    assert other_port.json()["error"] == "invalid_grant"

    page = await client.get("/oauth/authorize", params=query)
    signed_in = await client.post(
        "/oauth/authorize",
        data={**hidden_fields(page.text), "email": user.email, "password": PASSWORD},
    )
    code = parse_qs(urlsplit(signed_in.headers["location"]).query)["code"][0]
    same_port = await client.post(
        "/oauth/token", data={**exchange, "code": code, "redirect_uri": used}
    )
    assert same_port.status_code == 200, same_port.text
