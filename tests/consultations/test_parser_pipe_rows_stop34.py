"""Paragraph parser: a pipe table in a plain-text document is read as the Markdown path reads
it, its rows lines of the paragraph above, never a heading."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

TABLE = (
    "1. Decides that the Panel shall be composed as follows:\n\n"
    "| Regional group | Members |\n|---|---|\n| African States | 8 |\n\n"
    "2. Decides to act.\n\n3. Decides to remain seized.\n"
)


def test_a_pipe_table_in_plain_text_reads_as_in_markdown() -> None:
    rows = [
        (
            "1",
            "operative",
            None,
            "Decides that the Panel shall be composed as follows:\n"
            "Regional group | Members\nAfrican States | 8",
        ),
        ("2", "operative", None, "Decides to act."),
        ("3", "operative", None, "Decides to remain seized."),
    ]
    assert parsed_rows(TABLE, "text") == rows
    assert parsed_rows(TABLE, "markdown") == rows


def test_a_line_with_a_bar_and_no_table_rule_is_text_in_plain_text() -> None:
    content = (
        "1. Decides to act;\n\n| Recalling its resolution 79/1, |\n\n2. Decides to remain seized.\n"
    )
    assert [anchor for anchor, *_ in parsed_rows(content)] == ["1", "p-2", "2"]
