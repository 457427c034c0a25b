"""The token and revocation endpoints read application/x-www-form-urlencoded bodies only
(RFC 6749 3.2, RFC 7009 2.1): a multipart form is refused as a body with no content type is,
with invalid_request in the RFC 6749 shape. The browser's sign-in form may use either."""

import httpx
import pytest

from api.state import AppState
from tests.auth.test_oauth import _authorize_query, hidden_fields
from tests.factories import make_oauth_client, make_organization


@pytest.mark.parametrize("path", ["/oauth/token", "/oauth/revoke"])
async def test_a_multipart_form_is_invalid_request(
    client: httpx.AsyncClient, state: AppState, path: str
) -> None:
    client_id, secret = await make_oauth_client(
        state, redirect_uris=(), organization=await make_organization(state)
    )
    assert secret is not None
    response = await client.post(
        path,
        files={"grant_type": (None, "client_credentials"), "token": (None, "anything")},
        auth=(client_id, secret),
    )
    assert response.headers["content-type"].startswith("application/json")
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_request"
    assert "x-www-form-urlencoded" in response.json()["error_description"]
    assert response.headers["cache-control"] == "no-store"


async def test_the_sign_in_form_still_reads_a_multipart_post(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    query = _authorize_query(client_id)
    fields = {**query, "email": "nobody@example.org", "password": "wrong password!"}
    response = await client.post(
        "/oauth/authorize", files={name: (None, value) for name, value in fields.items()}
    )
    assert response.status_code == 400, response.text
    assert "Wrong e-mail address or password" in response.text
    assert hidden_fields(response.text)["state"] == "xyz"
