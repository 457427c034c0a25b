"""The OAuth 2 authorization server: authorization requests, codes, and the token endpoint.

Authlib has no async server, so the grants are written here, small and explicit, with Authlib's
RFC 7636 helper for the PKCE comparison and ``auth.tokens`` for RFC 9068 access tokens.

Rules (RFC 6749, RFC 7636, RFC 9700 "OAuth 2.0 Security Best Current Practice"):

- Authorization code with PKCE, S256 only, for every client (confidential ones too, as OAuth 2.1
  requires). Redirect URIs are compared exactly with the registered ones, but for the port of a
  loopback IP redirect URI (``http://127.0.0.1`` or ``http://[::1]``, any port: RFC 8252 7.3).
  ``redirect_uri`` may be left out only when the client registered exactly one; when it was
  given, the token request must repeat it exactly, port included. Codes live two minutes, are
  stored as SHA-256 digests and work once; presenting a used code again revokes the sign-in it
  started, with every token issued from it.
- Errors of the authorization endpoint are redirected to the client (with ``state`` and ``iss``,
  RFC 9207) only when the client and its redirect URI are known to be valid; otherwise the user
  sees an error page and nothing is redirected.
- Each exchanged code starts a sign-in (``OAuthGrant``). Its access tokens carry its id as the
  ``sid`` claim and its refresh tokens name it as their family, so revoking it stops them all:
  the caller's role and the sign-in's state are read together at every request
  (``auth.principal``).
- Refresh tokens rotate on every use; presenting a rotated (or concurrently rotated) token
  revokes the sign-in. A refresh request that is refused for its scope leaves the token usable.
- Client credentials: confidential clients bound to an organization; the token's subject is the
  client id and it carries at most ``comments:write`` and ``reports:read``. No sign-in.
- Scopes this server does not know are ignored beside known ones, as RFC 6749 3.3 allows; a
  request without ``scope``, or with only standard scopes clients add on their own
  (``openid``, ``profile``, ``email``, ``offline_access``), gets the client's; one with only
  other unknown scopes is ``invalid_scope`` (a misspelt "comment:write" must not become the
  client's widest token). The known scopes requested must be a subset of the client's. The ``admin``
  scope is granted only to admins; every other scope is granted, because what a token can do
  is further limited at use time by the role read from the database. A request none of whose
  scopes can be granted is ``invalid_scope``; a partly grantable one gets what can be granted,
  named in the response's ``scope``.
- A sign-in's scope is what was granted at the code exchange (after the role filter), never
  what was asked: a refresh may ask for less, never more (RFC 6749 section 6), and is filtered
  again by the role at that moment.
- Client authentication: ``client_secret_basic``, ``client_secret_post``, or ``none`` (public
  clients, identified by ``client_id``). Using two methods at once is ``invalid_request``.
- Revocation (RFC 7009), with the same client authentication: a refresh token, or an access
  token of a sign-in, revokes that whole sign-in; a token of another client is
  ``invalid_grant``; an unknown, expired or already revoked one is answered as revoked.
  Client credentials access tokens are not stored and belong to no sign-in:
  ``unsupported_token_type`` (deleting the client stops them).
"""

import base64
import binascii
import hashlib
import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

import sqlalchemy as sa
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.clients import CLIENT_CREDENTIALS_SCOPES, secret_matches
from auth.keys import KeyRing
from auth.models import AuthorizationCode, OAuthClient, OAuthGrant, Organization, RefreshToken, User
from auth.schemas import a_label_uri
from auth.sign_ins import revoke_reused_sign_in, revoke_sign_in
from auth.tokens import SCOPES, AccessTokenVerifier, issue_access_token
from core.clock import utcnow
from core.db import table_of
from core.errors import Unauthorized

