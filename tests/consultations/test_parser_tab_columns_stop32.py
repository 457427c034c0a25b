"""Paragraph parser: a tab between an abbreviation and its expansion ("AI<tab>artificial
intelligence") became one space, losing the column gap that tells a list of abbreviations'
rows: below paragraph 1, its caption became a heading over paragraph 2 and its rows one
sentence. A tab between two words is now the two spaces such a gap is printed with elsewhere."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from consultations.parser_text import normalise
from tests.consultations.parser_helpers import parsed_rows

_ENGLISH = (
    "1. The present report sets out the work of the Panel.\n\n"
    "Abbreviations\n"
    "AI{gap}artificial intelligence\n"
    "GDC{gap}Global Digital Compact\n"
    "ITU{gap}International Telecommunication Union\n\n"
    "2. The Panel met three times.\n"
)
_CHINESE = (
    "1. 本报告阐述了小组的工作。\n\n"
    "缩略语\n"
    "AI{gap}人工智能\n"
    "GDC{gap}全球数字契约\n"
    "ITU{gap}国际电信联盟\n\n"
    "2. 小组举行了三次会议。\n"
)


@pytest.mark.parametrize("content", [_ENGLISH, _CHINESE], ids=["en", "zh"])
def test_a_tab_between_abbreviation_and_expansion_reads_as_a_column_gap(content: str) -> None:
    tabbed = parsed_rows(content.format(gap="\t"))
    assert tabbed == parsed_rows(content.format(gap="    "))
    assert [row[:3] for row in tabbed] == [
        ("1", "operative", None),
        ("p-2", "unnumbered", None),
        ("2", "operative", None),
    ]
    assert tabbed[1][3].split("\n")[1] in ("AI artificial intelligence", "AI 人工智能")


def test_a_tab_after_a_paragraphs_number_reads_as_its_space() -> None:
    content = "1.\tStates should cooperate.\n\n2.\tStates should act.\n"
    tabbed = parse_document(content).paragraphs
    assert [(p.anchor, p.text) for p in tabbed] == [
        ("1", "States should cooperate."),
        ("2", "States should act."),
    ]


def test_only_a_tab_between_words_becomes_two_spaces() -> None:
    assert normalise("\tAI\tartificial \tintelligence\t\n") == " AI  artificial  intelligence \n"
