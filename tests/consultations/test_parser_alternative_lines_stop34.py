"""Paragraph parser: a numbered paragraph whose text opens with its first alternative ("2. Alt 1:
…") goes on with the next one printed below it ("Alt 2: …"), in brackets or not, as its list's
items do, never a paragraph of its own."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

FIRST = "Alt 1: Invites Parties to submit their views by 30 April 2025;"
SECOND = "Alt 2: Requests the secretariat to prepare a synthesis report;"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("indent", ["   ", ""])
def test_the_next_alternative_goes_on_with_its_paragraph(fmt: str, indent: str) -> None:
    content = (
        "1. Decides to establish the panel;\n"
        f"2. {FIRST}\n"
        f"{indent}{SECOND}\n"
        "3. Decides to remain seized.\n"
    )
    assert parsed_rows(content, fmt) == [
        ("1", "operative", None, "Decides to establish the panel;"),
        ("2", "operative", None, f"{FIRST}\n{SECOND}"),
        ("3", "operative", None, "Decides to remain seized."),
    ]


def test_alternatives_bracketed_together_stay_together() -> None:
    content = (
        "1. Decides to establish the panel;\n"
        f"2. [{FIRST}\n"
        f"   {SECOND}]\n"
        "3. Decides to remain seized.\n"
    )
    assert [text for _, _, _, text in parsed_rows(content)] == [
        "Decides to establish the panel;",
        f"[{FIRST}\n{SECOND}]",
        "Decides to remain seized.",
    ]


def test_a_paragraph_below_an_ordinary_one_is_no_alternative() -> None:
    content = (
        "1. Decides to establish the panel;\n"
        "2. Invites Parties to submit their views by 30 April 2025;\n"
        f"{SECOND}\n"
        "3. Decides to remain seized.\n"
    )
    assert [anchor for anchor, _, _, _ in parsed_rows(content)] == ["1", "2", "p-3", "3"]
