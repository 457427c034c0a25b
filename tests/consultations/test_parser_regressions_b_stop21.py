"""Paragraph parser: what the Arabic and Russian rules of the six-language audit must leave as
text, as the English rules do (or now do too): a number cited after a one-letter Arabic prefix
("و(2)"), a list going on below a page's notes, a unit's power ("5000 m2", "300 км2"), an
inserted paragraph cited across a line's wrap ("в проекте" + "3-бис в ходе …") and a list
numbered with ordinals below its colon ("أولا - …؛")."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def texts(content: str) -> list[str]:
    return [found.text for found in parse_document(content).paragraphs]


# --- A number in parentheses after a one-letter Arabic prefix is cited, no reference ---

CITED_AR = (
    "تقرير الأمين العام\n\n"
    "1 - تشير اللجنة إلى الفقرتين الفرعيتين (1) و(2) من المادة 5، وإلى البندين (أ) و(1).\n"
    "2 - ويستند التقرير إلى المعلومات الواردة من الدول(2).\n\n"
    "__________________\n(1) القرار 79/1.\n(2) انظر A/80/1.\n"
)


def test_an_arabic_number_after_a_one_letter_prefix_is_cited_not_a_reference() -> None:
    assert paragraph(CITED_AR, "1").text == (
        "تشير اللجنة إلى الفقرتين الفرعيتين (1) و(2) من المادة 5، وإلى البندين (أ) و(1)."
    )
    # Glued to a word of two letters or more, it is the note's reference, removed.
    assert paragraph(CITED_AR, "2").text == "ويستند التقرير إلى المعلومات الواردة من الدول."


@pytest.mark.parametrize("prefix", ["ب", "ف", "ل", "ك"])
def test_every_arabic_one_letter_prefix_keeps_its_number(prefix: str) -> None:
    content = CITED_AR.replace("و(2) من", f"{prefix}(2) من")
    assert f"{prefix}(2) من المادة 5" in paragraph(content, "1").text


# --- Arabic notes in parentheses end with their page ---

LIST_SPLIT = (
    "A/80/62\n\n{first}\n{lead_in}\n{one}\n\n__________________\n{note}\n\n"
    "\fA/80/62\n\n{two}\n{three}\n{last}\n"
)
LIST_SPLIT_AR = LIST_SPLIT.format(
    first="1 - يقدم هذا التقرير عملا بقرار الجمعية العامة 79/1(1).",
    lead_in="2 - وتلاحظ اللجنة ما يلي:",
    one="(1) تحسن فرص الوصول إلى الإنترنت؛",
    note="(1) القرار 79/1.",
    two="(2) اتساع الفجوة الرقمية؛",
    three="(3) الحاجة إلى زيادة التمويل.",
    last="3 - ويرحب الأمين العام بالتقدم المحرز.",
)
LIST_SPLIT_EN = LIST_SPLIT.format(
    first="1. The present report is submitted pursuant to resolution 79/1.1",
    lead_in="2. The Committee notes the following:",
    one="(1) improved access to the Internet;",
    note="1 Resolution 79/1.",
    two="(2) a widening digital divide;",
    three="(3) the need for more funding.",
    last="3. The Secretary-General welcomes the progress made.",
)


@pytest.mark.parametrize(
    ("content", "items"),
    [
        (LIST_SPLIT_AR, ["(2) اتساع الفجوة الرقمية؛", "(3) الحاجة إلى زيادة التمويل."]),
        (LIST_SPLIT_EN, ["(2) a widening digital divide;", "(3) the need for more funding."]),
    ],
)
def test_a_list_going_on_after_a_page_of_notes_is_text(content: str, items: list[str]) -> None:
    found = texts(content)
    assert all(item in found for item in items)
    # The note on the page before, below its separator, is still a note.
    assert not any("79/1." in text and "القرار" in text for text in found)
    assert anchors(content)[-1] == "3"


def test_an_arabic_note_in_parentheses_below_its_separator_is_still_a_note() -> None:
    content = LIST_SPLIT_AR.replace("(1) القرار 79/1.", "(1) القرار 79/1.\n(2) انظر A/80/1.")
    assert not any(text.startswith(("(1) القرار", "(2) انظر")) for text in texts(content))


# --- A unit's power is no footnote reference ---

UNITS = "Report\n\n1. {units}\n2. {reference}\n\n__________________\n{notes}\n"


@pytest.mark.parametrize(
    ("units", "reference", "notes", "kept", "cleaned"),
    [
        (
            "The new building of 5000 m2 was completed; another 300 km2 will be mapped.",
            "The report covers the 17 goals2.",
            "1 Resolution 79/1.\n2 See A/80/1.",
            "The new building of 5000 m2 was completed; another 300 km2 will be mapped.",
            "The report covers the 17 goals.",
        ),
        (
            "Новое здание площадью 5000 м2 сдано, еще 300 км2 будут обследованы.",
            "Доклад основан на информации, полученной от государств2.",
            "1 Резолюция 79/1.\n2 См. A/80/1.",
            "Новое здание площадью 5000 м2 сдано, еще 300 км2 будут обследованы.",
            "Доклад основан на информации, полученной от государств.",
        ),
        (
            "新建筑面积为 5000 m2，另有 300 km2 将被测绘。",
            "报告涵盖各会员国提供的资料。2",
            "1 第 79/1 号决议。\n2 见 A/80/1。",
            "新建筑面积为 5000 m2，另有 300 km2 将被测绘。",
            "报告涵盖各会员国提供的资料。",
        ),
    ],
)
def test_a_digit_after_a_unit_after_a_number_is_its_power(
    units: str, reference: str, notes: str, kept: str, cleaned: str
) -> None:
    content = UNITS.format(units=units, reference=reference, notes=notes)
    assert paragraph(content, "1").text == kept
    assert paragraph(content, "2").text == cleaned


# --- An inserted paragraph cited across a line's wrap ---

CITED_INSERTION = "{title}\n\n{one}\n{two}\n{three}\n{cited}\n"


@pytest.mark.parametrize(
    ("title", "one", "two", "three", "cited"),
    [
        (
            "Draft resolution",
            "1. Decides to convene a meeting;",
            "2. Requests the Secretary-General to submit a report;",
            "3. Decides to consider the paragraph proposed as draft",
            "3 bis in the course of informal consultations.",
        ),
        (
            "Проект резолюции",
            "1. постановляет созвать совещание;",
            "2. просит Генерального секретаря представить доклад;",
            "3. постановляет рассмотреть пункт, предложенный в проекте",
            "3-бис в ходе неофициальных консультаций.",
        ),
        (
            "مشروع قرار",
            "1 - تقرر عقد اجتماع؛",
            "2 - تطلب إلى الأمين العام تقديم تقرير؛",
            "3 - تقرر أن تنظر في المقترح الوارد في مشروع الفقرة",
            "3 مكررا من النص المتفاوض عليه.",
        ),
        (
            "决议草案",
            "1. 决定召开一次会议；",
            "2. 请秘书长提交一份报告；",
            "3. 决定审议草案",
            "3 之二段所提议的内容。",
        ),
    ],
)
def test_an_insertion_below_a_line_left_mid_sentence_is_cited(
    title: str, one: str, two: str, three: str, cited: str
) -> None:
    content = CITED_INSERTION.format(title=title, one=one, two=two, three=three, cited=cited)
    assert anchors(content) == ["1", "2", "3"]
    assert paragraph(content, "3").text.endswith(cited)


@pytest.mark.parametrize(
    "inserted",
    ["3 bis. Encourages the group to consult.", "3 bis Encourages the group to consult."],
)
def test_an_insertion_below_a_finished_paragraph_is_still_one(inserted: str) -> None:
    content = CITED_INSERTION.format(
        title="Draft resolution",
        one="1. Decides to convene a meeting;",
        two="2. Requests the Secretary-General to submit a report;",
        three="3. Decides to remain seized of the matter;",
        cited=inserted,
    )
    assert anchors(content) == ["1", "2", "3", "3bis"]


def test_an_insertion_with_its_full_stop_below_an_unpunctuated_paragraph_is_still_one() -> None:
    content = CITED_INSERTION.format(
        title="Draft resolution",
        one="1. Decides to convene a meeting;",
        two="2. Requests the Secretary-General to submit a report;",
        three="3. Decides to remain seized of the matter",
        cited="3 bis. Encourages the group to consult.",
    )
    assert anchors(content) == ["1", "2", "3", "3bis"]


# --- A list numbered with ordinals below its colon ---

ORDINAL_LIST_AR = (
    "تقرير الأمين العام\n\n"
    "1 - يقدم هذا التقرير عملا بقرار الجمعية العامة 79/1.\n"
    "2 - يوصي الأمين العام بأن تنظر الجمعية العامة في الخطوات التالية:\n"
    "أولا - تعزيز التعاون الدولي في مجال حوكمة البيانات على جميع المستويات\n"
    "وبمشاركة جميع أصحاب المصلحة؛\n"
    "ثانيا - زيادة التمويل المخصص لبناء القدرات في البلدان النامية\n"
    "والبلدان الأقل نموا.\n"
    "3 - ويرحب الأمين العام بالتقدم المحرز.\n"
)
ORDINAL_LIST_EN = (
    "Report of the Secretary-General\n\n"
    "1. The present report is submitted pursuant to General Assembly resolution 79/1.\n"
    "2. The Secretary-General recommends that the General Assembly consider the following:\n"
    "I. Strengthening international cooperation on data governance at all levels and with\n"
    "the participation of all stakeholders;\n"
    "II. Increasing funding for capacity-building in developing countries and in the least\n"
    "developed countries.\n"
    "3. The Secretary-General welcomes the progress made.\n"
)


@pytest.mark.parametrize(
    ("content", "first", "second"),
    [
        (ORDINAL_LIST_AR, "أولا - تعزيز", "ثانيا - زيادة"),
        (ORDINAL_LIST_EN, "I. Strengthening", "II. Increasing"),
    ],
)
def test_ordinals_below_a_colon_number_a_list_not_sections(
    content: str, first: str, second: str
) -> None:
    assert anchors(content) == ["1", "2", "p-3", "p-4", "3"]
    assert paragraph(content, "p-3").text.startswith(first)
    assert paragraph(content, "p-4").text.startswith(second)
    assert paragraph(content, "3").parent is None


def test_unpunctuated_ordinal_items_under_a_section_stay_text() -> None:
    content = (
        "تقرير الأمين العام\n\nأولا - مقدمة\n"
        "1 - يقدم هذا التقرير عملا بقرار الجمعية العامة 79/1.\n"
        "ثانيا - التوصيات\n2 - يوصي الأمين العام بما يلي:\n"
        "أولا - تعزيز التعاون الدولي\nثانيا - زيادة التمويل\n"
        "3 - ويرحب الأمين العام بالتقدم المحرز.\n"
    )
    assert anchors(content) == ["section-1", "1", "section-2", "2", "p-5", "p-6", "3"]
    assert paragraph(content, "3").parent == "section-2"


@pytest.mark.parametrize(
    "content",
    [
        "The General Assembly,\n\nI. Oceans\n\n1. Calls upon States to act;\n\n"
        "II. Fisheries\n\n2. Urges States to cooperate;\n",
        "إن الجمعية العامة،\n\nأولا - المحيطات\n\n1 - تهيب بالدول أن تتصرف؛\n\n"
        "ثانيا - مصائد الأسماك\n\n2 - تحث الدول على التعاون؛\n",
    ],
)
def test_section_headings_between_paragraphs_stay_headings(content: str) -> None:
    assert "section-1" in anchors(content)
