"""Paragraph parser, Arabic texts read as their English versions are, so that every language
version of a document gives the same anchors (a translation with other anchors is refused)."""

from __future__ import annotations

import pytest

from consultations.anchoring import TextQuote, quote_as_printed
from consultations.parser import Format, parse_document


def _paragraphs(text: str, fmt: Format = "text") -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(text, fmt).paragraphs]


def _anchors(text: str, fmt: Format = "text") -> list[str]:
    return [anchor for anchor, _ in _paragraphs(text, fmt)]


def _marked_resolution(before: str, after: str) -> str:
    return (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n"
        f"{before}1{after} - تطلب إلى الأمين العام:\n\n"
        f"{before}(أ){after} أن يعد تقريرا؛\n\n"
        f"{before}(ب){after} أن يقدم التقرير؛\n\n"
        f"{before}2{after} - تقرر أن تبقي المسألة قيد نظرها.\n"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [("\u061c", ""), ("\u2067", "\u2069"), ("\u2066", "\u2069"), ("\u2068", "\u2069")],
    ids=["arabic-letter-mark", "rli", "lri", "fsi"],
)
def test_arabic_letter_marks_and_bidi_isolates_do_not_hide_the_numbering(
    before: str, after: str
) -> None:
    paragraphs = _paragraphs(_marked_resolution(before, after))
    assert [anchor for anchor, _ in paragraphs] == ["p-1", "pp1", "1", "1.a", "1.b", "2"]
    assert all(mark not in text for _, text in paragraphs for mark in before + after)


def test_a_quote_copied_with_the_invisible_marks_matches_the_stored_text() -> None:
    texts = dict(_paragraphs(_marked_resolution("\u2067", "\u2069")))
    quote = TextQuote("تقرر أن \u061cتبقي المسألة", None, None)
    printed = quote_as_printed(quote, texts["2"])
    assert printed is not None
    assert printed.exact == "تقرر أن تبقي المسألة"


