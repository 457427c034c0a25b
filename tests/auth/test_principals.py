"""The caller behind a token: read at request time, and read once for concurrent requests."""

import asyncio
import uuid
from typing import Any

import httpx
import sqlalchemy as sa

from api.state import AppState
from auth.models import OAuthClient, OAuthGrant, User
from auth.tokens import AccessClaims
from core.clock import utcnow
from core.db import table_of
from core.errors import Unauthorized
from tests.consultations.test_comments import bound_client_token, make_world
from tests.factories import bearer, make_grant, make_user, token_for

users = table_of(User)


def claims_of(
    user_id: uuid.UUID | None, client_id: str = "tests", grant_id: uuid.UUID | None = None
) -> AccessClaims:
    return AccessClaims(
        subject=str(user_id or client_id),
        client_id=client_id,
        scopes=frozenset({"comments:write"}),
        user_id=user_id,
        expires_at=0,
        token_id="",
        grant_id=grant_id,
    )


async def test_a_role_change_applies_to_tokens_already_issued(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    headers = bearer(await token_for(state, user))
    assert (await client.get("/v1/audit/verify", headers=headers)).status_code == 403
    for role, status in (("secretariat", 200), ("registered", 403)):
        async with state.engine.begin() as connection:
            await connection.execute(
                sa.update(users).where(users.c.id == user.id).values(role=role)
            )
        assert (await client.get("/v1/audit/verify", headers=headers)).status_code == status


async def test_a_token_of_a_deleted_account_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    headers = bearer(await token_for(state, user))
    async with state.engine.begin() as connection:
        await connection.execute(sa.delete(users).where(users.c.id == user.id))
    response = await client.get("/v1/audit/verify", headers=headers)
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


async def test_a_token_of_a_revoked_sign_in_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state, role="secretariat")
    grant_id = await make_grant(state, user)
    headers = bearer(await token_for(state, user, grant_id=grant_id))
    assert (await client.get("/v1/audit/verify", headers=headers)).status_code == 200
    async with state.engine.begin() as connection:
        await connection.execute(
            sa.update(table_of(OAuthGrant))
            .where(table_of(OAuthGrant).c.id == grant_id)
            .values(revoked_at=utcnow())
        )
    response = await client.get("/v1/audit/verify", headers=headers)
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


async def test_concurrent_callers_are_read_in_one_statement(state: AppState) -> None:
    staff = [await make_user(state, role="secretariat") for _ in range(3)]
    registered = [await make_user(state) for _ in range(3)]
    world = await make_world(state)
    await bound_client_token(state, world.organization)
    client_id = await bound_client_id(state, world.organization.id)
    statements: list[str] = []

    def seen(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    live = await make_grant(state, staff[0])
    revoked = await make_grant(state, staff[1], revoked=True)

    sa.event.listen(state.engine.sync_engine, "before_cursor_execute", seen)
    try:
        outcomes = await asyncio.gather(
            *(state.principals.principal_for(claims_of(u.id)) for u in [*staff, *registered]),
            state.principals.principal_for(claims_of(uuid.uuid4())),
            state.principals.principal_for(claims_of(None, client_id)),
            state.principals.principal_for(claims_of(None, "no-such-client")),
            state.principals.principal_for(claims_of(staff[0].id, grant_id=live)),
            state.principals.principal_for(claims_of(staff[1].id, grant_id=revoked)),
            # Another person's live sign-in does not vouch for this token.
            state.principals.principal_for(claims_of(staff[2].id, grant_id=live)),
            state.principals.principal_for(claims_of(staff[0].id, grant_id=uuid.uuid4())),
            return_exceptions=True,
        )
    finally:
        sa.event.remove(state.engine.sync_engine, "before_cursor_execute", seen)
    assert [outcome.role for outcome in outcomes[:6]] == ["secretariat"] * 3 + ["registered"] * 3
    assert [outcome.user_id for outcome in outcomes[:6]] == [u.id for u in [*staff, *registered]]
    assert isinstance(outcomes[6], Unauthorized)
    assert outcomes[7].bound_organization_id == world.organization.id
    assert isinstance(outcomes[8], Unauthorized)
    assert outcomes[9].user_id == staff[0].id
    for refused in outcomes[10:]:
        assert isinstance(refused, Unauthorized)
        assert refused.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'
    assert "revoked" in str(outcomes[10])
    reads = [s for s in statements if "FROM users" in s or "FROM oauth_clients" in s]
    assert len(reads) == 2, reads
    assert not [s for s in statements if "oauth_grants" in s and "FROM users" not in s]


async def bound_client_id(state: AppState, organization_id: uuid.UUID) -> str:
    clients = table_of(OAuthClient)
    async with state.engine.connect() as connection:
        statement = sa.select(clients.c.client_id).where(
            clients.c.organization_id == organization_id
        )
        return str((await connection.execute(statement)).scalar_one())
