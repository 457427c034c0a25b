"""Ending sign-ins. Every token descending from an exchanged authorization code names its
sign-in (``OAuthGrant``): refresh tokens as their family, access tokens in their ``sid`` claim.
Revoking the sign-in stops its refresh tokens at once and its access tokens at their next
request, since ``auth.principal`` reads whether the sign-in stands at every request.

A sign-in revoked because one of its credentials was presented again (a rotated refresh token,
an exchanged code) is audited as ``sign_in.revoked``: a stolen token may have been used, and
the secretariat and the person (in their data export) should find out. Its entry names the
person, the client and what was reused, never the token, whose digest would let anyone holding
a copy confirm it. A sign-out, asked for by the person or their client, is not audited.
"""

import uuid
from typing import Literal

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import AuthorizationCode, OAuthGrant, RefreshToken
from core.clock import utcnow
from core.db import table_of
from core.events import DomainEvent, record

_grants = table_of(OAuthGrant)
_refresh_tokens = table_of(RefreshToken)
_codes = table_of(AuthorizationCode)


async def revoke_sign_in(session: AsyncSession, grant_id: uuid.UUID) -> bool:
    """Revokes the sign-in; whether it was still standing."""
    revoked = await _revoke(
        session, _grants.c.id == grant_id, _refresh_tokens.c.family_id == grant_id
    )
    return revoked > 0


async def revoke_reused_sign_in(
    session: AsyncSession,
    grant_id: uuid.UUID,
    *,
    user_id: uuid.UUID,
    client_id: str,
    reused: Literal["refresh_token", "authorization_code"],
) -> None:
    """Revokes the sign-in one of whose credentials was presented again, and audits it once
    (a sign-in already revoked by a concurrent reuse is not audited twice)."""
    if not await revoke_sign_in(session, grant_id):
        return
    record(
        session,
        DomainEvent(
            name="sign_in.revoked",
            actor_id=None,
            subject_type="sign_in",
            subject_id=str(grant_id),
            data={"user_id": str(user_id), "client_id": client_id, "reused": reused},
        ),
    )


async def revoke_sign_ins_of_client(session: AsyncSession, client_id: str) -> int:
    """Revokes every sign-in through the client and drops its unexchanged authorization
    codes; returns how many sign-ins were still standing."""
    revoked = await _revoke(
        session, _grants.c.client_id == client_id, _refresh_tokens.c.client_id == client_id
    )
    await session.exec(sa.delete(_codes).where(_codes.c.client_id == client_id))
    return revoked


async def revoke_sign_ins_of_user(session: AsyncSession, user_id: uuid.UUID) -> int:
    """Revokes every sign-in of the person and drops their unexchanged authorization codes;
    returns how many sign-ins were still standing."""
    revoked = await _revoke(
        session, _grants.c.user_id == user_id, _refresh_tokens.c.user_id == user_id
    )
    await session.exec(sa.delete(_codes).where(_codes.c.user_id == user_id))
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
