"""Commands that need a migrated database leave nothing behind when PLENARY_DATABASE_URL names a
SQLite file that is not there: they created its directories and an empty file, then said it
was not migrated."""

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from api.cli import main

ROUND_ID = "0190f5d3-7d1e-7000-8000-000000000000"
COMMANDS = [
    ["export", ROUND_ID, "--format", "csv", "-o", "{tmp}/x.csv"],
    ["keys", "rotate"],
    ["documents", "import", "{tmp}/draft.txt", "--consultation", "review"],
]


async def _invoke(args: list[str], env: dict[str, str]) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, main, args, env=env)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
async def test_a_missing_sqlite_file_is_reported_not_created(
    command: list[str], tmp_path: Path
) -> None:
    (tmp_path / "draft.txt").write_text("1. Decides to act.\n", encoding="utf-8")
    database = tmp_path / "missing" / "sub" / "none.db"
    args = [arg.format(tmp=tmp_path) for arg in command]

    result = await _invoke(args, {"PLENARY_DATABASE_URL": f"sqlite+aiosqlite:///{database}"})

    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ")
    assert f"{database} does not exist" in line
    assert "plenary db upgrade" in line
    assert not (tmp_path / "missing").exists()


async def test_with_auto_migrate_the_file_is_created_and_migrated(tmp_path: Path) -> None:
    database = tmp_path / "new" / "plenary.db"
    env = {"PLENARY_DATABASE_URL": f"sqlite+aiosqlite:///{database}", "PLENARY_AUTO_MIGRATE": "1"}

    result = await _invoke(["keys", "rotate"], env)

    assert result.exit_code == 0, result.output
    assert database.is_file()
