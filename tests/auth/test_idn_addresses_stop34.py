"""One mailbox, one account: an internationalised domain written as A-labels (punycode) is the
same address as in Unicode, at registration, sign-in, lookup, adding a representative and on
the command line."""

import asyncio
from pathlib import Path

import httpx
import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.app import create_app
from api.db import alembic_config, upgrade
from api.state import AppState
from auth.models import User
from auth.schemas import normalize_email
from tests.auth.test_cli_identity import cli_env, invoke  # noqa: F401 (the fixture)
from tests.auth.test_oauth import _authorize_query, oauth_client, sign_in
from tests.conftest import BASE_URL, POSTGRES_URL, make_settings
from tests.factories import (
    PASSWORD,
    bearer,
    make_oauth_client,
    make_organization,
    make_user,
    token_for,
)

UNICODE = "user@bücher.de"
A_LABEL = "user@xn--bcher-kva.de"


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        (A_LABEL, UNICODE),
        ("User@XN--BCHER-KVA.De", UNICODE),
        ("amina@mail.xn--bcher-kva.xn--p1ai", "amina@mail.bücher.рф"),
        # The local part is no domain: it keeps what looks like an A-label.
        ("xn--bcher-kva@example.org", "xn--bcher-kva@example.org"),
        # No Punycode: it names no Unicode domain, and stays as written.
        ("user@xn--99999999999.de", "user@xn--99999999999.de"),
    ],
)
def test_a_labels_are_compared_in_their_unicode_form(written: str, normal: str) -> None:
    assert normalize_email(written) == normal


@pytest.mark.parametrize(("first", "second"), [(UNICODE, A_LABEL), (A_LABEL, "USER@Bücher.DE")])
async def test_the_same_idn_mailbox_cannot_hold_two_accounts(
    client: httpx.AsyncClient, first: str, second: str
) -> None:
    body = {"password": PASSWORD, "display_name": "Bücherwurm"}
    created = await client.post("/v1/users", json={**body, "email": first})
    assert created.status_code == 201, created.text
    assert created.json()["email"] == UNICODE
    again = await client.post("/v1/users", json={**body, "email": second})
    assert again.status_code == 409, again.text


async def test_an_idn_account_signs_in_with_either_form(app: FastAPI, state: AppState) -> None:
    await make_user(state, email=UNICODE)
    client_id, secret = await make_oauth_client(state)
    async with oauth_client(app, client_id, secret, scope="comments:write") as oauth:
        location, _ = await sign_in(oauth, A_LABEL)
    assert "code=" in location


async def test_the_secretariat_and_representatives_find_an_idn_account_by_its_a_labels(
    client: httpx.AsyncClient, state: AppState
) -> None:
    person = await make_user(state, email=UNICODE)
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    found = await client.get("/v1/users", params={"email": A_LABEL}, headers=staff)
    assert [item["id"] for item in found.json()["items"]] == [str(person.id)]

    owner = await make_user(state)
    organization = await make_organization(state, representatives=[owner])
    added = await client.post(
        f"/v1/organizations/{organization.id}/representatives",
        json={"email": A_LABEL},
        headers=bearer(await token_for(state, owner)),
    )
    assert added.status_code == 201, added.text
    assert added.json()["user_id"] == str(person.id)


@pytest.mark.usefixtures("cli_env")
async def test_the_command_line_names_an_idn_account_by_its_a_labels(state: AppState) -> None:
    person = await make_user(state, email=UNICODE)
    duplicate = await invoke("users", "create", "--email", A_LABEL, "--password", PASSWORD)
    assert duplicate.exit_code != 0, duplicate.output
    promoted = await invoke("users", "set-role", "--email", A_LABEL, "--role", "secretariat")
    assert promoted.exit_code == 0, promoted.output
    assert str(person.id) in promoted.stdout


@pytest.mark.skipif(POSTGRES_URL is not None, reason="needs a database of its own")
async def test_an_account_stored_with_a_labels_takes_the_unicode_form(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'before-idn.db'}"
    await asyncio.to_thread(command.upgrade, alembic_config(url), "0004")
    alone = User(email="alone@xn--bcher-kva.de", password_hash="x", display_name="A")
    twice_unicode = User(email=UNICODE, password_hash="x", display_name="U")
    twice_a_label = User(email=A_LABEL, password_hash="x", display_name="P")
    engine = create_async_engine(url)
    try:
        async with AsyncSession(engine, expire_on_commit=False) as session:
            session.add_all([alone, twice_unicode, twice_a_label])
            await session.commit()
        await upgrade(url)
        async with AsyncSession(engine) as session:
            stored = {u.id: u.email for u in (await session.exec(select(User))).all()}
    finally:
        await engine.dispose()
    assert stored == {
        alone.id: "alone@bücher.de",
        twice_unicode.id: UNICODE,
        # The mailbox already had an account in Unicode: that one keeps it.
        twice_a_label.id: A_LABEL,
    }


async def test_failed_sign_ins_count_against_the_account_in_every_spelling(
    database_url: str,
) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_login_account="2/60"))
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        await make_user(state, email=UNICODE)
        client_id, _ = await make_oauth_client(state)
        statuses = []
        for index, spelling in enumerate([A_LABEL, "ｕｓｅｒ@bücher.de", UNICODE]):
            transport = httpx.ASGITransport(app=app, client=(f"10.0.0.{index}", 1234))
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
                form = {**_authorize_query(client_id), "email": spelling, "password": "wrong!"}
                statuses.append((await http.post("/oauth/authorize", data=form)).status_code)
    assert statuses == [400, 400, 429]
