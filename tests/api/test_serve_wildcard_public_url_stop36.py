"""`plenary serve` on a wildcard address in production, without PLENARY_PUBLIC_URL, warns that it
advertises the loopback address: remote clients would be told an issuer and endpoints on
127.0.0.1. The command runs for real, up to the database it does not find."""

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.settings import get_settings


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port


def _serve(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], host: str
) -> Result:
    monkeypatch.setenv("PLENARY_DATABASE_URL", f"sqlite:///{tmp_path / 'missing.db'}")
    # Set, then removed: serve writes the address it serves into os.environ, and monkeypatch
    # restores only what it has seen.
    monkeypatch.setenv("PLENARY_PUBLIC_URL", "http://127.0.0.1:8000")
    monkeypatch.delenv("PLENARY_PUBLIC_URL")
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(main, ["serve", "--host", host, "--port", str(_free_port())])
    finally:
        get_settings.cache_clear()


def _warnings(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])  # noqa: S104 (the case under test)
def test_a_wildcard_host_without_public_url_is_warned_of_in_production(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, host: str
) -> None:
    if host == "::" and not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    result = _serve(monkeypatch, tmp_path, {"PLENARY_ENVIRONMENT": "production"}, host)
    warnings = _warnings(result)
    assert len(warnings) == 1, result.stderr
    assert "PLENARY_PUBLIC_URL is unset" in warnings[0]
    assert "does not exist" in result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"PLENARY_ENVIRONMENT": "development"},
        {"PLENARY_ENVIRONMENT": "production", "PLENARY_PUBLIC_URL": "https://plenary.example.org"},
    ],
)
def test_no_warning_outside_production_or_with_a_public_url(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str]
) -> None:
    result = _serve(monkeypatch, tmp_path, env, "0.0.0.0")  # noqa: S104 (the case under test)
    assert _warnings(result) == [], result.stderr
    assert "does not exist" in result.stderr
