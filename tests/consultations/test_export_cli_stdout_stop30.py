"""`plenary export … -o -` writes the file to stdout (it wrote a file named "-")."""

import asyncio
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from api.cli import main
from api.state import AppState
from tests.consultations.test_exports_api import _download, _scenario, _url


async def test_dash_streams_the_export_to_stdout(
    client: httpx.AsyncClient, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = await _scenario(state, rows=5)
    monkeypatch.chdir(tmp_path)
    result = await asyncio.to_thread(
        CliRunner().invoke,
        main,
        ["export", str(s["round"].id), "--format", "csv", "-o", "-"],
        env={
            "PLENARY_DATABASE_URL": state.settings.database_url,
            "PLENARY_PUBLIC_URL": "http://testserver",
        },
    )
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (await _download(client, s, _url(s, "csv"))).content
    assert "bytes)" in result.stderr
    assert not (tmp_path / "-").exists()
