"""Paragraph parser: a keyword heading is capitalised ("Action 35.", "POLICY AREA 1"); "action
2." opening a line is one a sentence cites, no heading, even as the number expected next."""

from __future__ import annotations

from consultations.parser import parse_document


def test_a_keyword_in_lower_case_opening_a_line_heads_nothing() -> None:
    content = (
        "Action 1. We will take bold action to achieve the 2030 Agenda.\n\n"
        "1. We commit to the implementation of the Pact, including the measures implemented\n"
        "action 2. The details are set out in the annex to the present document.\n\n"
        "2. We decide to strengthen cooperation.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["action-1", "1", "2"]
    assert paragraphs[1].text.endswith(
        "action 2. The details are set out in the annex to the present document."
    )
