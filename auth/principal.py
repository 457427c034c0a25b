"""Who is calling: the person or machine client behind a request, and what they may do.

Authorization rules read a Principal; they never look at tokens or HTTP. The role is always read
from the database at request time, so a token can never do more than its user's role allows now,
whatever its scopes say.
"""

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from auth.models import OAuthClient, User
from auth.tokens import AccessClaims
from core.batching import Batcher, Take
from core.db import one_of, table_of
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
            raise Forbidden(
                f"This action needs a token with the '{scope}' scope.",
                # RFC 6750 3.1: tells the client which scope to ask for.
                headers={
                    "WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope}"'
                },
            )


ANONYMOUS = Principal(role="anonymous")


_users = table_of(User)
_clients = table_of(OAuthClient)


# Built once per dialect: every authenticated request runs one of these, and building a
# statement costs more than executing it (SQLAlchemy also memoises a statement's cache key on
# the object). Each reads (key, value) rows for the list parameter ``keys``.
@functools.cache
def _user_roles(dialect: str) -> sa.Select[Any]:
    return sa.select(_users.c.id, _users.c.role).where(one_of(_users.c.id, "keys", dialect))


@functools.cache
def _client_organizations(dialect: str) -> sa.Select[Any]:
    return sa.select(_clients.c.client_id, _clients.c.organization_id).where(
        one_of(_clients.c.client_id, "keys", dialect)
    )


_STAFF_ROLES: dict[str, Role] = {"admin": "admin", "secretariat": "secretariat"}


def _stale_token(detail: str) -> Unauthorized:
    return Unauthorized(detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


class Principals:
    """The callers behind verified token claims. The role (or the client's organization) is
    read at request time, in a short read-only transaction of its own (the request's unit of
    work may not be open yet, and on SQLite a submission must not hold the write lock while it
    claims its Idempotency-Key). Concurrent requests share that read (``core.batching``): one
    statement for every user waiting, one for every client, instead of a connection, a
    transaction and a statement each."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._roles: Batcher[uuid.UUID, Any] = Batcher(functools.partial(self._read, _user_roles))
        self._organizations: Batcher[str, Any] = Batcher(
            functools.partial(self._read, _client_organizations)
        )

    async def principal_for(self, claims: AccessClaims) -> Principal:
        if claims.user_id is not None:
            role = await self._roles.submit(claims.user_id)
            if role is None:
                raise _stale_token("The account behind this token no longer exists.")
            return Principal(
                role=_STAFF_ROLES.get(role, "registered"),
                user_id=claims.user_id,
                client_id=claims.client_id,
                scopes=claims.scopes,
            )
        organization_id = await self._organizations.submit(claims.client_id)
        if organization_id is None:
            raise _stale_token(
                "The client behind this token is unknown or bound to no organization."
            )
        return Principal(
            role="registered",
            client_id=claims.client_id,
            scopes=claims.scopes,
            bound_organization_id=organization_id,
        )

    async def _read(self, statement: Callable[[str], sa.Select[Any]], take: Take[Any, Any]) -> None:
        """Every waiting key's value (None when it has none), in one statement."""
        async with self._engine.connect() as connection:
            batch = take()
            keys = list({pending.item for pending in batch})
            rows = await connection.execute(statement(connection.dialect.name), {"keys": keys})
            values = {key: value for key, value in rows}
        for pending in batch:
            pending.succeed(values.get(pending.item))
