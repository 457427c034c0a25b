"""Paragraph parser: a web copy's notes under their title with its colon ("Notes:" + "[1] …",
"注释：" + "[1] …") kept the title as an unnumbered paragraph, and a "[2] …" note whose reference
the copy lost stayed text. The title right above the notes now reads as a separator, and a note
whose number runs on from one printed both ways is a note."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = (
    "1. Stresses that human rights must be at the centre;\n\n"
    "2. Decides to remain seized of the matter.[1]\n\n"
)
_CHINESE = "1. 强调必须以人权为中心；\n\n2. 决定继续处理此问题。[1]\n\n"


def _texts(content: str) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content).paragraphs]


@pytest.mark.parametrize(
    ("body", "notes"),
    [
        (_ENGLISH, "Notes:\n[1] General Assembly resolution 217 A (III).\n"),
        (_CHINESE, "注释：\n[1] 大会第 217 A (III)号决议。\n"),
        (_ENGLISH, "Notes:\n\n[1] General Assembly resolution 217 A (III).\n[2] See A/79/1.\n"),
        (_CHINESE, "注释：\n[1] 大会第 217 A (III)号决议。\n[2] 见 A/79/1。\n"),
    ],
    ids=["en", "zh", "en-lost-reference", "zh-lost-reference"],
)
def test_the_notes_and_their_title_are_no_text(body: str, notes: str) -> None:
    assert [anchor for anchor, _ in _texts(body + notes)] == ["1", "2"]


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        # No note is printed both ways: "[2] …" is the text's own.
        ("1. Stresses that human rights must be at the centre.\n\n[2] See A/79/1.\n", "[2] See"),
        # A note title with no note below it is left as it was.
        (
            "1. Stresses that human rights must be at the centre.\n\nNotes:\nThe text is final.\n",
            "Notes:",
        ),
    ],
)
def test_bracketed_lines_and_titles_without_notes_stay_text(content: str, kept: str) -> None:
    assert any(text.startswith(kept) for _, text in _texts(content))
