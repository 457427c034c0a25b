"""Where a 201 names the created resource: `Location` when there is something to read there,
otherwise the operation's description says that the 201 has none and why."""

import httpx
import pytest

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import bearer, make_consultation, make_organization, make_user, token_for


async def test_an_appointment_names_the_co_facilitators_where_it_is_read(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    person = await make_user(state, name="Ms Facilitator")
    url = f"/v1/consultations/{consultation.slug}/facilitators/{person.id}"
    appointed = await client.put(url, headers=headers)
    assert appointed.status_code == 201, appointed.text
    location = appointed.headers["location"]
    assert location == f"/v1/consultations/{consultation.id}/facilitators"
    listed = await client.get(location, headers=headers)
    assert listed.status_code == 200, listed.text
    assert [item["user_id"] for item in listed.json()["items"]] == [str(person.id)]
    again = await client.put(url, headers=headers)
    assert again.status_code == 200
    assert "location" not in again.headers


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/v1/comments/{comment_id}/flags"),
        ("post", "/v1/comments/{comment_id}/moderation"),
        ("post", "/v1/clients"),
        ("post", "/v1/organizations/{organization_id}/representatives"),
    ],
)
def test_a_201_without_location_says_so(method: str, path: str) -> None:
    description = openapi_document(create_app())["paths"][path][method]["description"]
    assert "The 201 has no `Location`" in description


def test_registration_says_what_its_location_answers_before_signing_in() -> None:
    description = openapi_document(create_app())["paths"]["/v1/users"]["post"]["description"]
    assert "`Location: /v1/me`" in description
    assert "401" in description


async def test_representatives_and_clients_are_created_without_location(
    client: httpx.AsyncClient, state: AppState
) -> None:
    owner = await make_user(state)
    colleague = await make_user(state)
    organization = await make_organization(state, representatives=[owner])
    added = await client.post(
        f"/v1/organizations/{organization.id}/representatives",
        json={"email": colleague.email},
        headers=bearer(await token_for(state, owner)),
    )
    assert added.status_code == 201, added.text
    assert "location" not in added.headers
    registered = await client.post(
        "/v1/clients",
        json={"name": "Bot", "redirect_uris": ["https://bot.example.org/cb"]},
        headers=await secretariat_headers(state),
    )
    assert registered.status_code == 201, registered.text
    assert "location" not in registered.headers
