"""Paragraph parser: a paragraph number printed twice in a row, a blank line between ("5. We
commit to five." + "5. We commit to five again."), as a draft does by mistake, gives two
paragraphs, ``5`` and ``5_2`` (a repeated anchor gets ``_2``), each open to comments, with a
warning; the second used to be merged into the first, "5." left in its text."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.parser_helpers import posted_paragraphs

CONTENT = (
    "4. We commit to four.\n\n5. We commit to five.\n\n5. We commit to five again.\n\n"
    "6. We commit to six.\n"
)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_number_printed_twice_gives_two_paragraphs(fmt: str) -> None:
    result = parse_document(CONTENT, fmt)  # type: ignore[arg-type]
    assert [(p.anchor, p.label, p.text) for p in result.paragraphs] == [
        ("4", "4", "We commit to four."),
        ("5", "5", "We commit to five."),
        ("5_2", "5", "We commit to five again."),
        ("6", "6", "We commit to six."),
    ]
    assert [(w.line, w.message) for w in result.warnings if w.line > 1] == [
        (5, "anchor 5 used twice; renamed")
    ]


def test_a_number_repeated_inside_an_unfinished_sentence_stays_its_text() -> None:
    content = "4. We commit to four.\n\n5. We recall the proposals in paragraph\n5. of the draft.\n"
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["4", "5"]


def test_a_number_repeated_below_its_items_gives_a_second_paragraph() -> None:
    content = "5. We decide to:\n\n(a) Act;\n\n(b) Report.\n\n5. We decide again.\n"
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["5", "5.a", "5.b", "5_2"]


async def test_the_api_lists_both_paragraphs_of_a_repeated_number(
    client: httpx.AsyncClient, state: AppState
) -> None:
    items = await posted_paragraphs(client, state, CONTENT, "markdown", title="Twice")
    assert [item["anchor"] for item in items] == ["4", "5", "5_2", "6"]
