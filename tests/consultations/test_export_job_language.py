"""A synthesis export in a translation of the round's version: the export job's and `plenary
export`'s `language`, read as the synthesis endpoint's `?language=`."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from click.testing import CliRunner
from fastapi import FastAPI
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli import main
from api.state import AppState
from consultations.exports import ExportRunner
from consultations.models import Paragraph
from tests.consultations.test_reports_helpers import Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round

ORIGINAL = (
    ("1", "数字技术正在深刻改变我们的世界。"),
    ("2", "我们只有加强国际合作才能实现这一目标。"),
)
FRENCH = {
    "1": "Les technologies numériques transforment profondément notre monde.",
    "2": "Nous ne pouvons atteindre cet objectif qu'en renforçant la coopération internationale.",
}


async def _scenario(state: AppState) -> dict[str, Any]:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    draft = await make_document(state, consultation, paragraphs=ORIGINAL, language="zh")
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add_all(
            Paragraph(
                version_id=original.version_id,
                language="fr",
                anchor=original.anchor,
                label=original.label,
                kind=original.kind,
                parent=original.parent,
                ordinal=original.ordinal,
                heading_path=[],
                text=FRENCH[original.anchor],
            )
            for original in draft.paragraphs
        )
        await session.commit()
    round_ = await make_round(state, consultation, draft)
    ngo = await make_organization(state, name="Réseau numérique", stakeholder_group="civil_society")
    await insert_comments(state, round_, [Row(ngo.id, anchor="1", body="Nous soutenons.")])
    return {"round": round_, "headers": staff.headers}


async def _finished(client: httpx.AsyncClient, app: FastAPI, created: httpx.Response) -> Any:
    assert created.status_code == 202, created.text
    runner: ExportRunner = app.state.export_runner
    await asyncio.wait_for(runner.wait(), timeout=60)
    job = (await client.get(created.headers["location"], headers=created.request.headers)).json()
    assert job["status"] == "done", job
    return job


async def test_a_synthesis_job_in_a_translation_is_the_synthesis_in_that_language(
    client: httpx.AsyncClient, state: AppState, app: FastAPI
) -> None:
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}"
    for fmt in ("markdown", "docx"):
        created = await client.post(
            f"{url}/exports", json={"format": fmt, "language": "FR"}, headers=s["headers"]
        )
        job = await _finished(client, app, created)
        assert job["language"] == "fr"
        file = await client.get(job["file_url"], headers=s["headers"])
        direct = await client.get(f"{url}/synthesis?format={fmt}&language=fr", headers=s["headers"])
        assert direct.status_code == 200
        assert file.content == direct.content, fmt
        if fmt == "markdown":
            assert FRENCH["1"] in file.content.decode()

    original = await _finished(
        client,
        app,
        await client.post(f"{url}/exports", json={"format": "markdown"}, headers=s["headers"]),
    )
    assert original["language"] == "zh"
    text = (await client.get(original["file_url"], headers=s["headers"])).content.decode()
    assert ORIGINAL[0][1] in text
    assert FRENCH["1"] not in text

    comments = await _finished(
        client,
        app,
        await client.post(f"{url}/exports", json={"format": "ndjson"}, headers=s["headers"]),
    )
    assert comments["language"] is None


async def test_a_job_language_is_checked_when_the_job_is_requested(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}/exports"
    for body, reason in (
        ({"format": "json", "language": "de"}, "no translation in this language"),
        ({"format": "json", "language": "not a tag"}, None),
        ({"format": "csv", "language": "fr"}, "only for synthesis exports"),
        ({"format": "csv", "kind": "synthesis", "language": "x" * 40}, None),
    ):
        refused = await client.post(url, json=body, headers=s["headers"])
        assert refused.status_code == 422, body
        problem = refused.json()
        assert problem["errors"][0]["loc"] == ["body", "language"], problem
        if reason is not None:
            assert problem["errors"][0]["msg"] == reason
    # Which languages there are, as the paragraphs endpoint names them for a missing one.
    missing = await client.get(
        f"/v1/rounds/{s['round'].id}/synthesis?language=de", headers=s["headers"]
    )
    assert missing.status_code == 422
    assert missing.json()["detail"].endswith("has no 'de' text; it has: zh, fr.")


async def test_cli_export_in_a_translation(
    client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    s = await _scenario(state)
    env = {
        "PLENARY_DATABASE_URL": state.settings.database_url,
        "PLENARY_PUBLIC_URL": "http://testserver",
    }
    round_id = str(s["round"].id)

    async def export(*arguments: str) -> Any:
        return await asyncio.to_thread(
            CliRunner().invoke, main, ["export", round_id, *arguments], env=env
        )

    output = tmp_path / "synthesis.md"
    done = await export("--format", "markdown", "--language", "fr", "-o", str(output))
    assert done.exit_code == 0, done.output
    direct = await client.get(
        f"/v1/rounds/{round_id}/synthesis?format=markdown&language=fr", headers=s["headers"]
    )
    assert output.read_bytes() == direct.content

    missing = await export("--format", "markdown", "--language", "de", "-o", str(output))
    assert missing.exit_code == 1
    assert "no 'de' text" in missing.output
    for arguments in (
        ("--format", "ndjson", "--language", "fr"),
        ("--format", "json", "--language", "not a tag"),
    ):
        wrong = await export(*arguments, "-o", str(tmp_path / "x"))
        assert wrong.exit_code == 2, wrong.output
        assert "Traceback" not in wrong.output
    assert not (tmp_path / "x").exists()
