"""Paragraph parser: a document's symbol or a resolution's number a line break cut after its
"/" ("(A/79/" + "276)", "resolution 70/" + "125;") is joined without a space, in English as in
Chinese, as the symbol is printed whole."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import paragraph


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            "The General Assembly,\n"
            "1. Takes note of the report of the Secretary-General (A/79/\n"
            "276) and of resolution 70/\n"
            "125;\n"
            "2. Decides to remain seized of the matter.\n",
            "Takes note of the report of the Secretary-General (A/79/276) and of resolution"
            " 70/125;",
            id="english",
        ),
        pytest.param(
            "The Human Rights Council,\n"
            "1. Welcomes the report of the Special Rapporteur (A/HRC/\n"
            "58/41) and the note by the secretariat (E/CN.6/\n"
            "2024/1);\n"
            "2. Decides to remain seized of the matter.\n",
            "Welcomes the report of the Special Rapporteur (A/HRC/58/41) and the note by the"
            " secretariat (E/CN.6/2024/1);",
            id="symbol-elements",
        ),
        pytest.param(
            "大会，\n1. 注意到秘书长的报告(A/79/\n276)和第 70/125 号决议；\n"
            "2. 决定继续处理此案。\n",
            "注意到秘书长的报告(A/79/276)和第 70/125 号决议；",
            id="chinese-symbol",
        ),
    ],
)
def test_a_symbol_cut_after_its_slash_is_joined_whole(content: str, expected: str) -> None:
    assert paragraph(content, "1").text == expected


def test_words_cut_after_a_slash_keep_their_space() -> None:
    content = (
        "The General Assembly,\n"
        "1. Encourages cooperation between the public and/\n"
        "or private sectors and the use of 2030/\n"
        "the Agenda;\n"
    )

    assert paragraph(content, "1").text == (
        "Encourages cooperation between the public and/ or private sectors and the use of 2030/"
        " the Agenda;"
    )
