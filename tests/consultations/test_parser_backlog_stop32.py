"""Paragraph parser: an earlier audit's backlog. A text's opening section named "Purpose and
scope", "Background" or "目的" right above paragraph 1 was skipped as the text's title."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# -- an opening section's name right above paragraph 1 ----------------------------------------


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("Purpose and scope", "This text sets out the principles.", "It applies to all States."),
        ("Background", "This text sets out the principles.", "It applies to all States."),
        ("Purpose", "This text sets out the principles.", "It applies to all States."),
        ("目的", "本案文阐述了各项原则。", "本案文适用于所有国家。"),
        ("背景", "本案文阐述了各项原则。", "本案文适用于所有国家。"),
    ],
)
def test_an_opening_section_above_paragraph_1_is_a_heading(
    name: str, first: str, second: str
) -> None:
    content = f"{name}\n\n1. {first}\n\n2. {second}\n"
    assert anchors(content) == ["p-1", "1", "2"]
    heading = paragraph(content, "p-1")
    assert (heading.kind, heading.text) == ("heading", name)
    assert paragraph(content, "2").heading_path == (name,)


def test_an_opening_section_below_the_title_is_a_heading_and_the_title_front_matter() -> None:
    content = "Draft guidelines on AI\n\nPurpose\n\n1. This text sets out the principles.\n"
    parsed = parse_document(content)
    assert [(p.anchor, p.text) for p in parsed.paragraphs] == [
        ("p-1", "Purpose"),
        ("1", "This text sets out the principles."),
    ]
    assert [w.message for w in parsed.warnings] == ["front matter skipped"]


@pytest.mark.parametrize(
    "title", ["Modalities of the review", "Purpose of this paper", "人工智能治理"]
)
def test_a_title_above_paragraph_1_stays_front_matter(title: str) -> None:
    content = f"{title}\n\n1. This text sets out the principles.\n"
    assert anchors(content) == ["1"]
