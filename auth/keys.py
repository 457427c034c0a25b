"""Signing keys for access tokens and receipts, kept in the database.

Every worker reads the same keys, so tokens signed by one worker verify on another and after
restarts. Two keys are live: the older one signs, the newer one waits, already published in the
JWKS. Rotation retires the signing key (it stops signing but stays in the JWKS, so the tokens and
receipts it signed keep verifying), the waiting key signs from then on, and a new key is
published to wait for the next rotation. So a key is in the JWKS before anything is signed with
it: since the previous rotation, or since the first start. Verifiers and HTTP caches holding a
JWKS fetched since then already know it (the JWKS may be cached for ``JWKS_MAX_AGE`` seconds;
rotating less often than that keeps every cached copy current).
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
from core.db import short_write, table_of

ALGORITHM = "ES256"
_RELOAD_SECONDS = 300.0
# The signing key and the one waiting to succeed it.
_LIVE_KEYS = 2
JWKS_MAX_AGE = 300


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
    loaded_at: float


def _row_values(key: SigningKey) -> dict[str, Any]:
    return {
        "kid": key.kid,
        "algorithm": key.algorithm,
        "private_jwk": key.private_jwk,
        "public_jwk": key.public_jwk,
        "created_at": key.created_at,
    }


def _missing_keys(rows: Sequence[sa.Row[Any]]) -> int:
    """How many keys to create so that ``_LIVE_KEYS`` are live (not retired)."""
    return max(0, _LIVE_KEYS - sum(1 for row in rows if row.retired_at is None))


class KeyRing:
    """Every worker's view of the signing keys, refreshed from the database now and then and
    whenever a token names a key it has not seen."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._loaded: _Loaded | None = None

    async def _load(self) -> _Loaded:
        """Reads the keys, first making sure two are live (on a fresh database, or one from
        before keys waited their turn). Every worker orders them the same way, so all agree on
        the signing key even when two created keys at once."""
        table = table_of(SigningKey)
        oldest_first = sa.select(table).order_by(table.c.created_at, table.c.kid)
        async with self._engine.connect() as connection:
            rows: Sequence[sa.Row[Any]] = (await connection.execute(oldest_first)).all()
        if _missing_keys(rows):
            # A writing transaction from its start (BEGIN IMMEDIATE on SQLite) that reads again:
            # a read transaction turned writer fails at once ("database is locked") on SQLite
            # when another process (a CLI command, another worker) committed in between.
            async with short_write(self._engine) as connection:
                rows = (await connection.execute(oldest_first)).all()
                missing = _missing_keys(rows)
                if missing:
                    await connection.execute(
                        sa.insert(table), [_row_values(generate_key()) for _ in range(missing)]
                    )
                    rows = (await connection.execute(oldest_first)).all()
        ec_keys = {row.kid: ECKey.import_key(row.private_jwk) for row in rows}
        active_row = next(row for row in rows if row.retired_at is None)
        all_keys: list[Key] = list(ec_keys.values())
        loaded = _Loaded(
            active=ec_keys[active_row.kid],
            all_keys=KeySet(all_keys),
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
        """The key active in the database now, for access tokens and receipts alike: a rotation
        by another process (``plenary keys rotate``) takes effect at the next token or receipt,
        not after the reload interval. One read of the active key's id; the keys are loaded
        again only when it is not the one this worker signs with."""
        table = table_of(SigningKey)
        active_kid = (
            sa.select(table.c.kid)
            .where(table.c.retired_at.is_(None))
            .order_by(table.c.created_at, table.c.kid)
            .limit(1)
        )
        async with self._engine.connect() as connection:
            kid = (await connection.execute(active_kid)).scalar_one_or_none()
        loaded = self._loaded
        if loaded is None or kid is None or loaded.active.kid != kid:
            loaded = await self._load()
        return loaded.active

    async def verification_keys(self, kid: str | None) -> KeySet:
        loaded = await self.current()
        if kid is not None and all(k.kid != kid for k in loaded.all_keys.keys):
            loaded = await self._load()
        return loaded.all_keys

    async def jwks(self) -> dict[str, Any]:
        """Every key in the database now, not this worker's cached view: another process may
        have rotated since, and another worker may already sign with the key that rotation
        brought in. Only the public keys are read: nothing is created or parsed here."""
        table = table_of(SigningKey)
        oldest_first = sa.select(table.c.public_jwk).order_by(table.c.created_at, table.c.kid)
        async with self._engine.connect() as connection:
            public = (await connection.execute(oldest_first)).scalars().all()
        return {"keys": [dict(jwk) for jwk in public]}

    async def rotate(self) -> str:
        """Retires the signing key: the waiting key, already published, signs from now on, and
        a new one is published to wait. Returns the id of the key that signs now."""
        table = table_of(SigningKey)
        # Loading first makes sure a successor is waiting (a database from before keys waited
        # has none until a worker or this loads it).
        signing = (await self._load()).active
        async with self._engine.begin() as connection:
            await connection.execute(
                sa.update(table)
                .where(table.c.kid == signing.kid, table.c.retired_at.is_(None))
                .values(retired_at=utcnow())
            )
        return str((await self._load()).active.kid)
