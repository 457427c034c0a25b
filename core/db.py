"""Portable column types, the metadata naming convention, writers' turns and bulk inserts.

The same models and migrations run on SQLite (embedded default) and PostgreSQL (production).
"""

import asyncio
import json
import weakref
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager, nullcontext
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel import SQLModel

from core.clock import to_utc
from core.errors import ServiceUnavailable

# An execution option for writing transactions (units of work, short_write): on SQLite, a
# transaction that will write takes the write lock at BEGIN (BEGIN IMMEDIATE). A deferred
# transaction upgrading to a writer can fail at once with SQLITE_BUSY under load, where an
# immediate one waits its turn.
WRITE_OPTION = "plenary_write"

WRITER_TURN_TIMEOUT = 30.0

# The largest value of PostgreSQL's ``integer``, the type of the stored positions and numbers
# (version numbers, ordinals, sequence numbers): a larger one coming from a client is refused as
# invalid before any query, instead of failing in the database.
LARGEST_INTEGER = 2**31 - 1

_WRITER_TURNS: weakref.WeakKeyDictionary[
    sa.Engine, weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
] = weakref.WeakKeyDictionary()


@asynccontextmanager
async def writer_turn(engine: sa.Engine) -> AsyncIterator[None]:
    """This process's writing units of work take turns, first come first served.

    On SQLite there is one writer at a time anyway, and waiting in SQLite's busy handler is
    unfair (it sleeps and polls with a growing back-off, so a late writer often overtakes early
    ones) and leaves the database idle between a commit and the next poll. On PostgreSQL every
    unit of work that changes something appends to the one audit chain, whose lock it holds
    until it commits, so units of work are serial from there on; queueing here first keeps the
    waiting ones from holding connections. Measured at 32 concurrent submissions: the 99th
    percentile fell from 2.3 s to 0.5 s on SQLite and from 2.5 s to 1.1 s on PostgreSQL, at
    the same throughput (bench/RESULTS.md). Writers of other processes still meet in the
    database. One lock per engine and event loop (an asyncio lock belongs to one loop). A
    writer that does not get its turn within ``WRITER_TURN_TIMEOUT`` seconds (SQLite's busy
    timeout, where writers waited before) gets a 503 with Retry-After: a wait never turns into
    a hang."""
    turns = _WRITER_TURNS.setdefault(engine, weakref.WeakKeyDictionary())
    loop = asyncio.get_running_loop()
    turn = turns.get(loop)
    if turn is None:
        turn = turns[loop] = asyncio.Lock()
    try:
        async with asyncio.timeout(WRITER_TURN_TIMEOUT):
            await turn.acquire()
    except TimeoutError:
        raise ServiceUnavailable(
            "The service is too busy to take this change now; retry shortly.", retry_after=1
        ) from None
    try:
        yield
    finally:
        turn.release()


@asynccontextmanager
async def short_write(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A short writing transaction of its own outside a unit of work (an Idempotency-Key claim,
    a rate-limit counter), committed on leaving. On SQLite, with its single writer, it takes
    its :func:`writer_turn` like a unit of work and BEGINs IMMEDIATE; elsewhere such writes
    run side by side."""
    turn = writer_turn(engine.sync_engine) if engine.dialect.name == "sqlite" else nullcontext()
    async with turn, engine.connect() as connection:
        writing = await connection.execution_options(**{WRITE_OPTION: True})
        async with writing.begin():
            yield writing


def one_of(column: sa.ColumnElement[Any], name: str, dialect: str) -> sa.ColumnElement[bool]:
    """``column`` in the list given as parameter ``name``. On PostgreSQL that is one array
    parameter (``= ANY($1)``), so the statement's text, and with it asyncpg's prepared
    statement and PostgreSQL's plan, is the same whatever the list's length; an expanding IN
    renders one placeholder per element, a new statement to prepare for every new length.
    Elsewhere an expanding IN."""
    if dialect == "postgresql":
        return column == sa.any_(sa.bindparam(name, type_=ARRAY(column.type)))
    return column.in_(sa.bindparam(name, expanding=True))


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
# For JSON kept to be given back as it was written: PostgreSQL's ``json`` keeps the text (member
# order included), where ``jsonb`` reorders members by length and name.
VerbatimJSONType: sa.types.TypeEngine[Any] = sa.JSON()


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a model, for the hot paths that use SQLAlchemy Core."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table


class BulkInsert:
    """Inserts many rows of ``table`` that share the values of the ``shared`` columns and differ
    in the ``listed`` ones.

    On PostgreSQL one statement whose parameters are one array per listed column (``unnest``):
    asyncpg's executemany sends the insert, and PostgreSQL runs it, once per row (the 9,000
    paragraphs of a 150-page text; bench/RESULTS.md, "Writing the rows"). The ``json_columns``
    travel as arrays of JSON texts, each distinct value serialised once (so their values must be
    hashable: tuples for JSON arrays; an array of lists would be read as a two-dimensional
    array). Elsewhere an executemany, which SQLite runs in process. Campaign detection's band
    keys (``moderation.campaigns``) go in the same way."""

    def __init__(
        self,
        table: sa.Table,
        shared: Sequence[str],
        listed: Sequence[str],
        *,
        json_columns: Sequence[str] = (),
    ) -> None:
        self._table = table
        self._listed = tuple(listed)
        self._json = tuple(json_columns)

        def element_type(name: str) -> sa.types.TypeEngine[Any]:
            return sa.Text() if name in self._json else table.c[name].type

        rows = (
            sa.func.unnest(
                *(sa.bindparam(name, type_=ARRAY(element_type(name))) for name in listed)
            )
            .table_valued(*listed)
            .render_derived(name="new_rows")
        )
        self._unnest = sa.insert(table).from_select(
            [*shared, *listed],
            sa.select(
                *(sa.bindparam(name, type_=table.c[name].type) for name in shared),
                *(
                    sa.cast(rows.c[name], JSONB) if name in self._json else rows.c[name]
                    for name in listed
                ),
            ),
        )

    async def __call__(
        self,
        connection: AsyncConnection,
        shared: Mapping[str, Any],
        rows: Sequence[Mapping[str, Any]],
    ) -> None:
        if not rows:
            return
        if connection.dialect.name != "postgresql":
            await connection.execute(sa.insert(self._table), [{**shared, **row} for row in rows])
            return
        columns = {name: [row[name] for row in rows] for name in self._listed}
        for name in self._json:
            columns[name] = _json_texts(columns[name])
        await connection.execute(self._unnest, {**shared, **columns})


def _json_texts(values: Iterable[Any]) -> list[str]:
    texts: dict[Any, str] = {}
    return [texts.get(value) or texts.setdefault(value, json.dumps(value)) for value in values]
