"""Paragraph parser: pdftotext -layout indents a paragraph's first line, never its wrapped ones,
so a line at the margin below a comma at the edge goes on with the paragraph, even when a symbol
or a URL too long for it left that line short."""

from __future__ import annotations

from consultations.parser import parse_document

PREAMBLE = (
    "     大会，\n\n"
    "     回顾其以往关于信息社会世界首脑会议成果执行情况的所有相关决议和主席声明，\n"
    "特别是第70/125号决议和秘书长关于后续行动的报告，该报告可查阅\n"
    "https://unctad.org/system/files/official-document/a79d62_zh.pdf，\n\n"
    "     强调非洲联盟主导的和平支助行动获得可预测、可持续和灵活资金的重要性，\n\n"
    "     1.   决定继续积极处理此案。\n"
)


def test_a_line_at_the_margin_below_an_indented_openings_comma_goes_on() -> None:
    paragraphs = parse_document(PREAMBLE).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "1"]
    assert paragraphs[1].text.startswith("回顾其以往")
    assert "特别是第70/125号决议" in paragraphs[1].text
    assert paragraphs[1].text.endswith("a79d62_zh.pdf，")


def test_a_preambular_opening_at_the_margin_still_opens_a_paragraph() -> None:
    content = PREAMBLE.replace("特别是第70/125号决议和", "又回顾第70/125号决议和")
    assert [p.anchor for p in parse_document(content).paragraphs] == [
        "p-1",
        "pp1",
        "pp2",
        "pp3",
        "1",
    ]


def test_a_heading_at_the_margin_below_a_comma_with_a_blank_line_below_stays_a_heading() -> None:
    content = (
        "     The General Assembly,\n\n"
        "     Recognizing that antimicrobial resistance is one of the most urgent global health\n"
        "threats and that it undermines the achievement of the Sustainable Development Goals,\n"
        "Governance and coordination\n\n"
        "     1.   Commit to updating, by 2026, national action plans on resistance;\n\n"
        "     2.   Request the Secretary-General to report.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.text for p in paragraphs if p.kind == "heading"] == ["Governance and coordination"]
    assert paragraphs[1].text.endswith("Sustainable Development Goals,")
