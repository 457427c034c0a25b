"""Streamed bulk exports, export jobs and `plenary export`."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
from click.testing import CliRunner
from docx import Document
from fastapi import FastAPI
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cli import main
from api.state import AppState
from consultations import exports
from consultations.exports import CommentExport, ExportRunner, comment_stream
from consultations.models import ExportJob
from consultations.reports import round_context
from core.clock import utcnow
from tests.consultations.test_annotations import ANNOTATION_MUSTS, COLLECTION_MUSTS, must_failures
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round

BOM = b"\xef\xbb\xbf"


async def _scenario(
    state: AppState, rows: int = 0, attribution: str = "named", body_chars: int = 0
) -> dict[str, Any]:
    staff = await caller(state)
    consultation = await make_consultation(
        state, attribution=attribution, facilitators=[staff.user]
    )
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    ngo = await make_organization(
        state, name="Réseau des juristes", stakeholder_group="civil_society"
    )
    uni = await make_organization(state, name="大学研究中心", stakeholder_group="academia")
    fixed = [
        Row(ngo.id, anchor="1", body="Support, with changes.", position="support"),
        Row(
            uni.id,
            anchor="3.a",
            kind="amendment",
            body="应当明确时间表。",
            proposed_text="到2030年弥合数字鸿沟",
            language="zh",
            quote_exact="Closing all digital divides",
        ),
        Row(ngo.id, anchor=None, body="-1 for the whole draft", status="pending"),
        Row(uni.id, anchor="2", body="Hidden", status="hidden"),
        Row(uni.id, anchor="2", body="Rejected", status="rejected"),
        Row(ngo.id, anchor="2", body="Withdrawn", status="withdrawn"),
    ]
    filler = "数字" * (body_chars // 2)
    many = [
        Row(ngo.id if i % 2 else uni.id, anchor="1", body=f"Comment {i}. {filler}")
        for i in range(rows)
    ]
    ids = await insert_comments(state, round_, fixed + many)
    return {"round": round_, "staff": staff, "ids": [str(i) for i in ids], "ngo": ngo}


def _url(s: dict[str, Any], fmt: str, query: str = "") -> str:
    return f"/v1/rounds/{s['round'].id}/comments/export?format={fmt}{query}"


async def _download(client: httpx.AsyncClient, s: dict[str, Any], url: str) -> httpx.Response:
    staff: Caller = s["staff"]
    response = await client.get(url, headers=staff.headers)
    assert response.status_code == 200, response.text
    return response


async def test_csv_export_has_every_comment_but_the_withdrawn(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    response = await _download(client, s, _url(s, "csv"))

    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].endswith('-comments.csv"')
    assert response.content.startswith(BOM)
    assert response.content.count(BOM) == 1
    reader = csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    header, *rows = list(reader)
    assert header == exports.export_csv_header()
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert [r["comment_id"] for r in records] == sorted(s["ids"][:5])
    assert {r["status"] for r in records} == {"published", "pending", "hidden", "rejected"}
    amendment = next(r for r in records if r["kind"] == "amendment")
    assert amendment["proposed_text"] == "到2030年弥合数字鸿沟"
    assert amendment["organization_name"] == "大学研究中心"
    pending = next(r for r in records if r["status"] == "pending")
    assert pending["body"] == "'-1 for the whole draft"
    assert pending["anchor"] == ""
    assert [r["quote"] for r in records if r["quote"]] == ["Closing all digital divides"]

    chosen = await _download(client, s, _url(s, "csv", "&status=withdrawn&status=published"))
    statuses = [row[-2] for row in csv.reader(io.StringIO(chosen.content.decode("utf-8-sig")))]
    assert sorted(statuses[1:]) == ["published", "published", "withdrawn"]
    bad = await client.get(_url(s, "csv", "&status=deleted"), headers=s["staff"].headers)
    assert bad.status_code == 422


async def test_group_only_exports_leave_organizations_out(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state, attribution="group_only")
    for fmt in ("csv", "ndjson", "annotations"):
        content = (await _download(client, s, _url(s, fmt))).content
        assert "Réseau des juristes".encode() not in content, fmt
        assert str(s["ngo"].id).encode() not in content, fmt
    lines = (await _download(client, s, _url(s, "ndjson"))).content.splitlines()
    assert orjson.loads(lines[0])["stakeholder_group"] in {"civil_society", "academia"}


async def test_ndjson_export(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    response = await _download(client, s, _url(s, "ndjson"))
    assert response.headers["content-type"] == "application/x-ndjson"
    records = [orjson.loads(line) for line in response.content.splitlines()]
    assert len(records) == 5
    amendment = next(r for r in records if r["kind"] == "amendment")
    assert amendment["quote"] == {
        "exact": "Closing all digital divides",
        "prefix": None,
        "suffix": None,
    }
    assert amendment["language"] == "zh"
    assert amendment["submitted_at"].endswith("Z")
    assert amendment["round_id"] == str(s["round"].id)
    assert set(records[0]) >= {"id", "tracking_number", "status", "organization_name", "body"}


async def test_annotations_export_is_a_valid_collection(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state, rows=205)
    response = await _download(client, s, _url(s, "annotations"))
    assert response.headers["content-type"].startswith("application/ld+json")
    document = orjson.loads(response.content)
    assert must_failures(COLLECTION_MUSTS, document) == []
    # Published only by default: an annotation cannot say it is pending, hidden or rejected.
    assert document["total"] == 207
    pages = [document["first"], *document["@included"]]
    assert len(pages) == 3
    items = [item for page in pages for item in page["items"]]
    assert [item["id"] for item in items] == [
        f"http://testserver/v1/comments/{i}" for i in sorted(s["ids"][:2] + s["ids"][6:])
    ]
    chosen = await _download(client, s, _url(s, "annotations", "&status=hidden&status=published"))
    assert orjson.loads(chosen.content)["total"] == 208
    for item in items[:6]:
        assert must_failures(ANNOTATION_MUSTS, item) == []
    amendment = next(item for item in items if item["motivation"] == "editing")
    assert amendment["target"]["selector"]["value"] == "3.a"
    assert amendment["target"]["selector"]["refinedBy"]["exact"] == "Closing all digital divides"


async def test_small_batches_give_the_same_bytes(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state, rows=37)
    async with AsyncSession(state.engine) as session:
        target = CommentExport.of(await round_context(session, s["round"].id))
    for fmt in ("csv", "ndjson", "annotations"):
        whole = (await _download(client, s, _url(s, fmt))).content
        shares: list[float] = []

        async def progress(share: float, shares: list[float] = shares) -> None:
            shares.append(share)

        pieces = [
            chunk
            async for chunk in comment_stream(
                state.engine,
                target,
                fmt,
                exports.normalise_statuses(None, fmt),
                "http://testserver",
                on_progress=progress,
                batch_rows=4,
            )
        ]
        assert b"".join(pieces) == whole, fmt
        assert shares == sorted(shares)
        if not (fmt == "csv" and state.engine.dialect.name == "postgresql"):
            # PostgreSQL writes the CSV itself (COPY) and reports per chunk it sends, not per
            # batch; 37 rows make one chunk.
            assert len(shares) > 5
        assert shares[-1] == 1.0


async def test_an_export_stopped_midway_leaves_the_database_usable(
    client: httpx.AsyncClient, state: AppState, monkeypatch: Any
) -> None:
    # One chunk in flight at a time, so that the export is still reading when it is stopped.
    monkeypatch.setattr(exports, "_COPY_BUFFERED_CHUNKS", 1)
    s = await _scenario(state, rows=400, body_chars=2000)
    async with AsyncSession(state.engine) as session:
        target = CommentExport.of(await round_context(session, s["round"].id))
    for fmt in ("csv", "ndjson"):
        stream = comment_stream(
            state.engine, target, fmt, exports.DEFAULT_STATUSES, "http://t", batch_rows=50
        )
        first = await anext(stream)
        await stream.aclose()
        whole = (await _download(client, s, _url(s, fmt))).content
        assert whole.startswith(first), fmt
        assert len(whole) > 4 * len(first) > 0, fmt
    lines = (await _download(client, s, _url(s, "csv"))).content.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(lines, newline="")))) == 1 + 405


async def test_a_comment_committed_during_a_csv_export(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state, rows=200, body_chars=2000)
    async with AsyncSession(state.engine) as session:
        target = CommentExport.of(await round_context(session, s["round"].id))
    stream = comment_stream(
        state.engine, target, "csv", exports.DEFAULT_STATUSES, "http://t", batch_rows=20
    )
    chunks = [await anext(stream)]
    newcomer = await make_organization(
        state, name="Late, but heard", stakeholder_group="private_sector"
    )
    [late] = await insert_comments(state, s["round"], [Row(newcomer.id, anchor="2", body="Late")])
    chunks += [chunk async for chunk in stream]
    rows = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8-sig"), newline="")))
    by_id = {row[0]: row for row in rows[1:]}
    assert len(by_id) == len(rows) - 1 == 205 + (state.engine.dialect.name == "sqlite")
    if state.engine.dialect.name == "sqlite":
        # Keyset batches, each its own query: a comment committed meanwhile after the batch
        # being read comes with its organization, read when its first comment comes.
        assert by_id[str(late)][9] == "Late, but heard"
        assert by_id[str(late)][6:9] == [
            "private_sector",
            newcomer.regional_group,
            str(newcomer.id),
        ]
    else:
        # COPY is one query: the file is the round as it was when the export began.
        assert str(late) not in by_id


async def _wait_for(app: FastAPI) -> None:
    runner: ExportRunner = app.state.export_runner
    await asyncio.wait_for(runner.wait(), timeout=60)


async def test_export_job_lifecycle(
    client: httpx.AsyncClient, state: AppState, app: FastAPI
) -> None:
    s = await _scenario(state, rows=1500, body_chars=800)
    headers = s["staff"].headers
    created = await client.post(
        f"/v1/rounds/{s['round'].id}/exports", json={"format": "csv"}, headers=headers
    )
    assert created.status_code == 202, created.text
    job = created.json()
    assert created.headers["location"] == f"/v1/exports/{job['id']}"
    assert job["status"] in {"queued", "running"}
    assert job["kind"] == "comments"
    assert job["statuses"] == ["pending", "published", "hidden", "rejected"]

    seen: list[tuple[str, float]] = []
    while True:
        current = (await client.get(f"/v1/exports/{job['id']}", headers=headers)).json()
        seen.append((current["status"], current["progress"]))
        if current["status"] in {"done", "failed"}:
            break
        await asyncio.sleep(0.05)
    await _wait_for(app)
    assert current["status"] == "done", current
    assert current["progress"] == 1.0
    assert [p for _, p in seen] == sorted(p for _, p in seen)
    assert current["file_url"] == f"/v1/exports/{job['id']}/file"

    file = await client.get(current["file_url"], headers=headers)
    assert file.status_code == 200
    synchronous = await _download(client, s, _url(s, "csv"))
    assert len(file.content) > exports.JOB_CHUNK_BYTES
    assert file.content == synchronous.content
    assert file.headers["content-type"] == "text/csv; charset=utf-8"
    assert file.headers["content-length"] == str(len(file.content))
    assert file.headers["content-disposition"] == synchronous.headers["content-disposition"]


async def test_synthesis_jobs_match_the_synthesis(
    client: httpx.AsyncClient, state: AppState, app: FastAPI
) -> None:
    s = await _scenario(state, rows=10)
    headers = s["staff"].headers
    for fmt, kind in (("json", None), ("docx", None), ("csv", "synthesis")):
        body = {"format": fmt} if kind is None else {"format": fmt, "kind": kind}
        created = await client.post(
            f"/v1/rounds/{s['round'].id}/exports", json=body, headers=headers
        )
        assert created.status_code == 202
        await _wait_for(app)
        job = (await client.get(created.headers["location"], headers=headers)).json()
        assert job["status"] == "done", job
        assert job["kind"] == "synthesis"
        file = await client.get(job["file_url"], headers=headers)
        direct = await client.get(
            f"/v1/rounds/{s['round'].id}/synthesis?format={fmt}", headers=headers
        )
        assert file.content == direct.content, fmt
        assert file.headers["content-type"] == direct.headers["content-type"]
        if fmt == "docx":
            document = Document(io.BytesIO(file.content))
            assert document.tables


async def test_job_requests_are_checked(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    url = f"/v1/rounds/{s['round'].id}/exports"
    headers = s["staff"].headers
    wrong = await client.post(url, json={"format": "json", "kind": "comments"}, headers=headers)
    assert wrong.status_code == 422
    extra = await client.post(url, json={"format": "csv", "colour": "red"}, headers=headers)
    assert extra.status_code == 422
    assert (await client.post(url, json={"format": "csv"})).status_code == 401
    outsider = await caller(state)
    assert (
        await client.post(url, json={"format": "csv"}, headers=outsider.headers)
    ).status_code == 403

    created = (await client.post(url, json={"format": "ndjson"}, headers=headers)).json()
    job_url = f"/v1/exports/{created['id']}"
    assert (await client.get(job_url)).status_code == 401
    assert (await client.get(job_url, headers=outsider.headers)).status_code == 404
    assert (await client.get(f"/v1/exports/{uuid.uuid4()}", headers=headers)).status_code == 404
    assert (await client.get("/v1/exports/nope", headers=headers)).status_code == 404


async def _job(state: AppState, round_id: uuid.UUID, **fields: Any) -> ExportJob:
    job = ExportJob(
        round_id=round_id,
        kind="comments",
        format="csv",
        statuses=list(exports.DEFAULT_STATUSES),
        media_type=exports.COMMENT_MEDIA_TYPES["csv"],
        filename="comments.csv",
        **fields,
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(job)
        await session.commit()
    return job


async def _reload(state: AppState, job: ExportJob) -> ExportJob:
    async with AsyncSession(state.engine) as session:
        fresh = await session.get(ExportJob, job.id)
        assert fresh is not None
        return fresh


async def test_file_is_refused_until_done(client: httpx.AsyncClient, state: AppState) -> None:
    s = await _scenario(state)
    queued = await _job(state, s["round"].id, status="running", heartbeat_at=utcnow())
    response = await client.get(f"/v1/exports/{queued.id}/file", headers=s["staff"].headers)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "2"
    waiting = await _job(state, s["round"].id)
    response = await client.get(f"/v1/exports/{waiting.id}/file", headers=s["staff"].headers)
    assert response.status_code == 409
    assert response.headers["retry-after"] == "2"
    failed = await _job(state, s["round"].id, status="failed", error="the disk is full")
    response = await client.get(f"/v1/exports/{failed.id}/file", headers=s["staff"].headers)
    assert response.status_code == 409
    assert "the disk is full" in response.json()["detail"]
    assert "retry-after" not in response.headers


async def test_jobs_of_a_dead_process_are_taken_over(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await _scenario(state)
    long_ago = utcnow() - timedelta(minutes=10)
    orphan = await _job(state, s["round"].id, status="running", attempts=1, heartbeat_at=long_ago)
    queued = await _job(state, s["round"].id)
    alive = await _job(state, s["round"].id, status="running", attempts=1, heartbeat_at=utcnow())
    exhausted = await _job(
        state, s["round"].id, status="running", attempts=exports.MAX_ATTEMPTS, heartbeat_at=long_ago
    )

    runner = ExportRunner(state.engine, "http://testserver")
    assert await runner.recover() == 2
    await asyncio.wait_for(runner.wait(), timeout=60)

    synchronous = await _download(client, s, _url(s, "csv"))
    for job in (orphan, queued):
        fresh = await _reload(state, job)
        assert fresh.status == "done"
        file = await client.get(f"/v1/exports/{job.id}/file", headers=s["staff"].headers)
        assert file.content == synchronous.content
    assert (await _reload(state, orphan)).attempts == 2
    assert (await _reload(state, alive)).status == "running"
    assert (await _reload(state, exhausted)).status == "failed"
    await runner.close()


async def test_reading_a_stale_job_resumes_it(
    client: httpx.AsyncClient, state: AppState, app: FastAPI
) -> None:
    s = await _scenario(state)
    stale = await _job(
        state,
        s["round"].id,
        status="running",
        attempts=1,
        heartbeat_at=utcnow() - timedelta(hours=1),
    )
    await client.get(f"/v1/exports/{stale.id}", headers=s["staff"].headers)
    await _wait_for(app)
    assert (await _reload(state, stale)).status == "done"


async def test_cli_export_writes_the_same_file(
    client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    s = await _scenario(state, rows=20)
    env = {
        "PLENARY_DATABASE_URL": state.settings.database_url,
        "PLENARY_PUBLIC_URL": "http://testserver",
    }
    for fmt, url in (
        ("csv", _url(s, "csv")),
        ("annotations", _url(s, "annotations")),
        ("markdown", f"/v1/rounds/{s['round'].id}/synthesis?format=markdown"),
    ):
        output = tmp_path / f"export.{fmt}"
        result = await asyncio.to_thread(
            CliRunner().invoke,
            main,
            ["export", str(s["round"].id), "--format", fmt, "-o", str(output)],
            env=env,
        )
        assert result.exit_code == 0, result.output
        assert output.read_bytes() == (await _download(client, s, url)).content, fmt

    missing = await asyncio.to_thread(
        CliRunner().invoke,
        main,
        ["export", str(uuid.uuid4()), "--format", "csv", "-o", str(tmp_path / "x.csv")],
        env=env,
    )
    assert missing.exit_code == 1
    assert "No such round" in missing.output
    assert "Traceback" not in missing.output
    assert not (tmp_path / "x.csv").exists()
    wrong = await asyncio.to_thread(
        CliRunner().invoke,
        main,
        ["export", "nope", "--format", "ndjson", "--kind", "synthesis", "-o", str(tmp_path / "y")],
        env=env,
    )
    assert wrong.exit_code == 2
