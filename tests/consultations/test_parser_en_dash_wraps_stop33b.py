"""Paragraph parser: a line broken after a closed-up en dash, a range's or a joint symbol's,
goes on without a space, as after a hyphen; a spaced dash keeps its spaces."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import paragraph

_CHAPEAU = "                      The General Assembly,\n\n"


@pytest.mark.parametrize(
    ("wrapped", "expected"),
    [
        (
            "Notes the report of the Secretary-General (A/79/215, paras. 12–\n"
            "                 15 and annex I);",
            "Notes the report of the Secretary-General (A/79/215, paras. 12–15 and annex I);",
        ),
        (
            "Takes note of the report of the Secretary-General on the strategy for 2026–\n"
            "                 2030 (A/79/62–\n"
            "                 E/2024/11);",
            "Takes note of the report of the Secretary-General on the strategy for 2026–2030 "
            "(A/79/62–E/2024/11);",
        ),
        (
            "Stresses that the measures taken by States –\n"
            "                 including legislation – must comply with international law;",
            "Stresses that the measures taken by States – including legislation – must comply "
            "with international law;",
        ),
    ],
)
def test_a_line_broken_after_an_en_dash(wrapped: str, expected: str) -> None:
    content = f"{_CHAPEAU}                      1.     {wrapped}\n"

    assert paragraph(content, "1").text == expected
