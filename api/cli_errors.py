"""The command line's expected failures, apart from ``api.cli`` so that its subcommands'
modules can raise them while ``api.cli`` imports those modules."""

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
