"""What a client is registered with when the request leaves something out or empty: the
default scopes are those its grants can carry, and an empty list of scopes or grant types is
refused (422 naming it) rather than registering a client whose tokens carry nothing."""

import httpx
import pytest

from api.state import AppState
from tests.factories import bearer, make_organization, make_user, token_for

CALLBACK = "https://app.example.org/cb"


async def _register(
    client: httpx.AsyncClient, state: AppState, body: dict[str, object]
) -> httpx.Response:
    staff = await make_user(state, role="secretariat")
    return await client.post(
        "/v1/clients", json=body, headers=bearer(await token_for(state, staff))
    )


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"redirect_uris": [CALLBACK], "scopes": []}, "scopes"),
        ({"redirect_uris": [CALLBACK], "grant_types": []}, "grant_types"),
    ],
)
async def test_empty_scopes_or_grant_types_are_422(
    client: httpx.AsyncClient, state: AppState, body: dict[str, object], field: str
) -> None:
    refused = await _register(client, state, {"name": "Empty", **body})
    assert refused.status_code == 422, refused.text
    assert [error["loc"] for error in refused.json()["errors"]] == [["body", field]]


async def test_a_client_credentials_client_defaults_to_the_scopes_its_tokens_carry(
    client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(state)
    bot = await _register(client, state, {"name": "Bot", "organization_id": str(organization.id)})
    assert bot.status_code == 201, bot.text
    assert bot.json()["grant_types"] == ["client_credentials"]
    assert bot.json()["scopes"] == ["comments:write", "reports:read"]


async def test_a_sign_in_client_defaults_to_every_scope(
    client: httpx.AsyncClient, state: AppState
) -> None:
    app = await _register(client, state, {"name": "App", "redirect_uris": [CALLBACK]})
    assert app.status_code == 201, app.text
    assert set(app.json()["scopes"]) == {
        "comments:write",
        "consultations:write",
        "moderation:write",
        "reports:read",
        "admin",
    }
