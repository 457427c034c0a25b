"""Paragraph parser: a table numbered with an annex's letter ("Table A.1", "表 A.1") and a
table printed without a caption (an annex that is only a table) are one unnumbered paragraph,
never headings, so English and Chinese number alike."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

ENGLISH_TABLE_A1 = (
    "I. Introduction\n\n1. This report reviews trends.\n\nII. Trends\n\n"
    "2. An estimated 5.5 billion people used the Internet in 2024.\n\n"
    "Table A.1\nInternet use by region, 2024\n(Percentage of population)\n"
    "Region Men Women Total\nAfrica 43 32 37\nAsia and the Pacific 69 64 66\n"
    "Europe 92 90 91\nSource: ITU, Facts and Figures 2024.\n\n"
    "3. The gender gap is widest in Africa.\n"
)
CHINESE_TABLE_A1 = (
    "一、导言\n\n1. 本报告概述信息社会的主要趋势。\n\n二、趋势\n\n"
    "2. 据估计，2024 年全世界约有 55 亿人使用互联网。\n\n"
    "表 A.1\n按区域分列的互联网使用情况，2024 年\n（占人口百分比）\n"
    "区域 男性 女性 合计\n非洲 43 32 37\n亚洲及太平洋 69 64 66\n欧洲 92 90 91\n"
    "资料来源：国际电联，《2024 年事实和数字》。\n\n"
    "3. 性别差距在非洲最为突出。\n"
)


def test_table_numbered_with_an_annex_letter_is_one_paragraph() -> None:
    expected = ["section-1", "1", "section-2", "2", "p-5", "3"]
    assert anchors(ENGLISH_TABLE_A1) == anchors(CHINESE_TABLE_A1) == expected
    english = paragraph(ENGLISH_TABLE_A1, "p-5")
    assert english.kind == "unnumbered"
    assert english.text.split("\n") == [
        "Table A.1",
        "Internet use by region, 2024",
        "(Percentage of population)",
        "Region Men Women Total",
        "Africa 43 32 37",
        "Asia and the Pacific 69 64 66",
        "Europe 92 90 91",
        "Source: ITU, Facts and Figures 2024.",
    ]
    chinese = paragraph(CHINESE_TABLE_A1, "p-5")
    assert chinese.text.startswith("表 A.1\n按区域分列的互联网使用情况，2024 年\n")
    assert chinese.text.endswith("\n资料来源：国际电联，《2024 年事实和数字》。")
    for content in (ENGLISH_TABLE_A1, CHINESE_TABLE_A1):
        following = paragraph(content, "3")
        assert following.parent == "section-2"
        paragraphs = parse_document(content).paragraphs
        assert all(found.kind != "heading" or found.label for found in paragraphs)


ENGLISH_ANNEX_TABLE = (
    "I. Introduction\n\n"
    "1. This report reviews the main trends in the information society since the twentieth\n"
    "anniversary of the World Summit on the Information Society, drawing on data from ITU.\n\n"
    "2. The Commission may wish to consider the recommendations set out in the present report and\n"
    "the statistical annex below.\n\n"
    "25-03911\n\n3/4\nA/80/64-E/2025/48\n\n"
    "Annex\n\nInternet use by region, 2024\n\n(Percentage of population)\n\n"
    "Region Men Women Total\nAfrica 43 32 37\nAsia and the Pacific 69 64 66\nEurope 92 90 91\n\n"
    "Source: ITU, Facts and Figures 2024.\n\n4/4\n\n25-03911\n"
)
CHINESE_ANNEX_TABLE = (
    "一、导言\n\n1. 本报告概述信息社会的主要趋势。\n\n2. 委员会不妨考虑以下建议。\n\n"
    "25-03911\n\n3/4\nA/80/64-E/2025/48\n\n"
    "附件\n\n按区域分列的互联网使用情况，2024 年\n\n（占人口百分比）\n\n"
    "区域 男性 女性 合计\n非洲 43 32 37\n亚洲及太平洋 69 64 66\n欧洲 92 90 91\n\n"
    "资料来源：国际电联，《2024 年事实和数字》。\n\n4/4\n\n25-03911\n"
)


def test_annex_that_is_only_a_table_without_caption_is_one_paragraph() -> None:
    expected = ["section-1", "1", "2", "annex-1", "p-5"]
    assert anchors(ENGLISH_ANNEX_TABLE) == anchors(CHINESE_ANNEX_TABLE) == expected
    english = paragraph(ENGLISH_ANNEX_TABLE, "p-5")
    assert english.kind == "unnumbered"
    assert english.parent == "annex-1"
    assert english.text.split("\n") == [
        "(Percentage of population)",
        "Region Men Women Total",
        "Africa 43 32 37",
        "Asia and the Pacific 69 64 66",
        "Europe 92 90 91",
        "Source: ITU, Facts and Figures 2024.",
    ]
    chinese = paragraph(CHINESE_ANNEX_TABLE, "p-5")
    assert chinese.kind == "unnumbered"
    assert chinese.text.split("\n")[:3] == [
        "（占人口百分比）",
        "区域 男性 女性 合计",
        "非洲 43 32 37",
    ]
    assert paragraph(CHINESE_ANNEX_TABLE, "annex-1").text == "按区域分列的互联网使用情况，2024 年"


def test_heading_below_a_table_without_caption_heads_what_follows() -> None:
    # The table ends at its source: the heading below it is the text's again.
    content = (
        "I. Introduction\n\n"
        "1. This report reviews the main trends in the information society since the twentieth\n"
        "anniversary of the World Summit on the Information Society, drawing on data from ITU.\n\n"
        "Annex\n\nInternet use by region\n\n(Percentage of population)\n\n"
        "Region Men Women Total\nAfrica 43 32 37\nEurope 92 90 91\n\n"
        "Source: ITU, Facts and Figures 2024.\n\n"
        "Connectivity\n\nThe gap in connectivity between regions remains wide, and the data show\n"
        "that it narrowed only slightly in 2024.\n"
    )
    found = {p.anchor: p for p in parse_document(content).paragraphs}
    assert found["p-4"].text.startswith("(Percentage of population)\n")
    assert found["p-5"].kind == "heading"
    assert found["p-5"].text == "Connectivity"
    assert found["p-6"].parent == "p-5"
