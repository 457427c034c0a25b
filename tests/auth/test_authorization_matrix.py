"""Every identity and stakeholder endpoint × every kind of caller, with the exact status.

The world: organizations A and B are verified, P is pending and belongs to B's representative.
A caller who may not see P gets the same 404 as for an organization that does not exist, so
existence never leaks through 403 versus 404.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest

from api.state import AppState
from tests.factories import bearer, make_oauth_client, make_organization, make_user, token_for

ROLES = ("anonymous", "registered", "rep_a", "rep_b", "secretariat", "admin", "client_a")


@dataclass(frozen=True)
class World:
    headers: dict[str, dict[str, str]]
    org_a: str
    org_b: str
    pending: str
    target_user: str
    target_email: str


@pytest.fixture
async def world(state: AppState, client: httpx.AsyncClient) -> World:
    rep_a = await make_user(state)
    rep_b = await make_user(state)
    target = await make_user(state, email="target@example.org")
    org_a = await make_organization(state, name="A", representatives=[rep_a])
    org_b = await make_organization(state, name="B", representatives=[rep_b])
    pending = await make_organization(
        state, name="P", verification="pending", representatives=[rep_b]
    )
    client_id, secret = await make_oauth_client(state, organization=org_a)
    issued = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret or "")
    )
    assert issued.status_code == 200
    users = {
        "registered": await make_user(state),
        "rep_a": rep_a,
        "rep_b": rep_b,
        "secretariat": await make_user(state, role="secretariat"),
        "admin": await make_user(state, role="admin"),
    }
    headers = {"anonymous": {}, "client_a": bearer(issued.json()["access_token"])}
    for role, user in users.items():
        headers[role] = bearer(await token_for(state, user))
    return World(
        headers=headers,
        org_a=str(org_a.id),
        org_b=str(org_b.id),
        pending=str(pending.id),
        target_user=str(target.id),
        target_email=target.email,
    )


Request = Callable[[World], tuple[str, str, dict[str, object] | None]]


def _verify(org: Callable[[World], str]) -> Request:
    return lambda w: (
        "POST",
        f"/v1/organizations/{org(w)}/verification",
        {"decision": "verified", "note": "checked"},
    )


def _add_rep(org: Callable[[World], str]) -> Request:
    return lambda w: (
        "POST",
        f"/v1/organizations/{org(w)}/representatives",
        {"email": w.target_email},
    )


UNKNOWN = str(uuid.UUID(int=42))

ENDPOINTS: dict[str, tuple[Request, dict[str, int]]] = {
    "register": (
        lambda w: (
            "POST",
            "/v1/users",
            {
                "email": f"new-{uuid.uuid4().hex[:6]}@example.org",
                "password": "long enough password",
                "display_name": "New",
            },
        ),
        dict.fromkeys(ROLES, 201),
    ),
    "me": (
        lambda w: ("GET", "/v1/me", None),
        {**dict.fromkeys(ROLES, 200), "anonymous": 401},
    ),
    "me export": (
        lambda w: ("GET", "/v1/me/export", None),
        {**dict.fromkeys(ROLES, 200), "anonymous": 401, "client_a": 403},
    ),
    # The world's admin is its only one, who may not erase their account (409).
    "erase me": (
        lambda w: ("DELETE", "/v1/me", None),
        {**dict.fromkeys(ROLES, 204), "anonymous": 401, "client_a": 403, "admin": 409},
    ),
    "set role": (
        lambda w: ("PUT", f"/v1/users/{w.target_user}/role", {"role": "secretariat"}),
        {**dict.fromkeys(ROLES, 403), "anonymous": 401, "admin": 200},
    ),
    "set role of unknown user": (
        lambda w: ("PUT", f"/v1/users/{UNKNOWN}/role", {"role": "secretariat"}),
        {**dict.fromkeys(ROLES, 403), "anonymous": 401, "admin": 404},
    ),
    "register client": (
        lambda w: (
            "POST",
            "/v1/clients",
            {"name": "App", "redirect_uris": ["https://app.example.org/cb"]},
        ),
        {**dict.fromkeys(ROLES, 403), "anonymous": 401, "secretariat": 201, "admin": 201},
    ),
    "create organization": (
        lambda w: (
            "POST",
            "/v1/organizations",
            {"name": "New", "stakeholder_group": "academia", "country": "FRA"},
        ),
        {**dict.fromkeys(ROLES, 201), "anonymous": 401, "client_a": 403},
    ),
    "list organizations": (
        lambda w: ("GET", "/v1/organizations", None),
        dict.fromkeys(ROLES, 200),
    ),
    "read verified organization": (
        lambda w: ("GET", f"/v1/organizations/{w.org_b}", None),
        dict.fromkeys(ROLES, 200),
    ),
    "read another's pending organization": (
        lambda w: ("GET", f"/v1/organizations/{w.pending}", None),
        {**dict.fromkeys(ROLES, 404), "rep_b": 200, "secretariat": 200, "admin": 200},
    ),
    "read unknown organization": (
        lambda w: ("GET", f"/v1/organizations/{UNKNOWN}", None),
        dict.fromkeys(ROLES, 404),
    ),
    "verify verified organization": (
        _verify(lambda w: w.org_b),
        {**dict.fromkeys(ROLES, 403), "anonymous": 401, "secretariat": 200, "admin": 200},
    ),
    "verify another's pending organization": (
        _verify(lambda w: w.pending),
        {
            **dict.fromkeys(ROLES, 404),
            "anonymous": 401,
            "rep_b": 403,
            "secretariat": 200,
            "admin": 200,
        },
    ),
    "verify unknown organization": (
        _verify(lambda w: UNKNOWN),
        {**dict.fromkeys(ROLES, 404), "anonymous": 401},
    ),
    "add representative to A": (
        _add_rep(lambda w: w.org_a),
        {
            **dict.fromkeys(ROLES, 403),
            "anonymous": 401,
            "rep_a": 201,
            "secretariat": 201,
            "admin": 201,
        },
    ),
    "add representative to verified B": (
        _add_rep(lambda w: w.org_b),
        {
            **dict.fromkeys(ROLES, 403),
            "anonymous": 401,
            "rep_b": 201,
            "secretariat": 201,
            "admin": 201,
        },
    ),
    "add representative to another's pending organization": (
        _add_rep(lambda w: w.pending),
        {
            **dict.fromkeys(ROLES, 404),
            "anonymous": 401,
            "rep_b": 201,
            "secretariat": 201,
            "admin": 201,
        },
    ),
    "add representative to unknown organization": (
        _add_rep(lambda w: UNKNOWN),
        {**dict.fromkeys(ROLES, 404), "anonymous": 401},
    ),
}

CASES = [
    pytest.param(endpoint, role, expected[role], id=f"{endpoint} as {role}")
    for endpoint, (_, expected) in ENDPOINTS.items()
    for role in ROLES
]


@pytest.mark.parametrize(("endpoint", "role", "status"), CASES)
async def test_status(
    client: httpx.AsyncClient, world: World, endpoint: str, role: str, status: int
) -> None:
    method, path, body = ENDPOINTS[endpoint][0](world)
    response = await client.request(method, path, json=body, headers=world.headers[role])
    assert response.status_code == status, response.text
    if status == 401:
        assert "www-authenticate" in response.headers
    if status >= 400:
        assert response.headers["content-type"] == "application/problem+json"


VISIBLE_IN_LIST = {
    "anonymous": {"A", "B"},
    "registered": {"A", "B"},
    "rep_a": {"A", "B"},
    "rep_b": {"A", "B", "P"},
    "secretariat": {"A", "B", "P"},
    "admin": {"A", "B", "P"},
    "client_a": {"A", "B"},
}


@pytest.mark.parametrize("role", ROLES)
async def test_list_shows_only_what_the_caller_may_see(
    client: httpx.AsyncClient, world: World, role: str
) -> None:
    response = await client.get("/v1/organizations", headers=world.headers[role])
    assert {o["name"] for o in response.json()["items"]} == VISIBLE_IN_LIST[role]
    pending = await client.get(
        "/v1/organizations?verification=pending", headers=world.headers[role]
    )
    assert {o["name"] for o in pending.json()["items"]} == VISIBLE_IN_LIST[role] - {"A", "B"}
