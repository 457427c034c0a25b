"""Paragraph parser: a heading of the body printed again atop the page its part runs on to
("Annex I (continued)", "II. Findings (continued)", "附件一（续）") is page furniture. The
paragraphs below it go on in that part, numbered on, never under a second heading (English read
it as a second annex, `annex-1_2`, Chinese as an unnumbered heading, so a translation's anchors
differed); a sentence the page cut goes on below it. A heading so printed that the text never
read stays text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_REPORT_EN = """\
                                                                    A/80/123

General Assembly
Eightieth session

             Report of the Secretary-General on digital cooperation

I.   Introduction

1.   The present report responds to resolution 79/1.

II.  Findings

2.   Member States reported progress on connectivity targets in all regions of
the world.

                                  Annex I

             Implementation of the Global Digital Compact

1.   Member States reported progress on connectivity targets in all regions of
{cut}
25-01234                                                                 3/4

A/80/123

                            {continued}

{below}

2.   Further work is needed on data governance.
"""

_REPORT_ZH = """\
                                                                    A/80/123

大会
第八十届会议

             秘书长关于数字合作的报告

一.  导言

1.   本报告是根据第79/1号决议提交的。

二.  调查结果

2.   会员国报告了所有区域连通性目标的进展。

                                  附件一

             《全球数字契约》的执行情况

1.   会员国报告了所有区域连通性目标的进展，
{cut}
25-01234                                                                 3/4

A/80/123

                            {continued}

{below}

2.   数据治理方面还需要开展进一步工作。
"""


def _rows(content: str) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    return [
        (p.anchor, p.parent, p.heading_path, p.text) for p in parse_document(content).paragraphs
    ]


@pytest.mark.parametrize(
    ("template", "cut", "continued", "below", "annex_path", "unnumbered"),
    [
        (
            _REPORT_EN,
            "the world.\n",
            "Annex I (continued)",
            "The United Nations system supported capacity-building.",
            ("Annex I Implementation of the Global Digital Compact",),
            "The United Nations system supported capacity-building.",
        ),
        (
            _REPORT_ZH,
            "各国还报告了国家战略。\n",
            "附件一（续）",
            "联合国系统支持能力建设。",
            ("附件一 《全球数字契约》的执行情况",),
            "联合国系统支持能力建设。",
        ),
    ],
)
def test_an_annex_heading_continued_atop_a_page_is_furniture(
    template: str,
    cut: str,
    continued: str,
    below: str,
    annex_path: tuple[str, ...],
    unnumbered: str,
) -> None:
    rows = _rows(template.format(cut=cut, continued=continued, below=below))
    assert [(anchor, parent, path) for anchor, parent, path, _ in rows[-4:]] == [
        ("annex-1", None, ()),
        ("annex-1/1", "annex-1", annex_path),
        ("p-7", "annex-1", annex_path),
        ("annex-1/2", "annex-1", annex_path),
    ]
    assert rows[-2][3] == unnumbered
    assert not any(continued in text or "(continued)" in text for *_, text in rows)


@pytest.mark.parametrize(
    ("template", "continued", "cut", "below", "whole"),
    [
        (
            _REPORT_EN,
            "Annex I (continued)",
            "",
            "the world.",
            "Member States reported progress on connectivity targets in all regions of the world.",
        ),
        (
            _REPORT_ZH,
            "附件一（续）",
            "",
            "各国还报告了国家战略。",
            "会员国报告了所有区域连通性目标的进展，各国还报告了国家战略。",
        ),
    ],
)
def test_a_sentence_the_page_cut_goes_on_below_the_continued_heading(
    template: str, continued: str, cut: str, below: str, whole: str
) -> None:
    rows = _rows(template.format(cut=cut, continued=continued, below=below))
    assert [anchor for anchor, *_ in rows[-3:]] == ["annex-1", "annex-1/1", "annex-1/2"]
    assert rows[-2][3] == whole


_SECTIONS = [
    ("section-1", None),
    ("1", "section-1"),
    ("section-2", None),
    ("2", "section-2"),
    ("3", "section-2"),
    ("section-3", None),
    ("4", "section-3"),
]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "I.  Introduction\n\n1.  The report responds to resolution 79/1.\n\n"
            "II.  Findings\n\n2.  Member States reported progress.\n\n"
            "II.  Findings (continued)\n\n3.  Several States reported strategies.\n\n"
            "III.  Conclusions\n\n4.  More work is needed.\n",
            _SECTIONS,
        ),
        (
            "一.  导言\n\n1.  本报告是根据第79/1号决议提交的。\n\n"
            "二.  调查结果\n\n2.  会员国报告了进展。\n\n"
            "二.  调查结果（续）\n\n3.  若干国家报告了战略。\n\n"
            "三.  结论\n\n4.  还需要开展进一步工作。\n",
            _SECTIONS,
        ),
        (
            "## I. Introduction\n\n1. The report responds to resolution 79/1.\n\n"
            "## Annex I\n\n1. Member States reported progress.\n\n"
            "## Annex I (continued)\n\n2. Several States reported strategies.\n",
            [
                ("section-1", None),
                ("1", "section-1"),
                ("annex-1", None),
                ("annex-1/1", "annex-1"),
                ("annex-1/2", "annex-1"),
            ],
        ),
    ],
)
def test_a_section_heading_continued_is_furniture(
    content: str, expected: list[tuple[str, str | None]]
) -> None:
    fmt = "markdown" if content.startswith("#") else "text"
    assert [(p.anchor, p.parent) for p in parse_document(content, fmt).paragraphs] == expected


@pytest.mark.parametrize(
    "continued", ["Annex II (continued)", "III. Conclusions (continued)", "附件二（续）"]
)
def test_a_heading_continued_that_was_never_read_stays_text(continued: str) -> None:
    content = (
        "I.  Introduction\n\n1.  The report responds to resolution 79/1.\n\n"
        f"{continued}\n\n2.  Member States reported progress.\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert any("续" in text or "continued" in text for text in texts)
