"""Paragraph parser: a note's reference pdftotext -layout sets apart after a word or a year where
the sentence goes on ("…à l'horizon 2030 1 et", "…Addis-Abeba 2,") is no paragraph text, and the
notes citing documents below the body ("1 Résolution 70/1.") are no paragraphs, when a block of
such notes, numbered from 1 without a stop, proves every reference so; as Chinese's are read.
Without such notes, a figure set apart so stays the sentence's."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import anchors, paragraph

FRENCH = (
    "L'Assemblée générale,\n"
    "Rappelant le Programme de développement durable à l'horizon 2030 1 et le Programme"
    " d'action d'Addis-Abeba 2,\n"
    "1. Décide de convoquer une réunion de haut niveau ;\n"
    "2. Prie le Secrétaire général de présenter un rapport.\n"
    "{separator}"
    "1 Résolution 70/1.\n"
    "2 Résolution 69/313, annexe.\n"
)
SPANISH = (
    "La Asamblea General,\n"
    "Recordando la Agenda 2030 para el Desarrollo Sostenible 1 y la Agenda de Acción de Addis"
    " Abeba 2,\n"
    "1. Decide convocar una reunión de alto nivel;\n"
    "2. Solicita al Secretario General que presente un informe.\n"
    "1 Resolución 70/1.\n"
    "2 Resolución 69/313, anexo.\n"
)
ENGLISH = (
    "The General Assembly,\n"
    "Recalling the 2030 Agenda for Sustainable Development 1 and the Addis Ababa Action Agenda, 2\n"
    "1. Decides to strengthen cooperation in all areas, including those on\n"
    "{notes}"
    "digital infrastructure;\n"
    "2. Requests the Secretary-General to submit a report.\n"
)
ENGLISH_NOTES = "1 Resolution 70/1.\n2 See A/79/1.\n\f"
CHINESE = (
    "大会，\n"
    "回顾《2030 年可持续发展议程》1 和《亚的斯亚贝巴行动议程》，2\n"
    "1. 决定在所有领域加强合作，包括\n"
    "1 第 70/1 号决议。\n"
    "2 见 A/79/1。\n"
    "\f数字基础设施领域；\n"
    "2. 请秘书长提交报告。\n"
)


@pytest.mark.parametrize("separator", ["", "______________\n"])
def test_french_references_set_apart_are_dropped_and_their_notes_are_no_paragraphs(
    separator: str,
) -> None:
    content = FRENCH.format(separator=separator)

    assert anchors(content) == ["p-1", "pp1", "1", "2"]
    assert paragraph(content, "pp1").text == (
        "Rappelant le Programme de développement durable à l'horizon 2030 et le Programme"
        " d'action d'Addis-Abeba,"
    )


def test_spanish_references_set_apart_are_dropped_and_their_notes_are_no_paragraphs() -> None:
    assert anchors(SPANISH) == ["p-1", "pp1", "1", "2"]
    assert paragraph(SPANISH, "pp1").text == (
        "Recordando la Agenda 2030 para el Desarrollo Sostenible y la Agenda de Acción de Addis"
        " Abeba,"
    )


def test_english_notes_at_a_page_foot_leave_the_sentence_the_page_cut_whole() -> None:
    content = ENGLISH.format(notes=ENGLISH_NOTES)

    assert anchors(content) == anchors(CHINESE) == ["p-1", "pp1", "1", "2"]
    assert paragraph(content, "pp1").text == (
        "Recalling the 2030 Agenda for Sustainable Development and the Addis Ababa Action Agenda,"
    )
    assert paragraph(content, "1").text == (
        "Decides to strengthen cooperation in all areas, including those on digital infrastructure;"
    )


@pytest.mark.parametrize(
    "notes",
    [
        pytest.param("", id="no-notes"),
        # Not notes citing documents: a ranking's rows, a list numbered as paragraphs are.
        pytest.param("1 Norway\n2 Switzerland\n\f", id="rows"),
        pytest.param("1. Resolution 70/1.\n2. See A/79/1.\n\f", id="stopped-numbers"),
    ],
)
def test_a_figure_set_apart_without_a_note_citing_a_document_stays(notes: str) -> None:
    content = ENGLISH.format(notes=notes)

    assert "Sustainable Development 1 and" in paragraph(content, "pp1").text


def test_figures_a_sentence_cites_stay_though_their_notes_exist() -> None:
    content = (
        "1. Recalls phases 1 and 2 of the programme, 2 of which ended in 2030 1 and 2,\n"
        "and its annex 2, SDG 1 and ODD 2, and welcomes the Agenda 1 and the Programme 2.\n"
        "1 Resolution 70/1.\n"
        "2 Resolution 69/313, annex.\n"
    )

    assert paragraph(content, "1").text == (
        "Recalls phases 1 and 2 of the programme, 2 of which ended in 2030 1 and 2, and its"
        " annex 2, SDG 1 and ODD 2, and welcomes the Agenda and the Programme."
    )
