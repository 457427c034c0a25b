"""Portable column types and the metadata naming convention.

The same models and migrations run on SQLite (embedded default) and PostgreSQL (production).
"""

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlmodel import SQLModel

from core.clock import to_utc

# An execution option for the unit of work: on SQLite, a transaction that will write takes the
# write lock at BEGIN (BEGIN IMMEDIATE). A deferred transaction upgrading to a writer can fail
# at once with SQLITE_BUSY under load, where an immediate one waits its turn.
WRITE_OPTION = "plenary_write"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Stores UTC and always hands back timezone-aware UTC datetimes, on both databases.

    SQLite has no time zone type and would otherwise return naive datetimes.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = to_utc(value)
        if dialect.name == "sqlite":
            return utc.replace(tzinfo=None)
        return utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return to_utc(value)


JSONType: sa.types.TypeEngine[Any] = sa.JSON().with_variant(JSONB(), "postgresql")


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a model, for the hot paths that use SQLAlchemy Core."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table
