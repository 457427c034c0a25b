"""Durations, sizes and counts are read as positive numbers: a token that expires before it is
issued, a pool of no connections or a comment hidden by no flag at all is a setting mistyped,
refused at startup in one line like any setting that cannot be read."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from api.settings import get_settings

POSITIVE_SETTINGS = [
    "PLENARY_ACCESS_TOKEN_TTL",
    "PLENARY_REFRESH_TOKEN_TTL",
    "PLENARY_IDEMPOTENCY_TTL_HOURS",
    "PLENARY_DB_POOL_SIZE",
    "PLENARY_MAX_BODY_BYTES",
    "PLENARY_MAX_DOCUMENT_BYTES",
    "PLENARY_FLAG_THRESHOLD",
]


@pytest.mark.parametrize("value", ["0", "-5"])
@pytest.mark.parametrize("variable", POSITIVE_SETTINGS)
def test_a_setting_that_is_not_positive_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str
) -> None:
    # Were the setting accepted, the command would migrate this database and nothing else.
    monkeypatch.setenv("PLENARY_DATABASE_URL", f"sqlite:///{tmp_path / 'plenary.db'}")
    monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["db", "upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line == f"Error: {variable} Input should be greater than 0"
