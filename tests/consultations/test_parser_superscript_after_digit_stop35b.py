"""Paragraph parser: superscript digits glued to a number ("…of 31 July 2014¹,") are a note's
reference when the document has a note with that number ("¹ See …"), dropped from the text as
"70/125²" is, never part of the number; the marker used to stay ("2014¹,"). Without such a note
they stay, a power ("10¹⁸")."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.parser_helpers import posted_paragraphs

CONTENT = (
    "The General Assembly,\n\n"
    "Recalling its resolution 68/302 of 31 July 2014¹,\n\n"
    "Recalling also resolution 70/125² and 70/1³,\n\n"
    "1. Decides to convene a meeting in 2026⁴ and to report;\n\n"
    "______\n"
    "¹ See A/68/PV.106.\n"
    "² See A/70/PV.95.\n"
    "³ See A/70/PV.4.\n"
    "⁴ See A/79/1.\n"
)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_superscript_glued_to_a_number_is_its_notes_reference(fmt: str) -> None:
    paragraphs = parse_document(CONTENT, fmt).paragraphs  # type: ignore[arg-type]
    texts = {p.anchor: p.text for p in paragraphs}
    assert texts["pp1"] == "Recalling its resolution 68/302 of 31 July 2014,"
    assert texts["pp2"] == "Recalling also resolution 70/125 and 70/1,"
    assert texts["1"] == "Decides to convene a meeting in 2026 and to report;"
    assert not any("See A/" in text for text in texts.values())


def test_a_superscript_after_a_number_with_no_such_note_stays_a_power() -> None:
    content = (
        "1. We note that 10¹⁸ operations and 2014¹ are figures;\n\n"
        "2. Recalling resolution 70/1¹,\n\n"
        "______\n"
        "¹ See A/70/PV.4.\n"
    )
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert texts["1"] == "We note that 10¹⁸ operations and 2014 are figures;"


def test_a_superscript_after_a_number_stays_when_the_document_has_no_notes() -> None:
    content = "1. We note that 10¹⁸ operations and 2⁸ values are counted.\n"
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert texts["1"] == "We note that 10¹⁸ operations and 2⁸ values are counted."


async def test_the_api_drops_a_superscript_note_marker_after_a_date(
    client: httpx.AsyncClient, state: AppState
) -> None:
    items = await posted_paragraphs(client, state, CONTENT, "text", title="Notes")
    texts = {item["anchor"]: item["text"] for item in items}
    assert texts["pp1"] == "Recalling its resolution 68/302 of 31 July 2014,"
