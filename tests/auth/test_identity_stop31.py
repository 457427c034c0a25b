"""Ending a membership (leaving an organization, or removing a representative), what adding
one answers about the person added; OAuth token revocation and client deletion."""

import json
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.state import AppState
from auth.models import Organization, User
from auth.tokens import issue_access_token
from tests.auth.test_cli_identity import invoke, one_line_error
from tests.auth.test_oauth import oauth_client, sign_in
from tests.conftest import BASE_URL
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import (
    ALL_SCOPES,
    bearer,
    make_oauth_client,
    make_organization,
    make_user,
    token_for,
)


async def _headers(
    state: AppState, user: User, scopes: tuple[str, ...] = ALL_SCOPES
) -> dict[str, str]:
    return bearer(await token_for(state, user, scopes))


def _membership_url(organization: Organization, user: User | str) -> str:
    user_id = user if isinstance(user, str) else str(user.id)
    return f"/v1/organizations/{organization.id}/representatives/{user_id}"


async def _memberships(client: httpx.AsyncClient, headers: dict) -> list[str]:
    me = await client.get("/v1/me", headers=headers)
    assert me.status_code == 200, me.text
    return [m["organization_id"] for m in me.json()["memberships"]]


async def test_adding_a_representative_does_not_echo_their_name(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The caller knows the address they typed; the name the person chose is theirs to show."""
    owner = await make_user(state)
    colleague = await make_user(state, name="Private Name")
    organization = await make_organization(state, verification="pending", representatives=[owner])
    added = await client.post(
        f"/v1/organizations/{organization.id}/representatives",
        json={"email": colleague.email},
        headers=await _headers(state, owner),
    )
    assert added.status_code == 201, added.text
    assert set(added.json()) == {"organization_id", "user_id", "email", "role", "created_at"}
    assert "Private Name" not in added.text


async def test_a_person_leaves_and_their_token_loses_the_organization_at_the_next_request(
    client: httpx.AsyncClient, state: AppState
) -> None:
    person = await make_user(state)
    colleague = await make_user(state)
    pending = await make_organization(
        state, verification="pending", representatives=[person, colleague]
    )
    verified = await make_organization(state, representatives=[person])
    headers = await _headers(state, person)
    assert (await client.get(f"/v1/organizations/{pending.id}", headers=headers)).status_code == 200

    left = await client.delete(_membership_url(pending, person), headers=headers)
    assert left.status_code == 204, left.text
    assert left.content == b""
    # The same token: the membership is read at every request.
    assert (await client.get(f"/v1/organizations/{pending.id}", headers=headers)).status_code == 404
    assert await _memberships(client, headers) == [str(verified.id)]
    assert (await client.delete(_membership_url(verified, person), headers=headers)).is_success
    assert await _memberships(client, headers) == []
    adding = await client.post(
        f"/v1/organizations/{verified.id}/representatives",
        json={"email": colleague.email},
        headers=headers,
    )
    assert adding.status_code == 403
    # The colleague stays.
    colleague_headers = await _headers(state, colleague)
    assert await _memberships(client, colleague_headers) == [str(pending.id)]


async def test_a_representative_or_the_secretariat_removes_a_representative(
    client: httpx.AsyncClient, state: AppState
) -> None:
    first, second, third = [await make_user(state) for _ in range(3)]
    organization = await make_organization(state, representatives=[first, second, third])
    removed = await client.delete(
        _membership_url(organization, second), headers=await _headers(state, first)
    )
    assert removed.status_code == 204, removed.text
    assert await _memberships(client, await _headers(state, second)) == []
    secretariat = await make_user(state, role="secretariat")
    removed = await client.delete(
        _membership_url(organization, third), headers=await _headers(state, secretariat)
    )
    assert removed.status_code == 204, removed.text
    assert await _memberships(client, await _headers(state, third)) == []
    assert await _memberships(client, await _headers(state, first)) == [str(organization.id)]


async def test_ending_a_membership_is_audited(client: httpx.AsyncClient, state: AppState) -> None:
    leaver, remover, removed = [await make_user(state) for _ in range(3)]
    organization = await make_organization(state, representatives=[leaver, remover, removed])
    await client.delete(
        _membership_url(organization, leaver), headers=await _headers(state, leaver)
    )
    await client.delete(
        _membership_url(organization, removed), headers=await _headers(state, remover)
    )
    secretariat = await secretariat_headers(state)
    audit = await client.get(
        "/v1/audit", params={"event": "representative.removed"}, headers=secretariat
    )
    assert audit.status_code == 200, audit.text
    entries = [
        (e["actor_id"], e["subject_type"], e["subject_id"], e["data"])
        for e in audit.json()["items"]
    ]
    assert entries == [
        (str(leaver.id), "organization", str(organization.id), {"user_id": str(leaver.id)}),
        (str(remover.id), "organization", str(organization.id), {"user_id": str(removed.id)}),
    ]


async def test_the_last_representative_may_leave_and_the_secretariat_can_add_another(
    client: httpx.AsyncClient, state: AppState
) -> None:
    last = await make_user(state)
    organization = await make_organization(state, representatives=[last])
    left = await client.delete(
        _membership_url(organization, last), headers=await _headers(state, last)
    )
    assert left.status_code == 204, left.text
    # The organization stays verified, with its comments; nobody speaks for it meanwhile.
    read = await client.get(f"/v1/organizations/{organization.id}")
    assert read.json()["verification"] == "verified"
    newcomer = await make_user(state)
    secretariat = await secretariat_headers(state)
    added = await client.post(
        f"/v1/organizations/{organization.id}/representatives",
        json={"email": newcomer.email},
        headers=secretariat,
    )
    assert added.status_code == 201, added.text


async def test_a_representative_of_a_rejected_organization_may_still_leave(
    client: httpx.AsyncClient, state: AppState
) -> None:
    person = await make_user(state)
    organization = await make_organization(state, verification="rejected", representatives=[person])
    headers = await _headers(state, person)
    assert (
        await client.delete(_membership_url(organization, person), headers=headers)
    ).status_code == 204
    assert await _memberships(client, headers) == []


@pytest.mark.parametrize(
    ("caller", "target", "status"),
    [
        ("anonymous", "member", 401),
        ("registered", "member", 403),
        ("registered", "self, not a member", 404),
        ("other organization's representative", "member", 403),
        ("representative", "not a member", 404),
        ("representative", "unknown id", 404),
        ("representative", "malformed id", 404),
        ("read-only representative", "member", 403),
        ("read-only representative", "self", 403),
        ("bound client", "member", 403),
        ("secretariat", "not a member", 404),
    ],
)
async def test_who_may_end_a_membership(
    client: httpx.AsyncClient, state: AppState, caller: str, target: str, status: int
) -> None:
    representative = await make_user(state)
    member = await make_user(state)
    outsider = await make_user(state)
    organization = await make_organization(state, representatives=[representative, member])
    other = await make_user(state)
    await make_organization(state, name="Other", representatives=[other])
    client_id, secret = await make_oauth_client(state, organization=organization)
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    callers = {
        "anonymous": {},
        "registered": await _headers(state, outsider),
        "other organization's representative": await _headers(state, other),
        "representative": await _headers(state, representative),
        "read-only representative": await _headers(state, representative, ("reports:read",)),
        "bound client": bearer(issued.json()["access_token"]),
        "secretariat": await secretariat_headers(state),
    }
    targets = {
        "member": str(member.id),
        "self": str(representative.id),
        "self, not a member": str(outsider.id),
        "not a member": str(outsider.id),
        "unknown id": str(uuid.uuid4()),
        "malformed id": "not-an-id",
    }
    response = await client.delete(
        _membership_url(organization, targets[target]), headers=callers[caller]
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert await _memberships(client, await _headers(state, member)) == [str(organization.id)]


async def test_nobody_outside_a_pending_organization_learns_of_it_by_removing(
    client: httpx.AsyncClient, state: AppState
) -> None:
    representative = await make_user(state)
    pending = await make_organization(
        state, verification="pending", representatives=[representative]
    )
    outsider = await _headers(state, await make_user(state))
    hidden = await client.delete(_membership_url(pending, representative), headers=outsider)
    unknown = await client.delete(
        f"/v1/organizations/{uuid.uuid4()}/representatives/{representative.id}", headers=outsider
    )
    assert hidden.status_code == unknown.status_code == 404
    assert hidden.json()["detail"] == unknown.json()["detail"]


# OAuth 2.0 token revocation (RFC 7009) and client deletion.


async def _sign_in_tokens(
    app: FastAPI, client_id: str, secret: str | None, user: User
) -> dict[str, Any]:
    async with oauth_client(app, client_id, secret) as oauth:
        location, verifier = await sign_in(oauth, user.email)
        return dict(
            await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
        )


async def _revoke(
    client: httpx.AsyncClient,
    credentials: tuple[str, str | None],
    token: str,
    hint: str | None = None,
) -> httpx.Response:
    data = {"token": token}
    if hint is not None:
        data["token_type_hint"] = hint
    client_id, secret = credentials
    if secret is None:
        return await client.post("/oauth/revoke", data={**data, "client_id": client_id})
    return await client.post("/oauth/revoke", data=data, auth=(client_id, secret))


async def _refresh(
    client: httpx.AsyncClient, credentials: tuple[str, str | None], refresh_token: str
) -> httpx.Response:
    client_id, secret = credentials
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    if secret is None:
        return await client.post("/oauth/token", data={**data, "client_id": client_id})
    return await client.post("/oauth/token", data=data, auth=(client_id, secret))


async def _works(client: httpx.AsyncClient, access_token: str) -> bool:
    response = await client.get("/v1/me", headers=bearer(access_token))
    assert response.status_code in {200, 401}, response.text
    return response.status_code == 200


@pytest.mark.parametrize("hint", [None, "refresh_token", "access_token", "no_such_type"])
async def test_revoking_a_refresh_token_ends_its_sign_in(
    app: FastAPI, client: httpx.AsyncClient, state: AppState, hint: str | None
) -> None:
    """Whatever the hint says (RFC 7009 2.1: a wrong hint widens the search, an unknown one is
    ignored), the sign-in ends: its access tokens and refresh tokens stop working. The
    person's other sign-in stands."""
    user = await make_user(state)
    credentials = await make_oauth_client(state)
    tokens = await _sign_in_tokens(app, *credentials, user)
    other = await _sign_in_tokens(app, *credentials, user)
    revoked = await _revoke(client, credentials, tokens["refresh_token"], hint)
    assert revoked.status_code == 200, revoked.text
    assert revoked.headers["cache-control"] == "no-store"
    assert not await _works(client, tokens["access_token"])
    refused = await _refresh(client, credentials, tokens["refresh_token"])
    assert (refused.status_code, refused.json()["error"]) == (400, "invalid_grant")
    assert await _works(client, other["access_token"])
    assert (await _refresh(client, credentials, other["refresh_token"])).status_code == 200


@pytest.mark.parametrize("hint", [None, "access_token", "refresh_token"])
async def test_revoking_an_access_token_ends_its_sign_in(
    app: FastAPI, client: httpx.AsyncClient, state: AppState, hint: str | None
) -> None:
    user = await make_user(state)
    credentials = await make_oauth_client(state, public=True)
    tokens = await _sign_in_tokens(app, *credentials, user)
    revoked = await _revoke(client, credentials, tokens["access_token"], hint)
    assert revoked.status_code == 200, revoked.text
    assert not await _works(client, tokens["access_token"])
    assert (await _refresh(client, credentials, tokens["refresh_token"])).status_code == 400


async def test_revocation_answers_200_for_tokens_it_does_not_know(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    """RFC 7009 2.2: an invalid, expired or already revoked token is no error."""
    user = await make_user(state)
    credentials = await make_oauth_client(state)
    tokens = await _sign_in_tokens(app, *credentials, user)
    expired, _ = await issue_access_token(
        state.keys,
        issuer=state.settings.public_url,
        audience=state.settings.public_url,
        subject=str(user.id),
        client_id=credentials[0],
        scopes=("comments:write",),
        ttl_seconds=-60,
    )
    for unknown in ("not a token", "a.b.c", tokens["access_token"] + "x", expired):
        assert (await _revoke(client, credentials, unknown)).status_code == 200
    assert await _works(client, tokens["access_token"])
    assert (await _revoke(client, credentials, tokens["refresh_token"])).status_code == 200
    assert (await _revoke(client, credentials, tokens["refresh_token"])).status_code == 200
    assert (await _revoke(client, credentials, tokens["access_token"])).status_code == 200


@pytest.fixture
async def live_sign_in(
    app: FastAPI, state: AppState
) -> tuple[tuple[str, str | None], dict[str, Any]]:
    """A client and a sign-in through it; made once for all of a property test's examples."""
    credentials = await make_oauth_client(state)
    return credentials, await _sign_in_tokens(app, *credentials, await make_user(state))


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Without NUL: any form body holding one is refused (400) before it is read, as everywhere.
@given(token=st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=200))
async def test_any_unknown_token_is_200_and_revokes_nothing(
    client: httpx.AsyncClient,
    live_sign_in: tuple[tuple[str, str | None], dict[str, Any]],
    token: str,
) -> None:
    credentials, tokens = live_sign_in
    assert (await _revoke(client, credentials, token)).status_code == 200
    # Revoking either of the sign-in's tokens would have stopped its access token.
    assert await _works(client, tokens["access_token"])


async def test_revocation_authenticates_the_client_as_the_token_endpoint_does(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    tokens = await _sign_in_tokens(app, client_id, secret, user)
    wrong = await _revoke(client, (client_id, "wrong secret"), tokens["refresh_token"])
    assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
    assert wrong.headers["www-authenticate"].startswith("Basic")
    anonymous = await client.post("/oauth/revoke", data={"token": tokens["refresh_token"]})
    assert (anonymous.status_code, anonymous.json()["error"]) == (401, "invalid_client")
    missing = await client.post("/oauth/revoke", data={}, auth=(client_id, secret or ""))
    assert (missing.status_code, missing.json()["error"]) == (400, "invalid_request")
    # RFC 7009 2.1: a token issued to another client is refused, and stays valid.
    other = await make_oauth_client(state)
    for token in (tokens["refresh_token"], tokens["access_token"]):
        refused = await _revoke(client, other, token)
        assert (refused.status_code, refused.json()["error"]) == (400, "invalid_grant")
        assert refused.headers["content-type"] == "application/json"
    assert await _works(client, tokens["access_token"])
    not_a_form = await client.post(
        "/oauth/revoke", json={"token": "x"}, auth=(client_id, secret or "")
    )
    assert (not_a_form.status_code, not_a_form.json()["error"]) == (400, "invalid_request")


async def test_a_client_credentials_token_cannot_be_revoked_alone(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """It belongs to no sign-in and is not stored: RFC 7009's unsupported_token_type, and it
    keeps working until it expires or its client is deleted."""
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(state, organization=organization)
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    access_token = issued.json()["access_token"]
    refused = await _revoke(client, (client_id, secret), access_token)
    assert (refused.status_code, refused.json()["error"]) == (400, "unsupported_token_type")
    assert await _works(client, access_token)


async def test_the_metadata_advertises_the_revocation_endpoint(client: httpx.AsyncClient) -> None:
    metadata = (await client.get("/.well-known/oauth-authorization-server")).json()
    assert metadata["revocation_endpoint"] == f"{BASE_URL}/oauth/revoke"
    assert (
        metadata["revocation_endpoint_auth_methods_supported"]
        == (metadata["token_endpoint_auth_methods_supported"])
    )


async def test_deleting_a_client_stops_its_tokens(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(state, organization=organization)
    signed_in = await _sign_in_tokens(app, client_id, secret, user)
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    machine_token = issued.json()["access_token"]
    kept_id, kept_secret = await make_oauth_client(state)
    kept = await _sign_in_tokens(app, kept_id, kept_secret, user)
    secretariat = await secretariat_headers(state)

    deleted = await client.delete(f"/v1/clients/{client_id}", headers=secretariat)
    assert deleted.status_code == 204, deleted.text
    assert not await _works(client, signed_in["access_token"])
    assert not await _works(client, machine_token)
    refresh = await _refresh(client, (client_id, secret), signed_in["refresh_token"])
    assert (refresh.status_code, refresh.json()["error"]) == (401, "invalid_client")
    grant = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    assert grant.status_code == 401
    assert await _works(client, kept["access_token"])
    again = await client.delete(f"/v1/clients/{client_id}", headers=secretariat)
    assert again.status_code == 404
    audit = await client.get("/v1/audit", params={"event": "client.deleted"}, headers=secretariat)
    [entry] = audit.json()["items"]
    assert (entry["subject_type"], entry["subject_id"]) == ("client", client_id)
    assert entry["data"]["sign_ins_revoked"] == 1


@pytest.mark.parametrize(
    ("caller", "status"),
    [
        ("anonymous", 401),
        ("registered", 403),
        ("representative", 403),
        ("bound client", 403),
        ("read-only secretariat", 403),
        ("secretariat", 204),
        ("admin", 204),
    ],
)
async def test_who_may_delete_a_client(
    client: httpx.AsyncClient, state: AppState, caller: str, status: int
) -> None:
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    client_id, secret = await make_oauth_client(state, organization=organization)
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    secretariat = await make_user(state, role="secretariat")
    callers = {
        "anonymous": {},
        "registered": await _headers(state, await make_user(state)),
        "representative": await _headers(state, representative),
        "bound client": bearer(issued.json()["access_token"]),
        "read-only secretariat": await _headers(state, secretariat, ("reports:read",)),
        "secretariat": await _headers(state, secretariat),
        "admin": await _headers(state, await make_user(state, role="admin")),
    }
    response = await client.delete(f"/v1/clients/{client_id}", headers=callers[caller])
    assert response.status_code == status, response.text
    unknown = await client.delete("/v1/clients/no-such-client", headers=callers[caller])
    assert unknown.status_code == (404 if status == 204 else status)


@pytest.fixture
def cli_env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PLENARY_DATABASE_URL", database_url)
    monkeypatch.setenv("PLENARY_ACCESS_LOG", "0")
    return database_url


async def test_plenary_clients_delete(
    cli_env: str, client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(state, organization=organization)
    result = await invoke("clients", "delete", "--client-id", client_id)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"client_id": client_id, "sign_ins_revoked": 0}
    grant = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    assert grant.status_code == 401
    unknown = await invoke("clients", "delete", "--client-id", client_id)
    assert "no client" in one_line_error(unknown).lower()
