"""`Content-Language`, which names the language of a document's text served, is declared on the
answers that send it: checked both ways against the server, a header sent is declared and a
header declared required is sent."""

import asyncio
from typing import Any

import httpx
from fastapi import FastAPI

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from consultations.exports import ExportRunner
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)


async def test_content_language_is_declared_where_sent(
    client: httpx.AsyncClient, state: AppState, app: FastAPI
) -> None:
    document = openapi_document(create_app())
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    member = await make_user(state)
    organization = await make_organization(state, representatives=[member])
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    await make_comment(state, round_, organization, author=member)
    version = f"/v1/documents/{draft.document.id}/versions/1"
    original = (await client.get(version, headers=staff)).json()["language"]
    jobs = {}
    for format in ("json", "csv"):
        created = await client.post(
            f"/v1/rounds/{round_.id}/exports", json={"format": format}, headers=staff
        )
        assert created.status_code == 202, created.text
        jobs[format] = created.json()["id"]
    runner: ExportRunner = app.state.export_runner
    await asyncio.wait_for(runner.wait(), timeout=60)

    calls = [
        ("/v1/documents/{document_id}/versions/{number}/paragraphs", version + "/paragraphs"),
        (
            "/v1/documents/{document_id}/versions/{number}/translations/{language}",
            f"{version}/translations/{original}",
        ),
        ("/v1/rounds/{round_id}/synthesis", f"/v1/rounds/{round_.id}/synthesis"),
        ("/v1/rounds/{round_id}/synthesis", f"/v1/rounds/{round_.id}/synthesis?format=docx"),
        ("/v1/exports/{export_id}/file", f"/v1/exports/{jobs['json']}/file"),
        ("/v1/exports/{export_id}/file", f"/v1/exports/{jobs['csv']}/file"),
    ]
    sent = 0
    for template, url in calls:
        answer = await client.get(url, headers=staff)
        assert answer.status_code == 200, (url, answer.text)
        ok = document["paths"][template]["get"]["responses"]["200"]
        declared: dict[str, Any] = ok.get("headers", {}).get("Content-Language", {})
        if "content-language" in answer.headers:
            sent += 1
            assert declared, url
        else:
            assert declared, url
            assert not declared.get("required"), url
    assert sent == 5
