"""A refresh token whose sign-in has ended is refused even when the token row itself escaped
the revocation: on PostgreSQL a rotation committed while a sign-out or `users set-password`
ran left such a token, and refreshing it went on answering 200 with tokens the API refused."""

import uuid

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from api.state import AppState
from auth.models import OAuthGrant, RefreshToken
from core.clock import utcnow
from core.db import table_of
from tests.auth.test_oauth import _refresh, _sign_in_tokens, _token_claims
from tests.factories import make_oauth_client, make_user


async def test_a_refresh_token_of_an_ended_sign_in_is_invalid_grant(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    tokens = await _sign_in_tokens(app, client_id, secret, user)
    sign_in_id = uuid.UUID(_token_claims(tokens["access_token"])["sid"])
    grants, refresh_tokens = table_of(OAuthGrant), table_of(RefreshToken)
    async with state.engine.begin() as connection:
        ended = await connection.execute(
            sa.update(grants).where(grants.c.id == sign_in_id).values(revoked_at=utcnow())
        )
        assert ended.rowcount == 1
        standing = await connection.execute(
            sa.select(sa.func.count())
            .select_from(refresh_tokens)
            .where(refresh_tokens.c.revoked_at.is_(None))
        )
        assert standing.scalar_one() == 1

    refreshed = await _refresh(client, client_id, secret, tokens["refresh_token"])

    assert refreshed.status_code == 400, refreshed.text
    assert refreshed.json()["error"] == "invalid_grant"
