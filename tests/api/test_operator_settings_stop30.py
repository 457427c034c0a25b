"""What an operator meets on the command line: settings refused at startup in one line (a log
level that is none, insecure values in production), options that do not go together, paths that
cannot be read, and the progress lines of commands that are refused."""

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.settings import Settings, get_settings


def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], *args: str) -> Result:
    """Runs a command on a database of its own, with the settings read afresh."""
    monkeypatch.setenv("PLENARY_DATABASE_URL", f"sqlite:///{tmp_path / 'plenary.db'}")
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        get_settings.cache_clear()


def error_line(result: Result, exit_code: int) -> str:
    assert result.exit_code == exit_code, result.output
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith("Error: "), line
    return line


@pytest.mark.parametrize("command", [["db", "upgrade"], ["demo"], ["serve", "--port", "8999"]])
def test_a_log_level_that_is_none_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: list[str]
) -> None:
    result = run(monkeypatch, tmp_path, {"PLENARY_LOG_LEVEL": "LOUD"}, *command)
    line = error_line(result, 1)
    assert line.startswith("Error: PLENARY_LOG_LEVEL must be a logging level"), line
    assert not (tmp_path / "plenary.db").exists()


@pytest.mark.parametrize("name", ["debug", "Warning", "ERROR", "critical", "info"])
def test_the_usual_log_level_names_are_read_in_any_case(name: str) -> None:
    assert Settings(log_level=name).log_level == name.upper()
