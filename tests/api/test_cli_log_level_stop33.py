"""`plenary serve` logs uvicorn's own lines at PLENARY_LOG_LEVEL as it does the app's (stop 33):
WARNING keeps the startup and shutdown lines out of the log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.test_cli import _free_port, _metadata_once_up


def _serve_once(database_url: str, log_level: str) -> str:
    """What the server writes on stderr from its start to its stop, at ``log_level``."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLENARY_")}
    env |= {
        "PLENARY_DATABASE_URL": database_url,
        "PLENARY_ACCESS_LOG": "0",
        "PLENARY_LOG_LEVEL": log_level,
    }
    plenary = Path(sys.executable).with_name("plenary")
    server = subprocess.Popen(  # noqa: S603  (our own command, fixed arguments)
        [plenary, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _metadata_once_up(f"http://127.0.0.1:{port}", server)
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    return stderr.decode()


@pytest.mark.parametrize(("log_level", "startup_logged"), [("info", True), ("WARNING", False)])
def test_uvicorn_lines_follow_the_log_level(
    database_url: str, log_level: str, startup_logged: bool
) -> None:
    assert ("Uvicorn running on" in _serve_once(database_url, log_level)) is startup_logged
