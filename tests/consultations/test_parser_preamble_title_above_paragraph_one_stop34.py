"""Paragraph parser: a "Preamble" / "序言" title right above paragraph 1, no paragraph of its own
below it (the shape of A/RES/79/1), leaves the preambular paragraphs below the chapeau above it
the preamble they are without the title: pp1, in plain text and Markdown, in English and
Chinese; a title with paragraphs below it still titles those, and one above no chapeau makes
nothing above it a preamble."""

from __future__ import annotations

import pytest

from consultations.parser import Format
from tests.consultations.parser_helpers import parsed_rows

ENGLISH = (
    "The General Assembly,\n\n*Recalling* its resolution 78/1,\n\n## Preamble\n\n1. We decide;\n"
)
CHINESE = "大会，\n\n回顾其第 78/1 号决议，\n\n## 序言\n\n1. 我们决定召开会议；\n"


def _plain(markdown: str) -> str:
    return markdown.replace("## ", "").replace("*", "")


@pytest.mark.parametrize("text", [ENGLISH, CHINESE])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_preambular_paragraph_above_a_preamble_title_over_paragraph_one_is_pp1(
    text: str, fmt: Format
) -> None:
    content = text if fmt == "markdown" else _plain(text)
    rows = parsed_rows(content, fmt)
    assert [(anchor, kind) for anchor, kind, _, _ in rows] == [
        ("p-1", "unnumbered"),
        ("pp1", "preamble"),
        ("p-3", "heading"),
        ("1", "operative"),
    ]


def test_a_preamble_title_over_its_own_paragraphs_still_titles_them() -> None:
    rows = parsed_rows(
        "## Preamble\n\n*Whereas* recognition of the inherent dignity …,\n\n"
        "The General Assembly,\n\n*Proclaims* this Declaration.\n\n1. All human beings are free.\n",
        "markdown",
    )
    assert ("pp1", "preamble") in [(anchor, kind) for anchor, kind, _, _ in rows]
    assert not any(text.startswith("Proclaims") for anchor, _, _, text in rows if anchor == "pp2")


def test_a_report_paragraph_above_a_bare_preamble_title_is_no_preamble() -> None:
    rows = parsed_rows(
        "Note by the Secretariat\n\nThe present note transmits the text below.\n\n"
        "## Preamble\n\n1. We decide to convene;\n",
        "markdown",
    )
    assert all(kind != "preamble" for _, kind, _, _ in rows)
