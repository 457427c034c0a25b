"""Ending a membership (leaving an organization, or removing a representative), and what adding
one answers about the person added."""

import uuid

import httpx
import pytest

from api.state import AppState
from auth.models import Organization, User
from tests.factories import bearer, make_oauth_client, make_organization, make_user, token_for


async def _headers(state: AppState, user: User, scopes: tuple[str, ...] | None = None) -> dict:
    if scopes is None:
        return bearer(await token_for(state, user))
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
    secretariat = await _headers(state, await make_user(state, role="secretariat"))
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
    secretariat = await _headers(state, await make_user(state, role="secretariat"))
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
        "secretariat": await _headers(state, await make_user(state, role="secretariat")),
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
