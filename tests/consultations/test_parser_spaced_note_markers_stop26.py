"""Paragraph parser: numbers set apart after a comma inside a paragraph are the sentence's,
though a note of that number exists: counts and listed numbers ("Goals 1, 2 and 3", "Of the
Least Developed Countries, 12 that have …"). pdftotext -layout sets a footnote's raised digit
apart so too ("…of Human Rights, 1 where everyone"); removing those took counts with them (text
lost), so they stay in the English text, a known limit (the parser's docstring)."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


def _texts(content: str, fmt: str = "text") -> dict[str, str]:
    return {p.anchor: p.text for p in parse_document(content, fmt).paragraphs}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            "     1.    We recall Goals 1, 2 and 3, paragraphs 1 and 2 of resolution 70/1, 1 of\n"
            "which was adopted on 1 January, and the reports of 42 Member States, 2 entities\n"
            "and others, 3 in Africa.\n"
            "_______________\n"
            "1 Resolution 70/1.\n"
            "2 See A/60/687.\n"
            "3 See A/C.2/59/3, annex.\n",
            {
                "1": "We recall Goals 1, 2 and 3, paragraphs 1 and 2 of resolution 70/1, 1 of which"
                " was adopted on 1 January, and the reports of 42 Member States, 2 entities and"
                " others, 3 in Africa."
            },
            id="counts-and-lists-with-notes",
        ),
        pytest.param(
            "     1.    We reaffirm the Geneva Declaration of Principles, 2 the Geneva Plan of\n"
            "Action and the Tunis Agenda, 4 and the Declaration of Human Rights.1\n"
            "_______________\n"
            "1 Resolution 217 A (III).\n",
            {
                "1": "We reaffirm the Geneva Declaration of Principles, 2 the Geneva Plan of Action"
                " and the Tunis Agenda, 4 and the Declaration of Human Rights."
            },
            id="digit-without-its-note",
        ),
        pytest.param(
            "     1.    We reaffirm the priorities of the Programme, 2 and 3 of which concern\n"
            "connectivity.\n"
            "_______________\n"
            "2 See A/60/687.\n",
            {
                "1": "We reaffirm the priorities of the Programme, 2 and 3 of which concern"
                " connectivity."
            },
            id="marker-before-a-number-going-on",
        ),
        pytest.param(
            "1. Among the five regions, 2 where data are available show gains.1\n"
            "\n"
            "2. Of the 24 countries surveyed, 3 that have a national strategy were visited.2\n"
            "\n"
            "__________________\n"
            "1 See A/79/100.\n"
            "2 ITU (2024).\n"
            "3 Ibid.\n",
            {
                "1": "Among the five regions, 2 where data are available show gains.",
                "2": "Of the 24 countries surveyed, 3 that have a national strategy were visited.",
            },
            id="count-after-a-lower-case-word",
        ),
        pytest.param(
            "1. Of the Least Developed Countries, 12 that have national broadband plans reported"
            " progress.\n"
            "\n"
            "2. Among Small Island Developing States, 4 where data are available show gains.\n"
            "\n"
            "_______________\n"
            "4 Resolution 79/233.\n"
            "12 ITU, Facts and Figures 2024.\n",
            {
                "1": "Of the Least Developed Countries, 12 that have national broadband plans"
                " reported progress.",
                "2": "Among Small Island Developing States, 4 where data are available show gains.",
            },
            id="count-after-a-capitalised-group",
        ),
    ],
)
def test_a_number_set_apart_after_a_comma_stays_in_its_sentence(
    content: str, expected: dict[str, str]
) -> None:
    texts = _texts(content)
    assert {anchor: texts.get(anchor) for anchor in expected} == expected
