"""A client that may not use the authorization code grant (a client credentials one, bound to an
organization) is told so at the authorization endpoint: `unauthorized_client` (RFC 6749
4.1.2.1), redirected when it has a valid redirect URI, otherwise an error page that says what
is wrong, not that a redirect_uri is missing."""

from urllib.parse import parse_qs, urlsplit

import httpx

from api.state import AppState
from tests.auth.test_oauth import _authorize_query
from tests.factories import bearer, make_oauth_client, make_organization, make_user, token_for

CALLBACK = "https://bot.example.org/cb"


async def test_a_client_credentials_client_without_redirect_uri_gets_a_page_naming_the_grant(
    client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(state)
    client_id, _ = await make_oauth_client(state, redirect_uris=(), organization=organization)
    for redirect_uri in (None, CALLBACK):
        query = _authorize_query(client_id, redirect_uri=redirect_uri)
        page = await client.get("/oauth/authorize", params=query, headers={"Accept": "text/html"})
        assert page.status_code == 400
        assert "location" not in page.headers
        assert "authorization code grant" in page.text
        assert "unauthorized_client" in page.text
        problem = await client.get("/oauth/authorize", params=query)
        assert problem.status_code == 400
        assert "authorization code grant" in problem.json()["detail"]


async def test_one_with_a_registered_redirect_uri_is_sent_unauthorized_client_there(
    client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(state)
    staff = await make_user(state, role="secretariat")
    registered = await client.post(
        "/v1/clients",
        json={
            "name": "Bot",
            "redirect_uris": [CALLBACK],
            "grant_types": ["client_credentials"],
            "organization_id": str(organization.id),
        },
        headers=bearer(await token_for(state, staff)),
    )
    assert registered.status_code == 201, registered.text
    client_id = registered.json()["client_id"]
    for redirect_uri in (None, CALLBACK):
        answer = await client.get(
            "/oauth/authorize", params=_authorize_query(client_id, redirect_uri=redirect_uri)
        )
        assert answer.status_code == 302, answer.text
        location = answer.headers["location"]
        assert location.startswith(CALLBACK + "?")
        query = parse_qs(urlsplit(location).query)
        assert query["error"] == ["unauthorized_client"]
        assert query["state"] == ["xyz"]
