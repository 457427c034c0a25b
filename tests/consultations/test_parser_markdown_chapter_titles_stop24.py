"""Paragraph parser: Markdown chapter headings read as their plain-text versions are read.

A report converted to Markdown sets a chapter's label and its title as two headings of the same
level ("## 第一章" + "## 需要经济及社会理事会采取行动或提请其注意的事项"): the second, unnumbered
and unpunctuated, is the chapter's title, as the line below the label is in plain text, so the
chapter's sub-headings and paragraphs sit under ``section-1``, not under an unnumbered heading
that took the chapter's place; so in bold ("**第一章**" + "**需要…**"). A heading that is
numbered, or reads as a sentence, or a label that has its title already, keeps its own heading.

Bold lines have no level of their own: a bold section heading ("**I. Sustainable
development**") ranks as one set plain, over the action headings below it, so each action sits
under its chapter and the next chapter stands at the top level again, never under the last
action.
"""

from __future__ import annotations

import re

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors, paragraph

_CHAPTERS = {
    "zh": (
        "## 第一章\n\n## 需要经济及社会理事会采取行动或提请其注意的事项\n\n"
        "### A. 建议通过的决议草案\n\n1\\. 委员会建议理事会通过以下决议草案。\n\n"
        "## 第二章\n\n## 信息社会世界首脑会议二十周年\n\n2\\. 委员会审议了议程项目2。\n"
    ),
    "en": (
        "## Chapter I\n\n## Matters calling for action by the Economic and Social Council\n\n"
        "### A. Draft resolutions\n\n1\\. The Commission recommends the following.\n\n"
        "## Chapter II\n\n## Twentieth anniversary of WSIS\n\n"
        "2\\. The Commission considered item 2.\n"
    ),
}
_TITLES = {
    "zh": ("需要经济及社会理事会采取行动或提请其注意的事项", "信息社会世界首脑会议二十周年"),
    "en": (
        "Matters calling for action by the Economic and Social Council",
        "Twentieth anniversary of WSIS",
    ),
}
_CHAPTER_PARENTS = [
    ("section-1", None),
    ("section-1.a", "section-1"),
    ("1", "section-1.a"),
    ("section-2", None),
    ("2", "section-2"),
]


def _parents(content: str, fmt: Format = "markdown") -> list[tuple[str, str | None]]:
    paragraphs = parse_document(content, fmt).paragraphs
    return [(found.anchor, found.parent) for found in paragraphs]


def _as_bold(content: str) -> str:
    """The same report with its chapter headings set in bold instead of as ``##`` headings."""
    lines = []
    for line in content.split("\n"):
        if line.startswith("## "):
            line = f"**{line[3:]}**"
        elif line.startswith("### "):
            line = f"**{line[4:]}**"
        lines.append(line)
    return "\n".join(lines)


def _as_text(content: str) -> str:
    """The same report as plain text: no heading marks, no escapes."""
    return re.sub(r"^#+ ", "", content, flags=re.MULTILINE).replace("\\", "")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_chapter_title_set_as_a_heading_of_the_same_level_titles_the_chapter(
    language: str,
) -> None:
    content = _CHAPTERS[language]
    assert _parents(content) == _CHAPTER_PARENTS
    first, second = _TITLES[language]
    assert paragraph(content, "section-1", "markdown").text == first
    assert paragraph(content, "section-2", "markdown").text == second
    assert not parse_document(content, "markdown").warnings


@pytest.mark.parametrize("language", ["zh", "en"])
def test_markdown_chapters_are_titled_as_in_plain_text(language: str) -> None:
    content = _CHAPTERS[language]
    plain = parse_document(_as_text(content), "text").paragraphs
    for markdown in (content, _as_bold(content)):
        parsed = parse_document(markdown, "markdown").paragraphs
        assert [(found.anchor, found.parent, found.text) for found in parsed] == [
            (found.anchor, found.parent, found.text) for found in plain
        ]
        assert [found.heading_path for found in parsed] == [found.heading_path for found in plain]


def test_a_chapter_title_joins_its_label_as_the_text_format_joins_it() -> None:
    # Chinese sets the label apart from its title by a space, as the plain-text parse does.
    assert paragraph(_CHAPTERS["zh"], "1", "markdown").heading_path == (
        "第一章 需要经济及社会理事会采取行动或提请其注意的事项",
        "A. 建议通过的决议草案",
    )
    assert paragraph(_CHAPTERS["en"], "1", "markdown").heading_path == (
        "Chapter I Matters calling for action by the Economic and Social Council",
        "A. Draft resolutions",
    )