_NOTES_ACROSS_A_PAGE = {
    "en": (
        "1.   Decides to convene a meeting.1\n\n"
        "2.   Encourages all stakeholders2 to bridge the digital divides, including the gender\n"
        "__________________\n1   See A/60/687.\n2   E/CN.16/2025/2.\n\n"
        "25-12345                                   3/5\nE/RES/2025/15\n\n"
        "digital divide, and to report thereon;\n\n3.   Requests a report.\n"
    ),
    "ar": (
        "1 -   يقرر عقد اجتماع(1).\n\n"
        "2 -   يشجع جميع أصحاب المصلحة(2) على سد الفجوات الرقمية، بما في ذلك الفجوة\n"
        "__________________\n(1)   انظر A/60/687.\n(2)   E/CN.16/2025/2.\n\n"
        "25-12345                                   3/5\nE/RES/2025/15\n\n"
        "الرقمية بين الجنسين، وتقديم تقارير عن ذلك؛\n\n3 -   يطلب تقريرا.\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_note_that_is_only_a_document_symbol_is_a_note(language: str) -> None:
    paragraphs = dict(_paragraphs(_NOTES_ACROSS_A_PAGE[language]))
    assert list(paragraphs) == ["1", "2", "3"]
    assert "E/CN.16" not in paragraphs["2"]
    assert "(2)" not in paragraphs["2"]
    assert paragraphs["2"].endswith(("report thereon;", "تقارير عن ذلك؛"))


@pytest.mark.parametrize(
    ("chapeau", "paragraph", "operative", "note"),
    [
        (
            "The Economic and Social Council,",
            "Taking note of the report of the Secretary-General,1",
            "1.   Requests a report.",
            "1   E/CN.16/2025/2.",
        ),
        (
            "إن المجلس الاقتصادي والاجتماعي،",
            "وإذ يحيط علما بتقرير الأمين العام(1)،",
            "1 -   يطلب إلى الأمين العام أن يقدم تقريرا.",
            "(1)   E/CN.16/2025/2.",
        ),
    ],
    ids=["en", "ar"],
)
def test_a_single_symbol_note_above_the_page_foot_is_dropped(
    chapeau: str, paragraph: str, operative: str, note: str
) -> None:
    text = f"{chapeau}\n\n{paragraph}\n\n{operative}\n__________________\n{note}\n\n25-12345\n"
    paragraphs = _paragraphs(text)
    assert [anchor for anchor, _ in paragraphs] == ["p-1", "pp1", "1"]
    assert dict(paragraphs)["pp1"] in (
        "Taking note of the report of the Secretary-General,",
        "وإذ يحيط علما بتقرير الأمين العام،",
    )


_WRAPPED_AT_A_COLON = {
    "en-quoted": (
        "The General Assembly,\nRecalling its resolution 70/1,\n"
        "1. Decides to adopt the document entitled “Transforming our world:\n"
        "the 2030 Agenda for Sustainable Development”;\n"
        "2. Requests the Secretary-General to submit a report.\n"
    ),
    "ar-quoted": (
        "إن الجمعية العامة،\nإذ تشير إلى قرارها 70/1،\n"
        "1 - تقرر أن تعتمد الوثيقة المعنونة ”تحويل عالمنا:\n"
        "خطة التنمية المستدامة لعام 2030“؛\n"
        "2 - تطلب إلى الأمين العام تقديم تقرير.\n"
    ),
    "ar-quoted-as-english": (
        "إن الجمعية العامة،\nإذ تشير إلى قرارها 70/1،\n"
        "1 - تقرر أن تعتمد الوثيقة المعنونة “تحويل عالمنا:\n"
        "خطة التنمية المستدامة لعام 2030”؛\n"
        "2 - تطلب إلى الأمين العام تقديم تقرير.\n"
    ),
    "en": (
        "The General Assembly,\nRecalling its resolution 70/1,\n"
        "1. Decides to consider the following at its next session:\n"
        "the report of the Secretary-General on the implementation of the present resolution;\n"
        "2. Requests the Secretary-General to submit a report.\n"
    ),
    "ar": (
        "إن الجمعية العامة،\nإذ تشير إلى قرارها 70/1،\n"
        "1 - تقرر أن تنظر في ما يلي في دورتها المقبلة:\n"
        "تقرير الأمين العام عن تنفيذ هذا القرار؛\n"
        "2 - تطلب إلى الأمين العام تقديم تقرير.\n"
    ),
    "ar-wrapped": (
        "إن الجمعية العامة،\nإذ تشير إلى قرارها 70/1،\n"
        "1 - تقرر أن تنظر في ما يلي في دورتها المقبلة:\n"
        "تقرير الأمين العام عن تنفيذ هذا القرار والتوصيات\nالواردة فيه؛\n"
        "2 - تطلب إلى الأمين العام تقديم تقرير.\n"
    ),
}


@pytest.mark.parametrize("case", list(_WRAPPED_AT_A_COLON))
def test_a_line_wrapped_after_a_colon_goes_on(case: str) -> None:
    paragraphs = _paragraphs(_WRAPPED_AT_A_COLON[case])
    assert [anchor for anchor, _ in paragraphs] == ["p-1", "pp1", "1", "2"]
    assert paragraphs[2][1].endswith(
        ("Development”;", "2030“؛", "2030”؛", "resolution;", "القرار؛", "فيه؛")
    )


@pytest.mark.parametrize(
    "below",
    [
        # A list's entries, each a line.
        "تقرير الأمين العام عن تنفيذ هذا القرار؛\nتقرير اللجنة الاستشارية.",
        # A title, unpunctuated.
        "تقرير الأمين العام عن تنفيذ هذا القرار",
    ],
    ids=["list", "title"],
)
def test_an_arabic_list_or_title_below_a_colon_stands_apart(below: str) -> None:
    text = (
        "إن الجمعية العامة،\nإذ تشير إلى قرارها 70/1،\n"
        f"1 - تقرر أن تنظر في ما يلي في دورتها المقبلة:\n{below}\n"
        "2 - تطلب إلى الأمين العام تقديم تقرير.\n"
    )
    paragraphs = _paragraphs(text)
    assert paragraphs[2] == ("1", "تقرر أن تنظر في ما يلي في دورتها المقبلة:")
    assert [anchor for anchor, _ in paragraphs][-1] == "2"
    assert len(paragraphs) == 5 + below.count("\n")


_CHAPTERS = {
    "en": "Chapter I\n\nGeneral provisions\n\n1. First text.\n\nChapter II\n\nSessions\n\n"
    "2. Second text.\n",
    "ar": "الفصل الأول\n\nأحكام عامة\n\n1 - النص الأول.\n\nالفصل الثاني\n\nالدورات\n\n"
    "2 - النص الثاني.\n",
    "ar-part": "الجزء الأول\n\nأحكام عامة\n\n1 - النص الأول.\n\nالجزء الثاني\n\nالدورات\n\n"
    "2 - النص الثاني.\n",
    "ar-dash": "الفصل الأول - أحكام عامة\n\n1 - النص الأول.\n\nالفصل الثاني - الدورات\n\n"
    "2 - النص الثاني.\n",
}


@pytest.mark.parametrize("case", list(_CHAPTERS))
def test_arabic_chapters_and_parts_are_sections(case: str) -> None:
    paragraphs = parse_document(_CHAPTERS[case]).paragraphs
    assert [p.anchor for p in paragraphs] == ["section-1", "1", "section-2", "2"]
    assert [p.text for p in paragraphs if p.kind == "heading"] in (
        ["General provisions", "Sessions"],
        ["أحكام عامة", "الدورات"],
    )


def test_an_arabic_chapter_twelve_reads_its_compound_ordinal() -> None:
    lines = [
        "الفصل الحادي عشر",
        "أحكام عامة",
        "1 - النص.",
        "الفصل الثاني عشر",
        "الدورات",
        "2 - النص.",
    ]
    text = "\n\n".join(lines) + "\n"
    assert _anchors(text) == ["section-11", "1", "section-12", "2"]


def test_a_sentence_opening_with_an_arabic_chapter_is_no_heading() -> None:
    text = "1 - النص الأول.\n\nالفصل الأول من الميثاق يحدد المقاصد.\n\n2 - النص الثاني.\n"
    assert _anchors(text) == ["1", "p-2", "2"]


@pytest.mark.parametrize(
    ("text", "fmt", "label", "title"),
    [
        (
            "Annex I – Global Digital Compact\n\n1. We commit.\n",
            "text",
            "Annex I",
            "Global Digital Compact",
        ),
        (
            "Annexe I – Pacte numérique mondial\n\n1. Nous nous engageons.\n",
            "text",
            "Annexe I",
            "Pacte numérique mondial",
        ),
        (
            "المرفق الأول - الاتفاق الرقمي العالمي\n\n1 - نلتزم.\n",
            "text",
            "المرفق الأول",
            "الاتفاق الرقمي العالمي",
        ),
        (
            "## المرفق الأول - الاتفاق الرقمي العالمي\n\n1 - نلتزم.\n",
            "markdown",
            "المرفق الأول",
            "الاتفاق الرقمي العالمي",
        ),
    ],
    ids=["en", "fr", "ar", "ar-md"],
)
def test_an_annex_title_after_a_dash_drops_the_dash(
    text: str, fmt: Format, label: str, title: str
) -> None:
    annex, paragraph = parse_document(text, fmt).paragraphs
    assert (annex.anchor, annex.label, annex.text) == ("annex-1", label, title)
    assert paragraph.anchor == "annex-1/1"


@pytest.mark.parametrize(
    ("paragraph", "cleaned"),
    [
        ("إذ يشير إلى القرار 60/252(1)،", "إذ يشير إلى القرار 60/252،"),
        ("إذ يشير إلى القرار 60/252(1) المؤرخ 27 آذار/مارس 2006،", None),
        (
            "وإذ يشير إلى مؤتمر القمة المعقود في عام 2005(1)،",
            "وإذ يشير إلى مؤتمر القمة المعقود في عام 2005،",
        ),
    ],
    ids=["resolution", "resolution-before-a-word", "year"],
)
def test_an_arabic_note_reference_glued_to_a_number_is_removed(
    paragraph: str, cleaned: str | None
) -> None:
    text = (
        f"إن الجمعية العامة،\n\n{paragraph}\n\n1 - يقرر عقد اجتماع.\n"
        "__________________\n(1) انظر A/60/687.\n"
    )
    paragraphs = dict(_paragraphs(text))
    assert list(paragraphs) == ["p-1", "pp1", "1"]
    expected = cleaned or paragraph.replace("(1)", "")
    assert paragraphs["pp1"] == expected


def test_a_number_in_parentheses_with_no_such_note_stays() -> None:
    text = "إن الجمعية العامة،\n\nإذ يشير إلى القرار 60/252(2)،\n\n1 - يقرر عقد اجتماع.\n"
    assert dict(_paragraphs(text))["pp1"] == "إذ يشير إلى القرار 60/252(2)،"
