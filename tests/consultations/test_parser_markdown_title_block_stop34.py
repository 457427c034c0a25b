"""Paragraph parser: a Markdown heading in the title block, above where the text begins (its
chapeau, a declaration's "We, …,", its first preambular paragraph, paragraph 1, the note
transmitting it or its first paragraph of prose, only title-block lines above it), is skipped as
front matter, as the same line is in plain text and as a line set in bold there already was: both
formats of a version give the same anchors, parents and heading paths."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_RESOLUTION = (
    "The Human Rights Council,\n\nGuided by the Charter of the United Nations,\n\n"
    "1. Affirms that rights must be protected online;\n"
)
_DECLARATION = (
    "We, the Heads of State and Government, gathered in New York,\n\n"
    "Recalling the Charter of the United Nations,\n\n1. We reaffirm our commitment.\n"
)
_PREAMBLE = "Recalling its resolution 70/1,\n\n1. Decides to convene a high-level meeting;\n"
_OPERATIVE = "1. Decides to convene a high-level meeting;\n\n2. Requests a report.\n"
_REPORT = (
    "The present report is submitted pursuant to resolution 78/1. It reviews progress.\n\n"
    "I. Introduction\n\n1. The Council requested the report.\n\n2. It covers 2024.\n"
)
_TRANSMITTED = (
    "The Secretary-General has the honour to transmit to the General Assembly the report of the"
    " Special Rapporteur.\n\nThe present report reviews progress.\n\n"
    "1. The Council requested the report.\n"
)


def _rows(content: str, fmt: str) -> list[tuple[str, str, str | None, tuple[str, ...], str]]:
    """Each paragraph's anchor, kind, parent, heading path and text."""
    return [
        (p.anchor, p.kind, p.parent, p.heading_path, p.text)
        for p in parse_document(content, fmt).paragraphs
    ]


def _forms(titles: list[str], body: str) -> tuple[str, list[str]]:
    """The plain text, and its Markdown forms: ATX headings ranked from "#", setext headings,
    the same headings all at one rank, and bold lines."""
    plain = "".join(f"{title}\n\n" for title in titles) + body
    ranked = "".join(f"{'#' * (rank + 1)} {title}\n\n" for rank, title in enumerate(titles))
    setext = "".join(f"{title}\n{'=-'[min(rank, 1)] * 3}\n\n" for rank, title in enumerate(titles))
    level = "".join(f"## {title}\n\n" for title in titles)
    bold = "".join(f"**{title}**\n\n" for title in titles)
    return plain, [ranked + body, setext + body, level + body, bold + body]


@pytest.mark.parametrize(
    ("titles", "body", "first"),
    [
        (["56/7. The promotion of human rights on the Internet"], _RESOLUTION, "p-1"),
        (["Pact for the Future"], _DECLARATION, "pp1"),
        (["Draft resolution on digital cooperation"], _PREAMBLE, "pp1"),
        (["Modalities of the high-level meeting"], _OPERATIVE, "1"),
        (
            ["Promotion of human rights", "Report of the Secretary-General", "Summary"],
            _REPORT,
            "p-1",
        ),
        (["Report of the Special Rapporteur"], _TRANSMITTED, "p-1"),
        (["Modalities of the high-level meeting", "I. Introduction"], _OPERATIVE, "section-1"),
        (["Riyadh IGF Messages", "Introduction"], _OPERATIVE, "p-1"),
    ],
)
def test_a_title_set_as_a_markdown_heading_is_front_matter_as_in_plain_text(
    titles: list[str], body: str, first: str
) -> None:
    plain, markdown_forms = _forms(titles, body)
    expected = _rows(plain, "text")
    assert expected[0][0] == first
    for markdown in markdown_forms:
        assert _rows(markdown, "markdown") == expected, markdown


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        # A heading below a numbered one is the text's own, no title block's.
        (
            "## Chapter I. Matters calling for action\n\n**Draft resolutions**\n\n"
            "1. The Commission recommends.\n",
            "Chapter I. Matters calling for action\n\nDraft resolutions\n\n"
            "1. The Commission recommends.\n",
        ),
        # The heading naming the text's opening section is the text's, as in plain text.
        ("## Introduction\n\n" + _OPERATIVE, "Introduction\n\n" + _OPERATIVE),
    ],
)
def test_a_markdown_heading_plain_text_keeps_is_kept(markdown: str, plain: str) -> None:
    assert [row[0] for row in _rows(markdown, "markdown")] == [
        row[0] for row in _rows(plain, "text")
    ]
    assert "front matter skipped" not in [
        warning.message for warning in parse_document(markdown, "markdown").warnings
    ]


@pytest.mark.parametrize("heading", ["## 1. Scope", "**1. Scope**"])
def test_a_numbered_markdown_heading_is_no_title(heading: str) -> None:
    content = f"{heading}\n\nThe present text applies to all.\n\n## 2. Definitions\n\nTerms used.\n"
    assert parse_document(content, "markdown").paragraphs[0].text == "1. Scope"
