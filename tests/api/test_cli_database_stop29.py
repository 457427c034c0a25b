"""`plenary db upgrade` and `plenary serve` on a database they cannot use: one line on stderr,
exit 1, no traceback (the async SQLite driver used to print one from its own thread)."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

PLENARY = Path(sys.executable).with_name("plenary")


def _plenary(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLENARY_")}
    env |= {"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"}
    return subprocess.run(  # noqa: S603  (our own command, fixed arguments)
        [PLENARY, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _free_port() -> int:
    """A port nothing listens on (a server to start, or a database that is not there)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port


def test_upgrade_creates_the_directory_of_a_new_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "plenary.db"
    completed = _plenary(f"sqlite+aiosqlite:///{path}", "db", "upgrade")
    assert completed.returncode == 0, completed.stderr
    assert path.is_file()
    assert completed.stderr == ""
    assert completed.stdout.startswith("database migrated from empty to the latest migration")
    again = _plenary(f"sqlite+aiosqlite:///{path}", "db", "upgrade")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("database was already at the latest migration")


@pytest.mark.parametrize("command", ["db upgrade", "serve --port {port}"])
def test_a_directory_is_no_sqlite_database(tmp_path: Path, command: str) -> None:
    args = command.format(port=_free_port()).split()
    completed = _plenary(f"sqlite+aiosqlite:///{tmp_path}", *args)
    assert completed.returncode == 1
    (line,) = completed.stderr.strip().splitlines()
    assert line.endswith(f"{tmp_path} is a directory, not a SQLite database file")


def test_serve_refuses_an_unmigrated_database_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "new.db").touch()
    database = f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"
    completed = _plenary(database, "serve", "--port", str(_free_port()))
    assert completed.returncode == 1
    (line,) = completed.stderr.strip().splitlines()
    assert "is at migration none" in line
    assert "plenary db upgrade" in line


def test_serve_names_an_unreachable_database_without_its_password() -> None:
    url = f"postgresql://plenary:secret-word@127.0.0.1:{_free_port()}/plenary"
    completed = _plenary(url, "serve", "--port", str(_free_port()))
    assert completed.returncode == 1
    (line,) = completed.stderr.strip().splitlines()
    assert line.startswith("Error: cannot use the database postgresql+asyncpg://plenary:***@")
    assert "secret-word" not in completed.stderr
