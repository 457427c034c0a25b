"""The async engine, SQLite durability settings, and the migration state of the database."""

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

import migrations
from core.db import WRITE_OPTION


def create_engine(database_url: str, *, pool_size: int = 20, create: bool = True) -> AsyncEngine:
    """``pool_size`` connections kept open, and up to half as many again opened for bursts and
    closed after use. Under load a request holds a connection for each of its short reads
    (its caller, its checks): with fewer kept open than requests in flight, connections were
    opened and closed all the time (on PostgreSQL, a connection and its statements prepared
    anew: bench/RESULTS.md). Without ``create``, a SQLite file that does not exist is an
    :class:`UnmigratedDatabaseError`, nothing created: for a command that needs a migrated
    database, a mistyped path would leave an empty file and its directories behind."""
    url = make_url(database_url)
    overflow = pool_size // 2
    if url.get_backend_name() == "sqlite":
        open_sqlite_file(database_url, create=create)
        engine = create_async_engine(
            url, connect_args={"timeout": 30}, pool_size=pool_size, max_overflow=overflow
        )
        _configure_sqlite(engine)
        return engine
    # No pool_pre_ping: it costs a round trip on every checkout (three per comment submission).
    # A connection the server dropped fails its first statement instead; SQLAlchemy recognises
    # the disconnect and invalidates the pool, so a database restart costs the requests in
    # flight (each answered with an error, which a client retries), not every later one.
    return create_async_engine(url, pool_size=pool_size, max_overflow=overflow)


class DatabaseFileError(OSError):
    """A SQLite database path that cannot hold a database (a directory, an unwritable place)."""


def open_sqlite_file(database_url: str, *, create: bool = True) -> None:
    """Creates a SQLite file database's directory (``make run``'s ``./var/plenary.db`` needs
    one) and opens the file once, synchronously. A path that cannot be a database then fails
    here, in one line; the async driver failed from its own thread, which printed a traceback
    once the command's event loop had closed. Other databases: nothing to do."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if not create and not path.exists():
        raise UnmigratedDatabaseError(
            f"The database {described_database(database_url)} does not exist. Run "
            "`plenary db upgrade` (or set PLENARY_AUTO_MIGRATE=1) and start again."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a directory, not a SQLite database file")
    try:
        sqlite3.connect(path).close()
    except sqlite3.Error as exc:
        raise DatabaseFileError(f"cannot open the SQLite database {path}: {exc}") from exc


def _configure_sqlite(engine: AsyncEngine) -> None:
    @sa.event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so that writers can BEGIN IMMEDIATE: two
        # deferred transactions that both read and then write would deadlock into SQLITE_BUSY.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # FULL: a comment acknowledged with 201 survives power loss and kill -9.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @sa.event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(next(iter(migrations.__path__)))))
    config.set_main_option("sqlalchemy.url", database_url)
    return config


def head_revision(database_url: str) -> str | None:
    return ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


async def upgrade(database_url: str) -> None:
    """Applies every pending migration. Alembic's env.py runs its own event loop, so it goes to
    a thread when called from async code."""
    open_sqlite_file(database_url)
    await asyncio.to_thread(command.upgrade, alembic_config(database_url), "head")


class UnmigratedDatabaseError(RuntimeError):
    pass


async def ensure_migrated(engine: AsyncEngine, database_url: str, *, auto_migrate: bool) -> None:
    head = head_revision(database_url)
    current = await current_revision(engine)
    if current == head:
        return
    if auto_migrate:
        await upgrade(database_url)
        return
    raise UnmigratedDatabaseError(
        f"The database {described_database(database_url)} is at migration "
        f"{current or 'none'}, this release needs {head}. Run `plenary db upgrade` (or set "
        "PLENARY_AUTO_MIGRATE=1) and start again."
    )


def described_database(database_url: str) -> str:
    """The URL without its password, and for a SQLite file given by a relative path the file
    itself: a command run from another directory than the server's opens (and creates) another
    file, which `plenary db upgrade` would migrate instead of finding the right one."""
    url = make_url(database_url)
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return shown
    path = Path(url.database)
    if path.is_absolute():
        return shown
    return f"{shown} (the file {path.resolve()}, relative to the current directory)"
