"""`plenary export -o PATH` writes to what PATH names: it replaced a symlink, a FIFO or a device
by a regular file of its own (the export was written beside PATH and renamed over it)."""

import asyncio
import os
import stat
import threading
import time
from pathlib import Path

import httpx
from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from tests.consultations.test_exports_api import _download, _scenario, _url


async def _export(state: AppState, round_id: str, output: Path) -> Result:
    return await asyncio.to_thread(
        CliRunner().invoke,
        main,
        ["export", round_id, "--format", "csv", "-o", str(output)],
        env={
            "PLENARY_DATABASE_URL": state.settings.database_url,
            "PLENARY_PUBLIC_URL": "http://testserver",
        },
    )


def _files_beside_the_database(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if not p.name.startswith("plenary.db"))


async def test_a_symlink_keeps_pointing_at_its_target_which_gets_the_export(
    client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    s = await _scenario(state, rows=3)
    real = tmp_path / "real.csv"
    real.write_bytes(b"the previous export")
    link = tmp_path / "link.csv"
    link.symlink_to(real)

    result = await _export(state, str(s["round"].id), link)

    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert link.readlink() == real
    assert real.read_bytes() == (await _download(client, s, _url(s, "csv"))).content
    assert _files_beside_the_database(tmp_path) == ["link.csv", "real.csv"]


async def test_a_fifo_is_written_to_and_stays_a_fifo(
    client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    s = await _scenario(state, rows=3)
    fifo = tmp_path / "exports.fifo"
    os.mkfifo(fifo)
    received = bytearray()

    def read() -> None:
        with fifo.open("rb") as reader:
            received.extend(reader.read())

    reader = threading.Thread(target=read)
    reader.start()
    result = await _export(state, str(s["round"].id), fifo)
    reader.join(timeout=30)

    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert bytes(received) == (await _download(client, s, _url(s, "csv"))).content


def _writers_of(path: Path) -> int:
    descriptors = Path("/proc/self/fd")
    count = 0
    for descriptor in descriptors.iterdir():
        try:
            count += os.readlink(descriptor) == str(path)
        except OSError:
            continue
    return count


async def test_a_write_that_fails_is_one_line_naming_the_path_given(
    state: AppState, tmp_path: Path
) -> None:
    s = await _scenario(state, rows=3)
    fifo = tmp_path / "gone.fifo"
    os.mkfifo(fifo)

    def read_nothing() -> None:
        # The reader leaves as soon as the export has opened the FIFO: its writes then fail
        # with EPIPE, as a write to a full device fails with ENOSPC.
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        deadline = time.monotonic() + 30
        while _writers_of(fifo) < 2 and time.monotonic() < deadline:
            time.sleep(0.001)
        os.close(reader)

    reader = threading.Thread(target=read_nothing)
    reader.start()
    result = await _export(state, str(s["round"].id), fifo)
    reader.join(timeout=30)

    assert result.exit_code == 1
    # Before the error, the progress bar's label (the export had started).
    *_, line = result.output.strip().splitlines()
    assert "Traceback" not in result.output
    assert line.startswith(f"Error: cannot write {fifo}: ")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert _files_beside_the_database(tmp_path) == ["gone.fifo"]
