"""Paragraph parser: lists as drafts and their Markdown copies print them (items under a numbered
heading, lazy and nested Markdown lists, pandoc's tables and notes, HTML line breaks) are read as
they render."""

from __future__ import annotations

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def test_items_under_an_action_heading_are_its_own() -> None:
    english = "Action 1. We will:\n\n(a) Do A;\n\n(b) Do B;\n\n(c) Do C.\n"
    chinese = "行动 1. 我们将：\n\n(a) 做甲；\n\n(b) 做乙；\n\n(c) 做丙。\n"
    expected = ["action-1", "action-1.a", "action-1.b", "action-1.c"]
    formats: tuple[Format, ...] = ("text", "markdown")
    for fmt in formats:
        assert anchors(english, fmt) == anchors(chinese, fmt) == expected
        assert not parse_document(english, fmt).warnings
        assert not parse_document(chinese, fmt).warnings
    assert paragraph(english, "action-1.b").text == "Do B;"
    assert paragraph(chinese, "action-1.c").text == "做丙。"
    assert paragraph(chinese, "action-1.b").parent == "action-1"


def test_items_under_an_objective_heading_are_its_own() -> None:
    english = "Objective 1. We will:\n\n(a) Do A;\n\n(b) Do B;\n\n(c) Do C.\n"
    chinese = "目标 1. 我们将：\n\n(a) 做甲；\n\n(b) 做乙；\n\n(c) 做丙。\n"
    expected = ["objective-1", "objective-1.a", "objective-1.b", "objective-1.c"]
    assert anchors(english) == anchors(chinese) == expected


def test_a_bold_objective_below_a_bold_action_label_stands_beside_it() -> None:
    english = (
        "**Action 2.** We will:\n\n(a) Do A;\n\n(b) Do B;\n\n(c) Do C.\n\n"
        "**Objective 2. Expand inclusion**\n\n(a) Do D;\n\n(b) Do E.\n"
    )
    chinese = (
        "**行动 2.** 我们将：\n\n(a) 做甲；\n\n(b) 做乙；\n\n(c) 做丙。\n\n"
        "**目标 2. 扩大包容**\n\n(a) 做丁；\n\n(b) 做戊。\n"
    )
    expected = [
        "action-2",
        "action-2.a",
        "action-2.b",
        "action-2.c",
        "objective-2",
        "objective-2.a",
        "objective-2.b",
    ]
    for content in (english, chinese):
        assert anchors(content, "markdown") == expected
        objective = paragraph(content, "objective-2", "markdown")
        assert objective.parent is None
        assert objective.heading_path == ()


def test_a_markdown_list_numbered_only_one_counts_up_as_it_renders() -> None:
    english = "# Draft\n\n1. We decide A.\n1. We decide B.\n1. We decide C.\n"
    chinese = "# 草案\n\n1. 我们决定甲。\n1. 我们决定乙。\n1. 我们决定丙。\n"
    for content in (english, chinese):
        # The title above paragraph 1 is skipped, as in plain text.
        assert anchors(content, "markdown") == ["1", "2", "3"]
        warnings = parse_document(content, "markdown").warnings
        assert [(w.line, w.message) for w in warnings] == [(1, "front matter skipped")]
    assert paragraph(english, "2", "markdown").text == "We decide B."
    assert paragraph(chinese, "3", "markdown").text == "我们决定丙。"
    assert paragraph(chinese, "3", "markdown").label == "3"
    # A real list restarting at 1, nested or in a list numbered otherwise, stays inside.
    english = (
        "The General Assembly,\n\n1. Decides:\n\n    1. to act;\n    1. to report;\n\n"
        "2. Requests a report.\n\n3. Decides:\n1. to act;\n1. to report;\n4. Decides to remain"
        " seized of the matter.\n"
    )
    chinese = (
        "大会，\n\n1. 决定：\n\n    1. 采取行动；\n    1. 提出报告；\n\n2. 请提出报告。\n\n"
        "3. 决定：\n1. 采取行动；\n1. 提出报告；\n4. 决定继续处理此案。\n"
    )
    for content in (english, chinese):
        assert anchors(content, "markdown") == ["p-1", "1", "2", "3", "4"]
    assert paragraph(english, "1", "markdown").text == "Decides:\n1. to act;\n1. to report;"
    assert paragraph(chinese, "3", "markdown").text == "决定：\n1. 采取行动；\n1. 提出报告；"


