"""Paragraph parser: a reference wrapped right before the item it asks for ("…paragraph 3 (a)" +
"(ii) of resolution 49/12, …", "…第 3(a)" + "㈡段的规定…", "…下文第二节" + "（一）部分所述…",
"…第 1(b)段" + "㈠至㈢目的规定…") goes on with its sentence: the marker opening the line below
is cited, no new item. A real item below a finished line stays an item."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    "text",
    [
        "1. Calls upon States, in line with paragraph 3 (a)\n"
        "(ii) of Human Rights Council resolution 49/12, to review their policies;\n"
        "2. Decides to remain seized of the matter.\n",
        "1. 吁请各国按照第 49/12 号决议第 3(a)\n㈡段的规定审查其政策；\n2. 决定继续处理此问题。\n",
        "1. Decides that the panel shall work as set out in section II\n"
        "(A) of the annex, and shall report;\n"
        "2. Decides to remain seized of the matter.\n",
        "1. 决定小组应按照下文第二节\n（一）部分所述方式开展工作，并提交报告。\n"
        "2. 决定继续处理此问题。\n",
    ],
    ids=["en-item", "zh-item", "en-section", "zh-section"],
)
def test_a_marker_completing_a_wrapped_reference_is_no_item(text: str) -> None:
    anchors = [p.anchor for p in parse_document(text).paragraphs]
    assert anchors == ["1", "2"]


@pytest.mark.parametrize(
    "text",
    [
        "1. Calls upon States:\n(a) To act;\n(b) To review, in line with paragraph 1 (b)\n"
        "(i) to (iii) of the present resolution, their policies;\n(c) To report.\n",
        "1. 吁请各国：\n(a) 采取行动；\n(b) 按照本决议第 1(b)段\n㈠至㈢目的规定审查其政策；\n"
        "(c) 提交报告。\n",
    ],
    ids=["en", "zh"],
)
def test_a_cited_range_of_items_inside_a_list_is_no_item(text: str) -> None:
    paragraphs = {p.anchor: p.text for p in parse_document(text).paragraphs}
    assert list(paragraphs) == ["1", "1.a", "1.b", "1.c"]
    assert "(iii)" in paragraphs["1.b"] or "㈢" in paragraphs["1.b"]


@pytest.mark.parametrize(
    "text",
    [
        "1. Calls upon States:\n(i) To act in line with paragraph 3 (a);\n"
        "(ii) To review their policies;\n",
        "1. 吁请各国：\n㈠ 按照第 3(a)段采取行动；\n㈡ 审查其政策；\n",
    ],
    ids=["en", "zh"],
)
def test_an_item_below_a_finished_reference_stays_an_item(text: str) -> None:
    anchors = [p.anchor for p in parse_document(text).paragraphs]
    assert anchors == ["1", "1.i", "1.ii"]
