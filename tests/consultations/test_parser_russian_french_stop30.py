"""Paragraph parser, Russian, French and Arabic versions read as their English original is, so
that a translation gives the original's anchors (a translation whose anchors differ is refused)."""

from __future__ import annotations

import pytest

from consultations.parser import Format
from tests.consultations.parser_helpers import anchors, paragraph

# --- A Russian operative verb in lower case below the chapeau's or a preambular comma ---


@pytest.mark.parametrize(
    ("chapeau", "adopts"),
    [
        ("The General Assembly,", "Adopts the following outcome document:"),
        ("Генеральная Ассамблея,", "принимает следующий итоговый документ:"),
        ("Совет по правам человека,", "принимает следующую декларацию:"),
    ],
    ids=["en", "ru", "ru-council"],
)
def test_an_adopting_verb_below_the_chapeau_is_a_paragraph_of_its_own(
    chapeau: str, adopts: str
) -> None:
    content = f"{chapeau}\n{adopts}\n\nПакт во имя будущего\n\n1. Мы постановляем действовать.\n"
    assert anchors(content) == ["p-1", "p-2", "1"]
    assert paragraph(content, "p-2").text == adopts


@pytest.mark.parametrize(
    "content",
    [
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\nDecides:\n\n"
        "(a) To convene a meeting;\n\n(b) To request a report.\n",
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\nпостановляет:\n\n"
        "а) созвать совещание;\n\nб) просить доклад.\n",
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\nпостановляет:\n"
        "а) созвать совещание;\nб) просить доклад.\n",
    ],
    ids=["en", "ru", "ru-no-blank-lines"],
)
def test_a_russian_decision_lead_in_below_the_preamble_is_its_own_paragraph(
    content: str,
) -> None:
    assert anchors(content) == ["p-1", "pp1", "p-3", "p-3.a", "p-3.b"]


@pytest.mark.parametrize(
    "content",
    [
        "The General Assembly,\nRecalling its resolution 70/1,\nAdopts the political "
        "declaration contained in the annex to the present resolution.\n",
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\nпринимает политическую "
        "декларацию, содержащуюся в приложении к настоящей резолюции.\n",
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\nнастоятельно призывает "
        "государства принять меры.\n",
    ],
    ids=["en", "ru", "ru-adverb"],
)
def test_a_russian_resolution_s_one_unnumbered_paragraph_follows_its_preamble(
    content: str,
) -> None:
    assert anchors(content) == ["p-1", "pp1", "p-3"]


def test_a_russian_preambular_clause_wrapped_after_a_comma_still_goes_on() -> None:
    content = (
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1, в которой она,\n"
        "в частности, приняла Повестку дня,\n1. постановляет продолжить рассмотрение.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1"]


# --- A compilation's "PP1" / "OP1" before a paragraph opening in any script ---

_COMPILATIONS = {
    "en": "PP1 Recalling its resolution 70/125,\n\nOP1 Decides to act;\n\nOP2 Requests a report;\n",
    "ru": "PP1 ссылаясь на свою резолюцию 70/125,\n\nOP1 постановляет действовать;\n\n"
    "OP2 просит представить доклад;\n",
    "ru-capitalised": "PP1 Ссылаясь на свою резолюцию 70/125,\n\nOP1 Постановляет действовать;\n\n"
    "OP2 Просит представить доклад;\n",
    "ar": "PP1 إذ تشير إلى قرارها 70/125،\n\nOP1 تقرر العمل؛\n\nOP2 تطلب تقديم تقرير؛\n",
    "fr": "PP1 Étant consciente des risques,\n\nOP1 Décide d'agir ;\n\nOP2 Élit le Bureau ;\n",
}


@pytest.mark.parametrize("content", list(_COMPILATIONS.values()), ids=list(_COMPILATIONS))
def test_compilation_labels_number_paragraphs_in_every_script(content: str) -> None:
    assert anchors(content) == ["pp1", "1", "2"]
    assert not paragraph(content, "2").text.startswith("OP")
    assert paragraph(content, "pp1").label == "PP1"


@pytest.mark.parametrize(
    "reference",
    [
        "OP 12 of resolution 75/1 is recalled.",
        "OP 12 резолюции 75/1 остается в силе.",
    ],
    ids=["en", "ru"],
)
def test_a_compilation_label_followed_by_lower_case_words_stays_a_reference(
    reference: str,
) -> None:
    content = f"PP1 Recalling its resolution 70/125,\n\nOP1 Decides to act;\n\n{reference}\n"
    assert anchors(content) == ["pp1", "1", "p-3"]


