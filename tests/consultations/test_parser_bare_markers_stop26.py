"""Paragraph parser: an item marked without its opening parenthesis ("b)"), as ITU texts and
some reports print their lists, opens an item below a blank line even when the item above ended
with its comma ("ii)  in New York," + "b)  the Forum shall report;"): it was read as the
sentence above going on, wrapped before a cited number ("…(see paragraph" + "3) and …"), which
only happens with no blank line between."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

ENGLISH = (
    "1.     Decides that:\n\n"
    "a)     the Forum shall meet annually, in particular:\n\n"
    "i)     in Geneva;\n\n"
    "ii)    in New York,\n\n"
    "b)     the Forum shall report;\n\n"
    "2.     Requests a report.\n"
)
CHINESE = (
    "1.     决定：\n\n"
    "a)     论坛应每年举行会议，特别是：\n\n"
    "i)     在日内瓦；\n\n"
    "ii)    在纽约，\n\n"
    "b)     论坛应提交报告；\n\n"
    "2.     请提交一份报告。\n"
)


@pytest.mark.parametrize("content", [ENGLISH, CHINESE], ids=["en", "zh"])
def test_a_bare_marker_below_a_blank_line_opens_the_next_item(content: str) -> None:
    assert [row[:3] for row in parsed_rows(content)] == [
        ("1", "operative", None),
        ("1.a", "subparagraph", "1"),
        ("1.a.i", "subparagraph", "1.a"),
        ("1.a.ii", "subparagraph", "1.a"),
        ("1.b", "subparagraph", "1"),
        ("2", "operative", None),
    ]


def test_a_bare_number_closing_a_parenthesis_wrapped_below_stays_in_the_sentence() -> None:
    content = (
        "1.     Takes note of the report of the Secretary-General (see paragraph\n"
        "3) and requests him to report again at its next session;\n\n"
        "2.     Decides to remain seized of the matter.\n"
    )
    assert parsed_rows(content) == [
        (
            "1",
            "operative",
            None,
            "Takes note of the report of the Secretary-General (see paragraph 3) and requests"
            " him to report again at its next session;",
        ),
        ("2", "operative", None, "Decides to remain seized of the matter."),
    ]
