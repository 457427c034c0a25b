"""`plenary db upgrade` that finds a new, empty database names it: a mistyped path or another
working directory creates one, and the line shows which file was migrated."""

import os
import subprocess
from pathlib import Path

from tests.api.test_cli_database_stop29 import PLENARY, _plenary


def test_an_empty_database_is_named_by_its_absolute_path(tmp_path: Path) -> None:
    path = tmp_path / "x" / "y.db"
    completed = _plenary(f"sqlite:///{path}", "db", "upgrade")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("database migrated from empty to the latest migration")
    assert str(path) in completed.stdout
    again = _plenary(f"sqlite:///{path}", "db", "upgrade")
    assert str(path) not in again.stdout


def test_a_relative_path_is_named_as_the_file_it_resolved_to(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLENARY_")}
    env |= {"PLENARY_DATABASE_URL": "sqlite:///./var/plenary.db"}
    completed = subprocess.run(  # noqa: S603  (our own command, fixed arguments)
        [PLENARY, "db", "upgrade"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert str(tmp_path / "var" / "plenary.db") in completed.stdout
