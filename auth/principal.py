"""Who is calling: the person or machine client behind a request, and what they may do.

Authorization rules read a Principal; they never look at tokens or HTTP. The role is always read
from the database at request time, so a token can never do more than its user's role allows now,
whatever its scopes say; the same read tells whether the sign-in the token came from still
stands, so a revoked sign-in's tokens stop working at once.
"""

import functools
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import OAuthClient, OAuthGrant, User
from auth.tokens import SCOPES, AccessClaims
from core.batching import Batcher, Take
from core.db import one_of, table_of
from core.errors import Forbidden, Unauthorized

Role = Literal["admin", "secretariat", "registered", "anonymous"]
# Every scope but ``reports:read``: a token carrying none of them is read-only and changes
# nothing, not even its own account (an app granted only reports:read cannot erase it).
WRITE_SCOPES = tuple(scope for scope in SCOPES if scope != "reports:read")


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

    def require_scope(self, scope: str, *alternatives: str) -> None:
        """Passes when the token carries ``scope`` or any of ``alternatives``."""
        accepted = (scope, *alternatives)
        if self.scopes.isdisjoint(accepted):
            # RFC 6750 3.1: tells the client which scope to ask for.
            challenge = f'Bearer error="insufficient_scope", scope="{" ".join(accepted)}"'
            named = " or ".join(f"'{s}'" for s in accepted)
            raise Forbidden(
                f"This action needs a token with the {named} scope.",
                headers={"WWW-Authenticate": challenge},
            )

    def require_write_scope(self) -> None:
        """For changes no particular scope governs (one's account, organizations, flags)."""
        self.require_scope(*WRITE_SCOPES)


ANONYMOUS = Principal(role="anonymous")


_users = table_of(User)
_clients = table_of(OAuthClient)
_grants = table_of(OAuthGrant)


# Built once per dialect: every authenticated request runs one of these, and building a
# statement costs more than executing it (SQLAlchemy also memoises a statement's cache key on
# the object).
@functools.cache
def _user_roles(dialect: str) -> sa.Select[Any]:
    """(user id, role, grant id) rows for the users in the list parameter ``user_ids``: one
    per sign-in of theirs in ``grant_ids`` that is not revoked, or one with a null grant id."""
    live_grant = sa.and_(
        _grants.c.user_id == _users.c.id,
        _grants.c.revoked_at.is_(None),
        one_of(_grants.c.id, "grant_ids", dialect),
    )
    return (
        sa.select(_users.c.id, _users.c.role, _grants.c.id)
        .select_from(_users.outerjoin(_grants, live_grant))
        .where(one_of(_users.c.id, "user_ids", dialect))
    )


@functools.cache
def _client_organizations(dialect: str) -> sa.Select[Any]:
    """(client id, organization id) rows for the list parameter ``keys``."""
    return sa.select(_clients.c.client_id, _clients.c.organization_id).where(
        one_of(_clients.c.client_id, "keys", dialect)
    )


_STAFF_ROLES: dict[str, Role] = {"admin": "admin", "secretariat": "secretariat"}


def _stale_token(detail: str) -> Unauthorized:
    return Unauthorized(detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def account_gone() -> Unauthorized:
    """The answer to a token whose account was erased."""
    return _stale_token("The account behind this token no longer exists.")


def holding_accounts(user_ids: sa.ColumnElement[bool]) -> sa.Select[Any]:
    """The ids of the accounts matched that exist, held (FOR KEY SHARE) until the commit."""
    return sa.select(_users.c.id).where(user_ids).with_for_update(read=True, key_share=True)


async def hold_account(session: AsyncSession, principal: Principal) -> None:
    """For a change by the caller (every write of the API, before its other locks: the
    request's unit of work, ``api.deps.get_session``): holds the caller's account until the
    commit, so an erasure of it under way finishes first and the caller is answered as after
    it (401, ``account_gone``) instead of the change failing on its foreign key, and an erasure
    starting later waits for the change, then removes or pseudonymises what it wrote as it does
    for anything written before."""
    if principal.user_id is None:
        return
    connection = await session.connection()
    held = await connection.execute(holding_accounts(_users.c.id == principal.user_id))
    if held.first() is None:
        raise account_gone()


class Principals:
    """The callers behind verified token claims. The role (or the client's organization) is
    read at request time, in a short read-only transaction of its own (the request's unit of
    work may not be open yet, and on SQLite a submission must not hold the write lock while it
    claims its Idempotency-Key). Concurrent requests share that read (``core.batching``): one
    statement for every user waiting (which also tells whose sign-in was revoked), one for
    every client, instead of a connection, a transaction and a statement each."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._roles: Batcher[tuple[uuid.UUID, uuid.UUID | None], str] = Batcher(self._read_roles)
        self._organizations: Batcher[str, Any] = Batcher(self._read_organizations)

    async def principal_for(self, claims: AccessClaims) -> Principal:
        if claims.user_id is not None:
            role = await self._roles.submit((claims.user_id, claims.grant_id))
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

    async def _read_roles(self, take: Take[tuple[uuid.UUID, uuid.UUID | None], str]) -> None:
        """The role of every waiting (user, sign-in), in one statement; a deleted account or a
        revoked sign-in fails its item. Tokens without a sign-in (issued before sign-ins were
        recorded) only need the account."""
        async with self._engine.connect() as connection:
            batch = take()
            items = [pending.item for pending in batch]
            parameters = {
                "user_ids": list({user_id for user_id, _ in items}),
                "grant_ids": list({grant_id for _, grant_id in items if grant_id is not None}),
            }
            rows = await connection.execute(_user_roles(connection.dialect.name), parameters)
            roles: dict[uuid.UUID, str] = {}
            # Pairs: a sign-in stands only for tokens of its own person.
            live_grants: set[tuple[uuid.UUID, uuid.UUID]] = set()
            for user_id, role, grant_id in rows:
                roles[user_id] = role
                if grant_id is not None:
                    live_grants.add((user_id, grant_id))
        for pending in batch:
            user_id, grant_id = pending.item
            role = roles.get(user_id)
            if role is None:
                pending.fail(account_gone())
            elif grant_id is not None and (user_id, grant_id) not in live_grants:
                pending.fail(_stale_token("The sign-in behind this token was revoked."))
            else:
                pending.succeed(role)

    async def _read_organizations(self, take: Take[str, Any]) -> None:
        """Every waiting client's organization (None when it has none), in one statement."""
        async with self._engine.connect() as connection:
            batch = take()
            keys = list({pending.item for pending in batch})
            statement = _client_organizations(connection.dialect.name)
            rows = await connection.execute(statement, {"keys": keys})
            values = {key: value for key, value in rows}
        for pending in batch:
            pending.succeed(values.get(pending.item))
