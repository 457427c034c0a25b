"""Paragraph parser: names a decision's one sentence lists below its colon ("…appointed the
following persons as members of the Panel …:" + "Abdullah Ali (Egypt)" + "Zhang Wei (China)")
stay in that paragraph's text, one a line, when the next decision ("Decision 79/562" over its
title, then its chapeau) follows: that chapeau opens the next text, the names are no title of
it. Short lines right above a chapeau, no numbered text between, still title the text it opens."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
Decision 79/561
Appointment of the members of the Scientific Panel

The General Assembly, pursuant to resolution 79/325, appointed the following persons as \
members of the Panel for a term of three years:
Abdullah Ali (Egypt)
Zhang Wei (China)

Decision 79/562
Arrangements for the high-level meeting

The General Assembly,
1. Decides that the high-level meeting shall be held in December 2025;
2. Requests the President of the General Assembly to finalize the arrangements.
"""

_CHINESE = """\
第 79/561 号决定
科学小组成员的任命

大会根据第 79/325 号决议，任命下列人士为科学小组成员，任期三年：
阿卜杜拉·阿里（埃及）
张伟（中国）

第 79/562 号决定
高级别会议的安排

大会，
1. 决定高级别会议于 2025 年 12 月举行；
2. 请大会主席最后确定会议安排。
"""

_ENGLISH_TITLE = """\
1. The Commission recommends the adoption of the following draft resolution:
Science and technology for development
Follow-up to the World Summit

The Economic and Social Council,

1. Notes the progress made;
2. Requests a report.
"""

_CHINESE_TITLE = """\
1. 委员会建议通过以下决议草案：
科学和技术促进发展
世界首脑会议的后续行动

经济及社会理事会，

1. 注意到取得的进展；
2. 请提交报告。
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_ENGLISH, "\nAbdullah Ali (Egypt)\nZhang Wei (China)"),
        (_CHINESE, "\n阿卜杜拉·阿里（埃及）\n张伟（中国）"),
    ],
)
def test_names_listed_below_a_colon_stay_in_the_appointing_paragraph(text: str, names: str) -> None:
    paragraphs = parse_document(text, "text").paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "heading"),
        ("p-2", "unnumbered"),
        ("p-3", "heading"),
        ("p-4", "unnumbered"),
        ("1", "operative"),
        ("2", "operative"),
    ]
    assert paragraphs[1].text.endswith(names)


@pytest.mark.parametrize("text", [_ENGLISH_TITLE, _CHINESE_TITLE])
def test_short_lines_right_above_a_chapeau_still_title_its_text(text: str) -> None:
    paragraphs = parse_document(text, "text").paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("1", "operative"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
        ("part-2/1", "operative"),
        ("part-2/2", "operative"),
    ]
