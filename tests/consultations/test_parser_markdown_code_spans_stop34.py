"""Paragraph parser: a Markdown code span's backticks are markup, dropped as emphasis's marks
are; its text stays as written, an escaped backtick stays a backtick."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import paragraph


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("as set out in `A/RES/79/1`.", "as set out in A/RES/79/1."),
        ("as set out in `` A/RES/79/1 ``.", "as set out in A/RES/79/1."),
        ("in `snake_case_name` and `a` `b`.", "in snake_case_name and a b."),
        ("with a \\`quoted\\` word.", "with a `quoted` word."),
        ("with a lone ` mark.", "with a lone ` mark."),
    ],
)
def test_a_code_span_keeps_its_text_without_backticks(written: str, read: str) -> None:
    content = f"1. Decides to act, {written}\n"
    assert paragraph(content, "1", "markdown").text == f"Decides to act, {read}"
