"""A client deleted while a sign-in through it completes (the authorization code exchanged for
tokens): whichever commits first, no sign-in stands for a client that is gone. Either the
exchange is refused (``invalid_client``) or the deletion revokes the sign-in it started.

On PostgreSQL the order is made deterministic: the deletion is stopped before its commit by
the audit chain's append lock (``tests.concurrency``); the exchange, which records no event,
by a lock held on the person's account, which its sign-in's foreign key check waits for."""

import asyncio
from urllib.parse import parse_qs, urlsplit

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from api.state import AppState
from auth.models import User
from core.db import table_of
from tests.auth.test_oauth import REDIRECT_URI, oauth_client, sign_in
from tests.concurrency import audit_appends_held, needs_concurrent_writers, until_waiting
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import bearer, make_oauth_client, make_user

RACES = 5


async def _authorized_exchange(
    app: FastAPI, state: AppState, person: User | None = None
) -> tuple[str, str, dict[str, str]]:
    """A fresh client and the token request exchanging a code a person just got through it."""
    person = person or await make_user(state)
    client_id, secret = await make_oauth_client(state)
    assert secret is not None
    async with oauth_client(app, client_id, secret) as oauth:
        location, verifier = await sign_in(oauth, person.email)
    exchange = {
        "grant_type": "authorization_code",
        "code": parse_qs(urlsplit(location).query)["code"][0],
        "redirect_uri": REDIRECT_URI,
        "code_verifier": verifier,
    }
    return client_id, secret, exchange


async def test_a_code_exchanged_while_its_client_is_deleted_is_invalid_client(
    app: FastAPI, client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    staff = await secretariat_headers(state)
    client_id, secret, exchange = await _authorized_exchange(app, state)
    async with audit_appends_held(state):
        deleting = asyncio.create_task(client.delete(f"/v1/clients/{client_id}", headers=staff))
        await until_waiting(state, advisory=True)
        exchanging = asyncio.create_task(
            other_worker.post("/oauth/token", data=exchange, auth=(client_id, secret))
        )
        # The exchange records no event: unless the client's row holds it, it commits at once.
        waiting = asyncio.create_task(until_waiting(state, advisory=False))
        await asyncio.wait({exchanging, waiting}, return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
    deleted, exchanged = await deleting, await exchanging
    assert deleted.status_code == 204, deleted.text
    assert exchanged.status_code == 401, exchanged.text
    assert exchanged.json()["error"] == "invalid_client"


async def test_a_sign_in_completing_while_its_client_is_deleted_is_revoked(
    app: FastAPI, client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    staff = await secretariat_headers(state)
    person = await make_user(state)
    client_id, secret, exchange = await _authorized_exchange(app, state, person)
    users = table_of(User)
    account = sa.select(users.c.id).where(users.c.id == person.id).with_for_update()
    async with state.engine.connect() as holding:
        await holding.execute(account)
        exchanging = asyncio.create_task(
            other_worker.post("/oauth/token", data=exchange, auth=(client_id, secret))
        )
        await until_waiting(state, advisory=False)
        deleting = asyncio.create_task(client.delete(f"/v1/clients/{client_id}", headers=staff))
        await until_waiting(state, advisory=None, sessions=2)
        await holding.commit()
    exchanged, deleted = await exchanging, await deleting
    assert exchanged.status_code == 200, exchanged.text
    assert deleted.status_code == 204, deleted.text
    me = await client.get("/v1/me", headers=bearer(exchanged.json()["access_token"]))
    assert me.status_code == 401, me.text


async def test_no_sign_in_outlives_its_client_whatever_commits_first(
    app: FastAPI, client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Two workers, both databases."""
    staff = await secretariat_headers(state)
    for race in range(RACES):
        client_id, secret, exchange = await _authorized_exchange(app, state)
        deleted, exchanged = await asyncio.gather(
            client.delete(f"/v1/clients/{client_id}", headers=staff),
            other_worker.post("/oauth/token", data=exchange, auth=(client_id, secret)),
        )
        assert deleted.status_code == 204, (race, deleted.text)
        assert exchanged.status_code in {200, 401}, (race, exchanged.text)
        if exchanged.status_code == 200:
            me = await client.get("/v1/me", headers=bearer(exchanged.json()["access_token"]))
            assert me.status_code == 401, (race, me.text)
