"""Paragraph parser: a negotiators' note right below a draft's long, unpunctuated title, no
blank line between ("Draft outcome document of the Fourth International Conference on Financing
for Development" + "Co-facilitators' note: Text in square brackets …", "共同主持人的说明：…"),
never goes on with that title, however wide: the title is skipped as front matter and the note
is a paragraph of its own, as it was already below a short title."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("title", "note", "body"),
    [
        (
            "Draft outcome document of the Fourth International Conference on Financing for "
            "Development",
            "Co-facilitators' note: Text in square brackets remains under negotiation.",
            "I. A renewed global financing framework\n\n"
            "1. We, the Heads of State and Government, have gathered in Sevilla.\n\n"
            "2. We commit to a renewed global financing framework.\n",
        ),
        (
            "第四次发展筹资问题国际会议成果文件草案",
            "共同主持人的说明：方括号内的案文仍在谈判中。",
            "一、新的全球融资框架\n\n"
            "1. 我们，各国元首和政府首脑，齐聚塞维利亚。\n\n"
            "2. 我们承诺建立新的全球融资框架。\n",
        ),
    ],
)
def test_a_note_right_below_a_long_title_is_a_paragraph_of_its_own(
    title: str, note: str, body: str
) -> None:
    result = parse_document(f"{title}\n{note}\n\n{body}")
    paragraphs = result.paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "section-1", "1", "2"]
    assert paragraphs[0].text == note
    assert any(
        w.message == "front matter skipped" and w.excerpt.startswith(title[:12])
        for w in result.warnings
    )


def test_a_note_below_a_short_title_stays_a_paragraph_of_its_own() -> None:
    text = (
        "Draft outcome document\n"
        "Co-facilitators' note: Text in square brackets remains under negotiation.\n\n"
        "I. A renewed global financing framework\n\n"
        "1. We, the Heads of State and Government, have gathered in Sevilla.\n\n"
        "2. We commit to a renewed global financing framework.\n"
    )
    paragraphs = parse_document(text).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "section-1", "1", "2"]
    assert paragraphs[0].text.startswith("Co-facilitators' note:")
