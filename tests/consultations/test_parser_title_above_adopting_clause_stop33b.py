"""Paragraph parser: in a web copy of a resolution that adopts an annexed text, the adopting
clause right below the resolution's number and title ("78/1. Political declaration …" + "The
General Assembly" + "Adopts the political declaration …") is its own paragraph, never the
title's next line."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

_ADOPTING_CLAUSE = (
    "Adopts the political declaration of the high-level political forum on sustainable "
    "development convened under the auspices of the General Assembly, held in New York on 18 and "
    "19 September 2023, annexed to the present resolution."
)
_DECLARATION = "Political declaration of the high-level political forum on sustainable development"
_WEB_COPY = (
    "A/RES/78/1\tDistr.: General\n"
    "10 October 2023\n"
    "Seventy-eighth session\n"
    "Agenda items 19 and 119\n"
    "Resolution adopted by the General Assembly on 15 September 2023\n"
    "[without reference to a Main Committee (A/78/L.1)]\n"
    f"78/1.\t{_DECLARATION}\n"
    "The General Assembly\n"
    f"{_ADOPTING_CLAUSE}\n"
    "5th plenary meeting\n"
    "15 September 2023\n"
    "Annex\n"
    f"{_DECLARATION}\n"
    "We, the Heads of State and Government, have gathered at United Nations Headquarters,\n"
    "1.\tWe reaffirm our commitment to the 2030 Agenda for Sustainable Development.\n"
)


def test_the_adopting_clause_below_a_numbered_title_is_a_paragraph_of_its_own() -> None:
    assert parsed_rows(_WEB_COPY) == [
        ("p-1", "unnumbered", None, _ADOPTING_CLAUSE),
        ("annex-1", "heading", None, _DECLARATION),
        (
            "annex-1/pp1",
            "preamble",
            "annex-1",
            "We, the Heads of State and Government, have gathered at United Nations Headquarters,",
        ),
        (
            "annex-1/1",
            "operative",
            "annex-1",
            "We reaffirm our commitment to the 2030 Agenda for Sustainable Development.",
        ),
    ]
