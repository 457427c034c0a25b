"""Paragraph parser: mis-parses an audit found on PDF copies, reissued documents and Russian
texts (a running header printed on one line, a reissued job number, a footnote reference after
a semicolon, Russian preambles and item letters), each fixed in the general case."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from consultations.parser_text import is_junk
from tests.consultations.parser_helpers import anchors, paragraph

# --- A page's symbol and running title one space apart, as plain pdftotext prints them ---

_PAGE_ONE = (
    "79/1. The Pact for the Future\n"
    "The General Assembly,\n"
    "Adopts the following outcome document:\n"
    "4. We decide to:\n"
    "(a) Accelerate the implementation of the 2030 Agenda;\n"
    "(b) Address the financing gap, including through the SDG Stimulus;\n"
    "24-27264 (E) 081024\n"
    "*2427264*\n"
    "\n"
)


def test_symbol_and_title_one_space_apart_atop_even_pages_is_a_running_header() -> None:
    content = (
        _PAGE_ONE + "A/RES/79/1 The Pact for the Future\n2/56 24-27264\n"
        "(c) Ensure that no one is left behind.\n5. We decide to act.\n"
        "\fA/RES/79/1 The Pact for the Future\n4/56 24-27264\n6. We decide to report.\n"
    )
    assert anchors(content) == ["p-1", "p-2", "4", "4.a", "4.b", "4.c", "5", "6"]
    assert paragraph(content, "4.c").text == "Ensure that no one is left behind."
    assert not [w for w in parse_document(content).warnings if "sequence" in w.message]


def test_a_header_printed_once_under_the_first_pages_title_is_a_running_header() -> None:
    content = (
        _PAGE_ONE + "A/RES/79/1 The Pact for the Future\n2/56 24-27264\n"
        "(c) Ensure that no one is left behind.\n5. We decide to act.\n"
    )
    assert anchors(content) == ["p-1", "p-2", "4", "4.a", "4.b", "4.c", "5"]


def test_title_then_symbol_atop_odd_pages_is_a_running_header() -> None:
    content = (
        _PAGE_ONE + "The Pact for the Future A/RES/79/1\n24-27264 3/56\n"
        "(c) Ensure that no one is left behind.\n5. We decide to act.\n"
        "\fA/RES/79/1 The Pact for the Future\n4/56 24-27264\n6. We decide to report.\n"
    )
    assert anchors(content) == ["p-1", "p-2", "4", "4.a", "4.b", "4.c", "5", "6"]


def test_chinese_symbol_and_title_one_space_apart_is_a_running_header() -> None:
    content = (
        "大会，\n通过以下成果文件：\n4. 我们决定：\n(a) 加快执行《2030 年议程》；\n"
        "(b) 弥合融资缺口；\n24-27264 (C) 081024\n*2427264*\n\n"
        "A/RES/79/1 未来契约\n2/56 24-27264\n(c) 确保不让任何一个人掉队。\n5. 我们决定采取行动。\n"
        "\fA/RES/79/1 未来契约\n4/56 24-27264\n6. 我们决定提交报告。\n"
    )
    assert anchors(content) == ["p-1", "p-2", "4", "4.a", "4.b", "4.c", "5", "6"]


def test_a_heading_ending_in_a_symbol_beside_a_page_number_stays() -> None:
    """A Main Committee report's sub-heading touches the page's number and job number as a
    running header would, but no other page prints it."""
    content = (
        "I. Introduction\n1. The Committee considered the item.\n"
        "II. Consideration of proposals\n2. The Committee had before it two drafts.\n"
        "\fA/79/420\n2/6 24-20001\nA. Draft resolution A/C.2/79/L.15\n"
        "3. The representative of Uganda introduced the draft.\n"
    )
    texts = [found.text for found in parse_document(content).paragraphs]
    assert "Draft resolution A/C.2/79/L.15" in " ".join(texts)


def test_a_wrapped_line_ending_in_a_symbol_at_a_page_foot_stays_in_its_sentence() -> None:
    content = (
        "The General Assembly,\n1. Takes note of the report on the implementation of the\n"
        "Sustainable Development Goals and the recommendations contained in document A/79/62\n"
        "2/4 24-12345\n\fA/C.2/79/L.5\nand in its addendum;\n2. Decides to continue.\n"
    )
    assert "document A/79/62 and in its addendum;" in paragraph(content, "1").text


def test_a_list_of_references_with_their_links_stays_text() -> None:
    content = (
        "Background note\n1. The consultation draws on the following documents:\n"
        "A/RES/70/1 Transforming our world\nhttps://undocs.org/A/RES/70/1\n"
        "A/RES/79/1 The Pact for the Future\nhttps://undocs.org/A/RES/79/1\n"
        "2. Comments are invited by 1 March.\n"
    )
    text = " ".join(found.text for found in parse_document(content).paragraphs)
    assert "A/RES/70/1 Transforming our world" in text
    assert "A/RES/79/1 The Pact for the Future" in text


# --- A reissued document's job number, with its asterisk ---


@pytest.mark.parametrize(
    "line", ["24-21345* (E)     131124     151124", "24-21345 (E)*", "GE.24-12345(E)*"]
)
def test_reissued_job_number_is_page_furniture(line: str) -> None:
    assert is_junk(line)


def test_reissued_page_foot_does_not_break_the_list_it_falls_in() -> None:
    content = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides that the committee shall:\n\n(a) Be open to all Member States;\n\n"
        "(b) Hold its sessions in New York;\n\n__________________\n"
        "* Reissued for technical reasons on 15 November 2024.\n\n"
        "24-21345* (E)     131124     151124\n*2421345*\n\nA/79/L.45*\n\n"
        "(c) Report to the General Assembly at its eightieth session;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1", "1.a", "1.b", "1.c", "2"]
    assert not parse_document(content).warnings


# --- A footnote reference glued after a digit and its semicolon ---


def test_footnote_reference_after_a_year_and_semicolon_is_removed() -> None:
    content = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Welcomes the progress made under the Sendai Framework 2015-2030;3\n\n"
        "2. Recalls the Summit held in 2023;2 and its resolution 70/1;1\n\n"
        "3. Decides to meet at 10:30 in a ratio of 3:2.\n\n"
        "__________________\n1 Resolution 70/1.\n2 Resolution 78/1.\n3 Resolution 69/283.\n"
    )
    assert paragraph(content, "1").text.endswith("2015-2030;")
    assert paragraph(content, "2").text.endswith("held in 2023; and its resolution 70/1;")
    assert paragraph(content, "3").text == "Decides to meet at 10:30 in a ratio of 3:2."


# --- Russian preambles: the gerunds they open with, in lower case ---

_RUSSIAN_PREAMBLE = (
    "Совет Безопасности,\n\n"
    "ссылаясь на свои предыдущие резолюции,\n\n"
    "осуждая все нападения на гражданских лиц,\n\n"
    "стремясь содействовать прочному миру в регионе,\n\n"
    "настоятельно призывая все стороны соблюдать режим прекращения огня,\n\n"
    "действуя на основании главы VII Устава,\n\n"
    "1. постановляет продлить мандат Миссии;\n\n"
    "2. постановляет продолжать заниматься этим вопросом.\n"
)
_RUSSIAN_ANCHORS = ["p-1", "pp1", "pp2", "pp3", "pp4", "pp5", "1", "2"]


def test_russian_gerunds_open_preambular_paragraphs_apart_by_blank_lines() -> None:
    assert anchors(_RUSSIAN_PREAMBLE) == _RUSSIAN_ANCHORS
    assert paragraph(_RUSSIAN_PREAMBLE, "pp2").text == "осуждая все нападения на гражданских лиц,"


def test_russian_gerunds_open_preambular_paragraphs_without_blank_lines() -> None:
    assert anchors(_RUSSIAN_PREAMBLE.replace("\n\n", "\n")) == _RUSSIAN_ANCHORS


def test_russian_gerund_no_list_knows_opens_a_paragraph_after_a_blank_line() -> None:
    content = (
        "Генеральная Ассамблея,\n\nрассматривая вопрос о Палестине,\n\n"
        "сохраняя приверженность миру,\n\n1. постановляет продолжить рассмотрение;\n\n"
        "2. просит представить доклад.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "pp2", "1", "2"]


def test_russian_line_wrapped_after_a_comma_still_goes_on() -> None:
    content = (
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции о мире, безопасности,\n"
        "развитии и правах человека,\n\n1. постановляет продолжить рассмотрение.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1"]
    assert paragraph(content, "pp1").text.endswith("безопасности, развитии и правах человека,")


# --- Item letters typed in Cyrillic ---


def test_cyrillic_lookalike_letters_continue_a_latin_list() -> None:
    content = (
        "Генеральная Ассамблея,\n"
        "1. выражает удовлетворение;\n"
        "2. учреждает комиссию, которая должна выполнять следующие функции:\n"
        "а) взять на себя функции Посредника;\n"
        "b) выполнять некоторые функции;\n"
        "с) выполнять любые другие функции;\n"
        "3. постановляет далее.\n"
    )
    assert anchors(content) == ["p-1", "1", "2", "2.a", "2.b", "2.c", "3"]
    assert paragraph(content, "2.a").text == "взять на себя функции Посредника;"
    assert not parse_document(content).warnings


def test_russian_alphabet_letters_map_by_their_place() -> None:
    letters = "абвгдежзиклмнопрс"
    items = "".join(f"({letter}) пункт списка;\n" for letter in letters)
    content = f"Генеральная Ассамблея,\n1. постановляет:\n{items}2. постановляет далее.\n"
    expected = ["p-1", "1"] + [f"1.{chr(ord('a') + place)}" for place in range(17)] + ["2"]
    assert anchors(content) == expected
    assert not parse_document(content).warnings


# --- Arabic numbering: "1 - ", abjad item letters, quoted sub-items ---

_ARABIC = (
    "إن الجمعية العامة،\n\n"
    "إذ تشير إلى قرارها 70/1،\n\n"
    "1 - ترحب بتقرير الأمين العام؛\n\n"
    "2 - تقرر أن تقوم اللجنة بما يلي:\n\n"
    "(أ) أن تكون مفتوحة أمام جميع الدول الأعضاء؛\n\n"
    "(ب) أن تعقد دوراتها على النحو التالي:\n\n"
    "'1' دورة تنظيمية في نيويورك؛\n\n"
    "‘2’ دورات موضوعية في نيويورك؛\n\n"
    "(ج) أن تقدم تقريرا؛\n\n"
    "(د) أن تتعاون مع الوكالات؛\n\n"
    "(هـ) أن تنشر نتائجها؛\n\n"
    "٣ - تطلب إلى الأمين العام أن يقدم تقريرا.\n"
)
_ENGLISH = (
    "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
    "1. Welcomes the report of the Secretary-General;\n\n"
    "2. Decides that the committee shall:\n\n(a) Be open to all Member States;\n\n"
    "(b) Hold its sessions as follows:\n\n(i) An organizational session in New York;\n\n"
    "(ii) Substantive sessions in New York;\n\n(c) Report to the Assembly;\n\n"
    "(d) Cooperate with the agencies;\n\n(e) Publish its findings;\n\n"
    "3. Requests the Secretary-General to report.\n"
)


def test_arabic_numbering_anchors_as_the_english() -> None:
    expected = ["p-1", "pp1", "1", "2", "2.a", "2.b", "2.b.i", "2.b.ii", "2.c", "2.d", "2.e", "3"]
    assert anchors(_ENGLISH) == expected
    assert anchors(_ARABIC) == expected
    assert not parse_document(_ARABIC).warnings


def test_arabic_markers_keep_their_printed_labels_and_leave_the_text() -> None:
    assert paragraph(_ARABIC, "2.e").label == "2 (هـ)"
    assert paragraph(_ARABIC, "2.e").text == "أن تنشر نتائجها؛"
    assert paragraph(_ARABIC, "2.b.ii").label == "2 (ب) ‘2’"
    assert paragraph(_ARABIC, "2.b.ii").text == "دورات موضوعية في نيويورك؛"
    assert paragraph(_ARABIC, "1").text == "ترحب بتقرير الأمين العام؛"


def test_a_number_and_dash_in_latin_text_is_no_arabic_paragraph() -> None:
    content = (
        "The General Assembly,\n1. Decides to hold the session on\n"
        "2 - 3 May 2025 in New York;\n2. Requests a report.\n"
    )
    assert anchors(content) == ["p-1", "1", "2"]


# --- Markdown whose every list number came out "1.", headings between the lists ---


def test_lazy_numbering_counts_on_across_headings() -> None:
    content = (
        "# I. Chapeau\n\n1. We gather here.\n\n1. We face risks.\n\n"
        "# II. Sustainable development\n\n1. The world is off track.\n\n"
        "**Action 1. We will act.**\n\n1. We decide to:\n\n    a. Accelerate;\n\n    b. Ensure.\n"
    )
    assert anchors(content, "markdown") == [
        "section-1", "1", "2", "section-2", "3", "action-1", "4", "4.a", "4.b",
    ]  # fmt: skip
    assert not parse_document(content, "markdown").warnings


def test_lazy_numbering_restarts_at_an_annex() -> None:
    content = (
        "The General Assembly,\n\n1. Decides A;\n\n1. Decides B.\n\n"
        "## Annex\n\n1. First rule.\n\n1. Second rule.\n"
    )
    assert anchors(content, "markdown") == ["p-1", "1", "2", "annex-1", "annex-1/1", "annex-1/2"]


def test_lazy_numbering_does_not_carry_past_text_between_the_lists() -> None:
    content = (
        "## Draft resolution I\n\n1. Decides A;\n\n1. Decides B.\n\n"
        "## Draft resolution II\n\nThe Economic and Social Council,\n\n1. Decides C;\n\n"
        "1. Decides D.\n"
    )
    assert "part-2/1" in anchors(content, "markdown")


@pytest.mark.parametrize(
    "heading",
    [
        "## Draft resolution II: Future organization of work",
        "## Questions for consultation",
        "## Terms of reference of the working group",
        "## 工作组职权范围",
    ],
)
def test_lazy_numbering_restarts_below_a_heading_over_a_text_numbered_apart(
    heading: str,
) -> None:
    content = (
        "## Draft resolution I\n\n1. Decides A;\n\n1. Decides B.\n\n"
        f"{heading}\n\n1. First point.\n\n1. Second point.\n"
    )
    found = anchors(content, "markdown")
    assert found[-2:] == ["part-2/1", "part-2/2"], found


def test_lazy_numbering_counts_on_below_a_heading_that_only_mentions_a_draft() -> None:
    """A committee report's paragraphs number on below "Consideration of draft resolution …"."""
    content = (
        "## Introduction\n\n1. The Committee met.\n\n1. It elected officers.\n\n"
        "## Consideration of draft resolution A/C.2/79/L.15\n\n1. The draft was introduced.\n"
    )
    assert anchors(content, "markdown")[-1] == "3"
