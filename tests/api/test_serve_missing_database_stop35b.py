"""`plenary serve` without PLENARY_AUTO_MIGRATE on a SQLite file that is not there says so and
creates nothing, as the other commands that need a migrated database do: it used to create the
file and its directories, then refuse them as "at migration none"."""

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from click.testing import CliRunner, Result

from api.cli import main
from api.settings import get_settings
from tests.api.test_cli import _metadata_once_up


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port


async def _serve(env: dict[str, str]) -> Result:
    args = ["serve", "--port", str(_free_port())]
    get_settings.cache_clear()
    try:
        return await asyncio.to_thread(CliRunner().invoke, main, args, env=env)
    finally:
        get_settings.cache_clear()


async def test_serve_on_a_missing_sqlite_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    database = tmp_path / "missing" / "sub" / "plenary.db"

    result = await _serve({"PLENARY_DATABASE_URL": f"sqlite+aiosqlite:///{database}"})

    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ")
    assert f"{database} does not exist" in line
    assert "plenary db upgrade" in line
    assert "PLENARY_AUTO_MIGRATE" in line
    assert not (tmp_path / "missing").exists()


def test_serve_with_auto_migrate_creates_and_migrates_a_missing_file(tmp_path: Path) -> None:
    database = tmp_path / "new" / "plenary.db"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLENARY_")}
    env |= {
        "PLENARY_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "PLENARY_AUTO_MIGRATE": "1",
        "PLENARY_ACCESS_LOG": "0",
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
        ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert ready.status_code == 200, ready.text
    assert database.is_file()
