"""The `plenary` command line for operators and scripts."""

import asyncio
import sys
from pathlib import Path

import click

from api.settings import get_settings


class CommandError(click.ClickException):
    """An expected failure: one line on stderr, exit status 1, no stack trace."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Plenary: multi-stakeholder consultations on draft texts."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8000, show_default=True, type=int, help="TCP port.")
@click.option("--workers", default=1, show_default=True, type=int, help="Worker processes.")
def serve(host: str, port: int, workers: int) -> None:
    """Run the API."""
    import uvicorn

    settings = get_settings()
    if workers > 1 and settings.is_sqlite:
        click.echo(
            "note: several workers on SQLite share one file; writes are serialised. "
            "Use PostgreSQL for real concurrency.",
            err=True,
        )
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        proxy_headers=True,
    )


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply every pending migration to PLENARY_DATABASE_URL."""
    from api.db import upgrade

    url = get_settings().database_url
    try:
        asyncio.run(upgrade(url))
    except Exception as exc:
        raise CommandError(f"migration failed: {exc}") from exc
    click.echo("database is at the latest migration")


@main.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write (default: openapi/openapi.json in the source tree).",
)
@click.option("--check", is_flag=True, help="Exit 1 when the file differs from the app.")
def openapi(output: Path | None, check: bool) -> None:
    """Regenerate openapi/openapi.json."""
    from api.app import create_app
    from api.openapi import OPENAPI_PATH, render_openapi, write_openapi

    app = create_app()
    target = output or OPENAPI_PATH
    if check:
        if not target.exists() or target.read_bytes() != render_openapi(app):
            raise CommandError(f"{target} is out of date: run `plenary openapi`")
        click.echo(f"{target} is up to date")
        return
    click.echo(str(write_openapi(app, target)))


from api.cli_identity import clients_group, keys, users  # noqa: E402  (needs CommandError)

main.add_command(users)
main.add_command(clients_group)
main.add_command(keys)

from api.cli_documents import documents_group  # noqa: E402  (needs CommandError)

main.add_command(documents_group)

from api.cli_export import export  # noqa: E402  (needs CommandError)

main.add_command(export)

from api.cli_demo import demo  # noqa: E402  (needs CommandError)

main.add_command(demo)

if __name__ == "__main__":
    sys.exit(main())
