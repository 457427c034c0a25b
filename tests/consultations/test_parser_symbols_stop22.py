"""Paragraph parser: running headers whose symbol carries a part in parentheses ("A/80/6 (Sect.
9)", "A/80/6 (Part II)", "A/79/6 (Sect. 9)/Add.1") or joins two bodies' symbols with a dash
("A/80/64–E/2025/48") are page furniture, in English and Chinese alike."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from consultations.parser_text import is_junk, names_a_document
from tests.consultations.parser_helpers import anchors, paragraph

SYMBOLS = [
    "A/80/6 (Sect. 9)",
    "A/80/6 (Sect. 29E)",
    "A/79/6 (Sect. 9)/Add.1",
    "A/80/6 (Part II)",
    "A/78/6 (Income sect. 1)",
    "A/80/64–E/2025/48",
]


def _budget_fascicle(symbol: str, *, chinese: bool) -> str:
    if chinese:
        first = (
            "一、总体方向\n\n"
            "9.1 经济和社会事务部负责支持政府间进程在经济、社会和环境领域制定规范和政策，以及协助\n"
            "会员国执行这些规范和政策。\n\n"
            "9.2 该部还作为可持续发展高级别政治论坛的实质性秘书处。\n\n"
        )
        heading, third, fourth, job = (
            "评价活动",
            "9.3 2024 年完成的下列评价。",
            "9.4 该部将继续开展研究。",
            "25-05120 (C)",
        )
    else:
        first = (
            "I. Overall orientation\n\n"
            "9.1 The Department of Economic and Social Affairs supports intergovernmental processes"
            " in the\neconomic, social and environmental areas.\n\n"
            "9.2 The Department also serves as the substantive secretariat of the forum.\n\n"
        )
        heading, third, fourth, job = (
            "Evaluation activities",
            "9.3 The following evaluations were completed in 2024.",
            "9.4 The Department will continue its research.",
            "25-05120 (E)",
        )
    return (
        f"{first}{job}\n\n*2505120*\n\f{symbol}\n\n{heading}\n\n{third}\n\n2/3\n\n25-05120\n"
        f"\f{symbol}\n\n{fourth}\n\n25-05120\n\n3/3\n"
    )


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_symbol_with_its_part_is_a_running_header(symbol: str) -> None:
    english = _budget_fascicle(symbol, chinese=False)
    chinese = _budget_fascicle(symbol, chinese=True)
    expected = ["section-1", "9.1", "9.2", "p-4", "9.3", "9.4"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "p-4").text == "Evaluation activities"
    assert paragraph(chinese, "p-4").text == "评价活动"
    assert paragraph(chinese, "9.4").heading_path == ("一、总体方向", "评价活动")
    for content in (english, chinese):
        texts = [found.text for found in parse_document(content).paragraphs]
        assert not any(symbol in text for text in texts)


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_symbol_with_its_part_is_one_piece_of_a_header(symbol: str) -> None:
    assert is_junk(symbol)
    assert is_junk(f"{symbol} 2/25")
    assert is_junk(f"2/25 {symbol}")
    assert names_a_document(symbol)
    # A sentence in parentheses after a symbol is no part of it; a resolution's year is a piece
    # of its own.
    assert not is_junk("A/79/62 (see annex)")
    assert not is_junk("A/80/6 (Sect. 9).")
    assert is_junk("S/RES/2719 (2023)")


def test_symbol_with_its_part_is_a_first_page_masthead_line() -> None:
    content = (
        "United Nations\nA/80/6 (Sect. 9)\nGeneral Assembly\nDistr.: General\n\n"
        "I. Overall orientation\n\n9.1 The Department supports intergovernmental processes.\n"
    )
    result = parse_document(content)
    assert [found.anchor for found in result.paragraphs] == ["section-1", "9.1"]
    assert not any("Sect. 9" in warning.excerpt for warning in result.warnings)
