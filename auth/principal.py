"""Who is calling: the person or machine client behind a request, and what they may do.

Authorization rules read a Principal; they never look at tokens or HTTP. The role is always read
from the database at request time, so a token can never do more than its user's role allows now,
whatever its scopes say.
"""

import uuid
from dataclasses import dataclass, field
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from auth.models import OAuthClient, User
from auth.tokens import AccessClaims
from core.db import table_of
from core.errors import Forbidden, Unauthorized

Role = Literal["admin", "secretariat", "registered", "anonymous"]


@dataclass(frozen=True, slots=True)
class Principal:
    role: Role
    user_id: uuid.UUID | None = None
    client_id: str | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    # Set for client-credentials tokens: the client acts as a representative of this
    # organization and of nothing else.
    bound_organization_id: uuid.UUID | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.role == "anonymous"

    @property
    def is_secretariat(self) -> bool:
        """Admins may do everything the secretariat may."""
        return self.role in {"admin", "secretariat"}

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def actor_id(self) -> str | None:
        """What the audit log records as the actor."""
        if self.user_id is not None:
            return str(self.user_id)
        if self.client_id is not None:
            return f"client:{self.client_id}"
        return None

    def require_scope(self, scope: str) -> None:
        if scope not in self.scopes:
            raise Forbidden(f"This action needs a token with the '{scope}' scope.")


ANONYMOUS = Principal(role="anonymous")


_users = table_of(User)
_clients = table_of(OAuthClient)
# Built once: every authenticated request runs one of these, and building a statement costs
# more than executing it (SQLAlchemy also memoises a statement's cache key on the object).
_USER_ROLE = sa.select(_users.c.role).where(_users.c.id == sa.bindparam("user_id"))
_CLIENT_ORGANIZATION = sa.select(_clients.c.organization_id).where(
    _clients.c.client_id == sa.bindparam("client_id")
)


def _stale_token(detail: str) -> Unauthorized:
    return Unauthorized(detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


async def principal_for(engine: AsyncEngine, claims: AccessClaims) -> Principal:
    """The caller behind verified token claims. The role (or the client's organization) is read
    now, in a short read-only transaction of its own: the request's unit of work may not be
    open yet, and on SQLite a submission must not hold the write lock while it claims its
    Idempotency-Key."""
    async with engine.connect() as connection:
        if claims.user_id is not None:
            role = (
                await connection.execute(_USER_ROLE, {"user_id": claims.user_id})
            ).scalar_one_or_none()
            if role is None:
                raise _stale_token("The account behind this token no longer exists.")
            return Principal(
                role=role if role in {"admin", "secretariat"} else "registered",
                user_id=claims.user_id,
                client_id=claims.client_id,
                scopes=claims.scopes,
            )
        organization_id = (
            await connection.execute(_CLIENT_ORGANIZATION, {"client_id": claims.client_id})
        ).scalar_one_or_none()
    if organization_id is None:
        raise _stale_token("The client behind this token is unknown or bound to no organization.")
    return Principal(
        role="registered",
        client_id=claims.client_id,
        scopes=claims.scopes,
        bound_organization_id=organization_id,
    )
