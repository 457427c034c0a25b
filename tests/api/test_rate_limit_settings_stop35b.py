"""A rate limit is written requests/seconds, both whole numbers above 0, as the README says: a
bare number is refused at startup rather than read as per minute, so an operator who meant 10 per
second does not silently get 10 per minute."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from api.settings import Settings, get_settings
from core.ratelimit import Limit

RATE_LIMIT_SETTINGS = [
    "PLENARY_RATE_LIMIT_TOKEN",
    "PLENARY_RATE_LIMIT_LOGIN",
    "PLENARY_RATE_LIMIT_LOGIN_ACCOUNT",
    "PLENARY_RATE_LIMIT_LOGIN_IP",
    "PLENARY_RATE_LIMIT_REGISTRATION",
    "PLENARY_RATE_LIMIT_SUBMISSION",
]


@pytest.mark.parametrize(
    "value", ["10", "10/", "/60", "10/0", "0/60", "+10/60", "10/-60", "1_0/60", "10/60s", "10/6/0"]
)
@pytest.mark.parametrize("variable", RATE_LIMIT_SETTINGS)
def test_a_rate_limit_that_is_not_requests_per_seconds_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str
) -> None:
    database = tmp_path / "plenary.db"
    monkeypatch.setenv("PLENARY_DATABASE_URL", f"sqlite:///{database}")
    monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["db", "upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line == f"Error: {variable} must be requests/seconds, like '10/60'"
    assert not database.exists()


@pytest.mark.parametrize(
    ("value", "limit"), [("10/1", Limit(10, 1)), (" 5 / 3600 ", Limit(5, 3600))]
)
def test_requests_per_seconds_is_read_as_written(value: str, limit: Limit) -> None:
    settings = Settings(rate_limit_token=value)
    assert Limit.parse(settings.rate_limit_token) == limit
