"""The command line's expected failures, apart from ``api.cli`` so that its subcommands'
modules can raise them while ``api.cli`` imports those modules."""

from collections.abc import Iterator
from contextlib import contextmanager

import click

from core.errors import DomainError


class CommandError(click.ClickException):
    """An expected failure: one line on stderr, exit status 1, no stack trace."""


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


@contextmanager
def invocation_checks() -> Iterator[None]:
    """Checks of the values a command was given, made before it reads a file or the database:
    a failure here is a wrong invocation, exit status 2 like click's own usage errors, where
    what fails once the command runs (a lookup, a file, the database) is exit status 1."""
    try:
        yield
    except DomainError as exc:
        raise click.UsageError(domain_error_line(exc)) from exc
