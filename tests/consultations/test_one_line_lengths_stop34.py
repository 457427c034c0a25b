"""A version label, a title or a symbol too short or too long is refused with a message counting
characters, as for every other text: it was checked as a sequence ("at least 1 item")."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import consultation_body, secretariat_headers
from tests.consultations.test_documents_api import draft_body
from tests.factories import make_consultation


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("", "String should have at least 1 character"),
        (" \t ", "String should have at least 1 character"),
        ("R" * 5_000, "String should have at most 100 characters"),
    ],
)
async def test_a_version_labels_length_is_counted_in_characters(
    client: httpx.AsyncClient, state: AppState, label: str, message: str
) -> None:
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json=draft_body(),
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    document_id = imported.json()["document"]["id"]
    revised = await client.post(
        f"/v1/documents/{document_id}/versions",
        json={"label": label, "language": "en", "content": "1. Revised text."},
        headers={**secretariat, "If-Match": imported.headers["etag"]},
    )
    assert revised.status_code == 422, revised.text
    assert [(error["loc"], error["msg"]) for error in revised.json()["errors"]] == [
        (["body", "label"], message)
    ]


async def test_titles_and_symbols_lengths_are_counted_in_characters(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await secretariat_headers(state)
    created = await client.post(
        "/v1/consultations", json=consultation_body(title="T" * 301), headers=secretariat
    )
    assert created.status_code == 422, created.text
    assert [error["msg"] for error in created.json()["errors"]] == [
        "String should have at most 300 characters"
    ]
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json=draft_body(title="", symbol="S" * 101),
        headers=secretariat,
    )
    assert imported.status_code == 422, imported.text
    assert sorted((error["loc"][-1], error["msg"]) for error in imported.json()["errors"]) == [
        ("symbol", "String should have at most 100 characters"),
        ("title", "String should have at least 1 character"),
    ]
