"""Paragraph parser: in Markdown a pandoc line block's "| " marks no table row; its line is
text, a preambular paragraph as the plain line is."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows


def test_a_line_block_in_a_preamble_is_its_preambular_paragraphs() -> None:
    content = (
        "The General Assembly,\n\n"
        "| Recalling its resolution 79/1,\n\n"
        "| Recalling also its resolution 79/2,\n\n"
        "1. Decides to act.\n"
    )
    assert parsed_rows(content, "markdown") == [
        ("p-1", "unnumbered", None, "The General Assembly,"),
        ("pp1", "preamble", None, "Recalling its resolution 79/1,"),
        ("pp2", "preamble", None, "Recalling also its resolution 79/2,"),
        ("1", "operative", None, "Decides to act."),
    ]
