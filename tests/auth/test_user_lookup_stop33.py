"""GET /v1/users?email= lets the secretariat and admins find the id of the person to appoint as
co-facilitator or whose role to change, and nobody else: it is no directory of accounts."""

from typing import Any

import httpx
import pytest

from api.state import AppState
from tests.factories import (
    bearer,
    make_consultation,
    make_oauth_client,
    make_organization,
    make_user,
    token_for,
)


async def staff_headers(
    state: AppState, role: str = "secretariat", **kwargs: Any
) -> dict[str, str]:
    return bearer(await token_for(state, await make_user(state, role=role), **kwargs))


@pytest.mark.parametrize("role", ["secretariat", "admin"])
async def test_the_secretariat_and_admins_find_a_person_by_address_in_any_case(
    client: httpx.AsyncClient, state: AppState, role: str
) -> None:
    person = await make_user(state, email="amina.diallo@example.org", name="Amina Diallo")
    found = await client.get(
        "/v1/users",
        params={"email": " Amina.Diallo@EXAMPLE.org "},
        headers=await staff_headers(state, role),
    )
    assert found.status_code == 200, found.text
    assert found.json() == {
        "items": [
            {
                "id": str(person.id),
                "email": "amina.diallo@example.org",
                "display_name": "Amina Diallo",
                "role": "registered",
                "roles": ["registered"],
            }
        ],
        "next_cursor": None,
    }


async def test_the_id_found_is_the_one_to_appoint_and_roles_are_named_as_in_me(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await staff_headers(state)
    person = await make_user(state, email="rep@example.org")
    await make_organization(state, representatives=[person])
    consultation = await make_consultation(state)
    found = await client.get("/v1/users", params={"email": "rep@example.org"}, headers=headers)
    user_id = found.json()["items"][0]["id"]
    appointed = await client.put(
        f"/v1/consultations/{consultation.id}/facilitators/{user_id}", headers=headers
    )
    assert appointed.status_code == 201, appointed.text

    again = await client.get("/v1/users", params={"email": "rep@example.org"}, headers=headers)
    me = await client.get("/v1/me", headers=bearer(await token_for(state, person)))
    assert again.json()["items"][0]["roles"] == me.json()["roles"]
    assert me.json()["roles"] == ["registered", "representative", "co-facilitator"]


async def test_no_match_and_an_erased_account_are_an_empty_list(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await staff_headers(state)
    person = await make_user(state, email="leaving@example.org")
    erased = await client.delete("/v1/me", headers=bearer(await token_for(state, person)))
    assert erased.status_code == 204, erased.text
    for address in ("leaving@example.org", "nobody@example.org"):
        found = await client.get("/v1/users", params={"email": address}, headers=headers)
        assert found.status_code == 200, found.text
        assert found.json() == {"items": [], "next_cursor": None}


async def test_a_partial_address_finds_nothing(client: httpx.AsyncClient, state: AppState) -> None:
    await make_user(state, email="someone@example.org")
    found = await client.get(
        "/v1/users", params={"email": "one@example.org"}, headers=await staff_headers(state)
    )
    assert found.json()["items"] == []


@pytest.mark.parametrize("query", [{}, {"email": ""}, {"email": "not an address"}])
async def test_without_an_address_it_is_422(
    client: httpx.AsyncClient, state: AppState, query: dict[str, str]
) -> None:
    answer = await client.get("/v1/users", params=query, headers=await staff_headers(state))
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["loc"] == ["query", "email"]


@pytest.mark.parametrize("query", [{}, {"email": "someone@example.org"}])
async def test_anyone_else_is_403_whatever_the_query(
    client: httpx.AsyncClient, state: AppState, query: dict[str, str]
) -> None:
    await make_user(state, email="someone@example.org")
    person = await make_user(state)
    await make_organization(state, representatives=[person])
    client_id, secret = await make_oauth_client(state, organization=await make_organization(state))
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    callers = [
        bearer(await token_for(state, person)),
        bearer(issued.json()["access_token"]),
        await staff_headers(state, scopes=["reports:read"]),
    ]
    for headers in callers:
        answer = await client.get("/v1/users", params=query, headers=headers)
        assert answer.status_code == 403, answer.text
    assert (await client.get("/v1/users", params=query)).status_code == 401
