"""Access tokens: JWTs in the RFC 9068 profile, signed with the key ring's active key.

Validation pins the algorithm (ES256 only: ``alg: none`` and HMAC confusion are refused), the
issuer, the audience, the ``typ`` header and the expiry.
"""

import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from joserfc import jws, jwt
from joserfc.errors import ExpiredTokenError, InvalidClaimError, JoseError
from joserfc.jws import JWSRegistry
from joserfc.jwt import JWTClaimsRegistry

from auth.keys import ALGORITHM, KeyRing
from core.errors import Unauthorized

TOKEN_TYPE = "at+jwt"  # noqa: S105  (a media type, not a secret)
# What each scope lets a token do; the user's role still bounds it (api.md, "Roles and scopes").
SCOPE_DESCRIPTIONS = {
    "comments:write": "Submit, edit and withdraw comments for a verified organization you "
    "represent.",
    "consultations:write": "Manage consultations, documents and rounds (secretariat, "
    "co-facilitators); register client applications (secretariat).",
    "moderation:write": "Moderate comments and decide organizations' verification.",
    "reports:read": "Read restricted reports, exports, syntheses and the audit log.",
    "admin": "Manage platform roles (admins).",
}
SCOPES = tuple(SCOPE_DESCRIPTIONS)

_REGISTRY = JWSRegistry(algorithms=[ALGORITHM])
# Seconds of clock skew tolerated on ``exp``.
EXPIRY_LEEWAY = 5


@dataclass(frozen=True, slots=True)
class AccessClaims:
    subject: str
    client_id: str
    scopes: frozenset[str]
    user_id: uuid.UUID | None
    expires_at: int
    token_id: str
    # The sign-in (``auth.models.OAuthGrant``) the token was issued from; None for client
    # credentials and for tokens issued before sign-ins were recorded.
    grant_id: uuid.UUID | None


def _invalid(detail: str) -> Unauthorized:
    return Unauthorized(
        detail,
        headers={"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{detail}"'},
    )


def _expired() -> Unauthorized:
    return _invalid("The access token has expired.")


def _printable(value: object) -> str:
    """A claim's value fit for a problem's detail and a header's quoted string."""
    text = "".join(c for c in str(value) if c.isascii() and c.isprintable() and c not in '"\\')
    return text[:200] or "another server"


async def issue_access_token(
    keys: KeyRing,
    *,
    issuer: str,
    audience: str,
    subject: str,
    client_id: str,
    scopes: list[str] | tuple[str, ...] | frozenset[str],
    ttl_seconds: int,
    grant_id: uuid.UUID | None = None,
) -> tuple[str, int]:
    """Returns the signed token and its lifetime in seconds. ``subject`` is the user id, or the
    client id for client-credentials tokens (RFC 9068 section 2.2). ``grant_id``, the sign-in
    the token comes from, travels as the ``sid`` claim: the token stops working when that
    sign-in is revoked."""
    key = await keys.signing_key()
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": issuer,
        "aud": audience,
        "sub": subject,
        "client_id": client_id,
        "scope": " ".join(sorted(set(scopes))),
        "iat": now,
        "exp": now + ttl_seconds,
        "jti": secrets.token_urlsafe(16),
    }
    if grant_id is not None:
        claims["sid"] = str(grant_id)
    header = {"alg": ALGORITHM, "typ": TOKEN_TYPE, "kid": key.kid}
    return jwt.encode(header, claims, key, registry=_REGISTRY), ttl_seconds


async def verify_access_token(
    keys: KeyRing, token: str, *, issuer: str, audience: str
) -> AccessClaims:
    try:
        header = jws.extract_compact(token.encode()).protected
    except (JoseError, ValueError, UnicodeError) as exc:
        raise _invalid("The access token is malformed.") from exc
    if header.get("alg") != ALGORITHM:
        raise _invalid("The access token is not signed with an accepted algorithm.")
    if str(header.get("typ", "")).lower() not in {TOKEN_TYPE, "application/at+jwt"}:
        raise _invalid("The token is not an access token.")
    kid = header.get("kid")
    try:
        decoded = jwt.decode(
            token,
            await keys.verification_keys(kid if isinstance(kid, str) else None),
            registry=_REGISTRY,
        )
    except (JoseError, ValueError) as exc:
        raise _invalid("The access token does not verify against this server's keys.") from exc
    claims = decoded.claims
    try:
        JWTClaimsRegistry(
            iss={"essential": True, "value": issuer},
            aud={"essential": True, "value": audience},
            exp={"essential": True},
            sub={"essential": True},
            client_id={"essential": True},
            leeway=EXPIRY_LEEWAY,
        ).validate(claims)
    except ExpiredTokenError as exc:
        raise _expired() from exc
    except InvalidClaimError as exc:
        # Signed by this server's keys, so issued by this server under another public URL
        # (PLENARY_PUBLIC_URL): say which, as it is what an operator has to put right.
        if exc.claim in ("iss", "aud"):
            raise _invalid(
                f"The access token was issued for {_printable(claims.get(exc.claim))}, "
                f"not for this server ({issuer if exc.claim == 'iss' else audience}): "
                "ask this server for a token."
            ) from exc
        raise _invalid(f"The access token's {exc.claim} claim is invalid.") from exc
    except (JoseError, ValueError) as exc:
        raise _invalid("The access token lacks a claim it must carry.") from exc
    subject = str(claims["sub"])
    try:
        user_id: uuid.UUID | None = uuid.UUID(subject)
    except ValueError:
        user_id = None
    grant_id: uuid.UUID | None = None
    if "sid" in claims:
        try:
            grant_id = uuid.UUID(str(claims["sid"]))
        except ValueError as exc:
            raise _invalid("The access token is malformed.") from exc
    return AccessClaims(
        subject=subject,
        client_id=str(claims["client_id"]),
        scopes=frozenset(str(claims.get("scope", "")).split()),
        user_id=user_id,
        expires_at=int(claims["exp"]),
        token_id=str(claims.get("jti", "")),
        grant_id=grant_id,
    )


class AccessTokenVerifier:
    """Verifies access tokens for one issuer and audience, and remembers the claims of the
    last ``capacity`` tokens it verified, so that a client's next request with the same token
    costs a dictionary lookup and an expiry check instead of an ES256 verification (about a
    tenth of a millisecond, on every request). Remembering is safe because a token's signature
    and claims never change and signing keys are never deleted (a rotated key keeps verifying
    until its tokens expire); the expiry is checked at every use, as ``verify_access_token``
    checks it. What a token may do still comes from its user's role, and whether its sign-in
    still stands, both read at every request (``auth.principal``)."""

    def __init__(
        self,
        keys: KeyRing,
        *,
        issuer: str,
        audience: str,
        capacity: int = 4096,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._capacity = capacity
        self._clock = clock
        self._verified: dict[str, AccessClaims] = {}

    async def verify(self, token: str) -> AccessClaims:
        claims = self._verified.get(token)
        if claims is not None:
            if int(self._clock()) - EXPIRY_LEEWAY <= claims.expires_at:
                return claims
            del self._verified[token]
            raise _expired()
        claims = await verify_access_token(
            self._keys, token, issuer=self._issuer, audience=self._audience
        )
        if len(self._verified) >= self._capacity:
            # Dictionaries keep insertion order: the oldest verification goes first.
            del self._verified[next(iter(self._verified))]
        self._verified[token] = claims
        return claims