_TAGGED_COMPILATIONS = {
    "en": "Note: Text in square brackets is under negotiation.\n\n"
    "PP1 Recalling its resolution 70/125, (agreed ad ref)\n\n"
    "PP2 Noting [with concern] that divides persist, [EU: delete]\n\nOP1 Decides to act;\n",
    "ru": "Примечание: Текст в квадратных скобках обсуждается.\n\n"
    "PP1 ссылаясь на свою резолюцию 70/125, (согласовано ad ref)\n\n"
    "PP2 отмечая [с обеспокоенностью], что разрыв сохраняется, [ЕС: исключить]\n\n"
    "OP1 постановляет действовать;\n",
    "ar": "ملاحظة: النص الوارد بين معقوفتين قيد التفاوض.\n\n"
    "PP1 إذ تشير إلى قرارها 70/125، (متفق عليه بالاستناد إلى المرجع)\n\n"
    "PP2 وإذ تلاحظ [مع القلق] أن الفجوات الرقمية لا تزال قائمة، [الاتحاد الأوروبي: حذف]\n\n"
    "OP1 تقرر العمل؛\n",
}


@pytest.mark.parametrize(
    "content", list(_TAGGED_COMPILATIONS.values()), ids=list(_TAGGED_COMPILATIONS)
)
def test_paragraphs_a_compilation_numbers_pp_are_its_preamble_in_every_script(
    content: str,
) -> None:
    assert anchors(content) == ["p-1", "pp1", "pp2", "1"]


# --- Russian sub-headings lettered in Cyrillic ---


@pytest.mark.parametrize(
    "content",
    [
        "I. Main trends\n\nA. Connectivity\n\n1. Text.\n\nB. Artificial intelligence\n\n2. Text.\n",
        "I. Основные тенденции\n\nА. Подключенность\n\n1. Текст.\n\n"
        "В. Искусственный интеллект\n\n2. Текст.\n",
        "I. Основные тенденции\n\nА. Подключенность\n\n1. Текст.\n\n"
        "Б. Искусственный интеллект\n\n2. Текст.\n",
        "I. Основные тенденции\n\nA. Подключенность\n\n1. Текст.\n\n"
        "Б. Искусственный интеллект\n\n2. Текст.\n",
    ],
    ids=["en", "ru-lookalike", "ru-alphabet", "ru-latin-then-cyrillic"],
)
def test_russian_sub_headings_lettered_in_cyrillic_are_sub_headings(content: str) -> None:
    assert anchors(content) == ["section-1", "section-1.a", "1", "section-1.b", "2"]


def test_russian_sub_headings_continue_in_the_russian_alphabet() -> None:
    content = (
        "I. Тенденции\n\nА. Один\n\n1. Т.\n\nБ. Два\n\n2. Т.\n\nВ. Три\n\n3. Т.\n\n"
        "Г. Четыре\n\n4. Т.\n"
    )
    assert anchors(content) == [
        *("section-1", "section-1.a", "1", "section-1.b", "2"),
        *("section-1.c", "3", "section-1.d", "4"),
    ]
    assert paragraph(content, "section-1.d").label == "Г"


@pytest.mark.parametrize(
    "content", ["I. Trends\nA. One\n1. T.\n", "I. Тенденции\nА. Один\n1. Т.\n"], ids=["en", "ru"]
)
def test_a_cyrillic_sub_heading_right_below_its_section_is_its_own(content: str) -> None:
    assert anchors(content) == ["section-1", "section-1.a", "1"]


# --- Russian lists lettered "а." "б." (Cyrillic, full stop), as pandoc's "a." "b." ---

_LETTERED_WITH_A_STOP = {
    "latin": "1. Мы обязуемся к 2030 году:\n\n    a. подключить всех людей к Интернету;\n"
    "    b. составить карту подключенности.\n\n2. Мы обязуемся.\n",
    "cyrillic": "1. Мы обязуемся к 2030 году:\n\n    а. подключить всех людей к Интернету;\n"
    "    б. составить карту подключенности.\n\n2. Мы обязуемся.\n",
}


@pytest.mark.parametrize(
    "content", list(_LETTERED_WITH_A_STOP.values()), ids=list(_LETTERED_WITH_A_STOP)
)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_russian_items_lettered_with_a_full_stop_are_items(content: str, fmt: Format) -> None:
    if fmt == "text":
        content = content.replace("\n\n    ", "\n").replace("\n    ", "\n").replace("\n\n", "\n")
    assert anchors(content, fmt) == ["1", "1.a", "1.b", "2"]
    assert paragraph(content, "1.a", fmt).text == "подключить всех людей к Интернету;"


def test_an_abbreviation_below_a_finished_sentence_is_no_item() -> None:
    content = (
        "1. Мы обязуемся к 2030 году:\nа) подключить всех людей;\nб) составить карту.\n"
        "2. Совещание состоялось в\nг. Женеве в 2025 году.\n"
    )
    assert anchors(content) == ["1", "1.a", "1.b", "2"]
    assert paragraph(content, "2").text == "Совещание состоялось в г. Женеве в 2025 году."
