"""`plenary users set-password` replaces a forgotten or leaked password and ends every sign-in
of the person, whoever holds its tokens; audited, the password nowhere."""

import asyncio
import json

import httpx
from click.testing import CliRunner, Result
from fastapi import FastAPI
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli import main
from api.state import AppState
from moderation.models import AuditEntry
from tests.auth.test_cli_identity import cli_env  # noqa: F401 (the fixture)
from tests.auth.test_oauth import _authorize_query, oauth_client, sign_in
from tests.factories import PASSWORD, make_oauth_client, make_user

NEW_PASSWORD = "a brand new passphrase"


async def _set_password(*args: str, typed: str | None = None) -> Result:
    command = ["users", "set-password", *args]
    return await asyncio.to_thread(CliRunner().invoke, main, command, input=typed)


async def _signs_in(client: httpx.AsyncClient, client_id: str, email: str, password: str) -> int:
    form = _authorize_query(client_id) | {"email": email, "password": password}
    return (await client.post("/oauth/authorize", data=form)).status_code


async def test_a_new_password_ends_every_sign_in_of_the_person(
    cli_env: str,  # noqa: F811
    app: FastAPI,
    state: AppState,
    client: httpx.AsyncClient,
) -> None:
    user = await make_user(state, email="leaked@example.org")
    other = await make_user(state, email="other@example.org")
    client_id, secret = await make_oauth_client(state)
    tokens = []
    for person in (user, other, user):
        async with oauth_client(app, client_id, secret) as oauth:
            location, verifier = await sign_in(oauth, person.email)
            tokens.append(
                await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
            )

    result = await _set_password("--email", "Leaked@Example.org", "--password", NEW_PASSWORD)

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "id": str(user.id),
        "email": user.email,
        "sign_ins_revoked": 2,
    }
    assert NEW_PASSWORD not in result.output
    for token, stands in zip(tokens, (False, True, False), strict=True):
        me = await client.get(
            "/v1/me", headers={"Authorization": f"Bearer {token['access_token']}"}
        )
        refreshed = await client.post(
            "/oauth/token",
            data={"grant_type": "refresh_token", "refresh_token": token["refresh_token"]},
            auth=(client_id, secret or ""),
        )
        assert (me.status_code, refreshed.status_code) == ((200, 200) if stands else (401, 400))
    assert await _signs_in(client, client_id, user.email, PASSWORD) == 400
    assert await _signs_in(client, client_id, user.email, NEW_PASSWORD) == 302
    async with AsyncSession(state.engine) as session:
        entries = (
            await session.exec(select(AuditEntry).where(AuditEntry.event == "user.password_set"))
        ).all()
    assert len(entries) == 1
    assert NEW_PASSWORD not in repr(entries[0].model_dump())


async def test_the_password_can_be_typed_and_follows_the_registration_rules(
    cli_env: str,  # noqa: F811
    state: AppState,
    client: httpx.AsyncClient,
) -> None:
    user = await make_user(state, email="typist@example.org")
    client_id, _ = await make_oauth_client(state)
    short = await _set_password("--email", user.email, "--password", "short")
    unknown = await _set_password("--email", "nobody@example.org", "--password", NEW_PASSWORD)
    typed = await _set_password("--email", user.email, typed=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    assert short.exit_code == 2
    assert unknown.exit_code == 1
    assert "No account" in unknown.output
    assert typed.exit_code == 0, typed.output
    assert json.loads(typed.stdout.splitlines()[-1])["sign_ins_revoked"] == 0
    assert await _signs_in(client, client_id, user.email, NEW_PASSWORD) == 302
