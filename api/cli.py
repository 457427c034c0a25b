"""The `plenary` command line for operators and scripts."""

import asyncio
import functools
import logging
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from api.cli_demo import demo
from api.cli_documents import documents_group
from api.cli_errors import CommandError, first_line
from api.cli_export import export
from api.cli_identity import clients_group, keys, users
from api.settings import Settings, get_settings
from core.validation import located_errors

WORKER_HEALTHCHECK_SECONDS = 60


class _OneLineErrors(click.Group):
    """Usage errors (an unknown option, a bad value) as one line, like every other failure;
    click's own shows the usage and a hint around it. Exit status 2 still tells them apart."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        outcome_of = functools.partial(
            super().main, args, prog_name, complete_var, standalone_mode=False, **extra
        )
        if not standalone_mode:
            return outcome_of()
        try:
            outcome: Any = outcome_of()
        except click.UsageError as error:
            context = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
            click.echo(f"Error: {_usage_problem(error)}{context}", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        except ValidationError as error:
            if error.title != Settings.__name__:
                raise
            click.echo(f"Error: {_setting_problem(error)}", err=True)
            sys.exit(1)
        sys.exit(outcome if isinstance(outcome, int) else 0)


def _usage_problem(error: click.UsageError) -> str:
    """A usage error's message; for a group called without a command, its commands, where click
    would print the whole help as the message."""
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        group = error.ctx.command
        assert isinstance(group, click.Group)
        return f"missing command: {', '.join(group.list_commands(error.ctx))}"
    return error.format_message()


def _setting_problem(error: ValidationError) -> str:
    """The environment variables that are wrong, in one line."""
    return "; ".join(
        f"PLENARY_{str(problem['loc'][0]).upper()} {problem['msg']}"
        for problem in located_errors(error.errors())
    )


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Plenary: multi-stakeholder consultations on draft texts."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port."
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Worker processes."
)
def serve(host: str, port: int, workers: int) -> None:
    """Run the API."""
    from uvicorn.config import STARTUP_FAILURE

    settings = get_settings()
    public_url_unset = "public_url" not in settings.model_fields_set
    if public_url_unset:
        # The issuer and endpoints the server advertises must be where it answers. Set in the
        # environment, which every worker process reads afresh.
        os.environ["PLENARY_PUBLIC_URL"] = served_url(host, port)
        get_settings.cache_clear()
        settings = get_settings()
    warnings = settings.production_warnings()
    if public_url_unset and host in _WILDCARD_LOOPBACKS and settings.environment == "production":
        # The loopback address passes the plain-http check, yet remote clients cannot use it.
        warnings.insert(
            0,
            f"PLENARY_PUBLIC_URL is unset while serving on every interface ({host}): remote "
            f"clients are told {settings.public_url} as issuer and endpoints",
        )
    for warning in warnings:
        click.echo(f"warning: {warning} (PLENARY_ENVIRONMENT=production)", err=True)
    _require_free(host, port)
    _require_database(settings)
    if workers > 1 and settings.is_sqlite:
        click.echo(
            "note: several workers on SQLite share one file; writes are serialised. "
            "Use PostgreSQL for real concurrency.",
            err=True,
        )
    try:
        _run_uvicorn(host, port, workers, settings)
    except SystemExit as exc:
        # The app told why in one line (api.app.StartupFailed), and uvicorn that it stopped.
        if exc.code == STARTUP_FAILURE:
            sys.exit(1)
        raise


def _run_uvicorn(host: str, port: int, workers: int, settings: Settings) -> None:
    import uvicorn

    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        # uvicorn's own lines (startup, shutdown, worker supervision) obey the same level as
        # the app's.
        log_level=logging.getLevelNamesMapping()[settings.log_level],
        proxy_headers=True,
        # The supervisor pings each worker from its first moment, while it still imports and
        # builds the app: on a loaded machine that took 8 s, past uvicorn's 5, and it killed
        # workers that were only starting. A hung worker is now found after a minute instead.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
    )


# A server listening on every interface is reached from this machine through the loopback one.
_WILDCARD_LOOPBACKS = {"0.0.0.0": "127.0.0.1", "::": "::1"}  # noqa: S104  (names, no bind)


def served_url(host: str, port: int) -> str:
    """The URL a server listening on ``host``:``port`` answers at, seen from this machine: a
    wildcard address is reached through the loopback interface."""
    host = _WILDCARD_LOOPBACKS.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _require_free(host: str, port: int) -> None:
    """Fails in one line when the address cannot be listened on; uvicorn would log a page of
    startup lines before saying so."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.create_server((host, port), family=family):
            pass
    except OSError as exc:
        raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _require_database(settings: Settings) -> None:
    """Fails in one line when the database cannot be opened or is not migrated (migrating it
    first under PLENARY_AUTO_MIGRATE): each worker's startup would log a traceback instead.
    Migrating here, once, also keeps several workers from migrating at the same time."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from api.db import UnmigratedDatabaseError, create_engine, ensure_migrated

    async def check() -> None:
        # Without migrating, a missing SQLite file is a mistyped path or a forgotten upgrade:
        # creating it would leave an empty file behind the refusal.
        engine = create_engine(settings.database_url, pool_size=1, create=settings.auto_migrate)
        try:
            await ensure_migrated(engine, settings.database_url, auto_migrate=settings.auto_migrate)
        finally:
            await engine.dispose()

    try:
        asyncio.run(check())
    except UnmigratedDatabaseError as exc:
        raise CommandError(str(exc)) from None
    except (OSError, SQLAlchemyError) as exc:
        shown = make_url(settings.database_url).render_as_string(hide_password=True)
        raise CommandError(f"cannot use the database {shown}: {first_line(exc)}") from None


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply every pending migration to PLENARY_DATABASE_URL."""
    from api.db import create_engine, current_revision, described_database, head_revision, upgrade

    url = get_settings().database_url

    async def migrate() -> str | None:
        engine = create_engine(url, pool_size=1)
        try:
            before = await current_revision(engine)
        finally:
            await engine.dispose()
        await upgrade(url)
        return before

    try:
        before = asyncio.run(migrate())
    except Exception as exc:
        raise CommandError(f"migration failed: {first_line(exc)}") from exc
    head = head_revision(url)
    if before == head:
        click.echo(f"database was already at the latest migration ({head}); nothing to apply")
    elif before is None:
        # A mistyped path or another working directory gives a new, empty database: naming it
        # shows which one was created and migrated.
        click.echo(
            f"database migrated from empty to the latest migration ({head}): "
            f"{described_database(url)}"
        )
    else:
        click.echo(f"database migrated from {before} to the latest migration ({head})")


