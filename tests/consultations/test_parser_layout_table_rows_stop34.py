"""Paragraph parser: a table pdftotext -layout prints below a paragraph's colon, its columns
set apart by runs of spaces, is that paragraph's text, one row a line, as Word's text and
Markdown give it, never a paragraph running its rows together."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows


def test_a_layout_table_below_a_colon_is_the_paragraphs_rows() -> None:
    content = (
        "           1.     Decides that the Panel shall be composed as follows:\n\n"
        "                  Regional group                                 Members\n"
        "                  African States                                       8\n"
        "                  Asia-Pacific States                                  8\n\n"
        "           2.     Decides to act.\n"
    )
    assert [(anchor, text) for anchor, _, _, text in parsed_rows(content)] == [
        (
            "1",
            "Decides that the Panel shall be composed as follows:\nRegional group Members\n"
            "African States 8\nAsia-Pacific States 8",
        ),
        ("2", "Decides to act."),
    ]
