"""Paragraph parser: a page number set at an odd page's right edge ("3/7", as pdftotext
-layout prints it) says nothing of the text's width: a paragraph the page break cut mid-sentence
goes on after the next page's furniture, wherever its page number stands."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows


@pytest.mark.parametrize("page_number_column", [11, 60, 76, 83])
def test_a_paragraph_goes_on_across_a_page_number_at_the_right(page_number_column: int) -> None:
    content = (
        "                  The General Assembly,\n\n"
        "           1.     Decides to establish the Panel, which shall report annually to the\n"
        "                  General Assembly and to the\n\n"
        f"{' ' * page_number_column}3/7\n"
        "\f           A/RES/79/325\n\n"
        "                  Human Rights Council;\n\n"
        "           2.     Decides to act.\n"
    )
    assert [(anchor, text) for anchor, _, _, text in parsed_rows(content)] == [
        ("p-1", "The General Assembly,"),
        (
            "1",
            "Decides to establish the Panel, which shall report annually to the General "
            "Assembly and to the Human Rights Council;",
        ),
        ("2", "Decides to act."),
    ]