@main.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=None,
    help="Where to write (default: openapi/openapi.json in the source tree); - for stdout. "
    "A missing directory is refused, not created.",
)
@click.option("--check", is_flag=True, help="Exit 1 when the file differs from the app.")
def openapi(output: Path | None, check: bool) -> None:
    """Regenerate openapi/openapi.json."""
    from api.app import create_app
    from api.openapi import OPENAPI_PATH, render_openapi, write_openapi

    to_stdout = str(output) == "-"
    if check and to_stdout:
        raise click.UsageError("--check compares a file with the app: give its path, not -")
    target = output or OPENAPI_PATH
    if not to_stdout and not target.parent.is_dir():
        raise CommandError(f"{target.parent} is not a directory")
    app = create_app()
    if to_stdout:
        sys.stdout.buffer.write(render_openapi(app))
        sys.stdout.buffer.flush()
        return
    try:
        if check:
            if not target.exists() or target.read_bytes() != render_openapi(app):
                raise CommandError(f"{target} is out of date: run `plenary openapi`")
            click.echo(f"{target} is up to date")
            return
        written = write_openapi(app, target)
    except OSError as exc:
        verb = "read" if check else "write"
        raise CommandError(f"cannot {verb} {target}: {exc.strerror or exc}") from exc
    click.echo(str(written))


for command in (users, clients_group, keys, documents_group, export, demo):
    main.add_command(command)

if __name__ == "__main__":
    sys.exit(main())
