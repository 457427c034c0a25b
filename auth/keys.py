"""Signing keys for access tokens and receipts, kept in the database.

The first start generates an ES256 key; every worker reads the same keys, so tokens signed by one
worker verify on another and after restarts. Rotation retires the active key: it stops signing
but stays in the JWKS, so the tokens and receipts it signed keep verifying.
"""

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from joserfc.jwk import ECKey, Key, KeySet
from sqlalchemy.ext.asyncio import AsyncEngine

from auth.models import SigningKey
from core.clock import utcnow
from core.db import table_of

ALGORITHM = "ES256"
_RELOAD_SECONDS = 300.0


def generate_key() -> SigningKey:
    key = ECKey.generate_key("P-256", parameters={"use": "sig", "alg": ALGORITHM}, private=True)
    kid = key.thumbprint()
    return SigningKey(
        kid=kid,
        algorithm=ALGORITHM,
        private_jwk={**key.as_dict(private=True), "kid": kid},
        public_jwk={**key.as_dict(private=False), "kid": kid},
    )


@dataclass(frozen=True, slots=True)
class _Loaded:
    active: ECKey
    all_keys: KeySet
    public: list[dict[str, Any]]
    loaded_at: float


class KeyRing:
    """Every worker's view of the signing keys, refreshed from the database now and then and
    whenever a token names a key it has not seen."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._loaded: _Loaded | None = None

    async def _load(self) -> _Loaded:
        table = table_of(SigningKey)
        async with self._engine.begin() as connection:
            rows: Sequence[sa.Row[Any]] = (
                await connection.execute(sa.select(table).order_by(table.c.created_at))
            ).all()
            if not any(row.retired_at is None for row in rows):
                fresh = generate_key()
                await connection.execute(
                    sa.insert(table).values(
                        kid=fresh.kid,
                        algorithm=fresh.algorithm,
                        private_jwk=fresh.private_jwk,
                        public_jwk=fresh.public_jwk,
                        created_at=fresh.created_at,
                    )
                )
                rows = (
                    await connection.execute(sa.select(table).order_by(table.c.created_at))
                ).all()
        ec_keys = {row.kid: ECKey.import_key(row.private_jwk) for row in rows}
        active_row = [row for row in rows if row.retired_at is None][-1]
        all_keys: list[Key] = list(ec_keys.values())
        loaded = _Loaded(
            active=ec_keys[active_row.kid],
            all_keys=KeySet(all_keys),
            public=[dict(row.public_jwk) for row in rows],
            loaded_at=time.monotonic(),
        )
        self._loaded = loaded
        return loaded

    async def current(self) -> _Loaded:
        loaded = self._loaded
        if loaded is None or time.monotonic() - loaded.loaded_at > _RELOAD_SECONDS:
            loaded = await self._load()
        return loaded

    async def signing_key(self) -> ECKey:
        """The key active in the database now: a rotation by another process (``plenary keys
        rotate``) takes effect at the next token, not after the reload interval."""
        return (await self._load()).active

    async def verification_keys(self, kid: str | None) -> KeySet:
        loaded = await self.current()
        if kid is not None and all(k.kid != kid for k in loaded.all_keys.keys):
            loaded = await self._load()
        return loaded.all_keys

    async def jwks(self) -> dict[str, Any]:
        return {"keys": (await self.current()).public}

    async def rotate(self) -> str:
        """Retires the active key and creates its successor; returns the new key id."""
        table = table_of(SigningKey)
        fresh = generate_key()
        async with self._engine.begin() as connection:
            await connection.execute(
                sa.update(table).where(table.c.retired_at.is_(None)).values(retired_at=utcnow())
            )
            await connection.execute(
                sa.insert(table).values(
                    kid=fresh.kid,
                    algorithm=fresh.algorithm,
                    private_jwk=fresh.private_jwk,
                    public_jwk=fresh.public_jwk,
                    created_at=fresh.created_at,
                )
            )
        await self._load()
        return fresh.kid
