"""An Authorization header given more than once is a malformed request, not its first copy:
a proxy and this server could read different copies."""

import base64

import httpx

from api.state import AppState
from tests.factories import make_oauth_client, make_organization, make_user, token_for


async def test_a_repeated_bearer_header_is_invalid_request(
    client: httpx.AsyncClient, state: AppState
) -> None:
    token = await token_for(state, await make_user(state))
    alone = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    repeated = await client.get(
        "/v1/me",
        headers=[("Authorization", f"Bearer {token}"), ("Authorization", "Bearer xyz")],
    )
    assert alone.status_code == 200
    assert repeated.status_code == 400
    assert repeated.headers["content-type"] == "application/problem+json"
    assert repeated.headers["www-authenticate"] == 'Bearer error="invalid_request"'
    assert "more than once" in repeated.json()["detail"]


async def test_a_repeated_client_authentication_header_is_invalid_request(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, secret = await make_oauth_client(state, organization=await make_organization(state))
    basic = "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    grant = {"grant_type": "client_credentials"}
    alone = await client.post("/oauth/token", data=grant, headers={"Authorization": basic})
    repeated = await client.post(
        "/oauth/token",
        data=grant,
        headers=[("Authorization", basic), ("Authorization", "Basic eHl6Onh5eg==")],
    )
    assert alone.status_code == 200
    assert repeated.status_code == 400
    assert repeated.json()["error"] == "invalid_request"
    assert repeated.headers["cache-control"] == "no-store"
