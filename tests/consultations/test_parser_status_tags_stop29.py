"""Paragraph parser: a draft marks a paragraph's status at its end, "(agreed ad ref)",
"[agreed]", "（暂时商定）", "（已商定）". The tag ends the paragraph, whatever precedes it: the
heading a blank line below it ("Operative part", "执行部分") is no words of it, and below a
compilation's "PP2" it heads the operative part, never the text's title. A parenthesis naming no
status ("(agreed with Japan)") still leaves the sentence open."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_EXPECTED = [
    ("pp1", "preamble"),
    ("pp2", "preamble"),
    ("p-3", "heading"),
    ("1", "operative"),
]


@pytest.mark.parametrize(
    ("pp2", "heading", "op1"),
    [
        (
            "PP2 Stressing the importance of capacity-building (agreed ad ref)",
            "Operative part",
            "OP1 Calls upon Member States to enhance cooperation;",
        ),
        (
            "PP2 Stressing the importance of capacity-building, (agreed)",
            "Operative part",
            "OP1 Calls upon Member States to enhance cooperation;",
        ),
        ("PP2 强调能力建设的重要性（暂时商定）", "执行部分", "OP1 吁请会员国加强合作；"),
        ("PP2 强调能力建设的重要性，（已商定）", "执行部分", "OP1 吁请会员国加强合作；"),
    ],
)
def test_a_status_tag_ends_the_paragraph_above_a_heading(pp2: str, heading: str, op1: str) -> None:
    pp1 = "PP1 回顾其第 78/265 号决议，" if "PP2 强调" in pp2 else "PP1 Recalling its resolution,"
    result = parse_document(f"{pp1}\n\n{pp2}\n\n{heading}\n\n{op1}\n")
    paragraphs = result.paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == _EXPECTED
    assert paragraphs[1].text == pp2.removeprefix("PP2 ")
    assert paragraphs[2].text == heading


@pytest.mark.parametrize(
    ("chapeau", "pp1", "pp2", "heading", "op1"),
    [
        (
            "The General Assembly,",
            "Recalling its resolution 78/265,",
            "Stressing the importance of capacity-building, (agreed ad ref)",
            "Operative part",
            "1. Calls upon Member States to enhance cooperation;",
        ),
        (
            "大会，",
            "回顾其第 78/265 号决议，",
            "强调能力建设的重要性，（暂时商定）",
            "执行部分",
            "1. 吁请会员国加强合作；",
        ),
    ],
)
def test_the_comma_before_a_status_tag_still_ends_a_preambular_paragraph(
    chapeau: str, pp1: str, pp2: str, heading: str, op1: str
) -> None:
    result = parse_document(f"{chapeau}\n\n{pp1}\n\n{pp2}\n\n{heading}\n\n{op1}\n")
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("p-1", chapeau),
        ("pp1", pp1),
        ("pp2", pp2),
        ("p-4", heading),
        ("1", op1.removeprefix("1. ")),
    ]


def test_a_parenthesis_naming_no_status_leaves_the_sentence_open() -> None:
    text = (
        "1. Welcomes the arrangements (agreed with Japan)\n\n"
        "for the next session of the Forum;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    paragraphs = parse_document(text).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[0].text.endswith("(agreed with Japan) for the next session of the Forum;")
