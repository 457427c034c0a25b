"""Paragraph parser: pdftotext glues a Chinese note reference to the document it cites
("秘书长的报告7；", "第70/125号决议2，"); after such a noun and before a clause's punctuation the
digits are the reference when that note exists, and any other figure stays."""

from __future__ import annotations

from consultations.parser import parse_document

RESOLUTION = (
    "     经济及社会理事会，\n\n"
    "     回顾信息社会世界首脑会议日内瓦阶段和突尼斯阶段的成果文件1，\n\n"
    "     还回顾大会关于信息社会世界首脑会议成果执行情况全面审查的第70/125号决议2，\n\n"
    "     1.   注意到秘书长的报告3；\n\n"
    "     2.   请秘书长参照表1。\n\n"
    "     3.   决定按附件2。所列日程举行会议；\n\n"
    "     4.   又决定在 2026 年审议目标1，并将报告4。\n\n"
    "_______________\n"
    "  1 见 A/C.2/59/3，附件。\n"
    "  2 大会第70/125号决议。\n"
    "  3 E/CN.16/2025/2。\n"
    "  4 A/80/64。\n"
)


def test_a_reference_glued_to_a_cited_documents_noun_is_taken_out() -> None:
    paragraphs = parse_document(RESOLUTION).paragraphs
    texts = {p.anchor: p.text for p in paragraphs}
    assert texts["pp1"] == "回顾信息社会世界首脑会议日内瓦阶段和突尼斯阶段的成果文件，"
    assert texts["pp2"].endswith("第70/125号决议，")
    assert texts["1"] == "注意到秘书长的报告；"
    assert texts["4"] == "又决定在 2026 年审议目标1，并将报告。"
    assert all("A/80/64" not in p.text and "E/CN.16" not in p.text for p in paragraphs)


def test_a_figure_after_any_other_noun_stays() -> None:
    texts = {p.anchor: p.text for p in parse_document(RESOLUTION).paragraphs}
    assert texts["2"] == "请秘书长参照表1。"
    assert texts["3"] == "决定按附件2。所列日程举行会议；"


def test_without_that_note_the_digits_stay() -> None:
    content = "1. 注意到秘书长的报告7；\n\n2. 决定继续审议。\n"
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts == ["注意到秘书长的报告7；", "决定继续审议。"]


def test_a_label_before_a_colon_keeps_its_number() -> None:
    content = (
        "1. 缔约方会议通过了以下决定：决定1：“新的集体量化目标”；决定2：“技术执行计划”。\n\n"
        "2. 缔约方会议注意到常设资金委员会的报告2。\n\n"
        "_______________\n  1 FCCC/CP/2024/10。\n  2 FCCC/CP/2024/11。\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert (
        texts[0] == "缔约方会议通过了以下决定：决定1：“新的集体量化目标”；决定2：“技术执行计划”。"
    )
    assert texts[1] == "缔约方会议注意到常设资金委员会的报告。"