CODE_TTL_SECONDS = 120
# The state is echoed into the redirect (and into the sign-in form): a longer one is refused,
# not sent back as a redirect the size of whatever the request carried. Room enough for a
# nonce with some encoded application state.
MAX_STATE_LENGTH = 2048
AUTHORIZE_PARAMETERS = (
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)
GRANT_TYPES = ("authorization_code", "refresh_token", "client_credentials")
_PKCE_VALUE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
# BASE64URL of a SHA-256 digest, unpadded (RFC 7636 4.2): 43 characters of that alphabet, the
# last one carrying 4 bits of the digest and two zero bits. Any other challenge could never be
# matched by a verifier, and its code could never be redeemed.
_S256_CHALLENGE = re.compile(r"[A-Za-z0-9\-_]{42}[AEIMQUYcgkosw048]")
# Namespace of the sign-in ids derived from authorization codes.
_GRANT_NAMESPACE = uuid.UUID("5b0e7a52-64a4-4d36-9d61-8f0f2f0f6a10")


class OAuthError(Exception):
    """An RFC 6749 section 5.2 error of the token endpoint."""

    def __init__(
        self,
        error: str,
        description: str,
        *,
        status: int = 400,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status
        self.headers = headers or {}

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


class UnsafeAuthorizationRequest(Exception):
    """The client or redirect URI cannot be trusted: show an error, never redirect."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


class RedirectableError(Exception):
    """An RFC 6749 section 4.1.2.1 error, to be sent back to a valid redirect URI."""

    def __init__(self, error: str, description: str, redirect_uri: str, state: str | None) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.redirect_uri = redirect_uri
        self.state = state


@dataclass(frozen=True, slots=True)
class ServerConfig:
    issuer: str
    access_token_ttl: int
    refresh_token_ttl: int

    @property
    def audience(self) -> str:
        return self.issuer


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    client_id: str
    client_name: str
    redirect_uri: str
    redirect_uri_given: bool
    scopes: tuple[str, ...]
    # No known scope asked for: ``scopes`` are the client's, what a sign-in gets by default.
    scopes_by_default: bool
    state: str | None
    code_challenge: str
    parameters: dict[str, str] = field(default_factory=dict)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _single_values(items: Sequence[tuple[str, str]]) -> dict[str, str]:
    """RFC 6749 3.1 and 3.2: a parameter must not appear twice (empty ones count as absent)."""
    values: dict[str, str] = {}
    repeated = []
    for key, value in items:
        if key in values:
            repeated.append(key)
        values[key] = value
    if repeated:
        raise ValueError(f"parameters given more than once: {', '.join(sorted(set(repeated)))}")
    return {key: value for key, value in values.items() if value != ""}


async def _client(
    session: AsyncSession, client_id: str | None, *, held: bool = False
) -> OAuthClient | None:
    """The registered client; ``held`` keeps its row (FOR KEY SHARE) until the commit."""
    if not client_id:
        return None
    statement = select(OAuthClient).where(OAuthClient.client_id == client_id)
    if held:
        statement = statement.with_for_update(read=True, key_share=True)
    return (await session.exec(statement)).first()


# Scopes clients add on their own (OpenID Connect libraries, RFC 6749 clients wanting refresh
# tokens): asking for these alone asks for nothing in particular.
IGNORED_STANDARD_SCOPES = frozenset({"openid", "profile", "email", "offline_access"})


def _requested_scopes(text: str | None, allowed: Sequence[str]) -> tuple[str, ...] | None:
    """The requested scopes this server knows, ``allowed`` when none is requested (or only
    standard ones it ignores), None when one is not allowed or when only unknown ones are: a
    misspelt narrow scope ("comment:write") must not become the client's widest token."""
    words = (text or "").split()
    requested = tuple(dict.fromkeys(s for s in words if s in SCOPES))
    if not requested:
        if any(word not in IGNORED_STANDARD_SCOPES for word in words):
            return None
        return tuple(allowed)
    if not set(requested) <= set(allowed):
        return None
    return requested


# RFC 8252 7.3 and 8.3: loopback IP literals, not "localhost", which a resolver may send
# elsewhere.
_LOOPBACK_HOSTS = {"127.0.0.1": "127.0.0.1", "::1": "[::1]"}


def redirect_uri_matches(registered: str, requested: str) -> bool:
    """Exact comparison (RFC 9700 2.1), an internationalised host in Unicode being the same as
    in the A-labels it is registered in, except that a native app's loopback redirect URI
    (http to 127.0.0.1 or [::1]) matches with any port, since the app listens on whatever
    port its system gives it (RFC 8252 7.3). The requested URI must then be the registered
    one with only its port replaced, added or left out."""
    if requested == registered or a_label_uri(requested) == registered:
        return True
    registered_parts = urlsplit(registered)
    host = _LOOPBACK_HOSTS.get(registered_parts.hostname or "")
    if registered_parts.scheme != "http" or host is None or registered_parts.username is not None:
        return False
    try:
        port = urlsplit(requested).port
    except ValueError:
        return False
    if port == 0:
        # No app listens on port 0: it only asks the system for an ephemeral port.
        return False
    netloc = host if port is None else f"{host}:{port}"
    return requested == urlunsplit(registered_parts._replace(netloc=netloc))


def _unauthorized_client_unredirectable() -> UnsafeAuthorizationRequest:
    # RFC 6749 4.1.2.1: without a registered redirect URI the error cannot go back to the client.
    return UnsafeAuthorizationRequest(
        "unauthorized_client: this client may not use the authorization code grant (it is "
        "registered for client credentials only), and has no redirect URI to send it back to."
    )


async def validate_authorization_request(
    session: AsyncSession, items: Sequence[tuple[str, str]]
) -> AuthorizationRequest:
    repeated = sorted({key for key, _ in items if sum(1 for k, _ in items if k == key) > 1})
    params: dict[str, str] = {}
    for key, value in items:
        if value != "":
            params.setdefault(key, value)
    if {"client_id", "redirect_uri"} & set(repeated):
        raise UnsafeAuthorizationRequest("client_id and redirect_uri must be given once.")
    client = await _client(session, params.get("client_id"))
    if client is None:
        raise UnsafeAuthorizationRequest("The client_id is missing or names no registered client.")
    given = params.get("redirect_uri")
    if given is not None:
        if not client.redirect_uris:
            raise _unauthorized_client_unredirectable()
        if not any(redirect_uri_matches(uri, given) for uri in client.redirect_uris):
            raise UnsafeAuthorizationRequest(
                "The redirect_uri is not one this client registered (exact match required, "
                "but for the port of a loopback IP address: RFC 8252 7.3)."
            )
        redirect_uri = given
    elif len(client.redirect_uris) == 1:
        redirect_uri = client.redirect_uris[0]
    elif "authorization_code" not in client.grant_types:
        raise _unauthorized_client_unredirectable()
    else:
        raise UnsafeAuthorizationRequest(
            "The redirect_uri is required: this client registered several."
        )
    state = params.get("state")
    if state is not None and len(state) > MAX_STATE_LENGTH:
        raise UnsafeAuthorizationRequest(
            f"The state is longer than {MAX_STATE_LENGTH} characters; it is not sent back."
        )

    def fail(error: str, description: str) -> RedirectableError:
        return RedirectableError(error, description, redirect_uri, state)

    if repeated:
        raise fail("invalid_request", f"Parameters given more than once: {', '.join(repeated)}.")
    response_type = params.get("response_type")
    if response_type is None:
        raise fail("invalid_request", "response_type is required.")
    if response_type != "code":
        raise fail("unsupported_response_type", "Only response_type=code is supported.")
    if "authorization_code" not in client.grant_types:
        raise fail("unauthorized_client", "This client may not use the authorization code grant.")
    if params.get("response_mode", "query") != "query":
        # A client asking for the fragment or a form post must not get the code in the query
        # unawares, where its handler would not look and the Referer may carry it further.
        raise fail("invalid_request", "Only response_mode=query is supported.")
    challenge = params.get("code_challenge")
    if challenge is None:
        raise fail("invalid_request", "PKCE is required: send code_challenge (S256).")
    if params.get("code_challenge_method") != "S256":
        raise fail("invalid_request", "code_challenge_method must be S256.")
    if not _S256_CHALLENGE.fullmatch(challenge):
        raise fail("invalid_request", "code_challenge is not a valid S256 challenge.")
    scopes = _requested_scopes(params.get("scope"), client.scopes)
    if scopes is None:
        raise fail(
            "invalid_scope",
            "The requested scope is unknown or exceeds what this client may ask for.",
        )
    return AuthorizationRequest(
        client_id=client.client_id,
        client_name=client.name,
        redirect_uri=redirect_uri,
        redirect_uri_given=given is not None,
        scopes=scopes,
        scopes_by_default=not any(word in SCOPES for word in params.get("scope", "").split()),
        state=state,
        code_challenge=challenge,
        parameters={k: v for k, v in params.items() if k in AUTHORIZE_PARAMETERS},
    )


async def issue_authorization_code(
    session: AsyncSession, request: AuthorizationRequest, user: User
) -> str:
    """A code for the scopes ``user`` may be granted; ``RedirectableError`` (``invalid_scope``)
    when none of the requested ones can be."""
    granted = _grantable_for_role(user.role, request.scopes)
    if request.scopes and not granted:
        raise RedirectableError(
            "invalid_scope",
            "None of the requested scopes can be granted to this account.",
            request.redirect_uri,
            request.state,
        )
    code = secrets.token_urlsafe(32)
    session.add(
        AuthorizationCode(
            code_hash=_digest(code),
            client_id=request.client_id,
            user_id=user.id,
            redirect_uri=request.redirect_uri if request.redirect_uri_given else "",
            scope=" ".join(granted),
            code_challenge=request.code_challenge,
            expires_at=utcnow() + timedelta(seconds=CODE_TTL_SECONDS),
        )
    )
    await session.flush()
    return code


def redirect_with(redirect_uri: str, params: dict[str, str | None]) -> str:
    """``redirect_uri`` with ``params`` added to its query, keeping the query it already has."""
    parts = urlsplit(redirect_uri)
    query = parse_qsl(parts.query, keep_blank_values=True)
    query += [(key, value) for key, value in params.items() if value is not None]
    return urlunsplit(parts._replace(query=urlencode(query)))


def success_redirect(request: AuthorizationRequest, code: str, issuer: str) -> str:
    return redirect_with(
        request.redirect_uri, {"code": code, "state": request.state, "iss": issuer}
    )


def error_redirect(error: RedirectableError, issuer: str) -> str:
    return redirect_with(
        error.redirect_uri,
        {
            "error": error.error,
            "error_description": error.description,
            "state": error.state,
            "iss": issuer,
        },
    )


def _invalid_client(description: str) -> OAuthError:
    return OAuthError(
        "invalid_client",
        description,
        status=401,
        headers={"WWW-Authenticate": 'Basic realm="plenary", charset="UTF-8"'},
    )


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    if authorization is None:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise _invalid_client("The Basic credentials are malformed.") from exc
    client_id, separator, secret = decoded.partition(":")
    if not separator:
        raise _invalid_client("The Basic credentials are malformed.")
    # RFC 6749 2.3.1 form-encodes both parts before Base64.
    return unquote_plus(client_id), unquote_plus(secret)


async def _authenticate_client(
    session: AsyncSession, params: dict[str, str], authorization: str | None
) -> OAuthClient:
    basic = _basic_credentials(authorization)
    if basic is not None:
        if "client_secret" in params:
            raise OAuthError("invalid_request", "Use one client authentication method, not two.")
        client_id, secret = basic
        if params.get("client_id", client_id) != client_id:
            raise OAuthError("invalid_request", "client_id differs from the Basic credentials.")
    elif "client_secret" in params:
        client_id, secret = params.get("client_id", ""), params["client_secret"]
    elif "client_id" in params:
        client_id, secret = params["client_id"], ""
    else:
        raise _invalid_client("Authenticate the client (client_secret_basic or _post).")
    # Held: a deletion of the client waits for this request and then revokes the sign-in it
    # started; a deletion under way finishes first and the client is unknown here. Never a
    # sign-in left standing for a client that is gone.
    client = await _client(session, client_id, held=True)
    if client is None:
        raise _invalid_client("Client authentication failed.")
    if client.secret_hash is None:
        if secret:
            raise _invalid_client("Client authentication failed.")
    elif not secret_matches(client.secret_hash, secret):
        raise _invalid_client("Client authentication failed.")
    return client


def _grantable_for_role(role: str, scopes: Sequence[str]) -> tuple[str, ...]:
    return tuple(s for s in scopes if s in SCOPES and (s != "admin" or role == "admin"))


def _granted(requested: Sequence[str], grantable: Sequence[str]) -> tuple[str, ...]:
    """``grantable``, or ``invalid_scope`` when scopes were asked for and none can be granted
    (RFC 6749 5.2): an empty token is no answer to a request for something."""
    if requested and not grantable:
        raise OAuthError("invalid_scope", "None of the requested scopes can be granted.")
    return tuple(grantable)


async def _user_tokens(
    session: AsyncSession,
    config: ServerConfig,
    keys: KeyRing,
    *,
    client: OAuthClient,
    user: User,
    scopes: tuple[str, ...],
    grant_scope: str,
    grant_id: uuid.UUID,
) -> dict[str, Any]:
    """An access token for ``scopes`` and, for clients that refresh, a refresh token that may
    later ask for up to ``grant_scope``."""
    access, lifetime = await issue_access_token(
        keys,
        issuer=config.issuer,
        audience=config.audience,
        subject=str(user.id),
        client_id=client.client_id,
        scopes=scopes,
        ttl_seconds=config.access_token_ttl,
        grant_id=grant_id,
    )
    response: dict[str, Any] = {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": lifetime,
        "scope": " ".join(sorted(scopes)),
    }
    if "refresh_token" in client.grant_types:
        refresh = secrets.token_urlsafe(32)
        session.add(
            RefreshToken(
                token_hash=_digest(refresh),
                family_id=grant_id,
                client_id=client.client_id,
                user_id=user.id,
                scope=grant_scope,
                expires_at=utcnow() + timedelta(seconds=config.refresh_token_ttl),
            )
        )
        await session.flush()
        response["refresh_token"] = refresh
    return response


async def _authorization_code_grant(
    session: AsyncSession,
    config: ServerConfig,
    keys: KeyRing,
    client: OAuthClient,
    params: dict[str, str],
) -> dict[str, Any]:
    code = params.get("code")
    if code is None:
        raise OAuthError("invalid_request", "code is required.")
    verifier = params.get("code_verifier")
    if verifier is None:
        raise OAuthError("invalid_request", "code_verifier is required (PKCE).")
    code_hash = _digest(code)
    row = await session.get(AuthorizationCode, code_hash)
    if row is None or row.client_id != client.client_id:
        raise OAuthError("invalid_grant", "The authorization code is invalid.")
    # Derived from the code, so that a replay finds the sign-in the first exchange started.
    grant_id = uuid.uuid5(_GRANT_NAMESPACE, code_hash)
    table = table_of(AuthorizationCode)
    claimed = await session.exec(
        sa.update(table)
        .where(table.c.code_hash == code_hash, table.c.used_at.is_(None))
        .values(used_at=utcnow())
    )
    if claimed.rowcount != 1:
        if await session.get(OAuthGrant, grant_id) is None:
            # An earlier exchange failed (a wrong code_verifier, say): nothing was issued.
            raise OAuthError(
                "invalid_grant",
                "The authorization code was already presented, and an authorization code is "
                "good for one attempt only; start the authorization again.",
            )
        await revoke_reused_sign_in(
            session,
            grant_id,
            user_id=row.user_id,
            client_id=client.client_id,
            reused="authorization_code",
        )
        raise OAuthError(
            "invalid_grant",
            "The authorization code was already used; every token issued from it is now revoked.",
        )
    if row.expires_at <= utcnow():
        raise OAuthError("invalid_grant", "The authorization code has expired.")
    given = params.get("redirect_uri")
    if row.redirect_uri and given != row.redirect_uri:
        raise OAuthError("invalid_grant", "redirect_uri differs from the authorization request.")
    if not row.redirect_uri and given is not None and given not in client.redirect_uris:
        raise OAuthError("invalid_grant", "redirect_uri is not registered for this client.")
    if not _PKCE_VALUE.match(verifier):
        raise OAuthError("invalid_grant", "code_verifier is malformed.")
    if not secrets.compare_digest(create_s256_code_challenge(verifier), row.code_challenge):
        raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge.")
    user = await session.get(User, row.user_id)
    if user is None:
        raise OAuthError("invalid_grant", "The account behind this code no longer exists.")
    # Filtered again: the role may have changed since the code was issued.
    requested = row.scope.split()
    granted = _granted(requested, _grantable_for_role(user.role, requested))
    session.add(OAuthGrant(id=grant_id, client_id=client.client_id, user_id=user.id))
    return await _user_tokens(
        session,
        config,
        keys,
        client=client,
        user=user,
        scopes=granted,
        grant_scope=" ".join(sorted(granted)),
        grant_id=grant_id,
    )


async def _reused_refresh_token(session: AsyncSession, row: RefreshToken) -> OAuthError:
    """Revokes the sign-in of a refresh token presented after its rotation; the error to
    answer."""
    await revoke_reused_sign_in(
        session, row.family_id, user_id=row.user_id, client_id=row.client_id, reused="refresh_token"
    )
    return OAuthError(
        "invalid_grant",
        "The refresh token was already used; every token of this sign-in is now revoked.",
    )


async def _refresh_token_grant(
    session: AsyncSession,
    config: ServerConfig,
    keys: KeyRing,
    client: OAuthClient,
    params: dict[str, str],
) -> dict[str, Any]:
    presented = params.get("refresh_token")
    if presented is None:
        raise OAuthError("invalid_request", "refresh_token is required.")
    row = (
        await session.exec(
            select(RefreshToken).where(RefreshToken.token_hash == _digest(presented))
        )
    ).first()
    if row is None or row.client_id != client.client_id or row.revoked_at is not None:
        raise OAuthError("invalid_grant", "The refresh token is invalid or revoked.")
    if row.rotated_at is not None:
        raise await _reused_refresh_token(session, row)
    if row.expires_at <= utcnow():
        raise OAuthError("invalid_grant", "The refresh token has expired.")
    # The sign-in itself, shared-locked until this rotation commits: a sign-out, a new password
    # or a reuse revokes the sign-in row first and its refresh tokens after, so it either ended
    # before (refused here) or waits for this rotation and then revokes the token it adds. The
    # tokens' own revoked_at alone missed a token rotated in while the revocation ran.
    sign_in_ended_at = (
        await session.exec(
            select(OAuthGrant.revoked_at)
            .where(OAuthGrant.id == row.family_id)
            .with_for_update(read=True)
        )
    ).first()
    if sign_in_ended_at is not None:
        raise OAuthError("invalid_grant", "The sign-in behind this refresh token has ended.")
    # Checked before the token rotates: a client refused for the scope it asked keeps its token.
    requested = _requested_scopes(params.get("scope"), row.scope.split())
    if requested is None:
        raise OAuthError(
            "invalid_scope",
            "The scope asked is unknown or wider than the sign-in's: a refresh cannot widen it.",
        )
    user = await session.get(User, row.user_id)
    if user is None:
        raise OAuthError("invalid_grant", "The account behind this token no longer exists.")
    granted = _granted(requested, _grantable_for_role(user.role, requested))
    table = table_of(RefreshToken)
    rotated = await session.exec(
        sa.update(table)
        .where(table.c.id == row.id, table.c.rotated_at.is_(None), table.c.revoked_at.is_(None))
        .values(rotated_at=utcnow())
    )
    if rotated.rowcount != 1:
        # Rotated by a concurrent request since it was read.
        raise await _reused_refresh_token(session, row)
    return await _user_tokens(
        session,
        config,
        keys,
        client=client,
        user=user,
        scopes=granted,
        grant_scope=row.scope,
        grant_id=row.family_id,
    )


async def _client_credentials_grant(
    session: AsyncSession,
    config: ServerConfig,
    keys: KeyRing,
    client: OAuthClient,
    params: dict[str, str],
) -> dict[str, Any]:
    if client.secret_hash is None or client.organization_id is None:
        raise OAuthError(
            "unauthorized_client",
            "Client credentials are for confidential clients bound to an organization.",
        )
    organization = await session.get(Organization, client.organization_id)
    if organization is None or organization.verification == "rejected":
        raise OAuthError(
            "unauthorized_client", "The organization this client acts for was rejected."
        )
    requested = _requested_scopes(params.get("scope"), client.scopes)
    if requested is None:
        raise OAuthError("invalid_scope", "The requested scope is unknown or exceeds the client's.")
    granted = _granted(requested, [s for s in requested if s in CLIENT_CREDENTIALS_SCOPES])
    access, lifetime = await issue_access_token(
        keys,
        issuer=config.issuer,
        audience=config.audience,
        subject=client.client_id,
        client_id=client.client_id,
        scopes=granted,
        ttl_seconds=config.access_token_ttl,
    )
    return {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": lifetime,
        "scope": " ".join(sorted(granted)),
    }


async def exchange(
    session: AsyncSession,
    config: ServerConfig,
    keys: KeyRing,
    items: Sequence[tuple[str, str]],
    authorization: str | None,
) -> dict[str, Any]:
    """The token endpoint: returns the RFC 6749 5.1 response or raises ``OAuthError``.

    State changes made before an error (a consumed code, a revoked sign-in) are meant to
    be committed: the caller commits whether this returns or raises ``OAuthError``."""
    try:
        params = _single_values(items)
    except ValueError as exc:
        raise OAuthError("invalid_request", str(exc)) from exc
    grant_type = params.get("grant_type")
    if grant_type is None:
        raise OAuthError("invalid_request", "grant_type is required.")
    if grant_type not in GRANT_TYPES:
        raise OAuthError("unsupported_grant_type", f"grant_type {grant_type!r} is not supported.")
    client = await _authenticate_client(session, params, authorization)
    if grant_type not in client.grant_types:
        raise OAuthError("unauthorized_client", f"This client may not use {grant_type}.")
    if grant_type == "authorization_code":
        return await _authorization_code_grant(session, config, keys, client, params)
    if grant_type == "refresh_token":
        return await _refresh_token_grant(session, config, keys, client, params)
    return await _client_credentials_grant(session, config, keys, client, params)


def _issued_to_another_client() -> OAuthError:
    # RFC 6749 5.2's invalid_grant covers a token "issued to another client".
    return OAuthError("invalid_grant", "The token was issued to another client.")


async def revoke(
    session: AsyncSession,
    access_tokens: AccessTokenVerifier,
    items: Sequence[tuple[str, str]],
    authorization: str | None,
) -> None:
    """The revocation endpoint (RFC 7009): ends the sign-in the presented token belongs to, or
    raises ``OAuthError``. A token this server does not know (invalid, expired, already revoked)
    is no error: there is nothing left to revoke. ``token_type_hint`` is not needed and not
    read (RFC 7009 2.1 lets a server ignore it): refresh tokens are looked up by their digest,
    and anything else is read as an access token."""
    try:
        params = _single_values(items)
    except ValueError as exc:
        raise OAuthError("invalid_request", str(exc)) from exc
    client = await _authenticate_client(session, params, authorization)
    token = params.get("token")
    if token is None:
        raise OAuthError("invalid_request", "token is required.")
    refresh = (
        await session.exec(select(RefreshToken).where(RefreshToken.token_hash == _digest(token)))
    ).first()
    if refresh is not None:
        if refresh.client_id != client.client_id:
            raise _issued_to_another_client()
        await revoke_sign_in(session, refresh.family_id)
        return
    try:
        claims = await access_tokens.verify(token)
    except Unauthorized:
        return
    if claims.client_id != client.client_id:
        raise _issued_to_another_client()
    if claims.grant_id is None:
        # Client credentials tokens belong to no sign-in and are not stored.
        raise OAuthError(
            "unsupported_token_type",
            "This access token belongs to no sign-in and cannot be revoked alone: it expires "
            "on its own, and deleting its client stops it at once.",
        )
    await revoke_sign_in(session, claims.grant_id)


def server_metadata(issuer: str) -> dict[str, Any]:
    """RFC 8414 authorization server metadata."""
    base = issuer.rstrip("/")
    client_authentication = ["client_secret_basic", "client_secret_post", "none"]
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{base}/oauth/authorize",
        "token_endpoint": f"{base}/oauth/token",
        "jwks_uri": f"{base}/.well-known/jwks.json",
        "scopes_supported": list(SCOPES),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": list(GRANT_TYPES),
        "token_endpoint_auth_methods_supported": client_authentication,
        "revocation_endpoint": f"{base}/oauth/revoke",
        "revocation_endpoint_auth_methods_supported": client_authentication,
        "code_challenge_methods_supported": ["S256"],
        "authorization_response_iss_parameter_supported": True,
        "service_documentation": f"{base}/docs",
    }
