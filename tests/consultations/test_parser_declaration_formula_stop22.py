"""Paragraph parser: the formula a declaration's preamble ends with ("Adopt the following outcome
document:", "Declare as follows:", "兹宣布：") is an unnumbered paragraph, never a preambular one,
and the "We, …," and the paragraphs below it stay the preamble, also with a heading between the
formula and paragraph 1; a decision that numbers no paragraph ("大会，" + "回顾…，" + "决定：" +
"(a) …") has its preamble too."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

_EN = (
    "We, the Heads of State and Government, gathered at United Nations Headquarters on 21 "
    "September 2023,\n\n"
    "Recalling General Assembly resolution 74/2,\n\n"
    "Reaffirming the 2030 Agenda for Sustainable Development,\n\n"
    "{formula}\n\n"
    "{heading}"
    "1. We reaffirm that health is a precondition for sustainable development;\n\n"
    "2. We commit to accelerate progress towards universal health coverage.\n"
)
_ZH = (
    "我们，国家元首和政府首脑以及国家和政府代表，于 2023 年 9 月 21 日聚集在联合国，\n\n"
    "回顾大会第 74/2 号决议，\n\n"
    "重申《2030 年可持续发展议程》，\n\n"
    "{formula}\n\n"
    "{heading}"
    "1. 重申健康是实现可持续发展的先决条件；\n\n"
    "2. 承诺加快实现全民健康覆盖。\n"
)


@pytest.mark.parametrize(
    ("template", "formula", "heading"),
    [
        (_EN, "Adopt the following outcome document:", "Introduction"),
        (_EN, "Declare the following:", "Introduction"),
        (_ZH, "通过以下成果文件：", "导言"),
        (_ZH, "兹宣布：", "导言"),
    ],
)
def test_a_heading_below_a_declarations_formula_keeps_the_preamble_and_heads_the_text(
    template: str, formula: str, heading: str
) -> None:
    content = template.format(formula=formula, heading=f"{heading}\n\n")
    assert anchors(content) == ["pp1", "pp2", "pp3", "p-4", "p-5", "1", "2"]
    assert paragraph(content, "p-4").text == formula
    assert paragraph(content, "p-4").kind == "unnumbered"
    assert paragraph(content, "p-5").kind == "heading"
    assert paragraph(content, "1").heading_path == (heading,)
    assert not [w for w in parse_document(content).warnings if "front matter" in w.message]


@pytest.mark.parametrize(
    ("template", "formula"),
    [
        (_EN, "Adopt the following outcome document:"),
        (_EN, "Declare the following:"),
        (_EN, "Agree as follows:"),
        (_EN, "Declare as follows:"),
        (_EN, "Declare that:"),
        (_EN, "Solemnly declare that:"),
        (_ZH, "通过以下成果文件："),
        (_ZH, "兹宣布："),
        (_ZH, "宣布："),
    ],
)
def test_a_declarations_formula_right_above_paragraph_1_is_no_preambular_paragraph(
    template: str, formula: str
) -> None:
    content = template.format(formula=formula, heading="")
    assert anchors(content) == ["pp1", "pp2", "pp3", "p-4", "1", "2"]
    assert paragraph(content, "p-4").text == formula


@pytest.mark.parametrize(
    ("chapeau", "adopts", "title", "we", "recalling", "reaffirming", "formula", "heading"),
    [
        (
            "The General Assembly,",
            "Adopts the following political declaration:",
            "Political declaration of the high-level meeting on universal health coverage",
            "We, Heads of State and Government and representatives of States and Governments, "
            "assembled at the United Nations on 21 September 2023,",
            "Recalling General Assembly resolution 74/2,",
            "Reaffirming the 2030 Agenda for Sustainable Development,",
            "Adopt the following outcome document:",
            "Introduction",
        ),
        (
            "大会，",
            "通过以下政治宣言：",
            "关于全民健康覆盖的高级别会议的政治宣言",
            "我们，国家元首和政府首脑以及国家和政府代表，于 2023 年 9 月 21 日聚集在联合国，",
            "回顾大会第 74/2 号决议，",
            "重申《2030 年可持续发展议程》，",
            "通过以下成果文件：",
            "导言",
        ),
    ],
)
def test_below_the_adopting_resolution_the_declarations_own_formula_is_told_apart(
    chapeau: str,
    adopts: str,
    title: str,
    we: str,
    recalling: str,
    reaffirming: str,
    formula: str,
    heading: str,
) -> None:
    lines = [chapeau, adopts, title, we, recalling, reaffirming, formula, heading]
    content = "\n\n".join(lines) + "\n\n1. Reaffirm A;\n\n2. Commit to B.\n"
    assert anchors(content) == ["p-1", "p-2", "pp1", "pp2", "pp3", "p-6", "p-7", "1", "2"]
    # The resolution's "Adopts …:" / "通过以下政治宣言：" is no preambular paragraph either.
    assert paragraph(content, "p-2").text == adopts
    assert paragraph(content, "p-6").text == formula
    assert paragraph(content, "p-7").kind == "heading"
    # Without the heading, the same anchors but for it.
    without = content.replace(f"{heading}\n\n", "")
    assert anchors(without) == ["p-1", "p-2", "pp1", "pp2", "pp3", "p-6", "1", "2"]


def test_a_declaration_under_a_we_chapeau_ends_its_preamble_with_the_formula() -> None:
    content = (
        "We, the Member States,\n\nRecalling resolution 70/1,\n\nDeclare as follows:\n\n"
        "1. We decide A;\n\n2. We decide B.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "p-3", "1", "2"]


@pytest.mark.parametrize(
    "content",
    [
        "大会，\n\n回顾其第 70/125 号决议，\n\n决定：\n\n"
        "(a) 高级别会议将于 2025 年 12 月 16 日举行；\n\n(b) 会议将包括全体会议。\n",
        "The General Assembly,\n\nRecalling its resolution 70/125,\n\nDecides:\n\n"
        "(a) That the high-level meeting shall be held on 16 December 2025;\n\n"
        "(b) That the meeting shall consist of plenary meetings.\n",
    ],
)
def test_a_decision_without_numbered_paragraphs_has_its_preamble(content: str) -> None:
    assert anchors(content) == ["p-1", "pp1", "p-3", "p-3.a", "p-3.b"]
    assert paragraph(content, "pp1").kind == "preamble"
    # A report's lead-in and its items, no chapeau above: no preamble.
    report = (
        "The Committee held three meetings in 2024, during which it reviewed the reports "
        "submitted to it.\n\nNoting the progress made, the Committee made the following "
        "recommendations:\n\n(a) That the secretariat prepare a report;\n\n"
        "(b) That the next session be held in Geneva.\n"
    )
    assert anchors(report) == ["p-1", "p-2", "p-2.a", "p-2.b"]
