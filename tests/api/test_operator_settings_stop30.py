"""What an operator meets on the command line: settings refused at startup in one line (a log
level that is none), insecure values warned of in production, options that do not go together,
paths that cannot be read, and the progress lines of commands that are refused."""

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.demo import DEMO_SLUG
from api.settings import Settings, get_settings
from api.state import AppState
from tests.factories import make_consultation


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


@pytest.mark.parametrize(
    ("variable", "value", "warning"),
    [
        (
            "PLENARY_PUBLIC_URL",
            "http://plenary.example.org",
            "PLENARY_PUBLIC_URL http://plenary.example.org is plain http: tokens, codes and "
            "passwords travel in clear text",
        ),
        ("PLENARY_RATE_LIMITS", "off", "PLENARY_RATE_LIMITS is off"),
        (
            "PLENARY_CORS_ORIGINS",
            "https://portal.example.org, *",
            "PLENARY_CORS_ORIGINS allows every origin ('*')",
        ),
    ],
)
def test_production_warns_of_insecure_settings(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, warning: str
) -> None:
    monkeypatch.setenv("PLENARY_PUBLIC_URL", "https://plenary.example.org")
    monkeypatch.setenv("PLENARY_ENVIRONMENT", "production")
    monkeypatch.setenv(variable, value)
    assert Settings().production_warnings() == [warning]
    # Elsewhere the same values go unremarked: tests, acceptance runs, a demo on a laptop.
    monkeypatch.setenv("PLENARY_ENVIRONMENT", "development")
    assert Settings().production_warnings() == []


@pytest.mark.parametrize(
    "public_url",
    [
        "https://plenary.example.org",
        "http://127.0.0.1:8000",
        "http://localhost:8111",
        "http://[::1]:8000",
    ],
)
def test_production_accepts_https_and_loopback_urls(public_url: str) -> None:
    settings = Settings(
        environment="production",
        public_url=public_url,
        cors_origins="https://portal.example.org",  # type: ignore[arg-type]
    )
    assert settings.production_warnings() == []


class _Served:
    def __init__(self) -> None:
        self.options: dict[str, object] = {}

    def __call__(self, app: str, **options: object) -> None:
        self.options = options


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> _Served:
    """`plenary serve` up to the server it would start, which is recorded instead."""
    import uvicorn

    import api.cli

    recorder = _Served()
    # Unset, PLENARY_PUBLIC_URL becomes the address served (in os.environ, which every worker
    # reads again): unset here, it is unset again after the test.
    monkeypatch.delenv("PLENARY_PUBLIC_URL", raising=False)
    monkeypatch.setattr(uvicorn, "run", recorder)
    monkeypatch.setattr(api.cli, "_require_free", lambda host, port: None)
    monkeypatch.setattr(api.cli, "_require_database", lambda settings: None)
    return recorder


def test_serve_in_production_warns_of_a_plain_http_address_and_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, served: _Served
) -> None:
    env = {"PLENARY_ENVIRONMENT": "production"}
    result = run(monkeypatch, tmp_path, env, "serve", "--host", "192.0.2.7")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        "warning: PLENARY_PUBLIC_URL http://192.0.2.7:8000 is plain http"
    ), result.stderr
    assert served.options["host"] == "192.0.2.7"


def test_serve_gives_workers_time_to_import_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, served: _Served
) -> None:
    result = run(monkeypatch, tmp_path, {}, "serve", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert served.options["workers"] == 2
    timeout = served.options["timeout_worker_healthcheck"]
    assert isinstance(timeout, int)
    assert timeout >= 60


@pytest.mark.parametrize("unreadable", ["a directory", "a missing file", "an empty file"])
def test_a_draft_that_cannot_be_read_is_exit_status_1_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, unreadable: str
) -> None:
    path = tmp_path / "draft.txt"
    if unreadable == "a directory":
        path.mkdir()
    elif unreadable == "an empty file":
        path.write_text("")
    args = ("documents", "import", str(path), "--consultation", "gdc-review")
    line = error_line(run(monkeypatch, tmp_path, {}, *args), 1)
    assert str(path) in line


async def test_a_refused_demo_prints_its_error_alone(state: AppState) -> None:
    await make_consultation(state, slug=DEMO_SLUG)
    env = {"PLENARY_DATABASE_URL": state.settings.database_url, "PLENARY_ACCESS_LOG": "0"}
    result = await asyncio.to_thread(CliRunner().invoke, main, ["demo"], env=env)
    line = error_line(result, 1)
    assert "already holds the demo" in line
    assert not result.stdout
