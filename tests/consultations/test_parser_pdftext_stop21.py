"""Paragraph parser: plain pdftotext output (no -layout) as an audit found it: a page's notes
printed as a stack of numbers above their texts, words hyphenated at a line's end, and a
Chinese thousands group wrapped to the next line."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# --- A stack of note numbers proves the page's notes, a reference glued to a year included ---

_FURNITURE = "GE.25-05123(E)\n\n*2505123*\n\nA/HRC/RES/58/1\n"


def test_a_note_stack_is_notes_though_one_reference_is_glued_to_a_year_english() -> None:
    content = (
        "The Human Rights Council,\n"
        "Reaffirming the Universal Declaration of Human Rights1 and the Vienna Declaration,\n"
        "Recalling its resolution 42/15 of 26 September 20192 and its resolution 48/4,\n"
        "1\n2\n\nGeneral Assembly resolution 217 A (III).\nSee also A/HRC/42/L.18.\n\n"
        + _FURNITURE
        + "Noting with concern the rapid pace of technological development,\n"
        "1. Reaffirms the right to privacy;\n2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert paragraph(content, "pp1").text == (
        "Reaffirming the Universal Declaration of Human Rights and the Vienna Declaration,"
    )
    assert paragraph(content, "pp2").text == (
        "Recalling its resolution 42/15 of 26 September 2019 and its resolution 48/4,"
    )
    assert paragraph(content, "pp3").text.startswith("Noting with concern")


def test_a_note_stack_is_notes_though_one_reference_is_glued_to_an_ideograph_chinese() -> None:
    content = (
        "人权理事会，\n回顾《世界人权宣言》1 和《维也纳宣言》，\n"
        "回顾其 2019 年 9 月 26 日第 42/15 号决议2 和第 48/4 号决议，\n"
        "1\n2\n\n大会第 217 A (III) 号决议。\n另见 A/HRC/42/L.18。\n\n"
        "GE.25-05123(C)\n\n*2505123*\n\nA/HRC/RES/58/1\n"
        "注意到技术迅速发展，\n1. 重申隐私权；\n2. 决定继续处理此案。\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert paragraph(content, "pp1").text == "回顾《世界人权宣言》和《维也纳宣言》，"
    assert paragraph(content, "pp3").text == "注意到技术迅速发展，"


def test_a_paragraph_cut_by_the_page_goes_on_past_a_note_stack() -> None:
    content = (
        "The Human Rights Council,\n"
        "Reaffirming the Universal Declaration of Human Rights1 and relevant international\n"
        "human rights treaties,\n"
        "Recalling all relevant resolutions of the General Assembly and the Human Rights\n"
        "Council on the right to privacy in the digital age, including Council resolutions 42/15\n"
        "of 26 September 20192 and 48/4 of 7 October 2021,3 and General Assembly resolution\n"
        "1\n2\n3\n\nGeneral Assembly resolution 217 A (III).\nSee also A/HRC/42/L.18.\n"
        "See A/HRC/48/31.\n\n" + _FURNITURE + "77/211 of 15 December 2022,\n"
        "Noting with concern that the rapid pace of technological development enables\n"
        "individuals all over the world to use new information and communications technologies,\n"
        "1. Reaffirms the right to privacy;\n2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert paragraph(content, "pp2").text.endswith(
        "resolutions 42/15 of 26 September 2019 and 48/4 of 7 October 2021, and General Assembly"
        " resolution 77/211 of 15 December 2022,"
    )


def test_a_note_stack_ending_a_page_without_furniture_is_notes() -> None:
    content = (
        "The Human Rights Council,\n"
        "Reaffirming the Universal Declaration of Human Rights1 and the Vienna Declaration,\n"
        "Recalling its resolution 42/15 of 26 September 2019,2 and its resolution 48/4,\n"
        "1\n2\n\nGeneral Assembly resolution 217 A (III).\nSee also A/HRC/42/L.18.\n\n"
        "Noting with concern the rapid pace of technological development,\n"
        "1. Reaffirms the right to privacy;\n2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert paragraph(content, "pp3").text.startswith("Noting with concern")


def test_numbers_stacked_above_cells_are_no_notes() -> None:
    content = (
        "The Human Rights Council,\n"
        "Reaffirming the Universal Declaration of Human Rights1 and the Vienna Declaration,\n"
        "Noting the following figures,\n1\n2\n\nAfrica\nAsia\n\n"
        + _FURNITURE
        + "Noting with concern the rapid pace of technological development,\n"
        "1. Reaffirms the right to privacy;\n2. Decides to remain seized of the matter.\n"
    )
    texts = [found.text for found in parse_document(content, "text").paragraphs]
    assert "Africa" in texts


def test_a_year_keeps_digits_no_note_has() -> None:
    content = (
        "The Human Rights Council,\n"
        "Reaffirming the Universal Declaration of Human Rights1 and the Vienna Declaration,\n"
        "Recalling its resolution 42/15 of 26 September 20193 and its resolution 48/4,\n"
        "1\n2\n\nGeneral Assembly resolution 217 A (III).\nSee also A/HRC/42/L.18.\n\n"
        + _FURNITURE
        + "1. Reaffirms the right to privacy;\n2. Decides to remain seized of the matter.\n"
    )
    assert paragraph(content, "pp2").text == (
        "Recalling its resolution 42/15 of 26 September 20193 and its resolution 48/4,"
    )


# --- A hyphen at a line's end stays: it may be a compound's (quotes match either way) ---


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            "1. Welcomes the peace-\nful settlement and the good peace-ful practice;\n\n"
            "2. 鼓励会员国加强在 ICT-\n相关领域的合作；\n",
            {
                "1": "Welcomes the peace-ful settlement and the good peace-ful practice;",
                "2": "鼓励会员国加强在 ICT-相关领域的合作；",
            },
            id="spelled-by-the-document-and-chinese-untouched",
        ),
        pytest.param(
            "1. Подчеркивает важность социально-\nэкономического развития;\n\n"
            "2. Постановляет продолжить рассмотрение этого вопроса.\n",
            {"1": "Подчеркивает важность социально-экономического развития;"},
            id="between-two-lower-case-russian-words",
        ),
    ],
)
def test_a_hyphen_at_a_lines_end_stays(content: str, expected: dict[str, str]) -> None:
    assert {anchor: paragraph(content, anchor).text for anchor in expected} == expected


# --- A Chinese thousands group wrapped keeps its space, an ordinal's or a year's digits none ---


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            "1. 鼓励会员国加强合作，特别是在 2025 年之前，将至少 1\n"
            "000 万人纳入数字经济，并为此提供资金；\n\n2. 决定继续审议。\n",
            "鼓励会员国加强合作，特别是在 2025 年之前，将至少 1 000 万人纳入数字经济，"
            "并为此提供资金；",
            id="chinese-thousands-group-keeps-its-space",
        ),
        pytest.param(
            "1. 回顾安全理事会第 2\n719(2024) 号决议，并鼓励会员国在 2\n025 年之前加强合作；\n\n"
            "2. 决定继续审议。\n",
            "回顾安全理事会第 2719(2024) 号决议，并鼓励会员国在 2025 年之前加强合作；",
            id="chinese-ordinal-or-year-without-a-space",
        ),
        pytest.param(
            "1. Encourages Member States to connect at least 1\n"
            "000 schools by 2030;\n\n2. Decides to remain seized of the matter.\n",
            "Encourages Member States to connect at least 1 000 schools by 2030;",
            id="english-number-keeps-its-space",
        ),
    ],
)
def test_a_number_wrapped_to_the_next_line_goes_on_as_it_is_written(
    content: str, expected: str
) -> None:
    assert paragraph(content, "1").text == expected
