"""The command line's own failures: one line on stderr, a non-zero exit, no stack trace."""

import socket

import pytest
from click.testing import CliRunner

from api.cli import main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--port", "-5"], "Invalid value for '--port'"),
        (["serve", "--workers", "0"], "Invalid value for '--workers'"),
        (["no-such-command"], "No such command 'no-such-command'"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {message}")


def test_serve_on_a_busy_port_fails_in_one_line() -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: cannot listen on 127.0.0.1:{port}")


def test_help_still_exits_0() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--workers" in result.output
