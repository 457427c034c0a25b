"""Numbered lines below a text's last paragraph with no rule above them are its notes only up
to the highest note number a reference in the text points to: "3 Member States shall report …"
below notes 1 and 2, which nothing in the text points to, stays text. Every line read there as
a note is said in a warning, so that none leaves the text unseen."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

NOTE_LINES = [
    "1 See resolution 70/1.",
    "2 A/79/100.",
    "3 Member States shall report under resolution 75/1.",
    "4 Observers may participate, see A/79/200.",
]
PARAGRAPHS = [
    "Recalls its resolution 70/1,",
    "Takes note of the report of the Secretary-General.",
    "Requests a report.",
    "Decides to remain seized of the matter.",
]


def resolution(references: int) -> str:
    """Paragraphs 1 to 4, the first ``references`` of them ending with a reference to the note
    of their number, then four numbered lines worded as notes."""
    paragraphs = [
        f"{i}. {text}{i if i <= references else ''}" for i, text in enumerate(PARAGRAPHS, 1)
    ]
    return "\n".join(["The General Assembly,", "", *paragraphs, *NOTE_LINES]) + "\n"


@given(references=st.integers(min_value=1, max_value=4))
def test_only_the_lines_up_to_the_last_cited_note_are_notes(references: int) -> None:
    result = parse_document(resolution(references), "text")
    texts = [p.text for p in result.paragraphs]
    assert texts[len(texts) - (4 - references) :] == NOTE_LINES[references:]
    read_as_notes = [w.excerpt for w in result.warnings if "read as footnote" in w.message]
    assert read_as_notes == NOTE_LINES[:references]


async def imported(client: httpx.AsyncClient, state: AppState, content: str) -> dict[str, Any]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["en"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Resolution", "language": "en", "format": "text", "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    body: dict[str, Any] = created.json()
    return body


async def test_lines_no_reference_points_to_stay_text(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = (
        "The General Assembly,\n\n1. Recalls its resolution 70/1,1\n"
        "2. Takes note of the report of the Secretary-General.2\n" + "\n".join(NOTE_LINES) + "\n"
    )
    body = await imported(client, state, content)
    assert body["anchors"] == ["p-1", "1", "2", "p-4", "p-5"]
    assert [p["text"] for p in body["paragraphs"]][-2:] == NOTE_LINES[2:]
    assert [w["excerpt"] for w in body["warnings"] if "read as footnote" in w["message"]] == (
        NOTE_LINES[:2]
    )
