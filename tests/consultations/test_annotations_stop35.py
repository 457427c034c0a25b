"""The annotations export leaves optional keys out rather than writing null."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest
from fastapi import FastAPI

from api.state import AppState
from consultations.exports import ExportRunner
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round


def _null_paths(node: Any, path: str = "$") -> Iterator[str]:
    if node is None:
        yield path
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _null_paths(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _null_paths(value, f"{path}[{index}]")


def _annotations(collection: dict[str, Any]) -> list[dict[str, Any]]:
    pages = [collection.get("first"), *collection.get("@included", [])]
    return [item for page in pages if page for item in page["items"]]


async def _round_with_every_kind_of_comment(
    state: AppState, attribution: str
) -> tuple[Caller, str]:
    staff = await caller(state)
    consultation = await make_consultation(
        state, attribution=attribution, facilitators=[staff.user]
    )
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    ngo = await make_organization(state, name="", stakeholder_group="civil_society")
    await insert_comments(
        state,
        round_,
        [
            Row(ngo.id, anchor="1", body="Plain, no position, no quote."),
            Row(ngo.id, anchor=None, body="General, no position.", position=None),
            Row(ngo.id, anchor="1", body="Support.", position="support"),
            Row(
                ngo.id,
                anchor="3.a",
                kind="amendment",
                body="",
                proposed_text="Closing every digital divide",
                quote_exact="Closing all digital divides",
            ),
        ],
    )
    return staff, str(round_.id)


@pytest.mark.parametrize("attribution", ["group_only", "named"])
async def test_annotations_have_no_null_values(
    client: httpx.AsyncClient, state: AppState, app: FastAPI, attribution: str
) -> None:
    staff, round_id = await _round_with_every_kind_of_comment(state, attribution)
    response = await client.get(
        f"/v1/rounds/{round_id}/comments/export",
        params={"format": "annotations"},
        headers=staff.headers,
    )
    assert response.status_code == 200, response.text
    collection = orjson.loads(response.content)
    assert list(_null_paths(collection)) == []
    items = _annotations(collection)
    assert len(items) == 4
    if attribution == "group_only":
        assert all("creator" not in item for item in items)
    else:
        # An organization without a name is still the creator, identified by its IRI.
        assert all(item["creator"]["type"] == "Organization" for item in items)
        assert all("name" not in item["creator"] for item in items)

    created = await client.post(
        f"/v1/rounds/{round_id}/exports", json={"format": "annotations"}, headers=staff.headers
    )
    assert created.status_code == 202, created.text
    runner: ExportRunner = app.state.export_runner
    await asyncio.wait_for(runner.wait(), timeout=60)
    job = (await client.get(created.headers["location"], headers=staff.headers)).json()
    assert job["status"] == "done", job
    file = await client.get(job["file_url"], headers=staff.headers)
    assert list(_null_paths(orjson.loads(file.content))) == []
