"""Paragraph parser: a draft decision's one sentence, its organ acting ("The Economic and Social
Council takes note of …"), right below its title under the line naming it ("Draft decision"),
no blank line between, is a paragraph of its own under the title, however wide the title: a
short text's widths tell no wrap."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

TITLE = (
    "Report of the Commission on Science and Technology for Development on its twenty-eighth "
    "session"
)
SENTENCE = "The Economic and Social Council takes note of the report of the Commission."


def test_atop_the_text_the_title_heads_the_decisions_sentence() -> None:
    assert parsed_rows(f"Draft decision\n{TITLE}\n{SENTENCE}\n") == [
        ("p-1", "heading", None, TITLE),
        ("p-2", "unnumbered", "p-1", SENTENCE),
    ]


def test_below_a_reports_paragraph_the_title_heads_the_decisions_sentence() -> None:
    content = (
        "1. The Commission recommends the adoption of the following draft decision:\n\n"
        f"Draft decision\n{TITLE}\n{SENTENCE}\n"
    )
    assert parsed_rows(content)[1:] == [
        ("p-2", "heading", None, "Draft decision"),
        ("p-3", "heading", "p-2", TITLE),
        ("p-4", "unnumbered", "p-3", SENTENCE),
    ]


def test_a_sentence_wrapped_below_the_title_line_is_no_decision() -> None:
    content = f"Draft decision\n{TITLE}\nthe Economic and Social Council takes note of it.\n"
    assert [text for _, _, _, text in parsed_rows(content)] == [
        f"{TITLE} the Economic and Social Council takes note of it."
    ]
