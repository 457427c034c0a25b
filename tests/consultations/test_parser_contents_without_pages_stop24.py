"""Paragraph parser: a web page's in-page navigation, a "Contents" ("目录", "Sommaire") list
without page numbers, is a table of contents before the body, skipped with a warning. Its
entries run to the first blank line; the body shows them to be entries: each stands alone
again further down, as a heading does, whole or as its beginning ("Action 28. We will scale
up…"), or opens a block just as printed ("Action 27" + its commitment), or is numbered as such
an entry is ("I." and "III." beside a repeated "II."). Without that evidence, the lines below a
"Contents" title are the body's own, as before; a list with pages is left to its pages."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

SHORT = {
    "en": (
        "Contents\n"
        "I. Sustainable development and financing for development\n"
        "II. Science, technology and innovation and digital cooperation\n\n"
        "II. Science, technology and innovation and digital cooperation\n\n"
        "53. Science, technology and innovation have the potential to accelerate progress.\n\n"
        "Action 27. We will seize the opportunities of science, technology and innovation.\n\n"
        "54. We decide to foster an enabling environment.\n"
    ),
    "zh": (
        "目录\n"
        "一. 可持续发展和发展筹资\n"
        "二. 科学、技术和创新与数字合作\n\n"
        "二. 科学、技术和创新与数字合作\n\n"
        "53. 科学、技术和创新有可能加速实现联合国的愿望。\n\n"
        "行动27. 我们将抓住科学、技术和创新带来的机遇。\n\n"
        "54. 我们决定营造有利环境。\n"
    ),
}

# The entries name actions too, one of them cut short, and a chapter the copy leaves out.
WITH_ACTIONS = {
    "en": (
        "Contents\n"
        "I. Sustainable development and financing for development\n"
        "II. Science, technology and innovation and digital cooperation\n"
        "Action 27. We will seize the opportunities of science, technology and innovation.\n"
        "Action 28. We will scale up the means…\n"
        "III. Youth and future generations\n\n"
        "II. Science, technology and innovation and digital cooperation\n\n"
        "53. Science, technology and innovation have the potential to accelerate progress.\n\n"
        "Action 27. We will seize the opportunities of science, technology and innovation.\n\n"
        "54. We decide to foster an enabling environment.\n\n"
        "Action 28. We will scale up the means of implementation in developing countries.\n\n"
        "55. We decide to increase support to developing countries.\n\n"
        "III. Youth and future generations\n\n"
        "56. We recognize that young people are critical agents of change.\n"
    ),
    "zh": (
        "目录\n"
        "一. 可持续发展和发展筹资\n"
        "二. 科学、技术和创新与数字合作\n"
        "行动27. 我们将抓住科学、技术和创新带来的机遇。\n"
        "行动28. 我们将扩大执行手段……\n"
        "三. 青年和子孙后代\n\n"
        "二. 科学、技术和创新与数字合作\n\n"
        "53. 科学、技术和创新有可能加速实现联合国的愿望。\n\n"
        "行动27. 我们将抓住科学、技术和创新带来的机遇。\n\n"
        "54. 我们决定营造有利环境。\n\n"
        "行动28. 我们将扩大执行手段，建设发展中国家的能力。\n\n"
        "55. 我们决定加大对发展中国家的支持。\n\n"
        "三. 青年和子孙后代\n\n"
        "56. 我们认识到青年是积极变革的关键推动者。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_contents_list_without_pages_is_skipped(language: str) -> None:
    result = parse_document(SHORT[language])
    assert [p.anchor for p in result.paragraphs] == ["section-2", "53", "action-27", "54"]
    assert result.paragraphs[0].text.startswith(("Science, technology", "科学、技术"))
    assert any(warning.message == "table of contents skipped" for warning in result.warnings)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_body_keeps_its_anchors_below_a_list_naming_actions(language: str) -> None:
    content = WITH_ACTIONS[language]
    assert anchors(content) == [
        "section-2",
        "53",
        "action-27",
        "54",
        "action-28",
        "55",
        "section-3",
        "56",
    ]
    assert paragraph(content, "55").parent == "action-28"


def test_a_french_sommaire_is_a_contents_title() -> None:
    content = (
        "Sommaire\nI. Développement durable\nII. Science et technologie\n\n"
        "II. Science et technologie\n\nAction 27. Nous saisirons les occasions.\n\n"
        "53. Nous décidons de favoriser un environnement propice.\n"
    )
    assert anchors(content)[:2] == ["section-2", "action-27"]


@pytest.mark.parametrize(
    "content",
    [
        # A chapter right below the title, repeated nowhere: the body's own.
        "Contents\nI. Introduction\n\n1. The report is submitted pursuant to resolution 79/1.\n\n"
        "2. It covers the year 2024.\n",
        "目录\n一. 导言\n\n1. 本报告是根据第79/1号决议提交的。\n\n2. 报告涵盖2024年。\n",
        # The same words further down open a paragraph, no heading standing alone.
        "Contents\nI. Introduction\n\nI. Introduction\nof the report goes on in a paragraph.\n\n"
        "1. The report is submitted pursuant to resolution 79/1.\n\n2. It covers the year 2024.\n",
    ],
    ids=["english", "chinese", "repeated-inside-a-paragraph"],
)
def test_a_chapter_below_a_contents_title_with_no_repetition_is_kept(content: str) -> None:
    result = parse_document(content)
    assert result.paragraphs[0].anchor == "section-1"
    assert result.paragraphs[0].text.startswith(("Introduction", "导言"))
    assert "1" in [p.anchor for p in result.paragraphs]


@pytest.mark.parametrize(
    "content",
    [
        "Contents\nI. Sustainable development\nIII. Science, technology and innovation\n"
        "Action 27\nIV. Youth and future generations\n\n"
        "III. Science, technology and innovation\n\n"
        "53. Science, technology and innovation have the potential to accelerate progress.\n\n"
        "Action 27\nWe will seize the opportunities of science, technology and innovation.\n\n"
        "54. We decide to foster an enabling environment.\n",
        "目录\n一. 可持续发展\n三. 科学、技术和创新与数字合作\n行动27\n四. 青年和子孙后代\n\n"
        "三. 科学、技术和创新与数字合作\n\n"
        "53. 科学、技术和创新有可能加速实现联合国的愿望。\n\n"
        "行动27\n我们将抓住科学、技术和创新带来的机遇。\n\n"
        "54. 我们决定营造有利环境。\n",
    ],
    ids=["english", "chinese"],
)
def test_an_entry_printed_as_a_blocks_first_line_below_is_an_entry(content: str) -> None:
    assert anchors(content) == ["section-3", "53", "action-27", "54"]


def test_a_list_with_its_pages_is_left_to_them_whatever_the_body_repeats() -> None:
    content = (
        "Contents\n"
        "I.    Introduction: global developments in the information society\n"
        "............................................ 3\n"
        "II.   Implementation and follow-up at the regional level ........................... 8\n"
        "III.  Implementation and follow-up by other stakeholders .............................\n"
        "16\n\n"
        "I. Introduction: global developments in the information society\n\n"
        "     1.   The present report was prepared in response to resolution 2006/46.\n\n"
        "II. Implementation and follow-up at the regional level\n\n"
        "     2.   The regional commissions reported on their activities.\n\n"
        "III. Implementation and follow-up by other stakeholders\n\n"
        "     3.   Non-governmental stakeholders reported activities under all action lines.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == [
        "section-1",
        "1",
        "section-2",
        "2",
        "section-3",
        "3",
    ]


def test_the_body_right_below_the_list_keeps_its_first_heading() -> None:
    content = (
        "Contents\nI. Introduction\nII. Activities of the Special Rapporteur\n"
        "I. Introduction\n"
        "1. The present report is submitted to the General Assembly.\n\n"
        "II. Activities of the Special Rapporteur\n\n"
        "2. During the reporting period, the Special Rapporteur conducted two visits.\n"
    )
    assert anchors(content) == ["section-1", "1", "section-2", "2"]
