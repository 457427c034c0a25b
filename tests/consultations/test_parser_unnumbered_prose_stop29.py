"""Paragraph parser, prose that numbers nothing (a chair's summary, a presidential statement, a
web page's copy of a resolution): a heading right above its paragraph, below a finished
paragraph of the text, is a heading over it, never skipped as front matter nor the paragraph's
first words; a wide title atop the text stands apart from its wrapped first paragraph; a site's
footer menu, one name a line under "Related documents", is trailing matter. English and Chinese
read alike."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_SHORT_HEADINGS = {
    "en": (
        "The forum met in New York on 6 and 7 May 2026. Over 900 participants attended.\n\n"
        "Artificial intelligence\n"
        "Participants discussed the promise and risks of artificial intelligence.\n\n"
        "Closing\nThe co-chairs closed the forum.\n"
    ),
    "zh": (
        "论坛于2026年5月6日和7日在纽约举行。900多名与会者出席了论坛。\n\n"
        "人工智能\n与会者讨论了人工智能的前景和风险。\n\n"
        "闭幕\n共同主席宣布论坛闭幕。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_right_above_its_paragraph_mid_text_is_kept(language: str) -> None:
    paragraphs = parse_document(_SHORT_HEADINGS[language]).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
        ("p-4", "heading"),
        ("p-5", "unnumbered"),
    ]
    assert paragraphs[2].heading_path == (paragraphs[1].text,)
    assert paragraphs[4].heading_path == (paragraphs[3].text,)


_WIDE_HEADING = {
    "en": (
        "The President of the Economic and Social Council opened the forum. She\n"
        "stressed that science must serve people and planet.\n\n"
        "Session 1: Artificial intelligence for the Goals\n"
        "Participants discussed the promise and risks of artificial intelligence.\n"
    ),
    "zh": (
        "经济及社会理事会主席宣布论坛开幕。她强调，科学必须服务于人类\n和地球。\n\n"
        "第1场会议：人工智能促进目标\n"
        "与会者讨论了人工智能的前景和风险，并呼吁加强国际合作，弥合数字\n鸿沟。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_wider_heading_right_above_its_paragraph_is_not_its_first_words(language: str) -> None:
    paragraphs = parse_document(_WIDE_HEADING[language]).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
    ]
    assert paragraphs[1].text in (
        "Session 1: Artificial intelligence for the Goals",
        "第1场会议：人工智能促进目标",
    )
    assert paragraphs[2].text.startswith(("Participants", "与会者"))


def test_a_wrapped_paragraph_opening_with_a_capital_is_no_heading() -> None:
    # A full first line, its sentence going on with a name: wrapped, one paragraph.
    content = (
        "The forum met in New York on 6 and 7 May 2026. Over 900 participants attended.\n\n"
        "The session was opened by the President of the Economic and Social\n"
        "Council, who stressed that science must serve people and planet.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.kind for p in paragraphs] == ["unnumbered", "unnumbered"]
    assert paragraphs[1].text.startswith("The session was opened")


def test_a_title_right_above_the_first_paragraph_is_still_front_matter() -> None:
    content = (
        "Chair's summary\nThe forum met in New York on 6 and 7 May 2026.\n\n"
        "Closing\nThe co-chairs closed the forum.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.kind, p.text) for p in paragraphs] == [
        ("unnumbered", "The forum met in New York on 6 and 7 May 2026."),
        ("heading", "Closing"),
        ("unnumbered", "The co-chairs closed the forum."),
    ]
