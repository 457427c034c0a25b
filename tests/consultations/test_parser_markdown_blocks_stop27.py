"""Paragraph parser: in Markdown whose blank lines set its paragraphs apart (pandoc wraps it at
72 columns), the lines of one block are one paragraph, wherever a sentence stopped at a line's
end, and so are the lines around a hard break ("\\", "<br>"): an English copy wrapped there
numbers as its unwrapped Chinese copy does (the audit found "…in July 2026." + "It was co-chaired
…" split in two, every anchor after it shifted, and the translation refused). A bullet carrying
its item's label ("- \\(a\\) …", "- （a）…") is that item, 2.a, not a list's entry glued into
paragraph 2. A copy with a paragraph a line and no blank lines keeps its paragraphs apart."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

from .parser_helpers import anchors, parsed_rows

_SPLIT_EN = """\
### Introduction

The first meeting of the Global Dialogue was held in Geneva in July 2026.
It was co-chaired by the Permanent Representatives of Costa Rica and of
Spain.

### Next steps

The second meeting will be held in New York in 2027.
"""

_SPLIT_ZH = """\
### 导言

全球对话第一次会议于2026年7月在日内瓦举行。会议由哥斯达黎加和西班牙常驻代表共同主持。

### 下一步

第二次会议将于2027年在纽约举行。
"""


def test_a_wrapped_paragraph_is_one_whatever_its_lines_end_with() -> None:
    rows = parsed_rows(_SPLIT_EN, "markdown")
    assert [(anchor, parent) for anchor, _, parent, _ in rows] == [
        ("p-1", None),
        ("p-2", "p-1"),
        ("p-3", None),
        ("p-4", "p-3"),
    ]
    assert rows[1][3] == (
        "The first meeting of the Global Dialogue was held in Geneva in July 2026. It was"
        " co-chaired by the Permanent Representatives of Costa Rica and of Spain."
    )
    assert anchors(_SPLIT_ZH, "markdown") == [row[0] for row in rows]
    assert parsed_rows(_SPLIT_ZH, "markdown")[1][3] == (
        "全球对话第一次会议于2026年7月在日内瓦举行。会议由哥斯达黎加和西班牙常驻代表共同主持。"
    )


_ITEM_EN = """\
# Principles

1\\. Our cooperation will be guided by the following principles:

\\(a\\) Inclusive. The participation of all countries is the foundation
of this Compact. Our cooperation will bridge all digital divides.
Everyone should benefit equally;

\\(b\\) Development-oriented. The Compact is rooted in the 2030 Agenda.
"""

_ITEM_ZH = """\
# 原则

1\\. 我们的合作将遵循以下原则：

\\(a\\) 包容。所有国家的参与是本契约的基石。我们的合作将弥合所有数字鸿沟。人人都应平等受益；

\\(b\\) 以发展为导向。本契约植根于《2030年议程》。
"""


@pytest.mark.parametrize(
    ("content", "item_a"),
    [
        (
            _ITEM_EN,
            "Inclusive. The participation of all countries is the foundation of this Compact."
            " Our cooperation will bridge all digital divides. Everyone should benefit equally;",
        ),
        (
            _ITEM_ZH,
            "包容。所有国家的参与是本契约的基石。我们的合作将弥合所有数字鸿沟。人人都应平等受益；",
        ),
    ],
)
def test_a_wrapped_item_is_whole_and_the_next_item_follows_it(content: str, item_a: str) -> None:
    rows = parsed_rows(content, "markdown")
    # The only heading above paragraph 1 is its title, skipped as in plain text.
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("1", "operative", None),
        ("1.a", "subparagraph", "1"),
        ("1.b", "subparagraph", "1"),
    ]
    assert rows[1][3] == item_a
    warnings = parse_document(content, "markdown").warnings
    assert [(w.line, w.message) for w in warnings] == [(1, "front matter skipped")]


@pytest.mark.parametrize(
    ("content", "joined"),
    [
        (
            "### Introduction\n\nMore than 150 Member States took part.\\\n"
            "Statements are available on the web page.\n\n### Next steps\n\n"
            "The second meeting will be held in New York in 2027.\n",
            "More than 150 Member States took part. Statements are available on the web page.",
        ),
        (
            "### Introduction\n\nMore than 150 Member States took part.<br>\n"
            "Statements are available on the web page.\n\n### Next steps\n\n"
            "The second meeting will be held in New York in 2027.\n",
            "More than 150 Member States took part. Statements are available on the web page.",
        ),
        (
            "### 导言\n\n150多个会员国和300个利益攸关方参加了会议。\\\n发言可在对话网页上查阅。\n\n"
            "### 下一步\n\n第二次会议将于2027年在纽约举行。\n",
            "150多个会员国和300个利益攸关方参加了会议。发言可在对话网页上查阅。",
        ),
    ],
)
def test_a_hard_break_goes_on_in_its_paragraph(content: str, joined: str) -> None:
    rows = parsed_rows(content, "markdown")
    assert [row[0] for row in rows] == ["p-1", "p-2", "p-3", "p-4"]
    assert (rows[1][2], rows[1][3]) == ("p-1", joined)


def test_a_bullets_indented_lines_are_its_own() -> None:
    content = (
        "### Key messages\n\n"
        "-   Participants welcomed the launch of the Dialogue as a universal and\n"
        "    inclusive platform. They looked forward to its first full meeting.\n"
        "    Several participants called for a focus on capacity-building.\n\n"
        "-   Many speakers stressed the need to close the AI capacity gap.\n\n"
        "### Next steps\n\n"
        "The second meeting will be held in New York in 2027.\n"
    )
    rows = parsed_rows(content, "markdown")
    assert [(anchor, parent) for anchor, _, parent, _ in rows] == [
        ("p-1", None),
        ("p-2", "p-1"),
        ("p-3", "p-1"),
        ("p-4", None),
        ("p-5", "p-4"),
    ]
    assert rows[1][3].endswith(
        "its first full meeting. Several participants called for a focus on capacity-building."
    )


_SUMMARY_EN = (
    (
        "# Co-Chairs' summary of the first meeting of the Global Dialogue on Artificial"
        " Intelligence Governance\n"
    )
    + """
