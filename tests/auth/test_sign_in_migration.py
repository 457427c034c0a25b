"""Migration 0002: refresh tokens issued before sign-ins were recorded keep working."""

import asyncio
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.db import alembic_config, upgrade
from auth.models import OAuthGrant, RefreshToken, User
from core.clock import utcnow
from tests.conftest import POSTGRES_URL


def _refresh_token(user: User, family_id: uuid.UUID, scope: str, **times: object) -> RefreshToken:
    return RefreshToken(
        token_hash=uuid.uuid4().hex,
        family_id=family_id,
        client_id="portal",
        user_id=user.id,
        scope=scope,
        expires_at=utcnow() + timedelta(days=1),
        **times,
    )


@pytest.mark.skipif(POSTGRES_URL is not None, reason="needs a database of its own")
async def test_each_refresh_token_family_becomes_a_sign_in_granted_what_the_role_allows(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'before-sign-ins.db'}"
    await asyncio.to_thread(command.upgrade, alembic_config(url), "0001")
    registered = User(email="registered@example.org", password_hash="x", display_name="R")
    admin = User(email="admin@example.org", password_hash="x", display_name="A", role="admin")
    live, revoked = uuid.uuid4(), uuid.uuid4()
    earlier = utcnow() - timedelta(hours=1)
    engine = create_async_engine(url)
    try:
        async with AsyncSession(engine, expire_on_commit=False) as session:
            session.add_all([registered, admin])
            await session.flush()
            session.add_all(
                [
                    _refresh_token(
                        registered,
                        live,
                        "comments:write admin",
                        created_at=earlier,
                        rotated_at=utcnow(),
                    ),
                    _refresh_token(registered, live, "comments:write admin"),
                    _refresh_token(admin, revoked, "admin", revoked_at=utcnow()),
                ]
            )
            await session.commit()

        await upgrade(url)

        async with AsyncSession(engine) as session:
            grants = {g.id: g for g in (await session.exec(select(OAuthGrant))).all()}
            scopes = {
                (t.user_id, t.scope) for t in (await session.exec(select(RefreshToken))).all()
            }
    finally:
        await engine.dispose()
    assert set(grants) == {live, revoked}
    assert (grants[live].user_id, grants[live].client_id) == (registered.id, "portal")
    assert grants[live].created_at == earlier
    assert grants[live].revoked_at is None
    assert grants[revoked].revoked_at is not None
    # `admin` had been stored for a person who was never granted it.
    assert scopes == {(registered.id, "comments:write"), (admin.id, "admin")}
