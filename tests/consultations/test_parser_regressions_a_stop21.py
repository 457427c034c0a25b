"""Paragraph parser: prose that the rules for chapter sections, meeting lines and decimal
paragraphs must leave alone, as a false-positive audit found it ("Section 1 of the bulletin …",
"…adoptée à la" + "12e séance", a table title after the last "23.2", "2.1 Billion people …")."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# --- "Section 1" opening a line of prose is no section heading ---

REPORT_CITING_A_SECTION = """I. Introduction

1. The present report is submitted pursuant to General Assembly resolution 79/250. It
describes the implementation of the administrative framework for the Organization.
{line}
all staff members and to the use of resources.
2. The report also covers the activities of the Office of Human Resources during the
period under review.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Section 1 of the bulletin ST/SGB/2019/8 sets out the general principles that apply to",
        # As wide as the text, its words run on from the number: a wrapped sentence.
        "Section 1 ST/SGB/2019/8 of the Secretary-General sets out the general principles for",
    ],
)
def test_section_n_opening_a_line_of_prose_is_the_sentence(line: str) -> None:
    content = REPORT_CITING_A_SECTION.format(line=line)
    assert anchors(content) == ["section-1", "1", "2"]
    assert paragraph(content, "1").text.endswith(
        f"for the Organization. {line} all staff members and to the use of resources."
    )
    assert paragraph(content, "2").parent == "section-1"


def test_a_short_section_title_without_separator_is_still_a_heading() -> None:
    content = (
        "Chapter I\nGeneral provisions\n\n"
        "1. These working methods apply to all meetings of the Commission and of its subsidiary\n"
        "bodies, and to all informal consultations held during its sessions.\n\n"
        "Section 1 General principles\n\n"
        "2. The Commission shall hold one session a year.\n"
    )
    assert anchors(content) == ["section-1", "1", "section-1.1", "2"]
    assert paragraph(content, "section-1.1").text == "General principles"
    assert paragraph(content, "2").parent == "section-1.1"


def test_section_n_wrapped_in_chinese_prose_is_the_sentence() -> None:
    line = "第一节 规定了适用于全体工作人员的一般原则，委员会认为这些原则在本报告所述期间仍然"
    content = (
        "第一章\n总则\n\n"
        "1. 本工作方法适用于委员会及其附属机构的所有会议，也适用于会议期间举行的所有非正式磋商。\n"
        f"{line}\n适用于所有会议。\n"
    )
    assert anchors(content) == ["section-1", "1", "p-3"]
    prose = paragraph(content, "p-3")
    assert (prose.kind, prose.parent, prose.text) == (
        "unnumbered",
        "section-1",
        f"{line}适用于所有会议。",
    )


# --- A meeting line wrapped inside a sentence is the sentence's words ---


@pytest.mark.parametrize(
    ("chapeau", "first", "opening", "meeting", "closing", "last"),
    [
        (
            "The General Assembly,",
            "1. Decides to convene a meeting;",
            "2. Notes that the resolution was adopted at the",
            "12th meeting",
            "of the Commission, on 3 March 2025.",
            "3. Decides to remain seized of the matter.",
        ),
        (
            "L'Assemblée générale,",
            "1. Décide de convoquer une réunion ;",
            "2. Note que la résolution a été adoptée à la",
            "12e séance",
            "de la Commission, le 3 mars 2025.",
            "3. Décide de rester saisie de la question.",
        ),
        (
            "La Asamblea General,",
            "1. Decide convocar una reunión;",
            "2. Observa que la resolución fue aprobada en la",
            "12ª sesión",
            "de la Comisión, el 3 de marzo de 2025.",
            "3. Decide seguir ocupándose de la cuestión.",
        ),
    ],
)
def test_a_meeting_line_below_an_unfinished_line_is_kept_in_its_sentence(
    chapeau: str, first: str, opening: str, meeting: str, closing: str, last: str
) -> None:
    content = "\n".join((chapeau, "", first, opening, meeting, closing, last, "")) + (
        f"\n{meeting}\n19 December 2025\n"
    )
    assert anchors(content) == ["p-1", "1", "2", "3"]
    assert paragraph(content, "2").text == f"{opening[3:]} {meeting} {closing}"
    assert paragraph(content, "3").text == last[3:]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            "Генеральная Ассамблея,\n\n1. постановляет созвать совещание;\n"
            "2. отмечает, что резолюция была принята на\n12-е заседание\n"
            "Комиссии 3 марта 2025 года.\n3. постановляет продолжать заниматься этим вопросом.\n",
            "принята на 12-е заседание",
        ),
        (
            "大会，\n\n1. 决定召开一次会议；\n2. 注意到该决议已在委员会\n第12次会议\n"
            "上于2025年3月3日通过；\n3. 决定继续处理这一问题。\n",
            "委员会第12次会议",
        ),
    ],
)
def test_a_meeting_line_below_an_unfinished_line_is_not_lost(content: str, words: str) -> None:
    assert words in paragraph(content, "2").text