def test_the_rule_closing_a_pandoc_multiline_table_is_no_setext_underline() -> None:
    english = (
        "1.  *Decides* to allocate resources as follows:\n\n"
        "  -------------------------------------\n  Region           Share\n"
        "  ---------------- --------------------\n  Africa           20 %\n\n"
        "  Asia             30 %\n  -------------------------------------\n\n"
        "2.  *Requests* the Secretary-General to report;\n\n"
        "3.  *Decides* to remain seized of the matter.\n"
    )
    chinese = (
        "1.  *决定*按下表分配资源：\n\n"
        "  -------------------------------------\n  区域             份额\n"
        "  ---------------- --------------------\n  非洲             20 %\n\n"
        "  亚洲             30 %\n  -------------------------------------\n\n"
        "2.  *请*秘书长提出报告；\n\n3.  *决定*继续处理此案。\n"
    )
    for content in (english, chinese):
        assert anchors(content, "markdown") == ["1", "2", "3"]
        assert paragraph(content, "2", "markdown").parent is None
    assert paragraph(english, "1", "markdown").text.endswith("\nAfrica 20 %\nAsia 30 %")
    assert paragraph(chinese, "1", "markdown").text.endswith("\n非洲 20 %\n亚洲 30 %")
    # A Setext heading below the table is still one.
    below = english.replace("\n2.  ", "\nFollow-up\n---------\n\n2.  ")
    assert anchors(below, "markdown") == ["1", "p-2", "2", "3"]
    assert paragraph(below, "p-2", "markdown").kind == "heading"


def test_a_pandoc_inline_note_is_no_paragraph_text() -> None:
    english = (
        "The General Assembly,\n\n1. *Decides* A^[See resolution 70/1.];\n\n"
        "2. *Requests* B^[See [the report](https://undocs.org/A/79/1) [chap. II].].\n"
    )
    chinese = (
        "大会，\n\n1. *决定*甲^[见第 70/1 号决议。]；\n\n"
        "2. *请*乙^[见[报告](https://undocs.org/A/79/1) [第二章]。]。\n"
    )
    for content in (english, chinese):
        assert anchors(content, "markdown") == ["p-1", "1", "2"]
    assert paragraph(english, "1", "markdown").text == "Decides A;"
    assert paragraph(english, "2", "markdown").text == "Requests B."
    assert paragraph(chinese, "1", "markdown").text == "决定甲；"
    assert paragraph(chinese, "2", "markdown").text == "请乙。"


def test_an_html_line_break_joins_as_a_wrapped_line() -> None:
    for tag in ("<br>", "<br/>", "<br />", "<BR>"):
        english = f"1. Decides to establish a panel;{tag}composed of experts;\n\n2. Decides B.\n"
        chinese = f"1. 决定设立一个小组；{tag}由专家组成；\n\n2. 决定乙。\n"
        assert anchors(english, "markdown") == anchors(chinese, "markdown") == ["1", "2"]
        assert (
            paragraph(english, "1", "markdown").text
            == "Decides to establish a panel; composed of experts;"
        )
        assert paragraph(chinese, "1", "markdown").text == "决定设立一个小组；由专家组成；"


def test_pandoc_upper_case_items_indented_below_a_colon_are_the_paragraphs() -> None:
    english = (
        "1. We commit to:\n\n    A. Close the divides;\n    B. Foster inclusion;\n\n2. We decide.\n"
    )
    chinese = "1. 我们承诺：\n\n    A. 弥合数字鸿沟；\n    B. 促进包容；\n\n2. 我们决定。\n"
    for content in (english, chinese):
        assert anchors(content, "markdown") == ["1", "1.a", "1.b", "2"]
        assert paragraph(content, "1.b", "markdown").label == "1 B."
    assert paragraph(english, "1.a", "markdown").text == "Close the divides;"
    assert paragraph(chinese, "1.b", "markdown").text == "促进包容；"
    # At the margin, "A." stays a section's letter.
    assert anchors("1. We commit to:\n\nA. Connectivity\n\n2. We decide.\n", "markdown") == [
        "1",
        "section-a",
        "2",
    ]


def test_roman_items_indented_below_a_lettered_item_are_its_own() -> None:
    english = (
        "1. We commit to:\n   a. Close the divides;\n   b. Foster inclusion;\n"
        "      i. through training;\n      ii. through access;\n   c. Protect rights.\n"
        "2. We decide.\n"
    )
    chinese = (
        "1. 我们承诺：\n   a. 弥合数字鸿沟；\n   b. 促进包容；\n"
        "      i. 通过培训；\n      ii. 通过普及；\n   c. 保护权利。\n2. 我们决定。\n"
    )
    expected = ["1", "1.a", "1.b", "1.b.i", "1.b.ii", "1.c", "2"]
    for content in (english, chinese):
        assert anchors(content, "markdown") == expected
    assert paragraph(english, "1.b", "markdown").text == "Foster inclusion;"
    assert paragraph(english, "1.b.ii", "markdown").text == "through access;"
    assert paragraph(chinese, "1.b", "markdown").text == "促进包容；"
    assert paragraph(chinese, "1.b.i", "markdown").text == "通过培训；"
