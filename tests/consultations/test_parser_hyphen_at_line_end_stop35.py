"""Paragraph parser: a line ending in a hyphen after a letter or a digit ("multi-", "South-",
"2030-") goes on below, however short it is: the paragraph ran on into a fake heading ("South
cooperation, as referred to in the 2030-", ``p-4``, over every paragraph after it) and an
unnumbered paragraph ("2035 framework;"). A dash set apart ("… –") is no such cut."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CUT = (
    "1. Calls upon all relevant stakeholders to pursue multi-\n"
    "stakeholder and South-\n"
    "South cooperation, as referred to in the 2030-\n"
    "2035 framework;\n\n"
    "2. Invites the Commission to act.\n"
)
WHOLE = (
    "Calls upon all relevant stakeholders to pursue multi-stakeholder and South-South"
    " cooperation, as referred to in the 2030-2035 framework;"
)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (CUT, "text"),
        (CUT.replace("1. Calls", "The General Assembly,\n\n1. Calls"), "text"),
        (CUT, "markdown"),
    ],
)
def test_a_line_cut_at_a_hyphen_goes_on_below(content: str, fmt: str) -> None:
    paragraphs = parse_document(content, fmt).paragraphs  # type: ignore[arg-type]
    rows = [(p.anchor, p.kind, p.parent, p.text) for p in paragraphs if p.kind != "unnumbered"]
    assert rows == [
        ("1", "operative", None, WHOLE),
        ("2", "operative", None, "Invites the Commission to act."),
    ]


def test_a_short_line_cut_at_a_hyphen_below_a_blank_line_is_no_heading() -> None:
    content = "1. We decide to act.\n\nSouth-\nSouth cooperation matters.\n\n2. We end.\n"
    kinds = [(p.anchor, p.kind) for p in parse_document(content, "text").paragraphs]
    assert ("p-2", "unnumbered") in kinds
    assert all(kind != "heading" for _, kind in kinds)


def test_a_dash_set_apart_still_ends_a_short_line() -> None:
    content = "Rights of the child –\n\n1. We decide to act.\n"
    assert [p.kind for p in parse_document(content, "text").paragraphs][-1] == "operative"


async def test_the_api_keeps_a_hyphenated_paragraph_whole(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Mix", "language": "en", "format": "text", "content": CUT},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["1", "2"]
