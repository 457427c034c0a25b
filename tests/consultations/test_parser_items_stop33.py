"""Paragraph parser: list items and headings as UN drafts print them, whether the conversion kept
every space or not."""

from __future__ import annotations

from itertools import pairwise

import pytest

from consultations.parser import parse_document


def _headings(content: str, fmt: str) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    """Each heading's anchor, label and title, and the heading path of the paragraph below it."""
    paragraphs = parse_document(content, fmt).paragraphs
    return [
        (heading.anchor, heading.label, heading.text, below.heading_path)
        for heading, below in pairwise(paragraphs)
        if heading.kind == "heading"
    ]


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        ("A.Background\n1. The Assembly recalls.\nB.Scope\n2. Decides.\n", "text"),
        ("A.Background\n\n1. The Assembly recalls.\n\nB.Scope\n\n2. Decides.\n", "markdown"),
    ],
)
def test_a_letter_heading_glued_to_its_title_is_a_heading(content: str, fmt: str) -> None:
    assert _headings(content, fmt) == [
        ("section-a", "A", "Background", ("A. Background",)),
        ("section-b", "B", "Scope", ("B. Scope",)),
    ]


def test_an_initial_glued_to_a_word_in_lower_case_is_no_heading() -> None:
    content = "1. The Assembly recalls.\nE.g. the Forum.\n"
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "p-2"]
