"""``DELETE /v1/me`` leaves nothing naming the person: no row of any table holds their account
id, their e-mail address or its rate-limit digest afterwards, but the audit chain, which is
append-only (its entries keep the opaque id as actor and subject, never a name or an address).
Rows with a foreign key to the account go with it (CASCADE) or lose it (SET NULL); the
Idempotency-Keys of their submissions (whose stored 201 response is their comment) and the
rate-limit counters have no such key and are deleted by the erasure."""

import uuid

import httpx
import pytest
import sqlalchemy as sa
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from api.settings import Settings
from api.state import AppState
from core.db import metadata
from core.ratelimit import account_key
from tests.auth.test_oauth import REDIRECT_URI
from tests.conftest import make_settings
from tests.consultations.test_comments import make_world, submit
from tests.factories import PASSWORD, bearer, make_oauth_client

APPEND_ONLY = {"audit_entries"}


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, rate_limits="on")


async def _sign_in(client: httpx.AsyncClient, client_id: str, email: str, password: str) -> int:
    form = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": REDIRECT_URI,
        "code_challenge": create_s256_code_challenge(generate_token(48)),
        "code_challenge_method": "S256",
        "email": email,
        "password": password,
    }
    return (await client.post("/oauth/authorize", data=form)).status_code


async def _tables_naming(state: AppState, traces: tuple[str, ...]) -> dict[str, list[str]]:
    """Per table, the traces some row of it holds (in any column, JSON included)."""
    found: dict[str, list[str]] = {}
    async with state.engine.connect() as connection:
        for table in metadata.sorted_tables:
            if table.name in APPEND_ONLY:
                continue
            rows = (await connection.execute(sa.select(table))).all()
            text = repr([tuple(row) for row in rows])
            named = [trace for trace in traces if trace in text]
            if named:
                found[table.name] = named
    return found


async def test_an_erased_account_leaves_no_row_naming_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    person = world.representative
    headers = bearer(world.token)
    client_id, _ = await make_oauth_client(state)
    submitted = await submit(client, world.round.id, world.token, world.body())
    assert submitted.status_code == 201, submitted.text
    assert await _sign_in(client, client_id, person.email, "not the password") == 400
    assert await _sign_in(client, client_id, person.email, PASSWORD) == 302
    registered_again = await client.post(
        "/v1/users",
        json={"email": person.email, "password": PASSWORD, "display_name": "Again"},
    )
    assert registered_again.status_code == 409, registered_again.text
    traces = (
        str(person.id),
        uuid.UUID(str(person.id)).hex,
        person.email,
        account_key(person.email),
    )
    assert set(await _tables_naming(state, traces)) >= {
        "idempotency_records",
        "rate_limit_windows",
        "oauth_authorization_codes",
    }

    erased = await client.delete("/v1/me", headers=headers)

    assert erased.status_code == 204, erased.text
    assert await _tables_naming(state, traces) == {}
