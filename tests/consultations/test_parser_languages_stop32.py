"""Paragraph parser, what closes a resolution and what marks a note read alike in every language:
a line the English text has no paragraph for would give a translation other anchors."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors

# A resolution with an annex, the adopting meeting between the two.
_RESOLUTIONS = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to convene a meeting.\n\n{meeting}\n\nAnnex\n\n"
        "Modalities of the meeting\n\n1. The meeting will be held in New York.\n"
    ),
    "fr": (
        "L'Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n"
        "1. Décide de convoquer une réunion.\n\n{meeting}\n\nAnnexe\n\n"
        "Modalités de la réunion\n\n1. La réunion se tiendra à New York.\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 70/1,\n\n"
        "1. Decide convocar una reunión.\n\n{meeting}\n\nAnexo\n\n"
        "Modalidades de la reunión\n\n1. La reunión se celebrará en Nueva York.\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\n"
        "1. постановляет созвать совещание.\n\n{meeting}\n\nПриложение\n\n"
        "Условия проведения совещания\n\n1. Совещание будет проведено в Нью-Йорке.\n"
    ),
    "ar": (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n"
        "1 - تقرر عقد اجتماع.\n\n{meeting}\n\nالمرفق\n\n"
        "طرائق الاجتماع\n\n1 - يعقد الاجتماع في نيويورك.\n"
    ),
    "zh": (
        "大会，\n\n回顾其第70/1号决议，\n\n1. 决定召开会议。\n\n{meeting}\n\n附件\n\n"
        "会议的安排\n\n1. 会议将在纽约举行。\n"
    ),
}
_ANCHORS = ["p-1", "pp1", "1", "annex-1", "annex-1/1"]


@pytest.mark.parametrize(
    ("language", "meeting"),
    [
        ("ru", "87-е пленарное заседание,\n30 июня 2025 года"),
        ("ru", "87-е пленарное заседание,"),
        ("ru", "87-е пленарное заседание, 30 июня 2025 года"),
        ("en", "87th plenary meeting,\n30 June 2025"),
        ("en", "87th plenary meeting, 30 June 2025"),
        ("fr", "87e séance plénière,\n30 juin 2025"),
        ("fr", "87e séance plénière, 30 juin 2025"),
        ("es", "87ª sesión plenaria,\n30 de junio de 2025"),
        ("es", "87ª sesión plenaria, 30 de junio de 2025"),
        ("ar", "الجلسة العامة 87،\n30 حزيران/يونيه 2025"),
        ("ar", "الجلسة العامة 87، 30 حزيران/يونيه 2025"),
        ("zh", "2025年6月30日\n第87次全体会议，"),
        ("zh", "2025年6月30日第87次全体会议"),
        ("zh", "第87次全体会议，2025年6月30日"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_adopting_meeting_with_its_comma_or_date_is_no_paragraph(
    language: str, meeting: str, fmt: Format
) -> None:
    resolution = _RESOLUTIONS[language].format(meeting=meeting)
    assert anchors(resolution, fmt) == _ANCHORS


def test_a_meeting_named_in_a_sentence_stays_its_words() -> None:
    text = (
        "The Council,\n\n1. Takes note of the decision taken at the\n12th meeting, "
        "3 March 2025\nof the Commission.\n\n2. Decides to remain seized of the matter.\n"
    )
    assert anchors(text) == ["p-1", "1", "2"]


_MARKED_NOTES = {
    "en": (
        "Item 15 of the preliminary list<sup>{mark}</sup>\n\n## I. Introduction\n\n"
        "1. The report<sup>{mark}</sup> is submitted.\n\n2. It covers 2025.\n\n"
        "<sup>{mark}</sup> {note}\n"
    ),
    "zh": (
        "临时议程<sup>{mark}</sup>项目15\n\n## 一. 导言\n\n1. 提交本报告<sup>{mark}</sup>。\n\n"
        "2. 报告涵盖2025年。\n\n<sup>{mark}</sup> {note}\n"
    ),
}
_MARKED_NOTES_READ = {
    "en": [
        ("section-1", "Introduction"),
        ("1", "The report is submitted."),
        ("2", "It covers 2025."),
    ],
    "zh": [("section-1", "导言"), ("1", "提交本报告。"), ("2", "报告涵盖2025年。")],
}


@pytest.mark.parametrize("mark", ["*", "\\*", "**", "\\*\\*", "†", "a"])
@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("en", "A/80/50."),
        ("en", "Reissued for technical reasons on 3 July 2025."),
        ("en", "Publié sans mise au point."),
        ("zh", "A/80/50。"),
        ("zh", "因技术原因重新印发。"),
    ],
)
def test_a_note_marked_otherwise_than_by_a_number_is_no_paragraph(
    mark: str, language: str, note: str
) -> None:
    report = _MARKED_NOTES[language].format(mark=mark, note=note)
    parsed = [(p.anchor, p.text) for p in parse_document(report, "markdown").paragraphs]
    assert parsed == _MARKED_NOTES_READ[language]


def test_numbered_notes_below_a_marked_one_are_read_as_notes_too() -> None:
    report = (
        "## I. Introduction\n\n1. The report<sup>*</sup> recalls resolution 70/1<sup>1</sup>.\n\n"
        "2. It covers 2025<sup>2</sup>.\n\n<sup>*</sup> A/80/50.\n\n"
        "<sup>1</sup> See A/RES/70/1,\nparagraph 3.\n\n<sup>2</sup> E/2025/1.\n"
    )
    assert anchors(report, "markdown") == ["section-1", "1", "2"]
