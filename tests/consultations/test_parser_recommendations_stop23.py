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
