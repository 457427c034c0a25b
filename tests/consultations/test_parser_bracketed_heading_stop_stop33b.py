"""Paragraph parser: a heading's number bracketed alone with its stop printed outside the brackets,
"[B]. Scope", numbers the heading as "[B.] Scope" does."""

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
    ("content", "fmt", "expected"),
    [
        (
            "A. General\n\n1. The parties agree on the text.\n\n[B]. Scope\n\n2. This applies.\n",
            "text",
            [
                ("section-a", "A", "General", ("A. General",)),
                ("section-b", "B", "Scope", ("B. Scope",)),
            ],
        ),
        (
            "I. General\n\n1. The parties agree on the text.\n\n[II] . Scope\n\n2. This applies.\n",
            "text",
            [
                ("section-1", "I", "General", ("I. General",)),
                ("section-2", "II", "Scope", ("II. Scope",)),
            ],
        ),
        (
            "一、总则\n\n1. 各方商定案文。\n\n[二]、范围\n\n2. 适用于各方。\n",
            "text",
            [
                ("section-1", "一", "总则", ("一、总则",)),
                ("section-2", "二", "范围", ("二、范围",)),
            ],
        ),
        (
            "## A. Background\n\n1. The Assembly recalls.\n\n## [B]. Scope\n\n2. Decides.\n",
            "markdown",
            [
                ("section-a", "A", "Background", ("A. Background",)),
                ("section-b", "B", "Scope", ("B. Scope",)),
            ],
        ),
    ],
)
def test_a_heading_number_bracketed_before_its_stop_numbers_the_heading(
    content: str, fmt: str, expected: list[tuple[str, str, str, tuple[str, ...]]]
) -> None:
    # Whether the reviser bracketed the letter with its stop, "[B.]", or without it, "[B].", the
    # heading is section B, written "B. Scope" in the paths below it.
    assert _headings(content, fmt) == expected
