"""Paragraph parser: a cross-reference the printer wrapped after a short line ("…set out in" +
"paragraphs 5 and" + "6 (a) to (c) of the Global Digital Compact …;", "…contained in" +
"paragraph" + "8 (c) of the report;") goes on with its sentence: a line opening with a number
completes a sentence stopping at a word that cites one or at "and", "to", "of". It was an
unnumbered paragraph of its own (``p-6``). A finished line above ("12. We commit to the
following:") still leaves the next number a paragraph."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

PAIR = (
    "1. Underlines the guidance.\n"
    "2. Encourages Member States to implement the measures set out in\n"
    "paragraphs 5 and\n"
    "6 (a) to (c) of the Global Digital Compact, in cooperation with the Group of 77;\n"
    "3. Invites the relevant entities to contribute.\n"
)


@pytest.mark.parametrize(
    ("cut", "whole"),
    [
        pytest.param(
            "the measures set out in\nparagraphs 5 and\n6 (a) to (c) of the Compact;",
            "the measures set out in paragraphs 5 and 6 (a) to (c) of the Compact;",
            id="pair",
        ),
        pytest.param(
            "the guidance contained in\nparagraph\n8 (c) of the report;",
            "the guidance contained in paragraph 8 (c) of the report;",
            id="paragraph",
        ),
        pytest.param(
            "the commitments made in\nAction\n35 (b) of the Pact;",
            "the commitments made in Action 35 (b) of the Pact;",
            id="action",
        ),
        pytest.param(
            "the measures in paragraph 3 (a) to\n6 (c) of the Compact;",
            "the measures in paragraph 3 (a) to 6 (c) of the Compact;",
            id="to",
        ),
    ],
)
def test_a_reference_wrapped_after_a_short_line_goes_on(cut: str, whole: str) -> None:
    content = f"1. Underlines the guidance.\n2. Encourages States to implement {cut}\n3. Invites.\n"
    paragraphs = parse_document(content, "text").paragraphs
    assert [(p.anchor, p.text) for p in paragraphs] == [
        ("1", "Underlines the guidance."),
        ("2", f"Encourages States to implement {whole}"),
        ("3", "Invites."),
    ]


def test_a_number_below_a_finished_line_is_the_next_paragraph() -> None:
    content = "12. We commit to the following:\n13. We will act.\n14. We will report.\n"
    assert [p.anchor for p in parse_document(content, "text").paragraphs] == ["12", "13", "14"]


async def test_the_api_keeps_the_wrapped_reference_in_its_paragraph(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "PDF", "language": "en", "format": "text", "content": PAIR},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["1", "2", "3"]
