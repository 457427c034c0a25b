"""Paragraph parser: a compilation's delegation tags printed without brackets ("EU: retain",
"US: delete", "G77 and China: retain as drafted") below a paragraph are lines of that
paragraph's text, as the bracketed "[EU: retain]" is: never front matter, never a heading over
the paragraphs below, and the printed "PP" numbers above them keep their anchors."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def test_tag_lines_below_printed_preambular_numbers_keep_them_and_their_text() -> None:
    content = (
        "PP1. Recalling A,\nEU: retain\n\nPP2. Noting B,\nUS: delete\n\nPP3. Noting C,\n\n"
        "OP1. Decides D;\n\nOP2. Decides E.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["pp1", "pp2", "pp3", "1", "2"]
    assert paragraph(content, "pp1").text == "Recalling A,\nEU: retain"
    assert paragraph(content, "pp2").text == "Noting B,\nUS: delete"
    assert not result.warnings


def test_tag_lines_below_a_chapeau_are_no_headings() -> None:
    content = (
        "The General Assembly,\n\nPP1. Recalling its resolution 70/1 of 25 September 2015,\n"
        "EU: retain\n\nPP2. Noting the report of the Secretary-General,\nUS: delete\n\n"
        "PP3. Welcoming the work of the World Health Organization,\n\n"
        "OP1. Decides to convene a high-level meeting in 2027;\n"
        "G77 and China: retain as drafted\n\nOP2. Requests the Secretary-General to submit a "
        "report;\n\nOP3. Decides to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1", "2", "3"]
    assert all(p.kind != "heading" and p.parent is None for p in result.paragraphs)
    assert all(p.heading_path == () for p in result.paragraphs)
    assert paragraph(content, "1").text.endswith(";\nG77 and China: retain as drafted")


@pytest.mark.parametrize(
    "tag",
    [
        "EU: retain",
        "US: delete",
        "Proposal by the EU: delete",
        "EU, US: delete; G77: retain",
        "US: [DEL: Noting] [ADD: Welcoming]",
        "Mexico, on behalf of a group of countries: retain as drafted",
    ],
)
def test_a_tag_line_in_an_unlabelled_draft_is_its_paragraphs_text(tag: str) -> None:
    content = (
        "The General Assembly,\n\nRecalling A,\n\n1. Decides C;\n"
        f"{tag}\n\n2. Decides D;\n\n3. Decides E.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "1", "2", "3"]
    assert paragraph(content, "1").text == f"Decides C;\n{tag}"
    assert paragraph(content, "2").parent is None


def test_a_tag_line_under_the_first_preambular_paragraph_is_no_front_matter() -> None:
    content = (
        "Recalling A,\nEU: retain\n\nNoting B,\n\n1. Decides C;\nUS: delete\n\n2. Decides D.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["pp1", "pp2", "1", "2"]
    assert paragraph(content, "pp1").text == "Recalling A,\nEU: retain"
    assert not result.warnings


def test_a_title_with_a_colon_is_no_tag_but_a_tag_above_it_is() -> None:
    content = (
        "The General Assembly,\n\nRecalling A,\n\n1. Decides C;\nEU: retain\n\n"
        "Section B: Financing\n\n2. Decides D;\n"
        "Means of implementation: support for developing countries\n\n3. Decides E.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "1", "p-4", "2", "p-6", "3"]
    assert paragraph(content, "1").text == "Decides C;\nEU: retain"
    assert paragraph(content, "p-4").kind == paragraph(content, "p-6").kind == "heading"
    assert paragraph(content, "2").text == "Decides D;"
    assert paragraph(content, "3").parent == "p-6"


def test_a_compilations_proposals_below_a_paragraph_stay_in_it_whatever_their_words() -> None:
    content = (
        "PP1. Reaffirming the right of every human being to the enjoyment of the highest "
        "attainable standard of physical and mental health,\nProposals:\n"
        "United States: [DEL: Reaffirming the right of every human being] [ADD: Recognizing "
        "the\nimportance of]\nHoly See: [ADD: from conception to natural death] after "
        '"every human being"\nMexico, on behalf of a group of countries: retain as drafted\n\n'
        "OP1. Commit to scale up efforts to achieve universal health coverage by 2030;\n"
        "Japan: Commit to scale up efforts [ADD: , including through primary health care,] "
        "to achieve\nuniversal health coverage by 2030;\nSwitzerland: support the proposal\n\n"
        "OP2. Strengthen health systems.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["pp1", "1", "2"]
    assert paragraph(content, "pp1").text.split("\n")[1:] == [
        "Proposals:",
        "United States: [DEL: Reaffirming the right of every human being] [ADD: Recognizing "
        "the importance of]",
        'Holy See: [ADD: from conception to natural death] after "every human being"',
        "Mexico, on behalf of a group of countries: retain as drafted",
    ]
    assert paragraph(content, "1").text.split("\n")[1:] == [
        "Japan: Commit to scale up efforts [ADD: , including through primary health care,] "
        "to achieve universal health coverage by 2030;",
        "Switzerland: support the proposal",
    ]
    assert not result.warnings


def test_chinese_tag_lines_are_their_paragraphs_text() -> None:
    compilation = (
        "大会，\n\nPP1 回顾A，\n欧盟：保留\n\nPP2 注意到B，\n美国：删除\n\n"
        "OP1 决定C；\n77国集团和中国：按原样保留\n\nOP2 决定D。\n"
    )
    assert anchors(compilation) == ["p-1", "pp1", "pp2", "1", "2"]
    assert paragraph(compilation, "pp1").text == "回顾A，\n欧盟：保留"
    assert paragraph(compilation, "1").text == "决定C；\n77国集团和中国：按原样保留"
    unlabelled = "大会，\n\n回顾A，\n\n1. 决定C；\n欧盟：保留\n\n2. 决定D；\n\n3. 决定E。\n"
    result = parse_document(unlabelled)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "1", "2", "3"]
    assert paragraph(unlabelled, "1").text == "决定C；\n欧盟：保留"
    assert paragraph(unlabelled, "2").parent is None
