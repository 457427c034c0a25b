"""Paragraph parser: a title in sentence case ("A. Strengthening international cooperation on
artificial intelligence governance") swallowed the one-word sub-heading on the line below it
("Capacity"), as a wrap: where the text spells that word in lower case elsewhere, and never
with its capital mid-sentence, the capital is a heading's, not a wrapped word's."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

_PARAGRAPHS = (
    "1. States should build capacity in developing countries and share their knowledge.\n\n"
    "2. Member States should share knowledge with developing States.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        # As wide as the text's widest line, as a wrapped title's first line is.
        "Strengthening international cooperation on artificial intelligence governance",
        # Short, with a blank line below the sub-heading.
        "Strengthening cooperation",
    ],
)
def test_a_common_nouns_capital_below_a_sentence_case_title_opens_a_sub_heading(
    title: str,
) -> None:
    content = f"A. {title}\nCapacity\n\n{_PARAGRAPHS}"
    assert parsed_rows(content) == [
        ("section-a", "heading", None, title),
        ("p-2", "heading", "section-a", "Capacity"),
        ("1", "operative", "p-2", _PARAGRAPHS.split("\n")[0][3:]),
        ("2", "operative", "p-2", _PARAGRAPHS.split("\n")[2][3:]),
    ]


def test_a_name_below_a_sentence_case_title_still_goes_on_with_it() -> None:
    content = (
        "A. Supporting the least developed countries and small island developing\nStates\n\n"
        + _PARAGRAPHS
    )
    rows = parsed_rows(content)
    assert rows[0] == (
        "section-a",
        "heading",
        None,
        "Supporting the least developed countries and small island developing States",
    )
    assert [row[0] for row in rows] == ["section-a", "1", "2"]


def test_a_title_case_title_still_goes_on_with_a_capital() -> None:
    content = (
        "A. Strengthening International Cooperation on Artificial Intelligence\nGovernance\n\n"
        "1. States should strengthen the governance of artificial intelligence.\n\n"
        "2. States should share knowledge.\n"
    )
    rows = parsed_rows(content)
    assert (
        rows[0][3]
        == "Strengthening International Cooperation on Artificial Intelligence Governance"
    )
    assert [row[0] for row in rows] == ["section-a", "1", "2"]
