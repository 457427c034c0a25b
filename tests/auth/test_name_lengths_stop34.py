"""A name's limit counts the characters stored, after Unicode NFC normalisation: a name sent
decomposed ("e" + U+0301 for each "é") fits when its composed form does."""

import uuid

import httpx

from api.state import AppState
from tests.factories import PASSWORD, bearer, make_user, token_for

DECOMPOSED_E = "e\u0301"


async def test_a_decomposed_name_is_measured_as_stored(
    client: httpx.AsyncClient, state: AppState
) -> None:
    registered = await client.post(
        "/v1/users",
        json={
            "email": f"nfd-{uuid.uuid4().hex[:8]}@example.org",
            "password": PASSWORD,
            "display_name": DECOMPOSED_E * 150,
        },
    )
    assert registered.status_code == 201, registered.text
    assert registered.json()["display_name"] == "\u00e9" * 150

    member = bearer(await token_for(state, await make_user(state)))
    organization = await client.post(
        "/v1/organizations",
        json={"name": DECOMPOSED_E * 151, "stakeholder_group": "academia", "country": "KEN"},
        headers=member,
    )
    assert organization.status_code == 201, organization.text
    assert organization.json()["name"] == "\u00e9" * 151

    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    app = await client.post(
        "/v1/clients",
        json={"name": DECOMPOSED_E * 150, "redirect_uris": ["https://app.example.org/cb"]},
        headers=staff,
    )
    assert app.status_code == 201, app.text
    assert app.json()["name"] == "\u00e9" * 150


async def test_a_name_too_long_once_composed_is_still_refused(client: httpx.AsyncClient) -> None:
    refused = await client.post(
        "/v1/users",
        json={
            "email": f"nfd-{uuid.uuid4().hex[:8]}@example.org",
            "password": PASSWORD,
            "display_name": DECOMPOSED_E * 201,
        },
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["body", "display_name"]
    assert "at most 200 characters" in refused.json()["errors"][0]["msg"]
