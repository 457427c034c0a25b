"""Paragraph parser: a heading that happens to open two pages of a short text ("Follow-up and
review" atop the body's page and the annex's, "后续行动" under two sections) is the text's own,
not a draft's running header; a line atop some pages only is removed as a running header when
it dates the draft, opens three pages or more, or opens a page the text runs on across, and
then with a warning."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document
from tests.consultations.test_parser_draft_headers_stop22 import DECLARATION

_WARNING = "line atop some pages removed as a running header"

_REPEATED_HEADING = {
    "en": (
        "Draft declaration\n\n"
        "We, Heads of State and Government, assembled at the United Nations,\n\n"
        "1. Commit to act;\n\n"
        "2. Commit to prevent;\n\n"
        "Page 1 of 3\n{ff}"
        "Follow-up and review\n\n"
        "3. Decide to review progress;\n\n"
        "Annex\n"
        "List of actions\n\n"
        "1. Raise awareness;\n\n"
        "Page 2 of 3\n{ff}"
        "Follow-up and review\n\n"
        "2. Report on progress.\n\n"
        "Page 3 of 3\n"
    ),
    "zh": (
        "关于发展筹资的成果文件草案\n\n"
        "一、国内公共资源\n\n"
        "1. 加强税收征管能力。\n\n"
        "2. 打击非法资金流动。\n\n"
        "1/3\n{ff}"
        "后续行动\n\n"
        "3. 各国将每年报告进展情况。\n\n"
        "二、国际发展合作\n\n"
        "4. 发达国家重申其官方发展援助承诺。\n\n"
        "2/3\n{ff}"
        "后续行动\n\n"
        "5. 论坛将每两年审查一次进展情况。\n\n"
        "3/3\n"
    ),
}
_HEADING = {"en": "Follow-up and review", "zh": "后续行动"}


def _headed(result: ParseResult, heading: str) -> list[str]:
    """The anchors of the paragraphs right under ``heading``."""
    return [
        paragraph.anchor
        for paragraph in result.paragraphs
        if paragraph.heading_path and paragraph.heading_path[-1] == heading
    ]


@pytest.mark.parametrize("form_feed", [False, True], ids=["plain", "form-feeds"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_atop_two_of_three_pages_is_the_texts_own(language: str, form_feed: bool) -> None:
    content = _REPEATED_HEADING[language].format(ff="\f" if form_feed else "")
    heading = _HEADING[language]
    result = parse_document(content)
    headings = [p.text for p in result.paragraphs if p.kind == "heading" and p.text == heading]
    assert headings == [heading, heading]
    expected = {"en": ["3", "annex-1/2"], "zh": ["3", "5"]}[language]
    assert _headed(result, heading) == expected
    assert not any(warning.message == _WARNING for warning in result.warnings)


# The declaration of the draft-header tests, its chapeau first.
_PARAGRAPHS = {
    language: [chapeau, *paragraphs] for language, (chapeau, paragraphs) in DECLARATION.items()
}


def _pages_after_the_first(language: str, header: str) -> str:
    """Three pages, the header atop the second and third only (Word's "different first
    page"), "Page n of 3" below each."""
    paragraphs = _PARAGRAPHS[language]
    pages = [paragraphs[:3], paragraphs[3:5], paragraphs[5:]]
    return "\f".join(
        (f"{header}\n\n" if number > 1 else "") + "\n\n".join(page) + f"\n\nPage {number} of 3\n"
        for number, page in enumerate(pages, start=1)
    )


@pytest.mark.parametrize(
    ("language", "header"),
    [("en", "Zero draft – 5 February 2025"), ("zh", "零草案 – 2025 年 2 月 5 日")],
)
def test_a_dated_header_atop_the_pages_after_the_first_is_removed_with_a_warning(
    language: str, header: str
) -> None:
    result = parse_document(_pages_after_the_first(language, header))
    assert [p.anchor for p in result.paragraphs] == ["pp1", "1", "2", "3", "4", "5"]
    assert all(header not in paragraph.text for paragraph in result.paragraphs)
    assert [w.excerpt for w in result.warnings if w.message == _WARNING] == [header]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_undated_line_atop_two_of_three_pages_stays(language: str) -> None:
    header = {"en": "Draft for discussion", "zh": "供讨论的草案"}[language]
    result = parse_document(_pages_after_the_first(language, header))
    assert [p.text for p in result.paragraphs if p.kind == "heading"] == [header, header]


def test_an_undated_line_atop_a_page_the_text_runs_on_across_is_removed() -> None:
    """The text runs on across the second page ("…to the General Assembly" + "at its
    eighty-third session"), as it never does across a heading."""
    header = "Draft for discussion"
    paragraphs = _PARAGRAPHS["en"]
    last, rest = paragraphs[5].split("\n")
    pages = [
        "\n\n".join(paragraphs[:3]),
        "\n\n".join([*paragraphs[3:5], last]),
        rest,
    ]
    content = "\f".join(
        (f"{header}\n\n" if number > 1 else "") + f"{page}\n\nPage {number} of 3\n"
        for number, page in enumerate(pages, start=1)
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["pp1", "1", "2", "3", "4", "5"]
    assert result.paragraphs[-1].text.endswith("General Assembly at its eighty-third session.")
    assert [w.excerpt for w in result.warnings if w.message == _WARNING] == [header]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_header_atop_every_page_is_removed_without_a_warning(language: str) -> None:
    header = {"en": "Draft for discussion", "zh": "供讨论的草案"}[language]
    content = _pages_after_the_first(language, header)
    result = parse_document(f"{header}\n\n{content}")
    assert [p.anchor for p in result.paragraphs] == ["pp1", "1", "2", "3", "4", "5"]
    assert all(header not in paragraph.text for paragraph in result.paragraphs)
    assert not any(warning.message == _WARNING for warning in result.warnings)
