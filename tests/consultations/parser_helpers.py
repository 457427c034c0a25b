"""What the parser tests ask of a parse: its anchors, its rows, or one paragraph by anchor;
or the paragraphs the API lists for a posted document."""

from __future__ import annotations

from typing import Any

import httpx

from api.state import AppState
from consultations.parser import Format, ParsedParagraph, parse_document
from tests.factories import bearer, make_consultation, make_user, token_for


def anchors(content: str, fmt: Format = "text") -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, fmt).paragraphs]


def paragraph(content: str, anchor: str, fmt: Format = "text") -> ParsedParagraph:
    paragraphs = parse_document(content, fmt).paragraphs
    return next(found for found in paragraphs if found.anchor == anchor)


def parsed_rows(content: str, fmt: Format = "text") -> list[tuple[str, str, str | None, str]]:
    """Each paragraph's anchor, kind, parent and text."""
    return [(p.anchor, p.kind, p.parent, p.text) for p in parse_document(content, fmt).paragraphs]


async def posted_paragraphs(
    client: httpx.AsyncClient, state: AppState, content: str, fmt: Format, *, title: str
) -> list[dict[str, Any]]:
    """The paragraphs the API lists for ``content`` posted by the secretariat as version 1 of
    an English document in a new consultation: what the parser gives once stored."""
    headers = bearer(await token_for(state, await make_user(state, role="secretariat")))
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": title, "language": "en", "format": fmt, "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    listed = await client.get(f"/v1/documents/{created.json()['id']}/versions/1/paragraphs")
    assert listed.status_code == 200, listed.text
    items: list[dict[str, Any]] = listed.json()["items"]
    return items
