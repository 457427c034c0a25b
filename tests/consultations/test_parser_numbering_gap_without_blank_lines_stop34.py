"""Paragraph parser: a jump in the numbering that the numbers below confirm ("1." "2." "9."
"10.", paragraphs 3 to 8 dropped from a negotiation draft) numbers the paragraphs as printed
whether or not blank lines set them apart; without them, every paragraph after the jump was
glued into paragraph 2 as text."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

ENGLISH = [
    "1. Decides to establish the panel;",
    "2. Requests the Secretary-General to support the panel;",
    "9. Invites Member States to contribute;",
    "10. Decides to remain seized.",
]
CHINESE = [
    "1．决定设立小组；",
    "2．请秘书长支持小组；",
    "9．邀请会员国作出贡献；",
    "10．决定继续处理此案。",
]
JUMP_WARNING = "paragraph 9 where 3 was expected; numbered from it"

LANGUAGES = [pytest.param(ENGLISH, id="english"), pytest.param(CHINESE, id="chinese")]
LAYOUTS = [
    pytest.param("text", "\n", id="text-without-blank-lines"),
    pytest.param("text", "\n\n", id="text-with-blank-lines"),
    pytest.param("markdown", "\n\n", id="markdown"),
]


def _parsed(lines: list[str], fmt: Format, separator: str) -> tuple[list[str], list[str]]:
    result = parse_document(separator.join(lines) + "\n", fmt)
    return [p.anchor for p in result.paragraphs], [w.message for w in result.warnings]


@pytest.mark.parametrize(("fmt", "separator"), LAYOUTS)
@pytest.mark.parametrize("lines", LANGUAGES)
def test_a_confirmed_jump_keeps_the_printed_numbers(
    lines: list[str], fmt: Format, separator: str
) -> None:
    assert _parsed(lines, fmt, separator) == (["1", "2", "9", "10"], [JUMP_WARNING])


@pytest.mark.parametrize(("fmt", "separator"), LAYOUTS)
def test_a_line_noting_the_dropped_paragraphs_changes_nothing(fmt: Format, separator: str) -> None:
    lines = [*ENGLISH[:2], "[3-8 deleted]", *ENGLISH[2:]]
    assert _parsed(lines, fmt, separator) == (["1", "2", "9", "10"], [JUMP_WARNING])


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_paragraphs_a_colon_quotes_stay_text_either_way(separator: str) -> None:
    lines = [
        "1. Decides to act;",
        "2. Recalls paragraphs 11 and 12 of its resolution, which read as follows:",
        "11. Calls upon States to act;",
        "12. Urges all parties to comply.",
        "3. Decides to remain seized.",
    ]
    assert _parsed(lines, "text", separator)[0] == ["1", "2", "3"]
