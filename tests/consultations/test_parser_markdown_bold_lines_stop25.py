"""Paragraph parser, Markdown lines read as headings where plain text reads a paragraph (audit stop
25): a preambular paragraph a Rev. sets in bold ("**Reaffirming …,**") is counted as in plain
text."""

from __future__ import annotations

import re

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def plain(markdown: str) -> str:
    """The plain-text copy of a Markdown text: headings' hashes and bold dropped."""
    return re.sub(r"^#+ ", "", markdown.replace("**", ""), flags=re.MULTILINE)


# -- a preambular paragraph set in bold --------------------------------------------------------

BOLD_PREAMBULAR = [
    (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "**Reaffirming its resolution 79/1,**\n\n"
        "Noting the importance of an inclusive process,\n\n"
        "1. Decides to convene a high-level meeting;\n"
    ),
    (
        "大会，\n\n回顾其第70/1号决议，\n\n**重申其第79/1号决议，**\n\n"
        "注意到包容性进程的重要性，\n\n1. 决定召开一次高级别会议；\n"
    ),
]


@pytest.mark.parametrize("content", BOLD_PREAMBULAR, ids=["en", "zh"])
def test_a_preambular_paragraph_set_in_bold_is_counted_as_in_plain_text(content: str) -> None:
    expected = ["p-1", "pp1", "pp2", "pp3", "1"]
    assert anchors(content, "markdown") == anchors(plain(content)) == expected
    inserted = paragraph(content, "pp2", "markdown")
    assert inserted.text.startswith(("Reaffirming its resolution 79/1,", "重申其第79/1号决议，"))
    operative = paragraph(content, "1", "markdown")
    assert (operative.parent, operative.heading_path) == (None, ())


@pytest.mark.parametrize(
    ("title", "section"),
    [("Follow-up and review", "II. Means of implementation"), ("后续行动和审查", "二. 执行手段")],
    ids=["en", "zh"],
)
def test_an_unpunctuated_bold_line_is_still_a_heading(title: str, section: str) -> None:
    content = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to convene a high-level meeting;\n\n"
        f"**{title}**\n\n2. Requests a report.\n\n**{section}**\n\n3. Calls for financing.\n"
    )
    result = parse_document(content, "markdown")
    kinds = [(found.anchor, found.kind, found.parent) for found in result.paragraphs]
    assert kinds == [
        ("p-1", "unnumbered", None),
        ("pp1", "preamble", None),
        ("1", "operative", None),
        ("p-4", "heading", None),
        ("2", "operative", "p-4"),
        ("section-2", "heading", None),
        ("3", "operative", "section-2"),
    ]