@pytest.mark.parametrize(
    "content",
    [
        # The label has its title already: the heading below is a heading of its own.
        "## Chapter I. Matters calling for action\n\n## Draft resolutions\n\n"
        "1\\. The Commission recommends.\n",
        "## 第一章 需要采取行动的事项\n\n## 决议草案\n\n1\\. 委员会建议。\n",
        # A sentence set as a heading titles nothing.
        "## Chapter I\n\n## The Commission adopted the agenda.\n\n1\\. It did.\n",
        "## 第一章\n\n## 委员会通过了议程。\n\n1\\. 委员会通过。\n",
    ],
)
def test_a_heading_below_a_titled_label_or_reading_as_a_sentence_stays_its_own(
    content: str,
) -> None:
    assert anchors(content, "markdown") == ["section-1", "p-2", "1"]
    assert paragraph(content, "1", "markdown").parent == "p-2"


def test_a_numbered_heading_below_a_chapter_label_is_no_title() -> None:
    for content in (
        "## Chapter I\n\n### A. Draft resolutions\n\n1\\. The Commission recommends.\n",
        "## 第一章\n\n### A. 决议草案\n\n1\\. 委员会建议。\n",
    ):
        assert _parents(content) == [
            ("section-1", None),
            ("section-1.a", "section-1"),
            ("1", "section-1.a"),
        ]
        assert paragraph(content, "section-1", "markdown").text == ""


_BOLD_CHAPTERS = {
    "en": (
        "**I. Sustainable development**\n\n"
        "1\\. If we do not end poverty, no peace is possible.\n\n"
        "**Action 1. We will take bold action.**\n\n2\\. We decide to:\n\n"
        "\\(a\\) Accelerate action;\n\n\\(b\\) End poverty.\n\n"
        "**II. International peace and security**\n\n"
        "**Action 13. We will recommit to peace.**\n\n3\\. We decide to uphold the Charter.\n"
    ),
    "zh": (
        "**一. 可持续发展和发展筹资**\n\n"
        "1\\. 如果我们不解决贫困问题，就不可能建立和平的世界。\n\n"
        "**行动1. 我们将采取大胆的行动。**\n\n2\\. 我们决定：\n\n"
        "\\(a\\) 加速行动；\n\n\\(b\\) 消除贫困。\n\n"
        "**二. 国际和平与安全**\n\n"
        "**行动13. 我们将重新致力于一个和平的世界。**\n\n3\\. 我们决定维护《联合国宪章》。\n"
    ),
}
_BOLD_CHAPTER_PARENTS = [
    ("section-1", None),
    ("1", "section-1"),
    ("action-1", "section-1"),
    ("2", "action-1"),
    ("2.a", "2"),
    ("2.b", "2"),
    ("section-2", None),
    ("action-13", "section-2"),
    ("3", "action-13"),
]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_action_sits_under_the_bold_chapter_above_it(language: str) -> None:
    content = _BOLD_CHAPTERS[language]
    assert _parents(content) == _BOLD_CHAPTER_PARENTS
    # As the same text reads in plain text.
    assert _parents(content.replace("**", "").replace("\\", ""), "text") == _BOLD_CHAPTER_PARENTS


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_action_title_set_in_bold_sits_under_the_bold_chapter_too(language: str) -> None:
    # Without its full stop the bold action line is a bold heading, not a line of text.
    content = _BOLD_CHAPTERS[language].replace(".**", "**").replace("。**", "**")
    assert _parents(content) == _BOLD_CHAPTER_PARENTS


def test_a_bold_sub_heading_still_sits_under_the_bold_chapter() -> None:
    content = (
        "**I. Introduction**\n\n**A. Connectivity**\n\n1\\. About 67 per cent are online.\n\n"
        "**II. Major trends**\n\n2\\. Trends are emerging.\n"
    )
    assert _parents(content) == [
        ("section-1", None),
        ("section-1.a", "section-1"),
        ("1", "section-1.a"),
        ("section-2", None),
        ("2", "section-2"),
    ]


def test_bold_sections_sit_under_the_markdown_chapter_above_them() -> None:
    content = (
        "## Chapter I\n\n**I. Mandate**\n\n1. The working group shall hold a dialogue.\n\n"
        "**II. Composition**\n\n2. The working group shall comprise 54 members.\n\n"
        "## Chapter II\n\n## Organization of the session\n\n"
        "3. The Commission held its session in Geneva.\n"
    )
    paragraphs = {p.text: p for p in parse_document(content, "markdown").paragraphs}
    assert paragraphs["Composition"].parent == "section-1"
    assert paragraphs["The Commission held its session in Geneva."].heading_path[:1] != (
        "II. Composition",
    )


def test_a_bold_section_stands_beside_the_markdown_section_before_it() -> None:
    content = (
        "## II. Mandate\n\n2. The working group shall hold a dialogue.\n\n"
        "**III. Composition**\n\n3. The working group shall comprise 54 members.\n\n"
        "## IV. Working methods\n\n4. The working group shall meet twice a year.\n"
    )
    headings = [p for p in parse_document(content, "markdown").paragraphs if p.kind == "heading"]
    assert [(p.anchor, p.parent) for p in headings] == [
        ("section-2", None),
        ("section-3", None),
        ("section-4", None),
    ]
