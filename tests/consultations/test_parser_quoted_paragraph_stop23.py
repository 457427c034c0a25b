"""Paragraph parser: a paragraph quoted whole ("“2 之二. 共同主席应确保：" + its items) stops
at its own colon, as the English one does; only a quotation opened inside a sentence and wrapped
at its colon ("…题为“变革我们的世界：" + "2030年可持续发展议程”…") goes on."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

CHINESE = (
    "     大会，\n\n     回顾其第79/325号决议，\n\n"
    "     1.   又决定插入以下新段落：\n\n"
    "     “2 之二.   共同主席应确保：\n\n"
    "     (a)   所有会员国均可参加；\n\n"
    "     (b)   利益攸关方可以参加；”\n\n"
    "     2.   决定继续处理此问题。\n"
)
ENGLISH = (
    "     The General Assembly,\n\n     Recalling its resolution 79/325,\n\n"
    "     1.   Also decides to insert the following new paragraph:\n\n"
    "     “2 bis.   The co-chairs shall ensure that:\n\n"
    "     (a)   All Member States may participate;\n\n"
    "     (b)   Stakeholders may participate;”\n\n"
    "     2.   Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize("content", [CHINESE, ENGLISH])
def test_a_paragraph_quoted_whole_is_no_heading(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("p-1", "unnumbered", None),
        ("pp1", "preamble", None),
        ("1", "operative", None),
        ("p-4", "unnumbered", None),
        ("p-4.a", "subparagraph", "p-4"),
        ("p-4.b", "subparagraph", "p-4"),
        ("2", "operative", None),
    ]


def test_a_title_quoted_inside_a_sentence_and_wrapped_at_its_colon_goes_on() -> None:
    content = (
        "     大会，\n\n"
        "     重申其2015年9月25日题为“变革我们的世界：\n"
        "2030年可持续发展议程”的第70/1号决议，\n\n"
        "     1.   决定继续处理此问题。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "1"]
