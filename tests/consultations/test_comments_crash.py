"""bench/crash_test.py with a small load: ``plenary serve`` killed with SIGKILL mid-load loses no
acknowledged comment, stores none twice, and every receipt still verifies (about 10 s).

On SQLite always; on PostgreSQL too when the suite runs against it (the crash test creates and
drops its own database, ``plenary_crash_test``, on the same server)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_URL

CRASH_TEST = Path(__file__).resolve().parents[2] / "bench" / "crash_test.py"

DATABASES = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]


def admin_url() -> str:
    assert POSTGRES_URL is not None
    url = make_url(POSTGRES_URL).set(drivername="postgresql", database="postgres")
    return url.render_as_string(hide_password=False)


@pytest.mark.parametrize("database", DATABASES)
def test_acknowledged_comments_survive_kill_9(database: str) -> None:
    command = [
        sys.executable,
        str(CRASH_TEST),
        "--database",
        database,
        "--clients",
        "4",
        "--load-seconds",
        "1.5",
    ]
    if database == "postgres":
        command += ["--postgres-admin-url", admin_url()]
    result = subprocess.run(  # noqa: S603
        command,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(CRASH_TEST.parents[1])},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "crash test passed" in result.stdout
    assert " 0 acknowledged" not in result.stdout
