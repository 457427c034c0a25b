"""Paragraph parser: the WSIS Plan of Action's action lines set as Markdown headings or in bold
are action lines, ``action-line-c1``, as the same lines in plain text are, so that both formats
of a version give the same anchors."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_C1 = "C1. The role of public governance authorities"
_C7 = "C7. ICT applications: benefits in all aspects of life"
_C1_PARAGRAPH = "8. The effective participation of governments is vital."
_C7_PARAGRAPH = "14. ICT applications can support sustainable development."


def _parsed(content: str, fmt: str) -> list[tuple[str, str, str | None, tuple[str, ...], str]]:
    """Each paragraph's anchor, kind, parent, heading path and text."""
    return [
        (p.anchor, p.kind, p.parent, p.heading_path, p.text)
        for p in parse_document(content, fmt).paragraphs
    ]


def _two_action_lines(c1: str, c7: str) -> str:
    return f"{c1}\n\n{_C1_PARAGRAPH}\n\n{c7}\n\n{_C7_PARAGRAPH}\n"


@pytest.mark.parametrize(
    "content",
    [
        _two_action_lines(f"### {_C1}", f"### {_C7}"),
        _two_action_lines(f"## {_C1}", f"## {_C7}"),
        _two_action_lines(f"**{_C1}**", f"**{_C7}**"),
        _two_action_lines(f"### {_C1}", f"**{_C7}**"),
        _two_action_lines(f"{_C1}\n{'-' * len(_C1)}", f"{_C7}\n{'-' * len(_C7)}"),
    ],
)
def test_action_lines_set_as_markdown_headings_anchor_as_in_plain_text(content: str) -> None:
    text = parse_document(_two_action_lines(_C1, _C7), "text")
    markdown = parse_document(content, "markdown")
    anchors = [p.anchor for p in markdown.paragraphs]
    assert anchors == ["action-line-c1", "8", "action-line-c7", "14"]
    assert _parsed(content, "markdown") == _parsed(_two_action_lines(_C1, _C7), "text")
    assert [w.message for w in markdown.warnings] == [w.message for w in text.warnings]


@pytest.mark.parametrize("heading", [f"### {_C1}", f"**{_C1}**"])
def test_a_lone_action_line_heading_anchors_as_in_plain_text(heading: str) -> None:
    content = f"{heading}\n\n{_C1_PARAGRAPH}\n"
    plain = f"{_C1}\n\n{_C1_PARAGRAPH}\n"
    markdown, text = parse_document(content, "markdown"), parse_document(plain, "text")
    assert [p.anchor for p in markdown.paragraphs] == ["action-line-c1", "8"]
    assert _parsed(content, "markdown") == _parsed(plain, "text")
    assert [w.message for w in markdown.warnings] == [w.message for w in text.warnings]


def test_a_markdown_list_of_action_lines_below_a_colon_stays_text() -> None:
    content = f"The action lines are as follows:\n\n### {_C1}\n\n1. Governments lead.\n"
    anchors = [p.anchor for p in parse_document(content, "markdown").paragraphs]
    assert "action-line-c1" not in anchors
