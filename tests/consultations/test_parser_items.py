"""Paragraph parser: how items and paragraphs are numbered, whatever the copy prints ("i." as
pandoc writes a roman list, "(1)" as model laws number an article's paragraphs), so that every
language of a text gives its paragraphs the same anchors."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _anchors(content: str, fmt: Format = "text") -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, fmt).paragraphs]


# -- roman items with a full stop ---------------------------------------------------------------

_ROMAN_ITEMS_EN = (
    "7. Notes the progress made.\n\n8. Decides that the Forum shall:\n\n"
    "{indent}i. Discuss public policy issues;\n\n"
    "{indent}ii. Facilitate discourse between bodies;\n\n"
    "9. Decides to remain seized of the matter.\n"
)
_ROMAN_ITEMS_ZH = (
    "7. 注意到所取得的进展。\n\n8. 决定论坛应：\n\n"
    "㈠ 讨论公共政策问题；\n\n㈡ 促进机构之间的对话；\n\n"
    "9. 决定继续处理此案。\n"
)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (_ROMAN_ITEMS_EN.format(indent=""), "text"),
        (_ROMAN_ITEMS_EN.format(indent=""), "markdown"),
        (_ROMAN_ITEMS_EN.format(indent="   "), "markdown"),
        (_ROMAN_ITEMS_ZH, "text"),
        (_ROMAN_ITEMS_ZH, "markdown"),
    ],
    ids=["en-text", "en-markdown", "en-markdown-indented", "zh-text", "zh-markdown"],
)
def test_roman_items_with_a_full_stop_right_below_a_numbered_paragraph(
    content: str, fmt: Format
) -> None:
    paragraphs = parse_document(content, fmt).paragraphs
    assert [paragraph.anchor for paragraph in paragraphs] == ["7", "8", "8.i", "8.ii", "9"]
    assert paragraphs[1].text in ("Decides that the Forum shall:", "决定论坛应：")
    assert paragraphs[2].parent == "8"


@pytest.mark.parametrize(
    "content",
    [
        "1. Calls upon States:\n\n"
        + "".join(f"{letter}. To act {letter};\n\n" for letter in "abcdefgh")
        + "i. To act i;\n\nj. To report;\n\n2. Decides.\n",
        "1. 吁请各国：\n\n"
        + "".join(f"({letter}) 采取行动 {letter}；\n\n" for letter in "abcdefgh")
        + "(i) 采取行动 i；\n\n(j) 提交报告；\n\n2. 决定。\n",
    ],
    ids=["en", "zh"],
)
def test_i_with_a_full_stop_after_h_is_the_letter(content: str) -> None:
    letters = [f"1.{letter}" for letter in "abcdefghij"]
    assert _anchors(content) == ["1", *letters, "2"]


# -- items numbered "(1)" or circled ------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "1. Decides that the Forum shall:\n\n(1) Meet annually;\n\n(2) Report to the Assembly;\n\n"
        "2. Requests a report.\n",
        "1. Decides that the Forum shall:\n\n\\(1\\) Meet annually;\n\n\\(2\\) Report;\n\n"
        "2. Requests a report.\n",
        "1. 决定论坛应：\n\n（1）每年举行会议；\n\n（2）向大会报告；\n\n2. 请提交报告。\n",
        "1. 决定论坛应：\n\n① 每年举行会议；\n\n② 向大会报告；\n\n2. 请提交报告。\n",
    ],
    ids=["en", "en-escaped", "zh", "zh-circled"],
)
def test_items_numbered_in_parentheses_below_a_colon_stay_in_their_paragraph_in_markdown(
    content: str,
) -> None:
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [paragraph.anchor for paragraph in paragraphs] == ["1", "2"]
    assert len(paragraphs[0].text.splitlines()) == 3
