"""Paragraph parser: a compilation's "PP"/"OP" labels in the spellings negotiators print them
("OP2 (bis)", "NEW OP2 bis.", "OP2 bis (EU):", "[PP1 bis]", "OP2.bis", "PP1" alone on its
line), a preambular number as the paragraph's label ("PP2 bis"), a label that numbers nothing
kept as printed ("OP9: …"), and a paragraph printed only as its alternatives ("OP3 Alt 1",
"OP3 Alt 2", then "OP4") in sequence."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


@pytest.mark.parametrize(
    ("line", "anchor", "text"),
    [
        ("OP2 (bis) Decides X;", "2bis", "Decides X;"),
        ("OP2(bis) Decides X;", "2bis", "Decides X;"),
        ("NEW OP2 bis. Decides X;", "2bis", "Decides X;"),
        ("New OP2 bis: Decides X;", "2bis", "Decides X;"),
        ("OP2 bis – Decides X;", "2bis", "Decides X;"),
        ("OP2 bis (EU): Decides X;", "2bis", "(EU): Decides X;"),
        ("OP2 bis (G77) Decides X;", "2bis", "(G77) Decides X;"),
        ("OP2 alt (G77) Decides X;", "2alt", "(G77) Decides X;"),
        ("OP2.bis Decides X;", "2bis", "Decides X;"),
        ("[OP2 bis] Decides X;", "2bis", "Decides X;"),
        ("OP2 之二（欧盟）：决定X；", "2bis", "（欧盟）：决定X；"),
    ],
)
def test_an_insertions_label_in_every_spelling(line: str, anchor: str, text: str) -> None:
    content = (
        "The General Assembly,\n\nPP1. Recalling A,\n\nOP1. Decides A;\n\nOP2. Decides B;\n\n"
        f"{line}\n\nOP3. Decides C.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "1", "2", anchor, "3"]
    assert paragraph(content, anchor).text == text
    assert not result.warnings


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("PP1 bis (EU) Recalling X,", "(EU) Recalling X,"),
        ("[PP1 bis] Recalling X,", "Recalling X,"),
        ("NEW PP1 bis Recalling X,", "Recalling X,"),
        ("PP1.bis Recalling X,", "Recalling X,"),
        ("PP1 之二（欧盟） 回顾X，", "（欧盟） 回顾X，"),
    ],
)
def test_a_preambular_insertions_label_in_every_spelling(line: str, text: str) -> None:
    content = (
        f"The General Assembly,\n\nPP1. Recalling A,\n\n{line}\n\nPP2. Noting B,\n\n"
        "OP1. Decides A;\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp1bis", "pp2", "1"]
    assert paragraph(content, "pp1bis").text == text


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (
            "The General Assembly,\n\nPP1\nRecalling A,\n\nPP3\nNoting B,\n\nOP1\nDecides C;\n\n"
            "OP1 bis (new)\nDecides C2;\n\nOP2\nDecides D.\n",
            ["Recalling A,", "Noting B,", "Decides C;", "(new) Decides C2;", "Decides D."],
        ),
        (
            "大会，\n\nPP1\n回顾A，\n\nPP3\n注意到B，\n\nOP1\n决定C；\n\n"
            "OP1 之二（新）\n决定C2；\n\nOP2\n决定D。\n",
            ["回顾A，", "注意到B，", "决定C；", "（新）决定C2；", "决定D。"],
        ),
    ],
)
def test_a_label_alone_on_its_line_numbers_the_text_below(content: str, texts: list[str]) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp3", "1", "1bis", "2"]
    assert [p.text for p in result.paragraphs[1:]] == texts
    assert [p.label for p in result.paragraphs[1:3]] == ["PP1", "PP3"]
    assert not result.warnings
    # A Markdown heading that is such a label alone stays a heading, as printed.
    markdown = parse_document(content.replace("OP1\n", "**OP1**\n\n"), "markdown")
    assert "OP1" in [p.text for p in markdown.paragraphs if p.kind == "heading"]


@pytest.mark.parametrize(
    ("content", "label"),
    [
        ("PP1 Recalling A,\n\nPP2 bis Noting B,\n\nOP1. Decides C.\n", "PP2 bis"),
        ("PP1 回顾A，\n\nPP2 之二 注意到B，\n\nOP1. 决定C。\n", "PP2 之二"),
    ],
)
def test_a_printed_preambular_number_is_its_paragraphs_label(content: str, label: str) -> None:
    result = parse_document(content)
    assert [(p.anchor, p.label) for p in result.paragraphs] == [
        ("pp1", "PP1"),
        ("pp2bis", label),
        ("1", "1"),
    ]


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "OP1. Decides A;\n\nOP2. Decides B;\n\nOP9: Decides D;\n\nOP3. Decides C;\n\n"
            "OP3. [EU: Decides C within existing resources;]\n\nOP4. Decides E.\n",
            [
                "Decides B;\nOP9: Decides D;",
                "Decides C;\nOP3. [EU: Decides C within existing resources;]",
            ],
        ),
        (
            "OP1. 决定A；\n\nOP2. 决定B；\n\nOP9：决定D；\n\nOP3. 决定C；\n\n"
            "OP3. [欧盟：决定C，但不超出现有资源；]\n\nOP4. 决定E。\n",
            ["决定B；\nOP9：决定D；", "决定C；\nOP3. [欧盟：决定C，但不超出现有资源；]"],
        ),
    ],
)
def test_a_label_that_numbers_nothing_is_kept_as_printed(content: str, kept: list[str]) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2", "3", "4"]
    assert [p.text for p in result.paragraphs[1:3]] == kept
    assert [w.excerpt[:3] for w in result.warnings] == ["OP9", "OP3"]


@pytest.mark.parametrize(
    "content",
    [
        "OP1. Decides A;\n\nOP2. Decides B;\n\nOP3 Alt 1: Decides X;\n\nOP3 Alt 2: Decides Y;\n\n"
        "OP4. Decides E;\n\nOP5. Decides F.\n",
        "OP1. 决定A；\n\nOP2. 决定B；\n\nOP3 alt 1：决定X；\n\nOP3 alt 2：决定Y；\n\n"
        "OP4. 决定E；\n\nOP5. 决定F。\n",
    ],
)
def test_a_paragraph_printed_only_as_its_alternatives_keeps_the_sequence(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2", "3alt1", "3alt2", "4", "5"]
    assert not result.warnings


def test_insertions_standing_for_a_deleted_paragraph_keep_the_sequence() -> None:
    content = (
        "OP1. Decides A;\n\nOP2. Decides B;\n\nOP3 bis (G77) Calls for X;\n\n"
        "OP3 ter (EU) Encourages Y;\n\nOP4 Alt 1: Decides Z;\n\nOP4 Alt 2: Decides W;\n\n"
        "OP5 Decides V.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == [
        "1",
        "2",
        "3bis",
        "3ter",
        "4alt1",
        "4alt2",
        "5",
    ]
    assert not result.warnings


def test_a_paragraph_printed_after_its_alternative_still_has_its_place() -> None:
    content = (
        "OP1. Decides A;\n\nOP2 alt. Decides B2;\n\nOP2. Decides B;\n\nOP2 bis. Decides B3;\n\n"
        "OP3 alt. Decides C2;\n\nOP4. Decides D.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2alt", "2", "2bis", "3alt", "4"]
    assert not result.warnings
