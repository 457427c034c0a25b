"""Paragraph parser: a decimal number out of sequence where a paragraph opens is kept as text
with a warning, as a plain one is; a jump the numbers below confirm ("1.3" + "1.5" + "1.6")
is accepted, with a warning, so that one line kept as text ("1.4 x.", a lower-case word after
the number reads as a quantity) does not take the rest of its run with it."""

from __future__ import annotations

from consultations.parser import parse_document


def test_an_unexpected_decimal_number_is_kept_as_text_with_a_warning() -> None:
    result = parse_document(
        "1. General\n\n1.1 First item of the section.\n\n1.2 Second item.\n\n"
        "1.10 Tenth item.\n\n2. Next\n\n2.1 Another item."
    )
    assert [p.anchor for p in result.paragraphs] == ["1", "1.1", "1.2", "p-4", "2", "2.1"]
    assert any(
        "unexpected number 1.10 (expected 1.3); kept as text" in warning.message
        for warning in result.warnings
    )


def test_a_decimal_jump_the_numbers_below_confirm_is_numbered_from() -> None:
    result = parse_document(
        "1. General\n\n1.1 First item.\n\n1.2 Second item.\n\n1.3 Third item.\n\n1.4 x.\n\n"
        "1.5 Fifth item.\n\n1.6 Sixth item.\n\n2. Next\n\n2.1 Another item."
    )
    assert [p.anchor for p in result.paragraphs] == [
        "1", "1.1", "1.2", "1.3", "p-5", "1.5", "1.6", "2", "2.1",
    ]  # fmt: skip
    assert any(
        "paragraph 1.5 where 1.4 was expected; numbered from it" in warning.message
        for warning in result.warnings
    )
