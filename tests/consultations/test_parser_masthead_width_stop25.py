"""Paragraph parser: the text's width is its body's, not the masthead's. pdftotext -layout sets
a report's symbol, "Distr.: General" and date at the page's right edge, past the column the
body wraps at; measured against them every wrapped line was short, so one that happened to
end with a sentence's stop ("。", ".") ended its paragraph."""

from __future__ import annotations

from consultations.parser import parse_document

_PAD = " " * 80

ZH_MASTHEAD = (
    f"                 联合国{_PAD}       A/80/215\n"
    f"                 大    会{_PAD}Distr.: General\n"
    f"                {_PAD}        24 July 2025\n"
    f"                {_PAD}        Chinese\n"
    f"                {_PAD}        Original: English\n"
    "\n"
)
EN_MASTHEAD = (
    f"                 United Nations{_PAD}A/80/215\n"
    f"                 General Assembly{_PAD}Distr.: General\n"
    f"                {_PAD}        24 July 2025\n"
    f"                {_PAD}        Original: English\n"
    "\n"
)

ZH_BODY = (
    "                1.     本报告是根据大会第 79/216 号决议提交的，概述了在执行《仙台框架》\n"
    "          方面取得的进展。在该决议中，大会请秘书长在第八十届会议上提交一份关于该\n"
    "          决议执行情况的报告。\n"
    "\n"
    "                2.     2024 年，全球共记录了 398 次灾害事件，影响了 1.67 亿人，造成的\n"
    "          经济损失估计为 2 420 亿美元。与过去 20 年的平均数相比，受影响人数有所下\n"
    "          降，但经济损失显著增加。灾害对最不发达国家的影响尤为严重，损失巨大。\n"
    "          在这些国家，灾害造成的经济损失往往相当于国内生产总值的很大一部分，其中：\n"
    "\n"
    "                       (a)    在太平洋小岛屿发展中国家，单次热带气旋造成的损失可超过\n"
    "          国内生产总值的 30%；\n"
    "\n"
    "                       (b)    在萨赫勒地区，干旱连续第三年影响粮食安全。\n"
    "\n"
    "                3.     预警系统的有效性取决于地方一级的准备和应对能力。\n"
)
EN_BODY = (
    "                1.     The present report is submitted pursuant to General"
    " Assembly resolution\n"
    "          79/216, in which the Assembly requested a report on progress in the\n"
    "          implementation of the Sendai Framework at its eightieth session.\n"
    "\n"
    "                2.     In 2024, 398 disaster events were recorded globally, affecting 167\n"
    "          million people, with economic losses estimated at $242 billion. Compared with\n"
    "          the average of the past 20 years, the number of people affected decreased.\n"
    "          Economic losses, however, increased significantly in the least developed\n"
    "          countries, in particular:\n"
    "\n"
    "                       (a)    In Pacific small island developing States, a single tropical\n"
    "          cyclone can cause losses exceeding 30 per cent of gross domestic product;\n"
    "\n"
    "                       (b)    In the Sahel, drought affected food security for"
    " the third year.\n"
    "\n"
    "                3.     The effectiveness of early warning systems depends on"
    " local capacities.\n"
)


def _anchors(content: str) -> list[str]:
    return [p.anchor for p in parse_document(content).paragraphs]


def test_a_chinese_line_ending_at_the_edge_with_a_stop_goes_on_below_a_wide_masthead() -> None:
    paragraphs = parse_document(ZH_MASTHEAD + ZH_BODY).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "2.a", "2.b", "3"]
    assert paragraphs[1].text.endswith(
        "损失巨大。在这些国家，灾害造成的经济损失往往相当于国内生产总值的很大一部分，其中："
    )


def test_an_english_line_ending_at_the_edge_with_a_stop_goes_on_below_a_wide_masthead() -> None:
    paragraphs = parse_document(EN_MASTHEAD + EN_BODY).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "2.a", "2.b", "3"]
    assert "affected decreased. Economic losses, however," in paragraphs[1].text


def test_the_masthead_changes_nothing_the_body_alone_gives() -> None:
    for masthead, body in ((ZH_MASTHEAD, ZH_BODY), (EN_MASTHEAD, EN_BODY)):
        with_masthead = parse_document(masthead + body).paragraphs
        alone = parse_document(body).paragraphs
        assert [(p.anchor, p.text) for p in with_masthead] == [(p.anchor, p.text) for p in alone]


def test_a_short_line_ending_with_a_stop_still_ends_its_paragraph_below_a_masthead() -> None:
    # Well short of the body's width, "…影响尤为严重。" is the paragraph's end, not a wrap.
    content = ZH_MASTHEAD + ZH_BODY.replace(
        "降，但经济损失显著增加。灾害对最不发达国家的影响尤为严重，损失巨大。\n",
        "降，但经济损失显著增加。\n",
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2", "p-3", "p-3.a", "p-3.b", "3"]
    assert paragraphs[1].text.endswith("受影响人数有所下降，但经济损失显著增加。")