## Opening segment

The first meeting of the Global Dialogue on Artificial Intelligence
Governance was held in Geneva on 6 and 7 July 2026, pursuant to General
Assembly resolution 79/325. The President of the General Assembly opened
the meeting, which was webcast live on UN Web TV in all six languages.
More than 150 Member States and 300 stakeholders took part.

## Next steps

The Co-Chairs will transmit the present summary to the President of the
General Assembly. The second meeting will be held in New York in 2027.
"""
)

_SUMMARY_ZH = """\
# 共同主席关于人工智能治理问题全球对话第一次会议的总结

## 开幕部分

{opening}

## 下一步

共同主席将把本总结转交大会主席。第二次会议将于 2027 年在纽约举行。
""".format(
    opening="人工智能治理问题全球对话第一次会议根据大会第 79/325 号决议，于 2026 年 7 月 6 日和"
    " 7 日在日内瓦举行。大会主席宣布会议开幕。150 多个会员国和 300 个利益攸关方参加了会议。"
)


def test_a_wrapped_summary_numbers_as_its_unwrapped_translation() -> None:
    english = parsed_rows(_SUMMARY_EN, "markdown")
    chinese = parsed_rows(_SUMMARY_ZH, "markdown")
    assert [row[:3] for row in english] == [row[:3] for row in chinese]
    # The title and the opening section's heading above the first paragraph of prose are the
    # title block, skipped as in plain text.
    assert [row[0] for row in english] == ["p-1", "p-2", "p-3"]
    assert english[0][3].endswith(
        "in all six languages. More than 150 Member States and 300 stakeholders took part."
    )


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (
            "1\\. We recognize that digital divides persist.\n\n2\\. We commit to:\n\n"
            "- \\(a\\) Strengthening international cooperation;\n"
            "- \\(b\\) Improving affordability;\n- \\(c\\) Building digital skills.\n\n"
            "3\\. We decide to review progress.\n",
            "markdown",
        ),
        (
            "1. We recognize that digital divides persist.\n\n2. We commit to:\n\n"
            "* (a) Strengthening international cooperation;\n"
            "* (b) Improving affordability;\n* (c) Building digital skills.\n\n"
            "3. We decide to review progress.\n",
            "markdown",
        ),
        (
            "1\\. 我们认识到数字鸿沟依然存在。\n\n2\\. 我们承诺：\n\n"
            "- （a）加强国际合作；\n- （b）提高可负担性；\n- （c）建设数字技能。\n\n"
            "3\\. 我们决定审查进展情况。\n",
            "markdown",
        ),
        (
            "1. 我们认识到数字鸿沟依然存在。\n\n2. 我们承诺：\n\n"
            "• (a) 加强国际合作；\n• (b) 提高可负担性；\n• (c) 建设数字技能。\n\n"
            "3. 我们决定审查进展情况。\n",
            "text",
        ),
    ],
)
def test_a_bullet_carrying_its_items_label_is_that_item(content: str, fmt: str) -> None:
    rows = parsed_rows(content, "markdown" if fmt == "markdown" else "text")
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("1", "operative", None),
        ("2", "operative", None),
        ("2.a", "subparagraph", "2"),
        ("2.b", "subparagraph", "2"),
        ("2.c", "subparagraph", "2"),
        ("3", "operative", None),
    ]
    assert rows[1][3] in ("We commit to:", "我们承诺：")
    assert rows[2][3] in ("Strengthening international cooperation;", "加强国际合作；")


# Near misses: what the rule leaves as it was.


@pytest.mark.parametrize(
    "content",
    [
        # A web copy with a paragraph a line, blank lines only around its headings.
        "## Introduction\n\n"
        "The first meeting of the Global Dialogue was held in Geneva in July 2026.\n"
        "It was co-chaired by the Permanent Representatives of Costa Rica and Spain.\n"
        "More than 150 Member States took part.\n\n"
        "## Next steps\n\nThe second meeting will be held in New York in 2027.\n",
        # No blank line anywhere.
        "## Introduction\n"
        "The first meeting of the Global Dialogue was held in Geneva in July 2026.\n"
        "It was co-chaired by the Permanent Representatives of Costa Rica and Spain.\n"
        "More than 150 Member States took part.\n"
        "## Next steps\nThe second meeting will be held in New York in 2027.\n",
        "## 导言\n\n全球对话第一次会议于2026年7月在日内瓦举行。\n"
        "会议由哥斯达黎加和西班牙常驻代表共同主持。\n150多个会员国参加了会议。\n\n"
        "## 下一步\n\n第二次会议将于2027年在纽约举行。\n",
    ],
)
def test_a_copy_with_a_paragraph_a_line_keeps_them_apart(content: str) -> None:
    rows = parsed_rows(content, "markdown")
    assert [(anchor, parent) for anchor, _, parent, _ in rows] == [
        ("p-1", None),
        ("p-2", "p-1"),
        ("p-3", "p-1"),
        ("p-4", "p-1"),
        ("p-5", None),
        ("p-6", "p-5"),
    ]


def test_a_line_at_the_margin_below_a_list_is_a_paragraph_of_its_own() -> None:
    content = (
        "### Key messages\n\n"
        "The participants stressed the following points, which were raised by many\n"
        "speakers during the discussion:\n\n"
        "-   Digital inclusion is a priority for all countries.\n"
        "-   Data governance requires international cooperation.\n"
        "The Co-Chairs thanked all participants for their contributions to the\n"
        "meeting.\n"
    )
    rows = parsed_rows(content, "markdown")
    # The heading above the first paragraph of prose is skipped, as in plain text.
    assert [row[0] for row in rows] == ["p-1", "p-2"]
    assert rows[1][3] == (
        "The Co-Chairs thanked all participants for their contributions to the meeting."
    )


def test_a_title_and_a_preambular_paragraph_in_a_block_stand_apart() -> None:
    content = (
        "The General Assembly,\n\n"
        "Recalling its resolution 79/1 of 22 September 2024, by which it adopted\n"
        "the Pact for the Future.\n"
        "Reaffirming its commitment to the Global Digital Compact,\n\n"
        "1\\. Decides to convene the second meeting of the Dialogue in New York in\n"
        "2027, and requests the Secretary-General to support it.\n"
        "Agenda item 5\n\n"
        "2\\. Requests the President of the General Assembly to consult Member\n"
        "States on the modalities of the meeting.\n"
    )
    rows = parsed_rows(content, "markdown")
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("p-1", "unnumbered", None),
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("1", "operative", None),
        ("p-5", "heading", None),
        ("2", "operative", "p-5"),
    ]


@pytest.mark.parametrize(
    ("bullets", "kept"),
    [
        (
            "- \\(1\\) Strengthening international cooperation;\n"
            "- \\(2\\) Improving affordability.",
            "We commit to:\n(1) Strengthening international cooperation;\n(2) Improving"
            " affordability.",
        ),
        (
            "- Strengthening international cooperation;\n- Improving affordability.",
            "We commit to:\nStrengthening international cooperation;\nImproving affordability.",
        ),
    ],
)
def test_other_bullets_stay_in_the_paragraph(bullets: str, kept: str) -> None:
    content = (
        "1\\. We recognize that digital divides persist.\n\n2\\. We commit to:\n\n"
        f"{bullets}\n\n3\\. We decide to review progress.\n"
    )
    rows = parsed_rows(content, "markdown")
    assert [row[0] for row in rows] == ["1", "2", "3"]
    assert rows[1][3] == kept
