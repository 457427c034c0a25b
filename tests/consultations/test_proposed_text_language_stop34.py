"""An amendment's proposed text is in the language of the paragraph it replaces, not in the
language of the comment explaining it (stop 34): a French delegation proposing English wording
for an English paragraph. The Web Annotation's ``editing`` body says so (the model's
``language`` is the body value's), and Word proofs the proposed text so."""

from __future__ import annotations

import io
import uuid
import zipfile
from typing import Any

import httpx
import orjson
from lxml import etree

from api.state import AppState
from consultations.annotations import annotation
from tests.consultations.test_annotations import BASE, CASES
from tests.consultations.test_comment_versions_stop31 import first_reading

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ORIGINAL = "The General Assembly,\n\n1. Decides to establish a panel;\n"
PROPOSED = "Decides to consider an expert panel;"
EXPLANATION = "Nous proposons une formulation plus souple."


async def _french_amendment(
    client: httpx.AsyncClient, state: AppState
) -> tuple[str, str, dict[str, str]]:
    document_id, round_id, organization_id, headers, secretariat = await first_reading(
        client, state, "en", ORIGINAL
    )
    body: dict[str, Any] = {
        "organization_id": str(organization_id),
        "anchor": "1",
        "kind": "amendment",
        "body": EXPLANATION,
        "proposed_text": PROPOSED,
        "language": "fr",
    }
    response = await client.post(
        f"/v1/rounds/{round_id}/comments",
        json=body,
        headers={**headers, "Idempotency-Key": uuid.uuid4().hex},
    )
    assert response.status_code == 201, response.text
    return document_id, round_id, secretariat


def _languages(body: etree._Element, text: str) -> list[dict[str, str]]:
    """The ``w:lang`` attributes (by local name) of the runs holding ``text``."""
    found = []
    for run in body.iter(f"{W}r"):
        if text in "".join(t.text or "" for t in run.iter(f"{W}t")):
            lang = run.find(f"{W}rPr/{W}lang")
            found.append(
                {} if lang is None else {etree.QName(k).localname: v for k, v in lang.items()}
            )
    return found


async def test_the_editing_body_is_in_the_versions_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _document_id, round_id, secretariat = await _french_amendment(client, state)
    response = await client.get(
        f"/v1/rounds/{round_id}/comments/export",
        params={"format": "annotations"},
        headers=secretariat,
    )
    assert response.status_code == 200, response.text
    [item] = orjson.loads(response.content)["first"]["items"]
    languages = {body["purpose"]: body.get("language") for body in item["body"]}
    assert languages == {"commenting": "fr", "editing": "en"}


def test_an_editing_body_of_unknown_language_claims_none() -> None:
    bodies = annotation(CASES["amendment_with_quote"], BASE)["body"]
    [editing] = [body for body in bodies if body["purpose"] == "editing"]
    assert "language" not in editing


async def test_word_proofs_the_proposed_text_in_the_synthesis_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    _document_id, round_id, secretariat = await _french_amendment(client, state)
    response = await client.get(
        f"/v1/rounds/{round_id}/synthesis", params={"format": "docx"}, headers=secretariat
    )
    assert response.status_code == 200, response.text
    with zipfile.ZipFile(io.BytesIO(response.content)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    for inserted in ("consider", "an expert"):
        assert _languages(body, inserted) == [{"val": "en-GB"}], inserted
    # The explanation stays in the comment's language.
    assert _languages(body, EXPLANATION) == [{"val": "fr-FR"}]
