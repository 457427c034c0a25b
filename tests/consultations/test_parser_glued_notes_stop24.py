"""Paragraph parser: a Chinese note reference glued to a cited document's noun before its
"and" ("秘书长的报告1和…最后报告2，") is taken out when the note exists, as one before a clause's
punctuation already was; the note's own line at the text's end is then no paragraph."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

RESOLUTION = (
    "大会，\n\n"
    "注意到秘书长的报告1和人工智能高级别咨询机构的最后报告2，\n\n"
    "1. 决定设立科学小组，并参照表1和表2所列的专家名单；\n\n"
    "2. 决定继续审议这一问题。\n\n"
    "{separator}"
    "1 A/79/62-E/2024/11。\n"
    "2 联合国，《以人为本的人工智能治理》(2024年9月)。\n"
)


@pytest.mark.parametrize("separator", ["", "__________\n"], ids=["no-separator", "separator"])
def test_a_reference_before_and_is_taken_out_and_its_note_is_no_paragraph(separator: str) -> None:
    texts = {
        p.anchor: p.text for p in parse_document(RESOLUTION.format(separator=separator)).paragraphs
    }
    assert texts == {
        "p-1": "大会，",
        "pp1": "注意到秘书长的报告和人工智能高级别咨询机构的最后报告，",
        "1": "决定设立科学小组，并参照表1和表2所列的专家名单；",
        "2": "决定继续审议这一问题。",
    }


def test_figures_counted_before_and_stay() -> None:
    content = (
        "1. 工作组审议了共同主持人分发的非文件1和非文件2，涉及数据治理。\n\n"
        "2. 工作组还审议了议程3和4所列问题。\n\n"
        "__________\n1 A/79/62。\n2 E/CN.16/2025/CRP.2。\n3 A/HRC/56/23。\n4 A/80/1。\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts[0].startswith("工作组审议了共同主持人分发的非文件1和非文件")
    assert texts[1] == "工作组还审议了议程3和4所列问题。"


def test_a_numbered_paper_before_and_keeps_its_number() -> None:
    content = (
        "1. 共同主持人在非文件1和主席的说明中概述了各代表团的意见。\n\n"
        "2. 共同主持人考虑了工作文件2及其增编所载的提案。\n\n"
        "__________\n1 A/79/62。\n2 E/CN.16/2025/CRP.2。\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts == [
        "共同主持人在非文件1和主席的说明中概述了各代表团的意见。",
        "共同主持人考虑了工作文件2及其增编所载的提案。",
    ]
