"""`plenary users`, `plenary clients` and `plenary keys` through click's CliRunner.

The commands call ``asyncio.run`` themselves, so they are invoked in a worker thread: the async
test's event loop keeps running meanwhile.
"""

import asyncio
import base64
import json
import uuid

import httpx
import pytest
from click.testing import CliRunner, Result
from fastapi import FastAPI
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.app import create_app
from api.cli import main
from api.state import AppState
from auth.clients import secret_matches
from auth.models import OAuthClient, User
from auth.passwords import verify_password
from tests.conftest import BASE_URL, make_settings
from tests.factories import bearer, make_organization, make_user, token_for


@pytest.fixture
def cli_env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PLENARY_DATABASE_URL", database_url)
    monkeypatch.setenv("PLENARY_ACCESS_LOG", "0")
    return database_url


async def invoke(*args: str) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, main, list(args))


def one_line_error(result: Result, exit_code: int = 1) -> str:
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


async def test_users_create_bootstraps_an_admin(cli_env: str, state: AppState) -> None:
    result = await invoke(
        "users", "create", "--email", "Admin@Example.org", "--password", "admin passphrase",
        "--role", "admin", "--name", "Chief",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    created = json.loads(result.stdout)
    assert created["email"] == "admin@example.org"
    assert created["role"] == "admin"
    assert "admin passphrase" not in result.output
    async with AsyncSession(state.engine) as session:
        user = await session.get(User, uuid.UUID(created["id"]))
    assert user is not None
    assert user.display_name == "Chief"
    assert verify_password(user.password_hash, "admin passphrase")


async def test_users_create_errors_are_one_line(cli_env: str, state: AppState) -> None:
    await make_user(state, email="taken@example.org")
    duplicate = await invoke(
        "users", "create", "--email", "taken@example.org", "--password", "long enough pass"
    )
    assert "cannot be used" in one_line_error(duplicate)
    short = await invoke("users", "create", "--email", "new@example.org", "--password", "short")
    assert "password" in one_line_error(short, exit_code=2)
    assert "short" not in one_line_error(short, exit_code=2).split("password", 1)[1]
    bad_role = await invoke(
        "users", "create", "--email", "x@example.org", "--password", "long enough pass",
        "--role", "emperor",
    )  # fmt: skip
    assert bad_role.exit_code == 2
    assert bad_role.output.strip().splitlines() == [
        "Error: Invalid value for '--role': 'emperor' is not one of 'admin', 'secretariat', "
        "'registered'. (see 'main users create --help')"
    ]


async def test_users_set_role(cli_env: str, state: AppState) -> None:
    user = await make_user(state, email="staff@example.org")
    result = await invoke(
        "users", "set-role", "--email", "staff@example.org", "--role", "secretariat"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["role"] == "secretariat"
    async with AsyncSession(state.engine) as session:
        stored = await session.get(User, user.id)
    assert stored is not None
    assert stored.role == "secretariat"
    missing = await invoke("users", "set-role", "--email", "ghost@example.org", "--role", "admin")
    assert "ghost@example.org" in one_line_error(missing)


async def test_clients_create_prints_the_secret_once(cli_env: str, state: AppState) -> None:
    result = await invoke(
        "clients", "create", "--name", "Portal", "--redirect-uri", "https://a.example.org/cb",
        "--redirect-uri", "http://127.0.0.1:8765/cb", "--scope", "comments:write",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    output = json.loads(result.stdout)
    assert set(output) == {"client_id", "client_secret"}
    async with AsyncSession(state.engine) as session:
        client = (
            await session.exec(
                select(OAuthClient).where(OAuthClient.client_id == output["client_id"])
            )
        ).one()
    assert client.redirect_uris == ["https://a.example.org/cb", "http://127.0.0.1:8765/cb"]
    assert client.grant_types == ["authorization_code", "refresh_token"]
    assert client.scopes == ["comments:write"]
    assert client.secret_hash != output["client_secret"]
    assert secret_matches(client.secret_hash, output["client_secret"])


async def test_public_and_bound_clients(cli_env: str, state: AppState) -> None:
    public = await invoke(
        "clients",
        "create",
        "--name",
        "SPA",
        "--redirect-uri",
        "https://spa.example.org/",
        "--public",
    )
    assert public.exit_code == 0, public.output
    assert set(json.loads(public.stdout)) == {"client_id"}
    organization = await make_organization(state)
    bound = await invoke(
        "clients", "create", "--name", "Bot", "--organization", str(organization.id),
        "--redirect-uri", "https://bot.example.org/cb",
    )  # fmt: skip
    assert bound.exit_code == 0, bound.output
    client_id = json.loads(bound.stdout)["client_id"]
    async with AsyncSession(state.engine) as session:
        client = (
            await session.exec(select(OAuthClient).where(OAuthClient.client_id == client_id))
        ).one()
    assert client.grant_types == ["authorization_code", "refresh_token", "client_credentials"]
    assert client.organization_id == organization.id


@pytest.mark.parametrize(
    ("arguments", "expected", "exit_code"),
    [
        (
            ["--organization", str(uuid.UUID(int=7)), "--redirect-uri", "https://x.org/cb"],
            "organization",
            1,
        ),
        (["--organization", "not-an-id"], "organization", 2),
        (["--redirect-uri", "javascript:alert(1)"], "redirect", 2),
        (["--redirect-uri", "https://x.org/cb#frag"], "redirect", 2),
        (["--redirect-uri", "data:text/html,hi"], "scheme", 2),
        ([], "redirect", 2),
    ],
)
async def test_clients_create_errors_are_one_line(
    cli_env: str, state: AppState, arguments: list[str], expected: str, exit_code: int
) -> None:
    result = await invoke("clients", "create", "--name", "Bad", *arguments)
    assert expected in one_line_error(result, exit_code).lower()


async def test_keys_rotate_keeps_old_tokens_and_signs_new_ones_with_the_new_key(
    cli_env: str, database_url: str, app: FastAPI, state: AppState
) -> None:
    user = await make_user(state)
    old_token = await token_for(state, user)
    old_kid = (await state.keys.signing_key()).kid
    result = await invoke("keys", "rotate")
    assert result.exit_code == 0, result.output
    new_kid = json.loads(result.stdout)["kid"]
    assert new_kid != old_kid

    second = create_app(make_settings(database_url))
    async with second.router.lifespan_context(second):
        second_state: AppState = second.state.plenary
        transport = httpx.ASGITransport(app=second)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            assert (await http.get("/v1/me", headers=bearer(old_token))).status_code == 200
            kids = {key["kid"] for key in (await http.get("/.well-known/jwks.json")).json()["keys"]}
            # With the key waiting for the next rotation.
            assert len(kids) == 3
            assert {old_kid, new_kid} < kids
        new_token = await token_for(second_state, user)
    for token, kid in ((new_token, new_kid), (await token_for(state, user), new_kid)):
        header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
        assert header["kid"] == kid
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        assert (await http.get("/v1/me", headers=bearer(new_token))).status_code == 200
        assert (await http.get("/v1/me", headers=bearer(old_token))).status_code == 200


async def test_a_token_from_one_instance_verifies_in_another(
    database_url: str, state: AppState
) -> None:
    user = await make_user(state)
    token = await token_for(state, user)
    second = create_app(make_settings(database_url))
    async with second.router.lifespan_context(second):
        transport = httpx.ASGITransport(app=second)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            response = await http.get("/v1/me", headers=bearer(token))
    assert response.status_code == 200
    assert response.json()["id"] == str(user.id)
