"""Paragraph parser: an item ended as drafting ends the one before a list's last, "…; and",
"…; or", "…；和", "…；以及", "…；或", is followed by the next item in sequence however its marker
is printed ("b.", "b)", "ii.", plain text or pandoc's Markdown), as "(b)" already was: the last
item is no longer swallowed by the sentence the conjunction leaves open. A marker out of
sequence, or below an item whose sentence simply wraps, still goes on with that sentence."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        (
            "2. Member States should:\na. Close the digital divides; and\nb. Promote literacy.\n",
            "text",
            {"2.a": "Close the digital divides; and", "2.b": "Promote literacy."},
        ),
        (
            "2. Member States should:\na) Close the digital divides; or\nb) Promote literacy.\n",
            "text",
            {"2.a": "Close the digital divides; or", "2.b": "Promote literacy."},
        ),
        (
            "2. Member States should:\na. Close gaps;\nb. Build skills; and\nc. Promote it.\n",
            "text",
            {"2.a": "Close gaps;", "2.b": "Build skills; and", "2.c": "Promote it."},
        ),
        (
            "2.  Member States should consider:\n\n    i.  platform accountability; and\n\n"
            "    ii. data governance.\n",
            "markdown",
            {"2.i": "platform accountability; and", "2.ii": "data governance."},
        ),
        (
            "1.  Member States should:\n\n    a.  Close the digital divides; or\n\n"
            "    b.  Promote literacy.\n",
            "markdown",
            {"1.a": "Close the digital divides; or", "1.b": "Promote literacy."},
        ),
        (
            "2. 会员国应：\na. 弥合数字鸿沟；和\nb. 促进数字素养。\n",
            "text",
            {"2.a": "弥合数字鸿沟；和", "2.b": "促进数字素养。"},
        ),
        (
            "2. 会员国应：\na) 弥合数字鸿沟；以及\nb) 促进数字素养。\n",
            "text",
            {"2.a": "弥合数字鸿沟；以及", "2.b": "促进数字素养。"},
        ),
        (
            "2. 会员国应：\n\ni. 弥合数字鸿沟；或\n\nii. 促进数字素养。\n",
            "text",
            {"2.i": "弥合数字鸿沟；或", "2.ii": "促进数字素养。"},
        ),
    ],
)
def test_the_item_after_a_semicolon_and_is_the_next_item(
    content: str, fmt: str, expected: dict[str, str]
) -> None:
    paragraphs = {p.anchor: p.text for p in parse_document(content, fmt).paragraphs}
    assert {anchor: paragraphs.get(anchor) for anchor in expected} == expected


@pytest.mark.parametrize(
    "content",
    [
        "2. Member States should:\na. Close the digital divides; and\nc. Promote literacy.\n",
        "2. Member States should:\na) Close the digital divides set out in the annex to\n"
        "b) Promote literacy.\n",
        "2. 会员国应：\na. 弥合数字鸿沟；和\nc. 促进数字素养。\n",
    ],
)
def test_a_marker_out_of_sequence_or_below_a_wrap_goes_on_with_the_sentence(
    content: str,
) -> None:
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["2", "2.a"]
