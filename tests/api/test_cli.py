"""The command line's own failures (one line on stderr, a non-zero exit, no stack trace) and
the address `plenary serve` advertises."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from api.cli import main, served_url
from api.settings import Settings, get_settings


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


def test_the_module_runs_as_a_script() -> None:
    """``python -m api.cli`` loads the module a second time, as ``__main__``: its subcommands'
    modules must not import it back."""
    completed = subprocess.run(
        [sys.executable, "-m", "api.cli", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert completed.returncode == 0, completed.stderr
    assert "documents" in completed.stdout


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port


def test_serve_without_a_public_url_advertises_where_it_answers(database_url: str) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLENARY_")}
    env |= {"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"}
    plenary = Path(sys.executable).with_name("plenary")
    server = subprocess.Popen(  # noqa: S603  (our own command, fixed arguments)
        [plenary, "serve", "--host", "0.0.0.0", "--port", str(port)],  # noqa: S104
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        metadata = _metadata_once_up(f"http://127.0.0.1:{port}", server)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert metadata["issuer"] == f"http://127.0.0.1:{port}"
    assert metadata["token_endpoint"] == f"http://127.0.0.1:{port}/oauth/token"


def _metadata_once_up(base: str, server: subprocess.Popen[bytes]) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(server.stderr.read().decode() if server.stderr else "exited")
        try:
            response = httpx.get(f"{base}/.well-known/oauth-authorization-server", timeout=5)
        except httpx.TransportError:
            time.sleep(0.1)
            continue
        metadata: dict[str, object] = response.json()
        return metadata
    raise AssertionError("the server did not answer")


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("0.0.0.0", "http://127.0.0.1:8111"),  # noqa: S104
        ("::", "http://[::1]:8111"),
        ("::1", "http://[::1]:8111"),
        ("localhost", "http://localhost:8111"),
        ("192.0.2.7", "http://192.0.2.7:8111"),
    ],
)
def test_the_served_url_names_a_wildcard_address_by_the_loopback(host: str, url: str) -> None:
    assert served_url(host, 8111) == url


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("PLENARY_DATABASE_URL", "mysql://user@host/db", "must be a PostgreSQL or SQLite URL"),
        ("PLENARY_ACCESS_TOKEN_TTL", "soon", "valid integer"),
        ("PLENARY_RATE_LIMIT_TOKEN", "plenty", "must be requests/seconds"),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, message: str
) -> None:
    monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["db", "upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {variable} ")
    assert message in line


@pytest.mark.parametrize(
    ("given", "used"),
    [
        (
            "postgresql://postgres@127.0.0.1/plenary",
            "postgresql+asyncpg://postgres@127.0.0.1/plenary",
        ),
        (
            "postgres://postgres@127.0.0.1/plenary",
            "postgresql+asyncpg://postgres@127.0.0.1/plenary",
        ),
        ("sqlite:///./var/plenary.db", "sqlite+aiosqlite:///./var/plenary.db"),
        ("postgresql+asyncpg://postgres@db/p", "postgresql+asyncpg://postgres@db/p"),
    ],
)
def test_a_database_url_without_a_driver_gets_the_async_one(given: str, used: str) -> None:
    assert Settings(database_url=given).database_url == used
