"""Paragraph parser: an enclosure ("Enclosure", "Enclosure I", "Enclosure 2") is a part of its
own, as an annex or an appendix is: a heading ``enclosure-1`` beside the annex or appendix above
it, never inside, whose paragraphs number from 1 again (``enclosure-1/1``). It was an unkeyed
heading (``p-18``) nested under the appendix above, its numbering restarting with the warning
"numbering restarts at 1 without an annex heading" (``part-2/1``)."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

BELOW_AN_APPENDIX = (
    "1. The Council establishes the working group.\n\n"
    "Annex II\n\nProgramme of work\n\n1. The first session.\n\n2. The second session.\n\n"
    "Appendix\n\nIndicative timeline\n\n1. April 2026.\n\n2. October 2026.\n\n"
    "Enclosure\n\nDraft programme\n\n1. Opening segment.\n\n2. Panel 1.\n"
)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (BELOW_AN_APPENDIX, "text"),
        (
            BELOW_AN_APPENDIX.replace("Annex II\n", "# Annex II\n")
            .replace("Appendix\n", "## Appendix\n")
            .replace("Enclosure\n", "# Enclosure\n"),
            "markdown",
        ),
    ],
)
def test_an_enclosure_is_a_part_beside_the_annex_above_it(content: str, fmt: str) -> None:
    result = parse_document(content, fmt)  # type: ignore[arg-type]
    rows = [(p.anchor, p.parent) for p in result.paragraphs]
    assert rows[-3:] == [
        ("enclosure-1", None),
        ("enclosure-1/1", "enclosure-1"),
        ("enclosure-1/2", "enclosure-1"),
    ]
    assert ("annex-2/appendix-1/2", "annex-2/appendix-1") in rows
    heading = next(p for p in result.paragraphs if p.anchor == "enclosure-1")
    assert (heading.label, heading.text) == ("Enclosure", "Draft programme")
    messages = [warning.message for warning in result.warnings]
    assert "numbering restarts at 1 without an annex heading" not in messages


def test_numbered_enclosures_keep_their_numbers() -> None:
    content = (
        "1. We decide.\n\nEnclosure I\n\n1. First.\n\nEnclosure II\n\n1. Second.\n\n2. Third.\n"
    )
    anchors = [p.anchor for p in parse_document(content, "text").paragraphs]
    assert anchors == [
        "1",
        "enclosure-1",
        "enclosure-1/1",
        "enclosure-2",
        "enclosure-2/1",
        "enclosure-2/2",
    ]


def test_lazy_numbering_restarts_in_an_enclosure_of_its_own() -> None:
    content = (
        "## Draft resolution I\n\n1. Decides A;\n\n1. Decides B.\n\n"
        "## Enclosure\n\n1. First point.\n\n1. Second point.\n"
    )
    anchors = [p.anchor for p in parse_document(content, "markdown").paragraphs]
    assert anchors[-3:] == ["enclosure-1", "enclosure-1/1", "enclosure-1/2"]


def test_an_enclosure_a_sentence_cites_on_a_wrapped_line_is_text() -> None:
    content = "1. The Council takes note of the letter and of its\nEnclosure I, as transmitted.\n"
    assert [p.anchor for p in parse_document(content, "text").paragraphs] == ["1"]


async def test_the_api_anchors_an_enclosures_paragraphs_in_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={
            "title": "Decision",
            "language": "en",
            "format": "text",
            "content": BELOW_AN_APPENDIX,
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"][-3:] == ["enclosure-1", "enclosure-1/1", "enclosure-1/2"]
