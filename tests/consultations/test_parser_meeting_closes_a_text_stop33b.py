"""Paragraph parser: the meeting line that closes a resolution in a pdftotext -layout text
("37th plenary meeting" + its date, set at the right margin) is no page break: the next
resolution's numbered title below it never goes on with the last paragraph above, whether a
page ends between them or not."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

_FIRST = (
    "                 2024/15. Science, technology and innovation for development\n"
    "\n"
    "                      The Economic and Social Council,\n"
    "\n"
    "                      Recalling its resolution 2023/3 of 5 June 2023,\n"
    "\n"
    "                      1.     Encourages Member States to strengthen their science\n"
    "                 systems;\n"
    "\n"
    "                      2.     Requests the Commission to continue its work.\n"
    "\n"
)
_MEETING = (
    "                                                                       37th plenary meeting\n"
    "                                                                               22 July 2024\n"
)
_PAGE_BREAK = "\n\n 24-13980 (E)\n *2413980*\n E/RES/2024/16\n\x0c"
_SECOND = (
    "\n"
    "                 2024/16. Assessment of the progress made in the implementation of and\n"
    "                 follow-up to the outcomes of the World Summit on the Information Society\n"
    "\n"
    "                      The Economic and Social Council,\n"
    "\n"
    "                      Recalling the outcome documents of the World Summit,\n"
    "\n"
    "                      1.     Notes the progress made;\n"
    "\n"
    "                      2.     Urges States:\n"
    "\n"
    "                             (a)    To close the digital divide;\n"
)
_TITLE = (
    "2024/16. Assessment of the progress made in the implementation of and follow-up to the "
    "outcomes of the World Summit on the Information Society"
)


@pytest.mark.parametrize("between", ["", _PAGE_BREAK], ids=["same page", "page break"])
def test_the_next_resolution_begins_below_the_meeting_line(between: str) -> None:
    rows = parsed_rows(f"{_FIRST}{_MEETING}{between}{_SECOND}")

    assert rows == [
        ("p-1", "unnumbered", None, "The Economic and Social Council,"),
        ("pp1", "preamble", None, "Recalling its resolution 2023/3 of 5 June 2023,"),
        ("1", "operative", None, "Encourages Member States to strengthen their science systems;"),
        ("2", "operative", None, "Requests the Commission to continue its work."),
        ("p-5", "heading", None, _TITLE),
        ("p-6", "unnumbered", "p-5", "The Economic and Social Council,"),
        ("part-2/pp1", "preamble", "p-5", "Recalling the outcome documents of the World Summit,"),
        ("part-2/1", "operative", "p-5", "Notes the progress made;"),
        ("part-2/2", "operative", "p-5", "Urges States:"),
        ("part-2/2.a", "subparagraph", "part-2/2", "To close the digital divide;"),
    ]
