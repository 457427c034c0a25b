"""Paragraph parser: a Chinese text in traditional characters, as Taiwan or Hong Kong print it,
divides into articles, rules, sections and appendices ("第一條", "規則 1", "第一節", "附錄二") as
its simplified text ("第一条", "规则 1", "第一节", "附录二") does, labels kept as printed."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors

SIMPLIFIED = (
    "第一章\n会议\n"
    "第一条\n会议日期\n1. 全球对话每年举行一次会议。\n2. 会议为期两天。\n"
    "第二条\n会议地点\n1. 会议在纽约举行。\n"
    "附件一\n规则\n第一节\n总则\n规则 1\n适用范围\n1. 本规则适用于全球对话。\n"
    "附录二\n标题\n1. 附录的案文。\n"
)
TRADITIONAL = (
    "第一章\n會議\n"
    "第一條\n會議日期\n1. 全球對話每年舉行一次會議。\n2. 會議為期兩天。\n"
    "第二條\n會議地點\n1. 會議在紐約舉行。\n"
    "附件一\n規則\n第一節\n總則\n規則 1\n適用範圍\n1. 本規則適用於全球對話。\n"
    "附錄二\n標題\n1. 附錄的案文。\n"
)


def test_traditional_articles_rules_sections_and_appendices_anchor_as_simplified() -> None:
    assert anchors(TRADITIONAL) == anchors(SIMPLIFIED)
    assert "article-2/1" in anchors(TRADITIONAL)
    assert "annex-1/section-1" in anchors(TRADITIONAL)
    assert "annex-1/article-1/1" in anchors(TRADITIONAL)
    assert "annex-1/appendix-2/1" in anchors(TRADITIONAL)


def test_a_traditional_article_keeps_its_printed_label_and_title() -> None:
    parsed = parse_document("第一條\n會議日期\n1. 全球對話每年舉行一次會議。\n", "text")
    rows = {p.anchor: p for p in parsed.paragraphs}
    assert rows["article-1"].label == "第一條"
    assert rows["article-1/1"].parent is not None
    assert "會議日期" in rows["article-1/1"].heading_path
    assert not parsed.warnings
