"""Paragraph parser: guards on a compilation's labels and delegations' tag lines. A label with a
tag in parentheses wraps a sentence unless the paragraph's text follows it ("OP3 (Japan) and
OP4 (Mexico) were …"); a bare label right below a line left open ("Moved from" + "OP2") is that
line's; "PP2" alone whose text cell is empty numbers nothing below it; a title with a colon
("Digital economy: bridging the divides", "专题一：数字经济", "数字合作：支持能力建设") is no
delegation's tag line."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def test_a_label_with_a_tag_wrapping_a_sentence_is_no_paragraph() -> None:
    content = (
        "1. The second round of informal consultations was held on 14 March 2025.\n\n"
        "2. Several delegations proposed to streamline the operative part. In particular,\n"
        "OP3 (Japan) and OP4 (Mexico) were proposed for merger, while others\n"
        "preferred to keep them separate.\n\n"
        "3. The co-facilitators will circulate a revised draft on 21 March 2025.\n"
    )
    result = parse_document(content)
    assert anchors(content) == ["1", "2", "3"]
    assert paragraph(content, "2").text.endswith(
        "In particular, OP3 (Japan) and OP4 (Mexico) were proposed for merger, while others "
        "preferred to keep them separate."
    )
    assert not result.warnings


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (
            "PP1 Recalling A,\n\nOP1 (EU) Decides B;\n\nOP2 bis (G77 and China): Decides C;\n\n"
            "OP3 (Japan)\nDecides D.\n",
            [
                "Recalling A,",
                "(EU) Decides B;",
                "(G77 and China): Decides C;",
                "(Japan) Decides D.",
            ],
        ),
        (
            "PP1 回顾A，\n\nOP1（欧盟）决定B；\n\nOP2（日本）决定C。\n",
            ["回顾A，", "（欧盟）决定B；", "（日本）决定C。"],
        ),
    ],
)
def test_a_label_with_a_tag_before_its_text_still_numbers_it(
    content: str, texts: list[str]
) -> None:
    result = parse_document(content)
    assert [p.text for p in result.paragraphs][: len(texts)] == texts


def test_a_label_below_a_line_left_open_goes_on_with_it() -> None:
    content = (
        "OP4. Decides that the high-level meeting shall result in a concise\n"
        "political declaration, taking into account proposals made under\n"
        "OP 5 (Sendai targets) and the outcome of the regional platforms;\n\n"
        "OP5. Decides to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["4", "5"]
    assert paragraph(content, "4").text.endswith(
        "proposals made under OP 5 (Sendai targets) and the outcome of the regional platforms;"
    )


def test_a_bare_label_in_a_comment_cell_numbers_nothing() -> None:
    content = (
        "PP1\nRecalling A,\nEU: retain\nPP2\nReaffirming B,\nMoved from\nOP2\nPP3\n"
        "Recognizing C,\nOP1\nWe commit to D;\nOP2\nWe call for E.\n"
    )
    result = parse_document(content)
    assert [p.label for p in result.paragraphs] == ["PP1", "PP2", "PP3", "1", "2"]
    assert paragraph(content, "pp3").text == "Recognizing C,"
    assert paragraph(content, "1").text == "We commit to D;"
    assert paragraph(content, "2").text == "We call for E."
    assert not any("expected" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (
            "The General Assembly,\n\nPP1\nRecalling A,\n\nPP2\n\nOP1. Proclaims B;\n\n"
            "OP2. Decides C.\n",
            "Proclaims B;",
        ),
        ("大会，\n\nPP1\n回顾A，\n\nPP2\n\nOP1. 宣布B；\n\nOP2. 决定C。\n", "宣布B；"),
    ],
)
def test_a_label_alone_whose_text_cell_is_empty_numbers_nothing(content: str, first: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "1", "2"]
    assert paragraph(content, "1").text == first
    assert [(w.line, w.message) for w in result.warnings] == [(6, "label without text skipped")]


@pytest.mark.parametrize(
    ("content", "title"),
    [
        (
            "PP1. Reaffirming A,\nOP1. We commit to B;\nDigital economy: bridging the divides\n"
            "OP2. We will promote C;\nOP3. We decide D.\n",
            "Digital economy: bridging the divides",
        ),
        (
            "PP1. 重申A，\nOP1. 我们承诺B；\n专题一：数字经济\n"
            "OP2. 我们将促进C；\nOP3. 我们决定D。\n",
            "专题一：数字经济",
        ),
    ],
)
def test_a_title_with_a_colon_in_a_compilation_is_no_tag(content: str, title: str) -> None:
    result = parse_document(content)
    heading = next(p for p in result.paragraphs if p.kind == "heading")
    assert heading.text == title
    assert paragraph(content, "2").heading_path == (title,)
    assert paragraph(content, "1").text in ("We commit to B;", "我们承诺B；")


def test_a_chinese_title_supporting_an_object_is_no_position() -> None:
    content = (
        "大会，\n\n回顾A，\n\n1. 欢迎B；\n2. 吁请会员国加强统计能力。\n数字合作：支持能力建设\n"
        "3. 鼓励C；\n"
    )
    assert paragraph(content, "2").text == "吁请会员国加强统计能力。"
    assert paragraph(content, "3").heading_path == ("数字合作：支持能力建设",)


def test_a_title_is_no_tag_but_a_delegations_words_are() -> None:
    content = (
        "The General Assembly,\n\nRecalling A,\n\n1. Decides B;\nCapacity-building: support\n"
        "2. Decides C;\nGuinea-Bissau: support\n\n3. Decides D.\n"
    )
    assert paragraph(content, "2").heading_path == ("Capacity-building: support",)
    assert paragraph(content, "2").text == "Decides C;\nGuinea-Bissau: support"


def test_a_notes_line_is_no_tag_in_either_language() -> None:
    english = (
        "PP1. Recalling A,\nOP1. Invites B;\nOP2. Requests C;\n"
        "Co-facilitators' note: OP2 and OP3 could be merged.\nOP3. Encourages D.\n"
    )
    chinese = (
        "PP1. 回顾A，\nOP1. 邀请B；\nOP2. 请C；\n共同主持人说明：可合并 OP2 和 OP3。\n"
        "OP3. 鼓励D。\n"
    )
    for content, request in ((english, "Requests C;"), (chinese, "请C；")):
        assert paragraph(content, "2").text == request
