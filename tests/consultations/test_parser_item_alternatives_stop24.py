"""Paragraph parser: an item's alternative written with a capital, "(c) Alt 2: […]" after
"(c) Alt 1: […]", is an item of its own (``8.calt2``), as "(c) alt. 2" already was; it was kept
as text inside 8.c with a warning."""

from __future__ import annotations

from tests.consultations.parser_helpers import anchors, paragraph

COMPILATION = (
    "OP8 We request the Secretary-General:\n\n"
    "      (a) To establish an independent scientific panel [on artificial intelligence];\n\n"
    "      (b) Alt 1: [To submit a report on the modalities of the panel;]\n\n"
    "      (b) Alt 2: [To present options for the funding of the panel;]\n\n"
    "      (c) To ensure the balanced representation of the panel;\n\n"
    "OP9 [We decide to review the functioning of the panel.]\n"
)


def test_an_items_alternative_with_a_capital_is_an_item_of_its_own() -> None:
    assert anchors(COMPILATION) == ["8", "8.a", "8.b", "8.balt2", "8.c", "9"]
    alternative = paragraph(COMPILATION, "8.balt2")
    assert alternative.label == "8 (b) Alt 2"
    assert alternative.text == "[To present options for the funding of the panel;]"
