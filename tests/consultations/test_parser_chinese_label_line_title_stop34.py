"""Paragraph parser: a Chinese heading whose label is printed alone on its line, the title on
the next ("第一章" + "会议", "附件一" + "…职权范围", "附录" + "…", "A" + "落实…"), is in
``heading_path`` with a space between label and title, as the same heading on one line
("第一章 会议") and as English ("Chapter I" + "Sessions" -> "Chapter I Sessions") print it;
its title's own wrapped lines are still joined with none."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _paths(content: str, fmt: Format = "text") -> list[tuple[str, ...]]:
    return [p.heading_path for p in parse_document(content, fmt).paragraphs if p.kind != "heading"]


@pytest.mark.parametrize(
    ("content", "path"),
    [
        ("第一章\n会议\n1. 全球对话每年举行一次会议。\n", ("第一章 会议",)),
        (
            "附件一\n全球对话的职权范围\n1. 全球对话每年举行一次会议。\n",
            ("附件一 全球对话的职权范围",),
        ),
        ("附件\n附录\n名单\n1. 全球对话每年举行一次会议。\n", ("附件", "附录 名单")),
        (
            "一、导言\n1. 本报告是根据决议提交的。\nA\n落实和后续行动\n2. 各委员会提供支持。\n",
            ("一、导言", "A 落实和后续行动"),
        ),
        ("Chapter I\nSessions\n1. The Dialogue meets once a year.\n", ("Chapter I Sessions",)),
    ],
)
def test_a_label_alone_on_its_line_is_apart_from_its_title(
    content: str, path: tuple[str, ...]
) -> None:
    assert _paths(content)[-1] == path


def test_one_line_and_two_line_chinese_chapters_have_one_path() -> None:
    one_line = _paths("第一章 会议\n1. 全球对话每年举行一次会议。\n")
    assert _paths("第一章\n会议\n1. 全球对话每年举行一次会议。\n") == one_line


def test_markdown_label_heading_and_title_heading_are_apart() -> None:
    assert _paths("## 第一章\n\n## 会议\n\n1. 全球对话每年举行一次会议。\n", "markdown") == [
        ("第一章 会议",)
    ]


def test_a_wrapped_chinese_title_is_still_joined_with_no_space() -> None:
    paths = _paths("第一章\n全球对话的落实\n和后续行动\n1. 全球对话每年举行一次会议。\n")
    assert paths == [("第一章 全球对话的落实和后续行动",)]