def test_the_meeting_line_closing_a_resolution_is_still_furniture() -> None:
    for meeting in ("12th meeting", "12e séance", "第12次会议"):
        content = (
            "The General Assembly,\n\n1. Decides to convene a meeting;\n"
            f"2. Decides to remain seized of the matter.\n{meeting}\n19 December 2025\n"
        )
        assert anchors(content) == ["p-1", "1", "2"]
        assert paragraph(content, "2").text == "Decides to remain seized of the matter."


# --- What follows the last decimal paragraph is kept ---


@pytest.mark.parametrize(
    ("content", "tail"),
    [
        (
            "I. Overall orientation\n\n"
            "23.1 The regular programme of technical cooperation supports developing countries.\n"
            "23.2 The resources requested amount to 50,500,000 dollars.\n\n"
            "Table 23.1\nEvolution of financial resources by component\n",
            "Table 23.1",
        ),
        (
            "I. Overall orientation\n\n"
            "23.1 The regular programme of technical cooperation supports developing countries.\n"
            "23.2 The resources requested amount to 50,500,000 dollars.\n\n"
            "Abbreviations: RB, regular budget; XB, extrabudgetary\n",
            "Abbreviations: RB, regular budget; XB, extrabudgetary",
        ),
        (
            "一. 总体方向\n\n23.1 经常性技术合作方案支助发展中国家。\n"
            "23.2 所需资源共计 50 500 000 美元。\n\n表 23.1\n按构成部分分列的财政资源变化\n",
            "表 23.1",
        ),
    ],
)
def test_text_after_the_last_decimal_paragraph_is_kept(content: str, tail: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["section-1", "23.1", "23.2", "p-4"]
    assert result.paragraphs[-1].text.startswith(tail)
    assert not result.warnings


def test_sponsors_after_a_resolutions_decimal_subparagraphs_are_still_trailing_matter() -> None:
    content = (
        "The General Assembly,\n\n1. Decides to convene a meeting;\n"
        "2. Requests the Secretary-General to submit:\n"
        "2.1 A report on the implementation of the present resolution;\n"
        "2.2 A plan for its follow-up.\n\nArgentina, Brazil and Chile\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "1", "2", "2.1", "2.2"]
    assert [w.message for w in result.warnings] == ["trailing text skipped"]


# --- A decimal number in prose is no decimal paragraph ---

PAGE_BREAK = "\n\n25-12345 (E)\n\fA/80/300\n\n"


@pytest.mark.parametrize("line", ["2.1 Billion people", "2.1 Per cent of households"])
def test_a_capitalised_counter_after_a_decimal_number_is_prose(line: str) -> None:
    content = (
        "I. Introduction\n\n1. The present report reviews the water and sanitation targets.\n"
        "2. Global growth is projected at 2.7 per cent in 2025. Inflation is expected to fall.\n"
        f"{line} still lack safely managed drinking water.\n"
        "3. The Secretary-General recommends that the Assembly take note of the report.\n"
    )
    assert "2.1" not in anchors(content)
    assert f"{line} still lack" in " ".join(p.text for p in parse_document(content).paragraphs)


@pytest.mark.parametrize(
    ("opening", "going_on", "joined"),
    [
        (
            "2. Emissions fell in most regions in 2024, but global emissions of the sector reached",
            "2.1 Gt of carbon dioxide equivalent in 2024.",
            "of the sector reached 2.1 Gt of carbon dioxide equivalent in 2024.",
        ),
        (
            "2. 大多数区域的排放量有所下降，但该部门的全球排放量达到",
            "2.1 吉吨二氧化碳当量。",
            "该部门的全球排放量达到 2.1 吉吨二氧化碳当量。",
        ),
        (
            "2. Staff members are bound by the obligations set out in staff regulation",
            "2.1 (b) of the Staff Regulations, which requires integrity.",
            "staff regulation 2.1 (b) of the Staff Regulations, which requires integrity.",
        ),
    ],
)
def test_a_page_break_does_not_end_a_sentence_before_a_decimal_number(
    opening: str, going_on: str, joined: str
) -> None:
    content = (
        "I. Introduction\n\n1. The present report reviews the follow-up.\n"
        f"{opening}{PAGE_BREAK}{going_on}\n"
        "3. The Secretary-General recommends that the Assembly take note of the report.\n"
    )
    assert anchors(content) == ["section-1", "1", "2", "3"]
    assert paragraph(content, "2").text.endswith(joined)


def test_a_decimal_paragraph_after_a_page_break_below_a_finished_one_is_still_one() -> None:
    content = (
        "1. Mandate\n\n1.1 The Panel shall issue an annual summary report.\n"
        f"1.2 The Panel shall present its report at the Global Dialogue.{PAGE_BREAK}"
        "1.3 The Panel shall meet twice a year.\n"
    )
    assert anchors(content) == ["1", "1.1", "1.2", "1.3"]
