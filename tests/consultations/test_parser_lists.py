"""Paragraph parser: lists as drafts and their Markdown copies print them (items under a numbered
heading, lazy and nested Markdown lists, pandoc's tables and notes, HTML line breaks) are read as
they render."""

from __future__ import annotations

from consultations.parser import Format, ParsedParagraph, parse_document


def anchors(content: str, fmt: Format = "text") -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, fmt).paragraphs]


def paragraph(content: str, anchor: str, fmt: Format = "text") -> ParsedParagraph:
    paragraphs = parse_document(content, fmt).paragraphs
    return next(found for found in paragraphs if found.anchor == anchor)


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
