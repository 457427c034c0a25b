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
