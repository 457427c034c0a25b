"""A caller who may never do what an endpoint does is told 403 whatever the body: the role
check of an endpoint that needs no resource to decide runs before the body is validated, so
an empty or wrong body does not earn a 422 that a valid one would turn into 403."""

import httpx
import pytest

from api.state import AppState
from tests.factories import (
    bearer,
    make_oauth_client,
    make_organization,
    make_user,
    token_for,
)

GLOBAL_WRITES = (
    ("POST", "/v1/consultations"),
    ("POST", "/v1/clients"),
    ("PUT", "/v1/users/{someone}/role"),
)
BODIES = ({}, {"unexpected": True}, [])


async def representative_headers(state: AppState) -> dict[str, str]:
    person = await make_user(state)
    await make_organization(state, representatives=[person])
    return bearer(await token_for(state, person))


async def client_credentials_headers(state: AppState, client: httpx.AsyncClient) -> dict[str, str]:
    client_id, secret = await make_oauth_client(state, organization=await make_organization(state))
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    assert issued.status_code == 200, issued.text
    return bearer(issued.json()["access_token"])


@pytest.mark.parametrize(("method", "path"), GLOBAL_WRITES)
@pytest.mark.parametrize("body", BODIES)
async def test_a_representative_is_refused_before_the_body_is_read(
    client: httpx.AsyncClient, state: AppState, method: str, path: str, body: object
) -> None:
    someone = await make_user(state)
    answer = await client.request(
        method,
        path.format(someone=someone.id),
        json=body,
        headers=await representative_headers(state),
    )
    assert answer.status_code == 403, answer.text
    assert answer.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(("method", "path"), GLOBAL_WRITES)
async def test_a_client_credentials_token_is_refused_before_the_body_is_read(
    client: httpx.AsyncClient, state: AppState, method: str, path: str
) -> None:
    someone = await make_user(state)
    answer = await client.request(
        method,
        path.format(someone=someone.id),
        json={},
        headers=await client_credentials_headers(state, client),
    )
    assert answer.status_code == 403, answer.text


async def test_a_machine_client_registering_an_organization_is_refused_before_the_body(
    client: httpx.AsyncClient, state: AppState
) -> None:
    answer = await client.post(
        "/v1/organizations", json={}, headers=await client_credentials_headers(state, client)
    )
    assert answer.status_code == 403, answer.text


async def test_a_read_only_token_is_refused_before_the_body_with_the_scope_it_lacks(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await make_user(state, role="secretariat")
    answer = await client.post(
        "/v1/consultations",
        json={},
        headers=bearer(await token_for(state, staff, scopes=["reports:read"])),
    )
    assert answer.status_code == 403, answer.text
    assert 'error="insufficient_scope"' in answer.headers["www-authenticate"]


async def test_an_admin_changing_their_own_role_is_refused_before_the_body(
    client: httpx.AsyncClient, state: AppState
) -> None:
    admin = await make_user(state, role="admin")
    answer = await client.put(
        f"/v1/users/{admin.id}/role", json={}, headers=bearer(await token_for(state, admin))
    )
    assert answer.status_code == 403, answer.text


async def test_the_secretariat_still_gets_422_for_an_invalid_body(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await make_user(state, role="secretariat")
    answer = await client.post(
        "/v1/consultations", json={}, headers=bearer(await token_for(state, staff))
    )
    assert answer.status_code == 422, answer.text


async def test_anonymous_callers_are_still_told_to_sign_in(client: httpx.AsyncClient) -> None:
    answer = await client.post("/v1/consultations", json={})
    assert answer.status_code == 401, answer.text
