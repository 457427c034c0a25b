"""Comment statuses choose the comments of a bulk comment export; a synthesis, which counts the
published comments, has none to choose: `status` with it is refused, like `language` with a
comments export, by the export job and by `plenary export` alike."""

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from api.cli import main
from api.state import AppState
from tests.consultations.test_export_job_language import _scenario


async def test_a_synthesis_job_with_statuses_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}/exports"
    for body in (
        {"format": "json", "status": ["withdrawn"]},
        {"format": "csv", "kind": "synthesis", "status": ["published"]},
    ):
        refused = await client.post(url, json=body, headers=s["headers"])
        assert refused.status_code == 422, refused.text
        (error,) = refused.json()["errors"]
        assert error == {"loc": ["body", "status"], "msg": "only for comments exports"}
    accepted = await client.post(
        url, json={"format": "csv", "status": ["withdrawn"]}, headers=s["headers"]
    )
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["statuses"] == ["withdrawn"]


@pytest.mark.parametrize(
    "options",
    [
        ["--format", "json", "--status", "withdrawn"],
        ["--format", "csv", "--kind", "synthesis", "--status", "published"],
    ],
)
async def test_cli_export_of_a_synthesis_with_statuses_is_a_usage_error(
    database_url: str, tmp_path: Path, options: list[str]
) -> None:
    output = tmp_path / "b.json"
    args = ["export", str(uuid.uuid4()), *options, "-o", str(output)]
    env = {"PLENARY_DATABASE_URL": database_url, "PLENARY_ACCESS_LOG": "0"}
    result = await asyncio.to_thread(CliRunner().invoke, main, args, env=env)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: "), line
    assert "status: only for comments exports" in line, line
    assert not output.exists()
