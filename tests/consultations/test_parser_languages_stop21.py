"""Paragraph parser: Arabic and Russian conventions an audit of one resolution in the six
languages found unread (inserted paragraphs "2 مكررا -" and "3 бис.", Arabic section headings,
footnotes and annexes), each with the English counterpart whose anchors the translation must
match."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# --- Inserted paragraphs ---

INSERTED_EN = (
    "The General Assembly,\n\n1. Requests the working group:\n\n(a) To consider:\n\n"
    "(i) The interoperability of frameworks;\n\n(ii) The protection of data;\n\n"
    "2. Also requests the group to take into account the views;\n\n"
    "2 bis. Encourages the group to hold consultations;\n\n"
    "3. Decides to remain seized of the matter.\n"
)
INSERTED_AR = (
    "إن الجمعية العامة،\n\n1 - تطلب إلى الفريق العامل:\n\n(أ) أن ينظر في ما يلي:\n\n"
    "’1‘ قابلية الأطر للتشغيل المتبادل؛\n\n’2‘ حماية البيانات؛\n\n"
    "2 - تطلب أيضا إلى الفريق أن يراعي الآراء؛\n\n"
    "{inserted} تشجع الفريق على عقد مشاورات؛\n\n"
    "3 - تقرر أن تبقي المسألة قيد نظرها.\n"
)
INSERTED_ANCHORS = ["p-1", "1", "1.a", "1.a.i", "1.a.ii", "2", "2bis", "3"]


@pytest.mark.parametrize("inserted", ["2 مكررا -", "2 مكرراً -", "2 مكررًا", "٢ مكررا -"])
def test_an_arabic_inserted_paragraph_is_read_as_bis(inserted: str) -> None:
    assert anchors(INSERTED_EN) == INSERTED_ANCHORS
    content = INSERTED_AR.format(inserted=inserted)
    assert anchors(content) == INSERTED_ANCHORS
    inserted_paragraph = paragraph(content, "2bis")
    assert inserted_paragraph.label == inserted.rstrip(" -")
    assert inserted_paragraph.text == "تشجع الفريق على عقد مشاورات؛"


def test_an_arabic_ordinal_after_a_number_is_the_insertion_it_counts() -> None:
    content = INSERTED_AR.format(inserted="2 مكررا -").replace(
        "3 - تقرر", "2 ثالثا - تشجع أيضا الفريق؛\n\n3 - تقرر"
    )
    assert anchors(content)[-3:] == ["2bis", "2ter", "3"]


def test_an_unread_line_after_a_quoted_arabic_item_number_is_kept() -> None:
    # "’2‘" is item (ii)'s marker, no footnote reference: the line "2 …" below is no note.
    content = INSERTED_AR.replace("{inserted} ", "2 ")
    texts = [found.text for found in parse_document(content).paragraphs]
    assert any(text.startswith("2 تشجع الفريق") for text in texts)


def test_an_arabic_inserted_action_is_read_as_bis() -> None:
    english = "Action 3. Map frameworks\n\n1. The group shall map.\n\nAction 3 bis. Consult\n\n"
    arabic = "الإجراء 3 - حصر الأطر\n\n1 - يحصر الفريق الأطر.\n\nالإجراء 3 مكررا - التشاور\n\n"
    assert anchors(english + "2. The group shall consult.\n") == anchors(
        arabic + "2 - يتشاور الفريق.\n"
    )
    assert "action-3bis" in anchors(arabic + "2 - يتشاور الفريق.\n")


RUSSIAN_EN = (
    "The General Assembly,\n\n1. Decides to establish a working group;\n\n"
    "1 bis. Encourages the working group to hold consultations;\n\n"
    "2. Decides to remain seized of the matter.\n"
)
RUSSIAN = (
    "Генеральная Ассамблея,\n\n1. постановляет учредить рабочую группу;\n\n"
    "{inserted} рекомендует рабочей группе проводить консультации;\n\n"
    "2. постановляет продолжать заниматься этим вопросом.\n"
)


@pytest.mark.parametrize("inserted", ["1 бис.", "1-бис.", "1 бис", "1 БИС."])
def test_a_russian_inserted_paragraph_is_read_as_bis(inserted: str) -> None:
    content = RUSSIAN.format(inserted=inserted)
    assert anchors(content) == anchors(RUSSIAN_EN) == ["p-1", "1", "1bis", "2"]
    assert paragraph(content, "1bis").label == inserted.rstrip(".")


def test_a_russian_word_opening_like_an_insertion_is_no_insertion() -> None:
    content = RUSSIAN.format(inserted="1 тер.").replace("1 тер.", "1 территории.")
    assert "1ter" not in anchors(content)


# --- Arabic section headings ---

SECTIONS_EN = (
    "The General Assembly,\n\nI. Working group\n\nA. Mandate\n\n"
    "1. Decides to establish a working group;\n\nB. Membership\n\n"
    "2. Decides that the group shall be open;\n\nII. Follow-up\n\n"
    "3. Decides to remain seized of the matter.\n"
)
SECTIONS_AR = (
    "إن الجمعية العامة،\n\n{first} - الفريق العامل\n\nألف - الولاية\n\n"
    "1 - تقرر إنشاء فريق عامل؛\n\nباء - العضوية\n\n"
    "2 - تقرر أن يكون الفريق مفتوحا؛\n\nثانيا - المتابعة\n\n"
    "3 - تقرر أن تبقي المسألة قيد نظرها.\n"
)
SECTION_ANCHORS = ["p-1", "section-1", "section-1.a", "1", "section-1.b", "2", "section-2", "3"]


@pytest.mark.parametrize("first", ["أولا", "أولاً"])
def test_arabic_ordinal_and_letter_name_headings_anchor_as_the_english(first: str) -> None:
    assert anchors(SECTIONS_EN) == SECTION_ANCHORS
    content = SECTIONS_AR.format(first=first)
    assert anchors(content) == SECTION_ANCHORS
    section = paragraph(content, "section-1")
    assert (section.label, section.text) == (first, "الفريق العامل")
    assert paragraph(content, "section-1.b").label == "باء"
    assert paragraph(content, "2").heading_path == (f"{first} - الفريق العامل", "باء - العضوية")


def test_arabic_headings_in_markdown_anchor_as_the_english() -> None:
    english = SECTIONS_EN.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")
    arabic = SECTIONS_AR.format(first="## أولا").replace("\nثانيا -", "\n## ثانيا -")
    assert anchors(arabic, "markdown") == anchors(english, "markdown") == SECTION_ANCHORS


def test_an_arabic_ordinal_opening_a_sentence_is_no_heading() -> None:
    # "أولا، …" ("firstly, …") and "ثانيا …" without the dash go on as text.
    content = (
        "إن الجمعية العامة،\n\n1 - تقرر ما يلي:\n\nأولا، أن تنشئ فريقا عاملا؛\n\n"
        "ثانيا أن تبقي المسألة قيد نظرها.\n"
    )
    assert not any(anchor.startswith("section") for anchor in anchors(content))


# --- Footnotes ---

NOTE_EN = (
    "The General Assembly,\n\nReaffirming the Pact for the Future,1\n\n"
    "1. Decides to remain seized of the matter.\n\n__________________\n1 Resolution 79/1.\n"
)
NOTE_AR = (
    "إن الجمعية العامة،\n\nوإذ تعيد تأكيد ميثاق المستقبل(1)،\n\n"
    "1 - تقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n        (1) القرار 79/1.\n"
)
NOTE_RU = (
    "Генеральная Ассамблея,\n\nвновь подтверждая Пакт во имя будущего1,\n\n"
    "1. постановляет продолжать заниматься этим вопросом.\n\n__________________\n"
    "1 Резолюция 79/1.\n"
)


def test_an_arabic_note_in_parentheses_is_a_footnote_and_its_reference_goes() -> None:
    assert anchors(NOTE_AR) == anchors(NOTE_EN) == ["p-1", "pp1", "1"]
    assert paragraph(NOTE_AR, "pp1").text == "وإذ تعيد تأكيد ميثاق المستقبل،"
    assert paragraph(NOTE_AR, "1").text == "تقرر أن تبقي المسألة قيد نظرها."


def test_an_arabic_number_in_parentheses_without_its_note_stays() -> None:
    content = NOTE_AR.replace("(1) القرار", "القرار")
    assert paragraph(content, "pp1").text == "وإذ تعيد تأكيد ميثاق المستقبل(1)،"


def test_arabic_items_numbered_in_parentheses_are_no_notes() -> None:
    content = "إن الجمعية العامة،\n\n1 - تقرر ما يلي:\n\n(1) إنشاء فريق عامل؛\n\n(2) عقد مشاورات.\n"
    assert "(1) إنشاء فريق عامل" in paragraph(content, "1").text


def test_a_russian_reference_glued_to_a_word_goes_when_its_note_exists() -> None:
    assert anchors(NOTE_RU) == ["p-1", "pp1", "1"]
    assert paragraph(NOTE_RU, "pp1").text == "вновь подтверждая Пакт во имя будущего,"
    without_the_note = NOTE_RU.replace("1 Резолюция 79/1.\n", "Резолюция 79/1.\n")
    assert paragraph(without_the_note, "pp1").text.endswith("будущего1,")


# --- Arabic annexes numbered with ordinal words ---

ANNEXES_EN = (
    "The General Assembly,\n\n1. Decides to establish a working group.\n\nAnnex I\n\n"
    "Terms of reference\n\n1. The group shall meet.\n\nAnnex II\n\nList of experts\n\n"
    "1. The experts shall serve.\n"
)
ANNEXES_AR = (
    "إن الجمعية العامة،\n\n1 - تقرر إنشاء فريق عامل.\n\nالمرفق الأول\n\nالاختصاصات\n\n"
    "1 - يجتمع الفريق.\n\nالمرفق الثاني\n\nقائمة الخبراء\n\n1 - يعمل الخبراء.\n"
)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_arabic_annexes_numbered_with_ordinal_words_anchor_as_the_english(fmt: Format) -> None:
    expected = ["p-1", "1", "annex-1", "annex-1/1", "annex-2", "annex-2/1"]
    assert anchors(ANNEXES_EN, fmt) == anchors(ANNEXES_AR, fmt) == expected
    annex = paragraph(ANNEXES_AR, "annex-2", fmt)
    assert (annex.label, annex.text) == ("المرفق الثاني", "قائمة الخبراء")


def test_an_arabic_annex_ordinal_past_ten_is_its_number() -> None:
    content = ANNEXES_AR.replace("المرفق الثاني\n", "المرفق الثاني عشر\n")
    assert paragraph(content, "annex-12").label == "المرفق الثاني عشر"
