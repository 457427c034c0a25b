"""Paragraph parser: paragraphs numbered "i.", "ii.", "iii." right below a summary's or a key
messages' heading ran together into one paragraph, across blank lines, its heading's words
first ("Summary i. … ii. …"): their lower-case numerals read as a sentence going on. Below a
heading that is kept, they are its items, as "(i)", "(ii)" are there; atop a text, where the
heading is front matter, each is a paragraph of its own (``p-N``), as a summary's plain
paragraphs are."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors

_SUMMARY = [
    "i. Artificial intelligence offers opportunities for sustainable development.",
    "ii. Its risks call for international cooperation.",
    "iii. Capacity gaps must be closed.",
]
_BODY = (
    "I. Introduction\n\n1. This report responds to resolution 78/265.\n\n"
    "2. It draws on consultations.\n"
)


@pytest.mark.parametrize(
    ("heading", "between"),
    [("Summary", "\n\n"), ("Key messages", "\n\n"), ("Key messages", "\n")],
    ids=["summary", "key-messages", "no-blank-lines"],
)
def test_roman_numbered_paragraphs_atop_a_text_are_paragraphs_of_their_own(
    heading: str, between: str
) -> None:
    content = f"{heading}{between}{between.join(_SUMMARY)}\n\n{_BODY}"
    parsed = parse_document(content)
    assert [(p.anchor, p.kind, p.text) for p in parsed.paragraphs[:3]] == [
        (f"p-{number}", "unnumbered", text) for number, text in enumerate(_SUMMARY, start=1)
    ]
    assert anchors(content)[3:] == ["section-1", "1", "2"]


def test_roman_numbered_paragraphs_below_a_section_heading_are_its_items() -> None:
    content = (
        "I. Introduction\n\n1. This report responds to resolution 78/265.\n\n"
        "II. Key messages\n\n" + "\n\n".join(_SUMMARY) + "\n\nIII. Scope\n\n2. More.\n"
    )
    parsed = parse_document(content)
    rows = [(p.anchor, p.label, p.parent, p.text) for p in parsed.paragraphs]
    assert rows[2:6] == [
        ("section-2", "II", None, "Key messages"),
        ("section-2.i", "II i.", "section-2", _SUMMARY[0][3:]),
        ("section-2.ii", "II ii.", "section-2", _SUMMARY[1][4:]),
        ("section-2.iii", "II iii.", "section-2", _SUMMARY[2][5:]),
    ]
    assert [p.anchor for p in parsed.paragraphs][6:] == ["section-3", "2"]
