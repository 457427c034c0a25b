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


ECOSOC_ENGLISH = (
    "     The Economic and Social Council,\n\n"
    "     Recalling its resolution 2006/46,\n\n"
    "     1.   Takes note of the report;\n\n"
    "     2.   Recommends to the General Assembly the adoption of the following draft\n"
    "resolution:\n\n"
    "                       “Twenty-year review of the World Summit\n\n"
    "     “The General Assembly,\n\n"
    "     “Recalling its resolution 70/125 of 16 December 2015,\n\n"
    "     “1.   Decides to convene a high-level meeting in December 2025 on the overall\n"
    "review of the implementation of the outcomes of the World Summit;\n\n"
    "     “2.   Requests the Commission to provide input to the review.”\n\n"
    "     3.   Requests the Secretary-General to submit a report.\n"
)
ECOSOC_CHINESE = (
    "     经济及社会理事会，\n\n"
    "     回顾其第 2006/46 号决议，\n\n"
    "     1.   注意到报告；\n\n"
    "     2.   建议大会通过下列决议草案：\n\n"
    "                       “信息社会世界首脑会议 20 周年审查\n\n"
    "     “大会，\n\n"
    "     “回顾其 2015 年 12 月 16 日第 70/125 号决议，\n\n"
    "     “1.   决定于 2025 年 12 月举行高级别会议，对信息社会世界首脑会议成果的执行情\n"
    "况进行全面审查；\n\n"
    "     “2.   请科学和技术促进发展委员会为该审查提供投入。”\n\n"
    "     3.   请秘书长提交一份报告。\n"
)


@pytest.mark.parametrize("content", [ECOSOC_ENGLISH, ECOSOC_CHINESE])
def test_each_paragraph_of_a_draft_quoted_whole_stands_apart(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "unnumbered"),
        ("pp1", "preamble"),
        ("1", "operative"),
        ("2", "operative"),
        ("p-5", "unnumbered"),
        ("p-6", "unnumbered"),
        ("p-7", "unnumbered"),
        ("p-8", "unnumbered"),
        ("p-9", "unnumbered"),
        ("3", "operative"),
    ]
    assert all(p.parent is None for p in paragraphs)
