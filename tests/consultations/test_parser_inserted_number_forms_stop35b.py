"""Paragraph parser: an inserted paragraph printed "3.bis" (its stop between the number and
"bis") is ``3bis``, as "3 bis." and "3bis." are; it used to be an unnumbered ``p-7`` holding
"3.bis" in its text. One printed ahead of the numbering, "12 bis." after paragraph 7, is
``12bis`` with a warning, as an out-of-sequence "12." would be numbered, and the numbering goes
on from it; it used to be ``p-24``."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.parser_helpers import posted_paragraphs


@pytest.mark.parametrize("printed", ["3.bis", "3 bis.", "3bis.", "3.ter", "3 ter."])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_inserted_number_printed_any_common_way_is_read(printed: str, fmt: str) -> None:
    content = (
        "1. We commit to one.\n\n2. We commit to two.\n\n3. We commit to three.\n\n"
        f"{printed} We commit to three inserted.\n\n4. We commit to four.\n"
    )
    result = parse_document(content, fmt)  # type: ignore[arg-type]
    suffix = "bis" if "bis" in printed else "ter"
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("1", "We commit to one."),
        ("2", "We commit to two."),
        ("3", "We commit to three."),
        (f"3{suffix}", "We commit to three inserted."),
        ("4", "We commit to four."),
    ]
    assert not result.warnings


def test_a_stop_before_alt_still_opens_the_paragraphs_text() -> None:
    content = "1. We commit to one.\n\n2. Alt 1: We commit to two.\nAlt 2: We commit to deux.\n"
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "2"]


@pytest.mark.parametrize(
    ("printed", "label"), [("6 bis.", "6 bis"), ("6.bis", "6.bis"), ("6bis.", "6bis")]
)
def test_an_inserted_paragraph_ahead_of_the_numbering_keeps_its_number(
    printed: str, label: str
) -> None:
    content = (
        "1. We commit to one.\n\n2. We request a review.\n\n"
        f"{printed} We invite the Secretary-General to report.\n\n7. We decide to act.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("1", "We commit to one."),
        ("2", "We request a review."),
        ("6bis", "We invite the Secretary-General to report."),
        ("7", "We decide to act."),
    ]
    assert [w.message for w in result.warnings] == [f"paragraph {label} where 3 was expected"]


def test_a_number_cited_with_bis_inside_a_sentence_stays_text() -> None:
    content = (
        "7. We recall the proposals made under paragraph\n12 bis. of the draft and decide;\n\n"
        "8. We decide to act.\n"
    )
    assert [p.anchor for p in parse_document(content).paragraphs] == ["7", "8"]


async def test_the_api_numbers_inserted_paragraphs_printed_other_ways(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = (
        "1. We commit to one.\n\n2. We commit to two.\n\n3.bis We commit to three bis.\n\n"
        "3. We commit to three.\n\n9 bis. We invite a report.\n"
    )
    items = await posted_paragraphs(client, state, content, "text", title="Bis")
    assert [item["anchor"] for item in items] == ["1", "2", "3bis", "3", "9bis"]
