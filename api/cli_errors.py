"""The command line's expected failures, apart from ``api.cli`` so that its subcommands'
modules can raise them while ``api.cli`` imports those modules."""

import click


class CommandError(click.ClickException):
    """An expected failure: one line on stderr, exit status 1, no stack trace."""
