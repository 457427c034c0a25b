"""Paragraph parser: a compilation's label alone on its line ("**OP1**", "**PP1**", "OP1"),
the paragraph it proposes to delete struck through below it ("~~Reaffirm …~~"), blank line
between or not, reads as on one line, "**OP1** ~~Reaffirm …~~": paragraph 1, its text struck.
A label above text not struck ("**OP1**" + "Decides …") stays a heading, as printed."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (
            "**OP1**\n\n~~Reaffirm our commitment to the vision;~~\n\n"
            "**OP2** Decide to make the Forum a permanent forum;\n\n"
            "**OP3**\n\n~~Request the Commission to continue its review of the\n"
            "implementation of the outcomes;~~\n\n**OP4** Decide to remain seized.\n",
            "markdown",
        ),
        (
            "**OP1**\n~~Reaffirm our commitment to the vision;~~\n\n"
            "**OP2** Decide to make the Forum a permanent forum;\n\n"
            "**OP3**\n~~Request the Commission to continue its review of the\n"
            "implementation of the outcomes;~~\n\n**OP4** Decide to remain seized.\n",
            "markdown",
        ),
        (
            "### OP1\n\n~~Reaffirm our commitment to the vision;~~\n\n"
            "OP2 Decide to make the Forum a permanent forum;\n\n"
            "### OP3\n\n~~Request the Commission to continue its review of the\n"
            "implementation of the outcomes;~~\n\nOP4 Decide to remain seized.\n",
            "markdown",
        ),
        (
            "OP1\n\n~~Reaffirm our commitment to the vision;~~\n\n"
            "OP2 Decide to make the Forum a permanent forum;\n\n"
            "OP3\n\n~~Request the Commission to continue its review of the\n"
            "implementation of the outcomes;~~\n\nOP4 Decide to remain seized.\n",
            "text",
        ),
    ],
)
def test_a_label_above_its_paragraph_struck_through_numbers_it(content: str, fmt: Format) -> None:
    result = parse_document(content, fmt)
    assert [(p.anchor, p.label, p.kind, p.parent, p.heading_path) for p in result.paragraphs] == [
        ("1", "1", "operative", None, ()),
        ("2", "2", "operative", None, ()),
        ("3", "3", "operative", None, ()),
        ("4", "4", "operative", None, ()),
    ]
    assert result.paragraphs[0].text == "~~Reaffirm our commitment to the vision;~~"
    assert result.paragraphs[2].text == (
        "~~Request the Commission to continue its review of the implementation of the outcomes;~~"
    )
    assert not result.warnings


def test_preambular_labels_and_words_struck_first() -> None:
    content = (
        "**PP1**\n\n~~Recalling its resolution 70/125,~~\n\n**PP2** Noting the report,\n\n"
        "**OP1 bis**\n\n~~Decide~~ Agree to make the Forum permanent;\n\n"
        "**OP2** Decide to remain seized.\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.label, p.kind, p.parent) for p in result.paragraphs] == [
        ("pp1", "PP1", "preamble", None),
        ("pp2", "PP2", "preamble", None),
        ("1bis", "1 bis", "operative", None),
        ("2", "2", "operative", None),
    ]
    assert result.paragraphs[0].text == "~~Recalling its resolution 70/125,~~"
    assert result.paragraphs[2].text == "~~Decide~~ Agree to make the Forum permanent;"


def test_chinese_labels_above_their_paragraphs_struck_through() -> None:
    content = (
        "**PP1**\n\n~~回顾其第 70/125 号决议，~~\n\n**PP2** 注意到秘书长的报告，\n\n"
        "**OP1**\n\n~~重申我们的承诺；~~\n\n**OP2** 决定使论坛成为常设论坛；\n\n"
        "**OP3**\n~~请委员会继续进行审查。~~\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs] == [
        ("pp1", "preamble", None, "~~回顾其第 70/125 号决议，~~"),
        ("pp2", "preamble", None, "注意到秘书长的报告，"),
        ("1", "operative", None, "~~重申我们的承诺；~~"),
        ("2", "operative", None, "决定使论坛成为常设论坛；"),
        ("3", "operative", None, "~~请委员会继续进行审查。~~"),
    ]
    assert not result.warnings


def test_a_label_cited_at_a_wrapped_lines_end_before_struck_words_stays_in_it() -> None:
    content = (
        "1. Decides to consider the proposals made under\nOP 5\n~~Sendai~~ and to report;\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2"]
    assert result.paragraphs[0].text == (
        "Decides to consider the proposals made under OP 5 ~~Sendai~~ and to report;"
    )


def test_a_label_above_text_not_struck_stays_a_heading() -> None:
    content = (
        "**OP1**\n\nReaffirm our commitment to the vision;\n\n"
        "**OP2** Decide to make the Forum a permanent forum.\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.text) for p in result.paragraphs] == [
        ("p-1", "heading", "OP1"),
        ("p-2", "unnumbered", "Reaffirm our commitment to the vision;"),
        ("2", "operative", "Decide to make the Forum a permanent forum."),
    ]


def test_a_label_above_a_struck_paragraph_numbered_on_its_own_stays_a_heading() -> None:
    content = "**OP3**\n\n~~OP4. Decide to remain seized.~~\n\n**OP5** Request the Commission.\n"
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("p-1", "heading", None),
        ("4", "operative", "p-1"),
        ("5", "operative", "p-1"),
    ]
    assert result.paragraphs[1].text == "~~Decide to remain seized.~~"
