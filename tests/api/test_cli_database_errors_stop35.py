"""Every command says a database error in one line: `plenary export` added SQLAlchemy's
"(Background on this error at: ...)" as a second line."""

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main

ROUND_ID = "0190f5d3-7d1e-7000-8000-000000000000"
COMMANDS = [
    ["export", ROUND_ID, "--format", "csv", "-o", "{tmp}/x.csv"],
    ["keys", "rotate"],
    ["documents", "import", "{tmp}/draft.txt", "--consultation", "review"],
    ["users", "create", "--email", "a@example.org", "--password", "Correct-horse-9"],
    ["users", "set-role", "--email", "a@example.org", "--role", "secretariat"],
    ["clients", "create", "--name", "x", "--redirect-uri", "https://x.example.org/cb"],
    ["clients", "delete", "--client-id", "abc"],
    ["db", "upgrade"],
    ["demo"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
async def test_a_file_that_is_no_database_is_one_line(command: list[str], tmp_path: Path) -> None:
    database = tmp_path / "garbage.db"
    database.write_bytes(b"not a database at all " * 400)
    (tmp_path / "draft.txt").write_text("1. Decides to act.\n", encoding="utf-8")
    args = [arg.format(tmp=tmp_path) for arg in command]
    result = await asyncio.to_thread(
        CliRunner().invoke,
        main,
        args,
        env={"PLENARY_DATABASE_URL": f"sqlite+aiosqlite:///{database}", "PLENARY_ACCESS_LOG": "0"},
    )
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ")
    assert "file is not a database" in line
    assert "sqlalche.me" not in result.output
