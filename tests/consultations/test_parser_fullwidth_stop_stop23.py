"""Paragraph parser: a full-width stop after a paragraph's number is never a decimal point, so
"3．2024年…" is paragraph 3 opening with a year, where an ASCII "3.5亿" on a wrapped line is a
figure."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

REPORT = (
    "一、导言\n\n1．本报告是根据第79/1号决议提交的。\n\n2．本报告是在与利益攸关方协商后编写的。\n\n"
    "二、进展情况\n\n（一）数字经济\n\n3．{opening}电子商务增长了10%。\n\n4．挑战依然存在，包括：\n\n"
    "（a）连通有限；\n\n（b）缺乏技能。\n\n（二）人工智能\n\n5．人工智能投资达到创纪录水平。\n"
)


@pytest.mark.parametrize("opening", ["2024年", "５G网络", "3.5亿人"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_figure_after_a_fullwidth_stop_opens_the_paragraphs_text(opening: str, fmt: str) -> None:
    content = REPORT.format(opening=opening)
    assert anchors(content, fmt) == [
        "section-1",
        "1",
        "2",
        "section-2",
        "section-2.a",
        "3",
        "4",
        "4.a",
        "4.b",
        "section-2.b",
        "5",
    ]
    third = paragraph(content, "3", fmt)
    assert third.label == "3"
    assert third.text == f"{opening}电子商务增长了10%。"
    assert not parse_document(content, fmt).warnings


def test_an_ascii_stop_before_a_figure_on_a_wrapped_line_stays_a_figure() -> None:
    content = (
        "1. 我们注意到，全球仍有约二十六亿人未接入互联网，"
        "其中大部分生活在发展中国家，农村地区的人数达到\n"
        "3.5亿，需要加快努力。\n\n2. 我们决定加强合作。\n"
    )
    assert anchors(content) == ["1", "2"]
    assert "3.5亿" in paragraph(content, "1").text


def test_a_fullwidth_decimal_a_sentence_goes_on_with_is_a_figure() -> None:
    content = (
        "     人权理事会，\n\n"
        "     回顾《联合国气候变化框架公约》和《巴黎协定》，包括将全球平均气温升幅控\n"
        "制在工业化前水平以上低于2℃之内并努力将气温升幅限制在工业化前水平以上\n"
        "1．5℃之内的目标，\n\n"
        "     1．吁请各国加强气候行动，确保将全球平均气温升幅限制在工业化前水平以上\n"
        "1．5℃之内；\n\n"
        "     2．决定继续审议这一问题。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "1", "2"]
    assert paragraphs[1].text.endswith("1．5℃之内的目标，")
    assert paragraphs[2].text.endswith("1．5℃之内；")


@pytest.mark.parametrize(
    "wrapped",
    [
        "2．5亿儿童生活在冲突地区。",  # an amount's unit after the figure
        "2．5%的年均增长率掩盖了国家之间的差距。",
    ],
)
def test_a_fullwidth_decimal_opening_a_sentence_stays_in_its_paragraph(wrapped: str) -> None:
    content = (
        "     1．全球仍有约1．5亿五岁以下儿童发育迟缓，数百万儿童长期营养不良。\n"
        f"{wrapped}\n\n"
        "     2．特别报告员建议各国加强社会保护。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[0].text.endswith(wrapped)


def test_a_fullwidth_figure_at_the_margin_below_an_indented_paragraph_goes_on() -> None:
    content = (
        "     1．全球仍有约1．5亿五岁以下儿童发育迟缓，数百万儿童长期营养不良。\n"
        "2．2023年，特别是在冲突地区，情况进一步恶化。\n\n"
        "     2．特别报告员建议各国加强社会保护。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[1].text == "特别报告员建议各国加强社会保护。"
