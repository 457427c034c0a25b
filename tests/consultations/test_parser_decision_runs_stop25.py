"""Paragraph parser: a run of decisions as a decisions compilation or a report's chapter prints
them ("Decision 2025/216" / "第 2025/216 号决定" + its title + its text, then the next): each
decision is a heading with its title over its paragraphs, never front matter, and names listed
one a line under an unnumbered sentence's colon ("…the following non-governmental
organizations:" + "Asia Internet Society") are lines of that sentence, never dropped."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "          Decision 2025/216\n"
    "          Independent expert group on artificial intelligence for development\n\n"
    "                  At its 30th plenary meeting, on 24 July 2025, the Economic and Social\n"
    "          Council decided:\n"
    "                  (a)    To establish an independent expert group on artificial\n"
    "                         intelligence for development;\n"
    "                  (b)    To request the Secretary-General to support the expert group.\n\n"
    "          Decision 2025/217\n"
    "          Consultative status of non-governmental organizations\n\n"
    "                  At its 30th plenary meeting, on 24 July 2025, the Economic and Social\n"
    "          Council decided to grant consultative status to the following\n"
    "          non-governmental organizations:\n"
    "                  Global Digital Rights Alliance\n"
    "                  Asia Internet Society\n"
    "                  Africa Open Data Network\n"
)
CHINESE = (
    "          第 2025/216 号决定\n"
    "          人工智能促进发展问题独立专家小组\n\n"
    "                  经济及社会理事会在 2025 年 7 月 24 日第 30 次全体会议上决定：\n"
    "                  (a)    设立一个人工智能促进发展问题独立专家小组；\n"
    "                  (b)    请秘书长为专家小组提供支助。\n\n"
    "          第 2025/217 号决定\n"
    "          非政府组织的咨商地位\n\n"
    "                  经济及社会理事会在 2025 年 7 月 24 日第 30 次全体会议上决定给予以下\n"
    "          非政府组织咨商地位：\n"
    "                  全球数字权利联盟\n"
    "                  亚洲互联网协会\n"
    "                  非洲开放数据网络\n"
)
NEXT_DECISION = {
    "en": (
        "\n          Decision 2025/218\n"
        "          Venue of the session\n\n"
        "                  At its 30th plenary meeting, on 24 July 2025, the Council decided to\n"
        "          hold its session in Geneva.\n"
    ),
    "zh": (
        "\n          第 2025/218 号决定\n"
        "          会议地点\n\n"
        "                  经济及社会理事会在 2025 年 7 月 24 日第 30 次全体会议上决定在日内瓦\n"
        "          举行会议。\n"
    ),
}


@pytest.mark.parametrize(
    ("content", "headings"),
    [
        (
            ENGLISH,
            [
                "Decision 2025/216 Independent expert group on artificial intelligence for "
                "development",
                "Decision 2025/217 Consultative status of non-governmental organizations",
            ],
        ),
        (
            CHINESE,
            [
                "第 2025/216 号决定人工智能促进发展问题独立专家小组",
                "第 2025/217 号决定非政府组织的咨商地位",
            ],
        ),
    ],
)
def test_each_decision_of_a_run_heads_its_text(content: str, headings: list[str]) -> None:
    result = parse_document(content)
    paragraphs = result.paragraphs
    assert [p.text for p in paragraphs if p.kind == "heading"] == headings
    assert [p.anchor for p in paragraphs] == ["p-1", "p-2", "p-2.a", "p-2.b", "p-5", "p-6"]
    assert [p.parent for p in paragraphs] == [None, "p-1", "p-2", "p-2", None, "p-5"]
    assert not any(w.message == "front matter skipped" for w in result.warnings)


@pytest.mark.parametrize(
    ("content", "names"),
    [
        (
            ENGLISH,
            ["Global Digital Rights Alliance", "Asia Internet Society", "Africa Open Data Network"],
        ),
        (CHINESE, ["全球数字权利联盟", "亚洲互联网协会", "非洲开放数据网络"]),
    ],
)
def test_names_below_a_decisions_colon_are_lines_of_its_sentence(
    content: str, names: list[str]
) -> None:
    result = parse_document(content)
    last = result.paragraphs[-1]
    assert last.anchor == "p-6"
    assert last.text.split("\n")[1:] == names
    assert not any(w.message == "trailing text skipped" for w in result.warnings)


def test_the_languages_anchor_a_run_of_decisions_alike() -> None:
    english = parse_document(ENGLISH + NEXT_DECISION["en"]).paragraphs
    chinese = parse_document(CHINESE + NEXT_DECISION["zh"]).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in english] == [
        (p.anchor, p.kind, p.parent) for p in chinese
    ]
    assert [p.anchor for p in english if p.kind == "heading"] == ["p-1", "p-5", "p-7"]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_next_decision_below_a_list_of_names_heads_its_own_text(language: str) -> None:
    content = (ENGLISH if language == "en" else CHINESE) + NEXT_DECISION[language]
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[-3].text.split("\n")[-1] in ("Africa Open Data Network", "非洲开放数据网络")
    assert paragraphs[-2].kind == "heading"
    assert paragraphs[-2].text.startswith(("Decision 2025/218", "第 2025/218 号决定"))
    assert paragraphs[-1].parent == paragraphs[-2].anchor


def test_names_below_a_numbered_paragraph_stop_at_the_next_decision() -> None:
    content = (
        "1. The Council decided to grant consultative status to the following organizations:\n"
        "Global Digital Rights Alliance\nAsia Internet Society\n\n"
        "Decision 2025/218\nVenue of the session\n\n"
        "At its 30th plenary meeting, the Council decided to hold its session in Geneva.\n\n"
        "2. The Council requested a report.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[0].text.endswith(
        "organizations:\nGlobal Digital Rights Alliance\nAsia Internet Society"
    )
    assert paragraphs[1].kind == "heading"
    assert paragraphs[1].text == "Decision 2025/218 Venue of the session"


def test_names_in_a_markdown_decision_are_kept() -> None:
    content = (
        "## Decision 2025/217\n\n### Consultative status of non-governmental organizations\n\n"
        "At its 30th plenary meeting, the Economic and Social Council decided to grant "
        "consultative status to the following non-governmental organizations:\n"
        "Global Digital Rights Alliance\nAsia Internet Society\n"
    )
    result = parse_document(content, "markdown")
    assert result.paragraphs[-1].text.endswith(
        "organizations:\nGlobal Digital Rights Alliance\nAsia Internet Society"
    )
    assert not any(w.message == "front matter skipped" for w in result.warnings)


# What must not change.


@pytest.mark.parametrize(
    ("content", "number"),
    [
        (ENGLISH.split("\n\n          Decision 2025/217")[0] + "\n", "Decision 2025/216"),
        (CHINESE.split("\n\n          第 2025/217 号决定")[0] + "\n", "第 2025/216 号决定"),
    ],
)
def test_a_decision_alone_under_its_number_keeps_its_number_as_front_matter(
    content: str, number: str
) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-1.a", "p-1.b"]
    assert [w.excerpt for w in result.warnings if w.message == "front matter skipped"] == [number]


def test_headings_set_apart_below_an_unnumbered_colon_are_no_names() -> None:
    content = (
        "1. The report has two parts.\n\n"
        "The report covers the following areas:\n\n"
        "Digital inclusion\n\nMember States stressed the need for connectivity.\n\n"
        "Data governance\n\nMember States stressed the need for trust.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.text for p in paragraphs if p.kind == "heading"] == [
        "Digital inclusion",
        "Data governance",
    ]
    assert paragraphs[1].text == "The report covers the following areas:"


def test_a_decisions_opening_lists_its_items_not_names() -> None:
    content = (
        "Decision 2025/216\nAgenda\n\nThe Economic and Social Council:\n"
        "(a) Takes note of the report;\n(b) Approves the agenda.\n\n"
        "Decision 2025/217\nVenue\n\nThe Economic and Social Council decides to meet in Geneva.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.label for p in paragraphs if p.kind == "subparagraph"] == ["(a)", "(b)"]


def test_a_heading_set_apart_below_the_names_is_no_name() -> None:
    content = (
        "1. The Commission met in Geneva.\n\n"
        "The Council decided to grant consultative status to the following organizations:\n"
        "Global Digital Rights Alliance\nAsia Internet Society\n\n"
        "Opening segment\n\nThe President opened the meeting.\n\n"
        "2. The Commission adopted its report.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[1].text.endswith(
        "organizations:\nGlobal Digital Rights Alliance\nAsia Internet Society"
    )
    assert [(p.kind, p.text) for p in paragraphs[2:4]] == [
        ("heading", "Opening segment"),
        ("unnumbered", "The President opened the meeting."),
    ]
