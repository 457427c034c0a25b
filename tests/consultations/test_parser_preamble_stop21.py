"""Paragraph parser: sub-headings inside a preamble, as ECOSOC resolutions set them ("Taking
stock", "Building the information society"), neither restart the preambular count nor join the
paragraph below them; a heading elsewhere still ends the preamble."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

ENGLISH = """The Economic and Social Council,

Recalling the outcome documents of the World Summit on the Information Society,

Recalling also General Assembly resolution 70/125 of 16 December 2015,

Taking stock

Noting the continued growth of mobile broadband,

Recognizing that the digital divide persists,

1. Recommends that stakeholders continue their efforts;

2. Decides to remain seized of the matter.
"""

CHINESE = """经济及社会理事会，

回顾信息社会世界峰会的成果文件，

又回顾大会2015年12月16日第70/125号决议，

评估进展

注意到移动宽带持续增长，

认识到数字鸿沟依然存在，

1. 建议利益攸关方继续努力；

2. 决定继续处理此事项。
"""

FRENCH = """Le Conseil économique et social,

Rappelant les documents finals du Sommet mondial sur la société de l'information,

Rappelant également la résolution 70/125 de l'Assemblée générale,

Faire le point

Notant la croissance continue du haut débit mobile,

Considérant que la fracture numérique persiste,

1. Recommande aux parties prenantes de poursuivre leurs efforts;

2. Décide de rester saisi de la question.
"""

WITH_A_HEADING = ["p-1", "pp1", "pp2", "p-4", "pp3", "pp4", "1", "2"]


@pytest.mark.parametrize("content", [ENGLISH, CHINESE, FRENCH])
def test_a_heading_inside_the_preamble_keeps_the_count_going(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == WITH_A_HEADING
    kinds = [p.kind for p in result.paragraphs]
    assert kinds[1:6] == ["preamble", "preamble", "heading", "preamble", "preamble"]
    heading = result.paragraphs[3].text
    assert paragraph(content, "pp3").heading_path == (heading,)
    assert paragraph(content, "pp2").heading_path == ()


def test_every_heading_of_the_preamble_is_passed_over() -> None:
    content = (
        "The Economic and Social Council,\n\nRecalling resolution 70/125,\n\nTaking stock\n\n"
        "Noting the growth of mobile broadband,\n\nInternet governance\n\n"
        "Reaffirming paragraphs 34 to 37 of the Tunis Agenda,\n\nNoting the work of the Forum,\n\n"
        "Recommendations\n\n1. Recommends that stakeholders continue their efforts;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "p-3", "pp2", "p-5", "pp3", "pp4", "p-8", "1", "2"]


def test_a_heading_between_the_chapeau_and_the_preamble_counts_nothing() -> None:
    content = (
        "The General Assembly,\n\nBuilding the information society\n\nRecalling A,\n\n"
        "Noting B,\n\n1. Decides C.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp2", "1"]


def test_a_heading_after_paragraph_one_starts_no_preamble() -> None:
    content = (
        "The General Assembly,\n\nRecalling A,\n\n1. Decides C;\n\nFollow-up\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1", "p-4", "2"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "Summary\n\nThe present report is submitted pursuant to resolution 70/125, in which "
            "the Assembly requested it,\n\nI. Introduction\n\nIn its resolution 70/125, the "
            "Assembly recalled the outcomes,\n\nII. Progress\n\n1. The Commission met.\n\n"
            "2. It adopted a resolution.\n",
            ["p-1", "section-1", "pp1", "section-2", "1", "2"],
        ),
        (
            "摘要\n\n本报告根据第70/125号决议提交，\n\n一、导言\n\n大会在第70/125号决议中回顾了成果，\n\n"
            "二、进展\n\n1. 委员会举行了会议。\n\n2. 委员会通过了一项决议。\n",
            ["p-1", "section-1", "pp1", "section-2", "1", "2"],
        ),
    ],
)
def test_a_section_heading_of_a_report_without_a_chapeau_ends_the_run(
    content: str, expected: list[str]
) -> None:
    assert anchors(content) == expected


LONG_HEADING = (
    "Taking stock: reviewing the successes, challenges and opportunities of the implementation "
    "of the outcomes of the World Summit on the Information Society"
)


@pytest.mark.parametrize(
    ("heading", "printed"),
    [
        (LONG_HEADING, LONG_HEADING),
        (
            LONG_HEADING,
            LONG_HEADING.replace(" of the implementation", "\nof the implementation"),
        ),
        (
            "Building the information society: the successes and challenges of the implementation",
            "Building the information society: the successes and challenges\nof the implementation",
        ),
    ],
)
def test_a_long_heading_inside_the_preamble_is_a_heading(heading: str, printed: str) -> None:
    content = ENGLISH.replace("Taking stock", printed)
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == WITH_A_HEADING
    assert result.paragraphs[3].kind == "heading"
    assert result.paragraphs[3].text == heading
    assert paragraph(content, "pp3").text == "Noting the continued growth of mobile broadband,"


@pytest.mark.parametrize(
    ("content", "heading", "printed"),
    [
        (
            CHINESE,
            "评估进展：审查信息社会世界峰会成果落实工作的成功、挑战和机遇以及今后的工作方向",
            "评估进展：审查信息社会世界峰会成果落实工作的成功、挑战和机遇以及今后的\n工作方向",
        ),
        (
            FRENCH,
            "Faire le point : examen des succès, des difficultés et des possibilités de la mise "
            "en œuvre",
            "Faire le point : examen des succès, des difficultés et des possibilités\nde la mise "
            "en œuvre",
        ),
    ],
)
def test_a_long_heading_inside_the_preamble_in_other_languages(
    content: str, heading: str, printed: str
) -> None:
    placed = content.replace(content.split("\n\n")[3], printed)
    result = parse_document(placed)
    assert [p.anchor for p in result.paragraphs] == WITH_A_HEADING
    assert result.paragraphs[3].kind == "heading"
    assert result.paragraphs[3].text == heading


def test_a_preambular_paragraph_that_lost_its_comma_still_goes_on() -> None:
    content = (
        "The General Assembly,\n\nRecalling the outcome documents of the Summit,\n\n"
        "Recalling its resolution 70/1 of 25 September 2015, entitled Transforming our world: "
        "the 2030\nAgenda for Sustainable Development\n\nNoting the growth of mobile broadband,"
        "\n\n1. Decides to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp2", "1"]
    assert paragraph(content, "pp2").text.endswith(
        "Development Noting the growth of mobile broadband,"
    )


def test_a_preambular_paragraph_wrapped_after_a_short_line_stays_whole() -> None:
    content = (
        "The General Assembly,\n\nRecalling the outcome documents of the Summit,\n\n"
        "Recalling its resolution 70/1\nof 25 September 2015, entitled Transforming our world,"
        "\n\nNoting the growth of mobile broadband,\n\n1. Decides to remain seized of the matter.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1"]
    assert paragraph(content, "pp2").text == (
        "Recalling its resolution 70/1 of 25 September 2015, entitled Transforming our world,"
    )
