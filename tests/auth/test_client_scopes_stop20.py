"""A client bound to an organization is registered only with scopes its grants can give: one the
token endpoint would always answer with invalid_scope is refused at registration, over HTTP
(422 naming `scopes`) and on the command line (a wrong invocation, exit status 2). Left out, the
scopes are those its grants can carry; an empty list of scopes or grant types is refused rather
than registering a client whose tokens carry nothing."""

import asyncio

import httpx
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli import main
from api.state import AppState
from auth.models import OAuthClient
from core.db import table_of
from tests.factories import bearer, make_organization, make_user, token_for

CALLBACK = "https://bot.example.org/cb"


async def _register(
    client: httpx.AsyncClient, state: AppState, body: dict[str, object]
) -> httpx.Response:
    staff = await make_user(state, role="secretariat")
    return await client.post(
        "/v1/clients", json=body, headers=bearer(await token_for(state, staff))
    )


async def _client_count(state: AppState) -> int:
    async with AsyncSession(state.engine) as session:
        count = sa.select(sa.func.count()).select_from(table_of(OAuthClient))
        return int((await session.exec(count)).scalar_one())


@pytest.mark.parametrize(
    ("extra", "scopes"),
    [
        ({"grant_types": ["client_credentials"]}, ["admin"]),
        ({}, ["comments:write", "consultations:write"]),
        ({"redirect_uris": [CALLBACK]}, ["admin", "moderation:write"]),
        ({"redirect_uris": [CALLBACK]}, []),
    ],
)
async def test_scopes_client_credentials_can_never_give_are_422(
    client: httpx.AsyncClient, state: AppState, extra: dict[str, object], scopes: list[str]
) -> None:
    organization = await make_organization(state)
    body = {"name": "Bad4", "organization_id": str(organization.id), "scopes": scopes, **extra}
    refused = await _register(client, state, body)
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    problem = refused.json()
    assert [error["loc"] for error in problem["errors"]] == [["body", "scopes"]]
    assert "comments:write, reports:read" in problem["detail"]
    assert await _client_count(state) == 0


@pytest.mark.parametrize(
    ("extra", "refused", "scopes", "granted"),
    [
        (
            {"grant_types": ["client_credentials"]},
            ["reports:read", "admin"],
            ["reports:read"],
            "reports:read",
        ),
        ({"redirect_uris": [CALLBACK]}, ["admin"], ["admin", "comments:write"], "comments:write"),
    ],
)
async def test_a_bound_client_gets_the_scopes_its_grants_can_give(
    client: httpx.AsyncClient,
    state: AppState,
    extra: dict[str, object],
    refused: list[str],
    scopes: list[str],
    granted: str,
) -> None:
    """With a person signing in (authorization_code) any scope can be granted to someone; client
    credentials need one scope they can carry, and alone they can have no other."""
    organization = await make_organization(state)
    body = {"name": "Bot", "organization_id": str(organization.id), **extra}
    assert (await _register(client, state, {**body, "scopes": refused})).status_code == 422
    registered = await _register(client, state, {**body, "scopes": scopes})
    assert registered.status_code == 201, registered.text
    credentials = (registered.json()["client_id"], registered.json()["client_secret"])
    token = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=credentials
    )
    assert token.status_code == 200, token.text
    assert token.json()["scope"] == granted


async def test_the_command_line_refuses_them_as_a_wrong_invocation(
    database_url: str, state: AppState
) -> None:
    organization = await make_organization(state)
    env = {"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"}
    arguments = ["clients", "create", "--name", "Y", "--organization", str(organization.id)]
    result = await asyncio.to_thread(
        CliRunner().invoke, main, [*arguments, "--scope", "admin"], env=env
    )
    assert result.exit_code == 2, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: a client with only the client_credentials grant"), line
    assert "comments:write, reports:read" in line
    assert await _client_count(state) == 0


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
