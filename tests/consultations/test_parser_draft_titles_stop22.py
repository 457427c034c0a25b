"""Paragraph parser: a report's draft resolution or decision, its title above the chapeau or the
decision's opening ("The Economic and Social Council:" / "经济及社会理事会："). The title, however
wide and on one line or two (``pdftotext -layout`` centring it), is a heading, never the
chapeau's first words, and the draft is a part of its own."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# pdftotext -layout: the report's number column, the centred two-line title, the indented
# chapeau and preamble.
_LAYOUT_ZH = (
    "                                           第一章\n"
    "                     需要经济及社会理事会采取行动或提请其注意的事项\n"
    "\n"
    "                                          A. 决议草案\n"
    "\n"
    "        1.    科学和技术促进发展委员会建议经济及社会理事会通过以下决议草案：\n"
    "\n"
    "                                           决议草案一\n"
    "                           信息社会世界峰会成果执行和后续行动进展评估\n"
    "\n"
    "            经济及社会理事会，\n"
    "\n"
    "            回顾信息社会世界峰会的成果文件，\n"
    "\n"
    "            欢迎秘书长关于执行进展情况的报告，\n"
    "\n"
    "        1.    鼓励所有利益攸关方继续执行信息社会世界峰会的成果；\n"
    "\n"
    "        2.    请秘书长继续每年提交报告。\n"
)


def test_a_centred_two_line_title_never_takes_the_chapeau_below_it() -> None:
    assert anchors(_LAYOUT_ZH) == [
        "section-1",
        "section-1.a",
        "1",
        "p-4",
        "p-5",
        "part-2/pp1",
        "part-2/pp2",
        "part-2/1",
        "part-2/2",
    ]
    title = paragraph(_LAYOUT_ZH, "p-4")
    assert title.kind == "heading"
    assert title.text == "决议草案一信息社会世界峰会成果执行和后续行动进展评估"
    assert paragraph(_LAYOUT_ZH, "p-5").text == "经济及社会理事会，"
    assert paragraph(_LAYOUT_ZH, "part-2/2").text == "请秘书长继续每年提交报告。"


def test_a_title_above_the_next_drafts_chapeau_after_a_finished_paragraph_is_a_heading() -> None:
    second = (
        "\n"
        "                                           决议草案二\n"
        "                                    科学、技术和创新促进发展\n"
        "\n"
        "            经济及社会理事会，\n"
        "\n"
        "            确认科学、技术和创新对于实现可持续发展目标的重要作用，\n"
        "\n"
        "        1.    鼓励会员国制定科学、技术和创新政策；\n"
    )
    content = _LAYOUT_ZH + second
    assert anchors(content)[9:] == ["p-10", "p-11", "part-3/pp1", "part-3/1"]
    assert paragraph(content, "p-10").kind == "heading"
    assert paragraph(content, "p-11").text == "经济及社会理事会，"


_DECISION_ZH = (
    "第一章\n需要经济及社会理事会采取行动或提请其注意的事项\n\n"
    "A. 决定草案\n\n"
    "1. 科学和技术促进发展委员会建议经济及社会理事会通过以下决定草案：\n\n"
    "科学和技术促进发展委员会第二十八届会议报告和第二十九届会议临时议程及文件\n\n"
    "经济及社会理事会：\n\n"
    "(a) 注意到科学和技术促进发展委员会第二十八届会议报告；\n\n"
    "(b) 核可委员会第二十九届会议临时议程。\n\n"
    "第二章\n信息社会世界峰会成果执行和后续行动进展情况\n\n"
    "2. 委员会在 2025 年 4 月 7 日第 1 次会议上审议了议程项目 2。\n"
)
_DECISION_EN = (
    "Chapter I\nMatters calling for action by the Economic and Social Council\n\n"
    "A. Draft decision\n\n"
    "1. The Commission on Science and Technology for Development recommends to the Economic "
    "and Social Council the adoption of the following draft decision:\n\n"
    "Report of the Commission on Science and Technology for Development on its twenty-eighth "
    "session and provisional agenda and documentation for the twenty-ninth session of the "
    "Commission\n\n"
    "The Economic and Social Council:\n\n"
    "(a) Takes note of the report of the Commission on its twenty-eighth session;\n\n"
    "(b) Approves the provisional agenda for the twenty-ninth session of the Commission.\n\n"
    "Chapter II\nProgress made in the implementation of the outcomes of the World Summit\n\n"
    "2. The Commission considered agenda item 2 at its 1st meeting, on 7 April 2025.\n"
)


@pytest.mark.parametrize(
    ("content", "opening"),
    [(_DECISION_ZH, "经济及社会理事会："), (_DECISION_EN, "The Economic and Social Council:")],
)
def test_a_draft_decisions_title_never_takes_the_decisions_opening(
    content: str, opening: str
) -> None:
    assert anchors(content) == [
        "section-1",
        "section-1.a",
        "1",
        "p-4",
        "p-5",
        "p-5.a",
        "p-5.b",
        "section-2",
        "2",
    ]
    assert paragraph(content, "p-4").kind == "heading"
    assert paragraph(content, "p-5").text == opening
    assert paragraph(content, "p-5.a").parent == "p-5"
    # The report goes on after the decision, outside its title.
    assert paragraph(content, "2").parent == "section-2"


def test_a_role_a_terms_of_reference_lists_opens_no_other_text() -> None:
    # "The Bureau:" + its items under a heading is no decision's opening: no organ acts there.
    content = (
        "II. Functions\n\n1. The Bureau consists of the Chair and a Rapporteur.\n\n"
        "III. Roles\n\nThe Bureau:\n\n(a) Prepares the sessions of the Commission;\n\n"
        "(b) Conducts intersessional consultations.\n\n"
        "2. These terms of reference may be revised by the Commission.\n"
    )
    result = parse_document(content)
    assert not [w for w in result.warnings if "another text begins" in w.message]
    assert [p.anchor for p in result.paragraphs if p.kind == "operative"] == ["1", "2"]
