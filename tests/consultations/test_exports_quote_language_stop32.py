"""Comments exports of comments quoting a translation: the NDJSON says which language's text a
quote is in, and a Web Annotation's target has that text for its source, where the quote
(TextQuoteSelector) is found."""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from api.state import AppState
from tests.consultations.test_comment_versions_stop31 import first_reading
from tests.consultations.test_revisions import submit

ORIGINAL = (
    "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to remain seized.\n"
)
TRANSLATIONS = {
    "fr": (
        "L'Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n1. Décide de demeurer saisie.\n"
    ),
    "zh": "大会，\n\n回顾其第70/1号决议，\n\n1. 决定继续处理此案。\n",
}
# (anchor, the quote, the comment's language, the language of the text the quote is in).
QUOTES = [
    ("1", "demeurer saisie", "en", "fr"),
    ("1", "demeurer saisie", "fr", "fr"),
    ("1", "继续处理", "en", "zh"),
    ("1", "remain seized", "fr", "en"),
    ("pp1", "70/1", "fr", "en"),  # printed alike in every language: the original's
    ("1", None, "zh", None),
]


async def _quoting_comments(
    client: httpx.AsyncClient, state: AppState
) -> tuple[str, str, dict[str, str], dict[str, str | None]]:
    """The round, the document, the secretariat's headers, and the language each comment's
    quote is in by comment id."""
    document_id, round_id, organization_id, headers, secretariat = await first_reading(
        client, state, "en", ORIGINAL
    )
    for language, content in TRANSLATIONS.items():
        translated = await client.put(
            f"/v1/documents/{document_id}/versions/1/translations/{language}",
            json={"format": "text", "content": content},
            headers=secretariat,
        )
        assert translated.status_code == 201, translated.text
    quoted_in = {}
    for anchor, quote, language, quote_language in QUOTES:
        comment = await submit(client, headers, round_id, organization_id, anchor, language, quote)
        quoted_in[comment["id"]] = quote_language
    return round_id, document_id, secretariat, quoted_in


async def _export(
    client: httpx.AsyncClient, round_id: str, fmt: str, headers: dict[str, str]
) -> httpx.Response:
    response = await client.get(
        f"/v1/rounds/{round_id}/comments/export", params={"format": fmt}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response


async def test_the_ndjson_export_gives_the_language_of_the_text_quoted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_id, _document_id, secretariat, quoted_in = await _quoting_comments(client, state)
    response = await _export(client, round_id, "ndjson", secretariat)
    records = [orjson.loads(line) for line in response.content.splitlines()]
    assert {record["id"]: record["quote_language"] for record in records} == quoted_in
    assert all(set(record["quote"] or {}) <= {"exact", "prefix", "suffix"} for record in records)


async def test_an_annotation_quoting_a_translation_has_that_translation_for_source(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_id, document_id, secretariat, quoted_in = await _quoting_comments(client, state)
    response = await _export(client, round_id, "annotations", secretariat)
    annotations: list[dict[str, Any]] = orjson.loads(response.content)["first"]["items"]
    version = f"http://testserver/v1/documents/{document_id}/versions/1"
    sources = {
        annotation["id"].rsplit("/", 1)[1]: annotation["target"]["source"]
        for annotation in annotations
    }
    assert sources == {
        comment_id: (
            f"{version}/paragraphs?language={language}" if language not in (None, "en") else version
        )
        for comment_id, language in quoted_in.items()
    }
    translated = [
        annotation["target"]
        for annotation in annotations
        if "/paragraphs?" in annotation["target"]["source"]
    ]
    assert len(translated) == 3
    for target in translated:
        # A client resolving the selector against its source finds the quote there.
        source = await client.get(target["source"].removeprefix("http://testserver"))
        assert source.status_code == 200, source.text
        selector = target["selector"]
        anchored = next(p for p in source.json()["items"] if p["anchor"] == selector["value"])
        assert selector["refinedBy"]["exact"] in anchored["text"]
