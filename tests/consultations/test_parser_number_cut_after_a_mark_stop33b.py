"""Paragraph parser: a Chinese number broken after a mark, "…世界：2" + "030年前…", goes on
without a space, the digits before the break no note marker glued after the mark."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

_OPENING = "1. 我们各国元首和政府首脑齐聚联合国总部，设想一个更美好的世界"
_REST = "年前实现可持续发展目标的世界，各国人民共享繁荣与和平的世界，没有人掉队。"


@pytest.mark.parametrize("mark", ["：", "，", "。"])
def test_a_year_broken_after_a_mark_goes_on_without_a_space(mark: str) -> None:
    content = f"{_OPENING}{mark}2\n030{_REST}\n\n2. 我们决定采取行动。\n"
    assert [(anchor, text) for anchor, _, _, text in parsed_rows(content)] == [
        ("1", f"{_OPENING[3:]}{mark}2030{_REST}"),
        ("2", "我们决定采取行动。"),
    ]


def test_a_thousands_group_broken_after_a_comma_keeps_its_space() -> None:
    rest = "万人受益，各国人民共享繁荣与和平，没有人掉队。"
    content = f"{_OPENING}，1\n000 {rest}\n\n2. 我们决定。\n"
    assert parsed_rows(content)[0][3] == f"{_OPENING[3:]}，1 000 {rest}"


def test_a_note_marker_after_a_mark_stays_apart_from_the_paragraph_number_below() -> None:
    # Only a zero tells a number's rest: the note "2" after the full stop is no head of "22.".
    content = f"{_OPENING}。2\n2. 我们决定采取行动。\n"
    assert [anchor for anchor, _, _, _ in parsed_rows(content)] == ["1", "2"]
