"""Paragraph parser: a table drawn in box-drawing characters keeps no rule in any paragraph's
text ("┌────┬────┐", "├────┼────┤", "└────┴────┘" are separators, never text), and its rows
read as a layout table's do, the cells apart by a space ("│ 区域 │ 2003 │" -> "区域 2003")."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

_BOXED = "表 1\n┌────┬────┐\n│ 区域 │ 2003 │\n├────┼────┤\n│ 非洲 │ 2 │\n└────┴────┘\n"
_LAID_OUT = "表 1\n  区域      2003\n  非洲      2\n"


def test_a_box_drawn_table_alone_keeps_its_rows_and_drops_its_rules() -> None:
    rows = parsed_rows(_BOXED)
    assert rows == parsed_rows(_LAID_OUT)
    assert not any(set(text) & set("┌┬┐├┼┤└┴┘─│") for _, _, _, text in rows)


def test_a_box_drawn_table_between_paragraphs_reads_as_a_layout_table() -> None:
    boxed = parsed_rows(f"1. 决定如下。\n{_BOXED}2. 又决定。\n")
    assert boxed == parsed_rows(f"1. 决定如下。\n{_LAID_OUT}2. 又决定。\n")
    assert boxed[1] == ("p-2", "unnumbered", None, "表 1\n区域 2003\n非洲 2")
