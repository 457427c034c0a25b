"""OAuth 2 client registration and client authentication.

Client secrets are 256-bit random strings, shown once and stored as their SHA-256 digest:
a slow password hash adds nothing against guessing a value with that much entropy, and a fast
digest keeps the token endpoint cheap. Comparison is constant-time.

Defaults where the request is silent: every scope; grant types authorization_code and
refresh_token when redirect URIs are given, plus client_credentials when the client is bound to
an organization. A public client (no secret) must use PKCE and can never use client credentials.
Each scope given must be grantable through one of the client's grants, and client credentials
must be able to carry one of them: a client the token endpoint would always refuse is refused
at registration instead.

Deleting a client revokes every sign-in through it (their tokens stop at their next request),
one completing meanwhile too (the token endpoint holds the client's row until it commits),
and removes the row, so its secret stops authenticating and its client credentials tokens stop
at their next request too (``auth.principal`` reads the client's organization at each one).
Comments it submitted stay, attributed to their organization; the audit log keeps its id.
"""

import hashlib
import hmac
import secrets
import uuid

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from auth import policy
from auth.models import OAuthClient, Organization
from auth.principal import Principal
from auth.schemas import ALL_SCOPES, ClientCreate
from auth.sign_ins import revoke_sign_ins_of_client
from core.db import table_of
from core.errors import Conflict, FieldError, NotFound, Unprocessable
from core.events import DomainEvent, record

# What a client-credentials token may carry: it acts as a representative of one organization.
CLIENT_CREDENTIALS_SCOPES = frozenset({"comments:write", "reports:read"})


def hash_secret(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode()).hexdigest()


def secret_matches(stored_hash: str | None, secret: str) -> bool:
    if stored_hash is None:
        return False
    return hmac.compare_digest(stored_hash, hash_secret(secret))


def _invalid(field: str, message: str) -> Unprocessable:
    return Unprocessable(message, errors=[FieldError(("body", field), message)])


def registration_grants(data: ClientCreate) -> list[str]:
    """The grant types ``data`` registers, checked with everything that can be judged from the
    request alone, before any lookup (the command line reports these as a wrong invocation)."""
    bound = data.organization_id is not None
    if bound and data.public:
        raise _invalid("public", "a public client cannot be bound to an organization (no secret)")
    grants = _grant_types(data, bound)
    if data.scopes is not None:
        _check_scopes(set(data.scopes), grants)
        if not data.scopes:
            # Every token of such a client would carry nothing: a sign-in answered with nothing.
            raise _invalid("scopes", "give at least one scope, or leave scopes out for the default")
    return grants


def registration_scopes(data: ClientCreate, grants: list[str]) -> list[str]:
    """The scopes ``data`` asks for, or by default every scope its grants can carry: without
    authorization_code no person signs in, so only the client credentials scopes."""
    if data.scopes is not None:
        return list(dict.fromkeys(data.scopes))
    if "authorization_code" not in grants:
        return [scope for scope in ALL_SCOPES if scope in CLIENT_CREDENTIALS_SCOPES]
    return list(ALL_SCOPES)


def _grant_types(data: ClientCreate, bound: bool) -> list[str]:
    if data.grant_types is not None:
        grants: list[str] = list(dict.fromkeys(data.grant_types))
        if not grants:
            raise _invalid("grant_types", "give at least one grant type, or leave them out")
    else:
        grants = []
        if data.redirect_uris:
            grants += ["authorization_code", "refresh_token"]
        if bound and not data.public:
            grants.append("client_credentials")
    if not grants:
        raise _invalid("redirect_uris", "give redirect URIs, or bind the client to an organization")
    if "authorization_code" in grants and not data.redirect_uris:
        raise _invalid("redirect_uris", "the authorization_code grant needs a redirect URI")
    if "refresh_token" in grants and "authorization_code" not in grants:
        raise _invalid("grant_types", "refresh_token only comes with authorization_code")
    if "client_credentials" in grants and (not bound or data.public):
        raise _invalid(
            "grant_types",
            "client_credentials needs a confidential client bound to an organization",
        )
    return grants


def _check_scopes(scopes: set[str], grants: list[str]) -> None:
    if "client_credentials" not in grants:
        return
    carried = ", ".join(sorted(CLIENT_CREDENTIALS_SCOPES))
    if "authorization_code" not in grants and not scopes <= CLIENT_CREDENTIALS_SCOPES:
        # Without a person signing in, no token could ever carry the others.
        raise _invalid(
            "scopes",
            f"a client with only the client_credentials grant can have only these scopes: "
            f"{carried}",
        )
    if not scopes & CLIENT_CREDENTIALS_SCOPES:
        raise _invalid(
            "scopes",
            f"the client_credentials grant carries only {carried}: give at least one of them",
        )


async def create_client(
    session: AsyncSession, data: ClientCreate, *, created_by: uuid.UUID | None
) -> tuple[OAuthClient, str | None]:
    """Registers a client; returns it with its secret (None for a public client)."""
    grants = registration_grants(data)
    organization_id: uuid.UUID | None = None
    if data.organization_id is not None:
        try:
            organization_id = uuid.UUID(data.organization_id)
        except ValueError:
            organization_id = None
        organization = (
            None if organization_id is None else await session.get(Organization, organization_id)
        )
        if organization is None:
            raise _invalid("organization_id", "no organization has this id")
        if organization.verification == "rejected":
            raise Conflict("The organization was rejected: no client can act for it.")
    secret = None if data.public else secrets.token_urlsafe(32)
    client = OAuthClient(
        client_id=secrets.token_urlsafe(18),
        secret_hash=hash_secret(secret) if secret is not None else None,
        name=data.name,
        redirect_uris=list(data.redirect_uris),
        grant_types=grants,
        scopes=registration_scopes(data, grants),
        organization_id=organization_id,
        created_by=created_by,
    )
    session.add(client)
    await session.flush()
    record(
        session,
        DomainEvent(
            name="client.registered",
            actor_id=created_by,
            subject_type="client",
            subject_id=client.client_id,
            data={
                "name": client.name,
                "grant_types": grants,
                "organization_id": str(organization_id) if organization_id else None,
                "public": data.public,
            },
        ),
    )
    return client, secret


async def register_client(
    session: AsyncSession, principal: Principal, data: ClientCreate
) -> tuple[OAuthClient, str | None]:
    policy.require_can_register_clients(principal)
    return await create_client(session, data, created_by=principal.user_id)


_NO_SUCH_CLIENT = "No client has this id."


async def delete_client(
    session: AsyncSession, client_id: str, *, deleted_by: uuid.UUID | None
) -> int:
    """Deletes the client and revokes its sign-ins; returns how many were still standing."""
    clients = table_of(OAuthClient)
    deleted = await session.exec(
        sa.delete(clients).where(clients.c.client_id == client_id).returning(clients.c.name)
    )
    name = deleted.scalar_one_or_none()
    if name is None:
        # Unknown, or deleted by a concurrent request: answered as if that came first.
        raise NotFound(_NO_SUCH_CLIENT)
    revoked = await revoke_sign_ins_of_client(session, client_id)
    record(
        session,
        DomainEvent(
            name="client.deleted",
            actor_id=deleted_by,
            subject_type="client",
            subject_id=client_id,
            data={"name": name, "sign_ins_revoked": revoked},
        ),
    )
    return revoked


async def remove_client(session: AsyncSession, principal: Principal, client_id: str) -> None:
    policy.require_can_manage_clients(principal, "deletes")
    await delete_client(session, client_id, deleted_by=principal.user_id)
