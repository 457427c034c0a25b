"""`plenary users`, `plenary clients` and `plenary keys`: bootstrap accounts, register client
applications and rotate signing keys.

Each command runs one unit of work like an HTTP request does: domain events reach the audit
chain in the same transaction. Output is one JSON object on stdout; an expected failure is one
line on stderr, exit status 2 for a wrong value and 1 for the rest (see ``api.cli_errors``).
"""

import asyncio
import json
import re
import sys
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import click
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli_errors import CommandError, Id, domain_error_line, first_line, invocation_checks
from api.db import UnmigratedDatabaseError, create_engine, ensure_migrated
from api.settings import Settings
from api.unit_of_work import command_unit_of_work
from auth import accounts, clients
from auth.keys import KeyRing
from auth.schemas import ClientCreate, Credentials, UserCreate, checked_email
from auth.tokens import SCOPES
from core.errors import DomainError

T = TypeVar("T")


def _settings() -> Settings:
    # Read afresh, not through the process-wide cache, so PLENARY_* set by a caller count.
    return Settings()


def _run(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async def runner() -> T:
        async with command_unit_of_work(_settings()) as session:
            return await work(session)

    try:
        return asyncio.run(runner())
    except DomainError as exc:
        raise CommandError(domain_error_line(exc)) from exc
    except UnmigratedDatabaseError as exc:
        raise CommandError(str(exc)) from exc
    except (OSError, SQLAlchemyError) as exc:
        raise CommandError(f"database error: {first_line(exc)}") from exc


def _echo_json(value: dict[str, Any]) -> None:
    click.echo(json.dumps(value, ensure_ascii=False))


# Visible ASCII, and no longer than the column: registration prints 24 URL-safe characters.
_CLIENT_ID = re.compile(r"[\x21-\x7e]{1,64}")


def _email_address(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """An address that cannot be one is a usage error, as for `users create`; a well-formed one
    that names no account fails at the lookup."""
    try:
        return checked_email(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx, param) from exc


def _client_id(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A value that cannot be a client id is a usage error; a well-formed one that names no
    client fails at the lookup."""
    if not _CLIENT_ID.fullmatch(value):
        raise click.BadParameter(f"{value!r} is not a client id", ctx, param)
    return value


# Declared, not decorated: api/cli.py imports these back, and mypy needs their types up front.
users: click.Group = click.Group("users", help="Accounts: bootstrap admins and the secretariat.")


@users.command("create")
@click.option("--email", required=True, help="E-mail address (the sign-in name).")
@click.option("--password", required=True, help="At least 10 characters, not the address.")
@click.option(
    "--role",
    type=click.Choice(["admin", "secretariat", "registered"]),
    default="registered",
    show_default=True,
    help="Platform role.",
)
@click.option("--name", default=None, help="Display name (default: the part before @).")
def users_create(email: str, password: str, role: str, name: str | None) -> None:
    """Create an account; prints {id, email, role}."""
    with invocation_checks():
        data = UserCreate(
            email=email, password=password, display_name=name or email.split("@", 1)[0]
        )

    async def work(session: AsyncSession) -> dict[str, Any]:
        user = await accounts.register(session, data, role=role)
        return {"id": str(user.id), "email": user.email, "role": user.role}

    _echo_json(_run(work))


@users.command("set-role")
@click.option(
    "--email", required=True, callback=_email_address, help="The account's e-mail address."
)
@click.option("--role", type=click.Choice(["admin", "secretariat", "registered"]), required=True)
def users_set_role(email: str, role: str) -> None:
    """Grant or withdraw a platform role; prints {id, email, role}. The last admin keeps the
    role: appoint another admin first."""

    async def work(session: AsyncSession) -> dict[str, Any]:
        user = await accounts.set_role_by_email(session, email, role)
        return {"id": str(user.id), "email": user.email, "role": user.role}

    _echo_json(_run(work))


def _password_from_stdin() -> str:
    """The new password as two matching lines of standard input. Read directly, not through
    getpass: getpass asks the controlling terminal whatever stdin is, so a piped password would
    wait for typing there, and without a terminal it warns that the input may be echoed."""
    first, second = (sys.stdin.readline(), sys.stdin.readline())
    if not second:
        raise click.UsageError(
            "standard input must hold the new password on two lines, the second repeating it"
        )
    if first.rstrip("\r\n") != second.rstrip("\r\n"):
        raise click.UsageError("the two passwords on standard input do not match")
    return first.rstrip("\r\n")


@users.command("set-password")
@click.option(
    "--email", required=True, callback=_email_address, help="The account's e-mail address."
)
@click.option(
    "--password",
    default=None,
    help="At least 10 characters, not the address. Left out, it is asked for twice on the "
    "terminal, or read from standard input when that is no terminal: two lines, the password "
    "and the same again. This keeps it out of the shell history.",
)
def users_set_password(email: str, password: str | None) -> None:
    """Set an account's password and end all its sign-ins; prints {id, email,
    sign_ins_revoked}."""
    if password is None:
        if sys.stdin.isatty():
            password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
        else:
            password = _password_from_stdin()
    with invocation_checks():
        change = Credentials(email=email, password=password)

    async def work(session: AsyncSession) -> dict[str, Any]:
        user, revoked = await accounts.set_password_by_email(session, change)
        return {"id": str(user.id), "email": user.email, "sign_ins_revoked": revoked}

    _echo_json(_run(work))


clients_group: click.Group = click.Group("clients", help="OAuth 2 client applications.")


@clients_group.command("create")
@click.option("--name", required=True, help="The application's name, shown on sign-in.")
@click.option(
    "--redirect-uri",
    "redirect_uris",
    multiple=True,
    help="Registered redirect URI (repeat for several); exact match at sign-in, but any "
    "port for http://127.0.0.1 and http://[::1] (RFC 8252 7.3).",
)
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    type=click.Choice(SCOPES),
    help="Scope the client may request (repeat; default: every scope its grants can carry).",
)
@click.option(
    "--organization",
    "organization_id",
    type=Id("an organization"),
    default=None,
    help="Bind to this organization id: adds the client_credentials grant.",
)
@click.option("--public", is_flag=True, help="A public client: no secret, PKCE only.")
def clients_create(
    name: str,
    redirect_uris: tuple[str, ...],
    scopes: tuple[str, ...],
    organization_id: uuid.UUID | None,
    public: bool,
) -> None:
    """Register a client; prints {client_id, client_secret} (no secret for --public)."""
    with invocation_checks():
        data = ClientCreate.model_validate(
            {
                "name": name,
                "redirect_uris": list(redirect_uris),
                "scopes": list(scopes) or None,
                "organization_id": None if organization_id is None else str(organization_id),
                "public": public,
            }
        )
        clients.registration_grants(data)

    async def work(session: AsyncSession) -> dict[str, Any]:
        client, secret = await clients.create_client(session, data, created_by=None)
        output: dict[str, Any] = {"client_id": client.client_id}
        if secret is not None:
            output["client_secret"] = secret
        return output

    _echo_json(_run(work))


@clients_group.command("delete")
@click.option(
    "--client-id", required=True, callback=_client_id, help="The client_id registration printed."
)
def clients_delete(client_id: str) -> None:
    """Delete a client and revoke every sign-in through it; prints {client_id,
    sign_ins_revoked}. Its secret and its tokens stop working (a leaked secret is stopped this
    way: register a new client)."""

    async def work(session: AsyncSession) -> dict[str, Any]:
        revoked = await clients.delete_client(session, client_id, deleted_by=None)
        return {"client_id": client_id, "sign_ins_revoked": revoked}

    _echo_json(_run(work))


keys: click.Group = click.Group("keys", help="Signing keys of access tokens and receipts.")


@keys.command("rotate")
def keys_rotate() -> None:
    """Sign with the key already waiting in the JWKS and publish a new waiting key; prints
    {kid} of the key that signs now.

    Tokens and receipts signed with retired keys keep verifying (the keys stay in the JWKS)."""

    async def rotate() -> str:
        settings = _settings()
        engine = create_engine(settings.database_url, pool_size=1, create=settings.auto_migrate)
        try:
            await ensure_migrated(engine, settings.database_url, auto_migrate=settings.auto_migrate)
            return await KeyRing(engine).rotate()
        finally:
            await engine.dispose()

    try:
        kid = asyncio.run(rotate())
    except UnmigratedDatabaseError as exc:
        raise CommandError(str(exc)) from exc
    except (OSError, SQLAlchemyError) as exc:
        raise CommandError(f"database error: {first_line(exc)}") from exc
    _echo_json({"kid": kid})
