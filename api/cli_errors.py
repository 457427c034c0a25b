"""The command line's expected failures, apart from ``api.cli`` so that its subcommands'
modules can raise them while ``api.cli`` imports those modules.

Exit status 2 says the command was called wrongly: a value that is wrong in itself, whatever
the files and the database hold (click's own checks, the request a command builds from its
options, the checks of a service that need no lookup, an id that cannot be one). Exit status 1
is for what goes wrong once it runs: a well-formed id or address that names nothing, a file that
cannot be read or holds nothing usable, a conflict, the database.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import click
from pydantic import ValidationError

from core.errors import DomainError
from core.ids import parse_id
from core.validation import located_errors


class CommandError(click.ClickException):
    """An expected failure: one line on stderr, exit status 1, no stack trace."""


def first_line(exc: BaseException) -> str:
    """An exception's message as one line: a driver's error adds lines of background."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def domain_error_line(exc: DomainError) -> str:
    """A domain error as one line: its detail, then the fields it names with what is wrong with
    each. A field whose message is the detail itself is named without repeating it: services
    often raise one field error whose message is the whole story."""
    parts = []
    for error in exc.errors:
        field = ".".join(str(part) for part in error.loc[1:])
        if error.msg != exc.detail:
            parts.append(f"{field}: {error.msg}" if field else error.msg)
        elif field:
            parts.append(field)
    details = "; ".join(parts)
    return f"{exc.detail}{' (' + details + ')' if details else ''}".replace("\n", " ")


def validation_line(exc: ValidationError) -> str:
    """A request's invalid fields, each with what is wrong with it, never the value given."""
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or 'input'}: {error['msg']}"
        for error in located_errors(exc.errors())
    )


@contextmanager
def invocation_checks() -> Iterator[None]:
    """Checks of the values a command was given, made before it looks anything up: a failure
    here is a wrong invocation (exit status 2). Settings are read outside: a setting that cannot
    be read is not a wrong invocation."""
    try:
        yield
    except ValidationError as exc:
        raise click.UsageError(validation_line(exc)) from exc
    except DomainError as exc:
        raise click.UsageError(domain_error_line(exc)) from exc


class Id(click.ParamType[uuid.UUID]):
    """An argument or option naming a record by id: a value that cannot be an id is a usage
    error, where a well-formed one that names nothing fails at the lookup."""

    name = "id"

    def __init__(self, what: str) -> None:
        self.what = what

    def convert(
        self, value: uuid.UUID | str, param: click.Parameter | None, ctx: click.Context | None
    ) -> uuid.UUID:
        if isinstance(value, uuid.UUID):
            return value
        parsed = parse_id(value)
        if parsed is None:
            self.fail(f"{value!r} is not {self.what} id", param, ctx)
        return parsed
