"""Paragraph parser: "Recommendation 1:" / "建议 1：" heads a report's recommendation as
"Action 35." heads an action (``recommendation-1``), a letter glued to its number its own
("Recommendation 1A" -> ``recommendation-1a``); "建议" is also the verb "recommends", whose
number never stands alone."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "     III. Recommendations\n\n"
    "     20. The Panel makes the following recommendations.\n\n"
    "     Recommendation 1A: By 2030, every adult should have affordable access to digital\n"
    "networks, as well as digitally enabled financial and health services.\n\n"
    "     Recommendation 1B: We recommend that a broad, multi-stakeholder alliance create a\n"
    "platform for sharing digital public goods.\n\n"
    "     Recommendation 2: We recommend the establishment of regional and global\n"
    "digital help desks.\n\n"
    "     21. The Panel also recommends that the Secretary-General appoint an envoy.\n"
)
CHINESE = (
    "     三、 建议\n\n"
    "     20. 小组提出以下建议。\n\n"
    "     建议1A：到2030年，每个成年人都应能够以负担得起的价格使用数字网络以及数字化的\n"
    "金融和卫生服务。\n\n"
    "     建议 1B：我们建议由广泛的多利益攸关方联盟建立一个分享数字公益产品的平台。\n\n"
    "     建议 2：我们建议设立区域和全球数字服务台。\n\n"
    "     21. 小组还建议秘书长任命一名特使。\n"
)


@pytest.mark.parametrize(
    ("content", "labels"),
    [
        (ENGLISH, ["Recommendation 1A", "Recommendation 1B", "Recommendation 2"]),
        (CHINESE, ["建议1A", "建议 1B", "建议 2"]),
    ],
)
def test_recommendations_are_numbered_headings(content: str, labels: list[str]) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == [
        "section-3",
        "20",
        "recommendation-1a",
        "recommendation-1b",
        "recommendation-2",
        "21",
    ]
    assert [p.label for p in paragraphs if p.anchor.startswith("recommendation-")] == labels


def test_the_verb_recommends_with_a_figure_opens_no_heading() -> None:
    content = (
        "1. 委员会审议了以下事项。\n\n"
        "建议 20 国集团成员继续支持发展中国家的数字能力建设。\n\n"
        "建议 3 个区域委员会加强合作。\n\n"
        "2. 委员会决定继续审议这一问题。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert not any(p.anchor.startswith("recommendation-") for p in paragraphs)
    assert [p.text for p in paragraphs][1:3] == [
        "建议 20 国集团成员继续支持发展中国家的数字能力建设。",
        "建议 3 个区域委员会加强合作。",
    ]


def test_a_recommendation_alone_on_its_line_heads_its_text() -> None:
    content = (
        "     5.    The Inspectors make the following recommendation.\n\n"
        "Recommendation 1\n\n"
        "     The executive heads of the United Nations system organizations should, by the end\n"
        "of 2024, establish a comprehensive risk management framework.\n\n"
        "     6.    The Inspectors also found that testing was irregular.\n"
    )
    paragraphs = parse_document(content).paragraphs
    heading = next(p for p in paragraphs if p.anchor == "recommendation-1")
    assert heading.text == ""
    assert any(
        p.kind == "unnumbered" and p.text.startswith("The executive heads") for p in paragraphs
    )


def test_recommendations_listed_below_a_colon_stay_in_the_text() -> None:
    content = (
        "1. 专家组提出了以下建议，供统计委员会审议：\n"
        "建议1：各国统计局应加强数据收集；\n"
        "建议2：委员会应设立工作组；\n"
        "建议3：委员会请各国统计局在2017年之前报告其数据可得性。\n\n"
        "2. 统计委员会审议了上述建议。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert not any(p.anchor.startswith("recommendation-") for p in paragraphs)


@pytest.mark.parametrize(
    "cited",
    [
        "recommendation 12. The details are set out in annex I to the present chapter.",
        "Recommendation 4: it will review the partner capacity assessments by the end of 2025.",
    ],
)
def test_a_recommendation_a_sentence_cites_at_a_lines_start_heads_nothing(cited: str) -> None:
    content = (
        "     1.   The Board recommends that the Administration strengthen its oversight of\n"
        "implementing partners. The Administration agreed with the Board's and had implemented\n"
        f"{cited}\n\n"
        "     2.   The Board reviewed the procurement process.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[0].text.endswith(cited)


def test_a_keyword_headings_title_may_open_with_a_counters_character() -> None:
    content = (
        "1. 我们通过以下目标。\n\n"
        "目标 1 年轻人和后代的数字技能\n\n2. 我们将投资于数字技能。\n\n"
        "目标 2 日益扩大的数字鸿沟\n\n3. 我们将弥合数字鸿沟。\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "objective-1", "2", "objective-2", "3"]
