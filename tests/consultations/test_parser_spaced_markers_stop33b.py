"""Paragraph parser: a note's reference pdftotext -layout sets a space apart after a sentence's
full stop is no paragraph text, whatever the stop follows: a year, a resolution's number, a
closing bracket or quotation mark, as after a word."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import paragraph

_NOTE = (
    "            2.     The Secretary-General encourages Member States to continue to support\n"
    "            the work described in the present report.\n"
    " __________________\n"
    "    2  Available at https://unstats.un.org/sdgs/report/2024/.\n"
)
_OPENING = (
    "            1.     Progress towards the Goals of the 2030 Agenda for Sustainable\n"
    "            Development is off track, as shown in the "
)


@pytest.mark.parametrize(
    ("sentence_end", "expected_end"),
    [
        ("Sustainable Development Goals Report 2024. 2", "Goals Report 2024."),
        ("report submitted pursuant to resolution 78/160. 2", "resolution 78/160."),
        ("previous report of the Secretary-General (A/78/250). 2", "(A/78/250)."),
        ("“Sustainable Development Goals Report”. 2", "Goals Report”."),
        ("report, which states: “Progress is off track.” 2", "off track.”"),
    ],
)
def test_a_spaced_reference_after_a_full_stop_ending_the_paragraph_is_dropped(
    sentence_end: str, expected_end: str
) -> None:
    text = paragraph(f"{_OPENING}{sentence_end}\n\n{_NOTE}", "1").text

    assert text.endswith(expected_end)


def test_a_spaced_reference_after_a_year_before_the_next_sentence_is_dropped() -> None:
    content = f"{_OPENING}report for 2024. 2 Most targets are\n            off track.\n\n{_NOTE}"

    assert paragraph(content, "1").text.endswith("report for 2024. Most targets are off track.")


def test_a_number_cited_after_an_abbreviation_s_stop_is_kept() -> None:
    content = f"{_OPENING}Official Records, vol. 2\n\n{_NOTE}"

    assert paragraph(content, "1").text.endswith("Official Records, vol. 2")
