"""Ending sign-ins. Every token descending from an exchanged authorization code names its
sign-in (``OAuthGrant``): refresh tokens as their family, access tokens in their ``sid`` claim.
Revoking the sign-in stops its refresh tokens at once and its access tokens at their next
request, since ``auth.principal`` reads whether the sign-in stands at every request."""

import uuid

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import AuthorizationCode, OAuthGrant, RefreshToken
from core.clock import utcnow
from core.db import table_of

_grants = table_of(OAuthGrant)
_refresh_tokens = table_of(RefreshToken)
_codes = table_of(AuthorizationCode)


async def revoke_sign_in(session: AsyncSession, grant_id: uuid.UUID) -> None:
    await _revoke(session, _grants.c.id == grant_id, _refresh_tokens.c.family_id == grant_id)


async def revoke_sign_ins_of_client(session: AsyncSession, client_id: str) -> int:
    """Revokes every sign-in through the client and drops its unexchanged authorization
    codes; returns how many sign-ins were still standing."""
    revoked = await _revoke(
        session, _grants.c.client_id == client_id, _refresh_tokens.c.client_id == client_id
    )
    await session.exec(sa.delete(_codes).where(_codes.c.client_id == client_id))
    return revoked


async def _revoke(
    session: AsyncSession,
    grants: sa.ColumnElement[bool],
    refresh_tokens: sa.ColumnElement[bool],
) -> int:
    """Revokes the standing sign-ins and refresh tokens matched; how many sign-ins were."""
    now = utcnow()
    revoked = await session.exec(
        sa.update(_grants).where(grants, _grants.c.revoked_at.is_(None)).values(revoked_at=now)
    )
    await session.exec(
        sa.update(_refresh_tokens)
        .where(refresh_tokens, _refresh_tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(revoked.rowcount)
