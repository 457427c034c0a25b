"""Paragraph parser: footnote references left in the text. pdftotext glues a raised digit to the
glyph before it and spaces it from the glyph after: after a Chinese ideograph ("国际人权法5 和
《宪章》"), after a comma before a year or a resolution's number ("11 July 2019,6 47/23",
"第 41/11 号、6 2021 年") and after a straight closing quotation mark ('"Governing AI for
Humanity"8 and') the reference stayed in the paragraph's text. Figures the sentence names stay.

A note a page break cut mid-sentence, where the separator is a graphic pdftotext leaves out, goes
on at the next page's foot: English glued that tail (and its URL) to the page's last paragraph,
Chinese made it a paragraph of its own. It is the note's, and dropped; a paragraph the page break
cut is still rejoined."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH_NOTES = "\n_______________\n  5 See resolution 2200 A (XXI), annex.\n  6 See A/74/53.\n"
CHINESE_NOTES = "\n_______________\n  5 见第 2200 A (XXI)号决议，附件。\n  6 见 A/74/53。\n"


def _texts(content: str) -> dict[str, str]:
    return {p.anchor: p.text for p in parse_document(content, "text").paragraphs}


@pytest.mark.parametrize(
    ("body", "notes", "expected"),
    [
        (
            "1.     Encourages States to respect international human rights law and the Charter"
            " of the United Nations;\n\n"
            "2.     Recalls its resolutions 41/11 of 11 July 2019,6 47/23 of 13 July 2021 and"
            " 53/29;\n",
            ENGLISH_NOTES,
            "Recalls its resolutions 41/11 of 11 July 2019, 47/23 of 13 July 2021 and 53/29;",
        ),
        (
            "1.     Recalls resolution 41/11,6 2021/3 and 53/29;\n",
            ENGLISH_NOTES,
            "Recalls resolution 41/11, 2021/3 and 53/29;",
        ),
        (
            "1.     鼓励各国尊重国际法；\n\n"
            "2.     回顾其 2019 年 7 月 11 日第 41/11 号、6 2021 年 7 月 13 日第 47/23 号决议；\n",
            CHINESE_NOTES,
            "回顾其 2019 年 7 月 11 日第 41/11 号、2021 年 7 月 13 日第 47/23 号决议；",
        ),
    ],
)
def test_a_reference_after_a_comma_before_a_year_or_a_resolution_number_is_removed(
    body: str, notes: str, expected: str
) -> None:
    texts = _texts(body + notes)

    assert expected in texts.values()


def test_a_reference_glued_to_an_ideograph_and_spaced_from_the_next_is_removed() -> None:
    texts = _texts(
        "1.     鼓励各国在尊重国际法，包括国际人权法5 和《宪章》的基础上，促进开放的环境；\n\n"
        "2.     重申仙台框架6 下的承诺，以及人权5 和基本自由；\n" + CHINESE_NOTES
    )

    assert texts == {
        "1": "鼓励各国在尊重国际法，包括国际人权法和《宪章》的基础上，促进开放的环境；",
        "2": "重申仙台框架下的承诺，以及人权和基本自由；",
    }


def test_a_reference_after_a_straight_closing_quotation_mark_is_removed() -> None:
    texts = _texts(
        'Recalling the report entitled "Governing AI for Humanity"5 and its recommendations,\n\n'
        '1.     Welcomes the "Pact for the Future"6 and its annexes;\n' + ENGLISH_NOTES
    )

    assert texts == {
        "pp1": 'Recalling the report entitled "Governing AI for Humanity" and its recommendations,',
        "1": 'Welcomes the "Pact for the Future" and its annexes;',
    }


@pytest.mark.parametrize(
    "text",
    [
        # Figures the sentence names: spaced on both sides, glued on both, after a word a figure
        # numbers, before a counter, or before an "and" naming another figure.
        "注意到目标3 和目标4 以及附件5 所载内容；",
        "注意到第5 段和表6 所列数据，另有5 个国家，以及 2019 年、6 个区域；",
        "回顾目标5和 2030 年议程；",
        "注意到有6 多个国家，比例为5 比 6；",
        # Inches, an opening quotation mark, a number the sentence goes on with after a comma.
        'Notes that 12"5 screens and the "5 principles" remain;',
        "Notes that in 2019,5 000 people and 6,6 200 more took part;",
    ],
)
def test_figures_the_sentence_names_stay(text: str) -> None:
    texts = _texts("1.     " + text + "\n" + (CHINESE_NOTES if text[0] > "~" else ENGLISH_NOTES))

    assert texts == {"1": text}


# A note cut by the page break, where the separator is a graphic pdftotext leaves out: it goes on
# at the next page's foot, in the note area, below a blank line and above the page furniture.
_BODY = " " * 18
_NOTE = " " * 19
_NOTE_TEXT = " " * 21
_PAGE_BREAK = "\n\n\n2/6" + " " * 80 + "25-13579\n" + " " * 88 + "A/80/345\n\n"
_PAGE_FOOT = "\n\n25-13579" + " " * 80 + "3/6\n"


def _spilled(
    first_page: list[str], note: list[str], second_page: list[str], tail: list[str], after: str
) -> str:
    return (
        "\n".join(first_page)
        + "\n\n\n\n"
        + "\n".join(note)
        + _PAGE_BREAK
        + "\n".join(second_page)
        + "\n\n\n\n"
        + "\n".join(tail)
        + "\n"
        + after
    )


ENGLISH_FIRST_PAGE = [
    f"{_BODY}1.     The present report draws on consultations with Member States and civil",
    f"{_BODY}society,1 as well as on the work of the Advisory Body.",
    "",
    f"{_BODY}2.     The report is structured as follows.",
]
ENGLISH_NOTE = [
    f"{_NOTE}1 Written submissions were received from 42 Member States, 61 academic institutions",
    f"{_NOTE_TEXT}and 88 civil",
]
ENGLISH_SECOND_PAGE = [
    f"{_BODY}3.     Computing capacity remains highly concentrated.2",
    "",
    f"{_BODY}4.     The divide is compounded by gaps in skills and data.",
]
ENGLISH_TAIL = [
    f"{_NOTE_TEXT}society organizations. All submissions are available at",
    f"{_NOTE_TEXT}https://www.un.org/submissions.",
]
CHINESE_FIRST_PAGE = [
    f"{_BODY}1.     本报告借鉴了与会员国和民间社会进行的协商，1 并借鉴了咨询机构的工作。",
    "",
    f"{_BODY}2.     本报告结构如下。",
]
CHINESE_NOTE = [
    f"{_NOTE}1 收到了 42 个会员国、61 个学术机构",
    f"{_NOTE_TEXT}和 88 个民间",
]
CHINESE_SECOND_PAGE = [
    f"{_BODY}3.     计算能力仍然高度集中。2",
    "",
    f"{_BODY}4.     技能和数据方面的差距加剧了这一鸿沟。",
]
CHINESE_TAIL = [
    f"{_NOTE_TEXT}社会组织的书面意见。所有意见均可在以下网址查阅：",
    f"{_NOTE_TEXT}https://www.un.org/submissions。",
]
ENGLISH_READING = {
    "1": "The present report draws on consultations with Member States and civil society, as"
    " well as on the work of the Advisory Body.",
    "2": "The report is structured as follows.",
    "3": "Computing capacity remains highly concentrated.2",
    "4": "The divide is compounded by gaps in skills and data.",
}
CHINESE_READING = {
    "1": "本报告借鉴了与会员国和民间社会进行的协商，并借鉴了咨询机构的工作。",
    "2": "本报告结构如下。",
    "3": "计算能力仍然高度集中。2",
    "4": "技能和数据方面的差距加剧了这一鸿沟。",
}


def _flat(content: str) -> str:
    """As plain pdftotext prints it, without the layout's indents."""
    return "\n".join(line.strip() for line in content.split("\n"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            _spilled(
                ENGLISH_FIRST_PAGE, ENGLISH_NOTE, ENGLISH_SECOND_PAGE, ENGLISH_TAIL, _PAGE_FOOT
            ),
            ENGLISH_READING,
        ),
        (
            _spilled(
                CHINESE_FIRST_PAGE, CHINESE_NOTE, CHINESE_SECOND_PAGE, CHINESE_TAIL, _PAGE_FOOT
            ),
            CHINESE_READING,
        ),
        # The note cut on its first line: its text starts past its number.
        (
            _spilled(
                CHINESE_FIRST_PAGE,
                [f"{_NOTE}1 收到了 42 个会员国、61 个学术机构和 88 个民间"],
                CHINESE_SECOND_PAGE,
                CHINESE_TAIL,
                _PAGE_FOOT,
            ),
            CHINESE_READING,
        ),
        # The text's end, or a form feed, closes the page.
        (
            _spilled(ENGLISH_FIRST_PAGE, ENGLISH_NOTE, ENGLISH_SECOND_PAGE, ENGLISH_TAIL, ""),
            ENGLISH_READING,
        ),
        (
            _spilled(
                ENGLISH_FIRST_PAGE, ENGLISH_NOTE, ENGLISH_SECOND_PAGE, ENGLISH_TAIL, ""
            ).replace(_PAGE_BREAK, "\n\f"),
            ENGLISH_READING,
        ),
        # Without the layout's indents, the English note goes on in lower case.
        (
            _flat(
                _spilled(
                    ENGLISH_FIRST_PAGE, ENGLISH_NOTE, ENGLISH_SECOND_PAGE, ENGLISH_TAIL, _PAGE_FOOT
                )
            ),
            ENGLISH_READING,
        ),
    ],
)
def test_a_note_cut_by_the_page_goes_on_at_the_next_page_foot(
    content: str, expected: dict[str, str]
) -> None:
    paragraphs = parse_document(content, "text").paragraphs

    assert {p.anchor: p.text for p in paragraphs} == expected
    assert {p.kind for p in paragraphs} == {"operative"}
    assert {p.parent for p in paragraphs} == {None}


@pytest.mark.parametrize(
    ("first_page", "note", "second_page", "tail", "next_note", "expected"),
    [
        (
            ENGLISH_FIRST_PAGE,
            ENGLISH_NOTE,
            ENGLISH_SECOND_PAGE,
            ENGLISH_TAIL,
            "2 See A/79/100.",
            ENGLISH_READING,
        ),
        (
            CHINESE_FIRST_PAGE,
            CHINESE_NOTE,
            CHINESE_SECOND_PAGE,
            CHINESE_TAIL,
            "2 见 A/79/100。",
            CHINESE_READING,
        ),
    ],
)
def test_the_next_note_below_the_cut_note_is_read_as_a_note(
    first_page: list[str],
    note: list[str],
    second_page: list[str],
    tail: list[str],
    next_note: str,
    expected: dict[str, str],
) -> None:
    content = _spilled(first_page, note, second_page, tail, f"{_NOTE}{next_note}{_PAGE_FOOT}")

    texts = {p.anchor: p.text for p in parse_document(content, "text").paragraphs}

    assert texts == {**expected, "3": expected["3"].removesuffix("2")}


@pytest.mark.parametrize(
    ("first_page", "note", "second_page", "tail", "expected"),
    [
        # A paragraph the page break cut goes on at the next page's top, below its furniture.
        (
            [
                *ENGLISH_FIRST_PAGE[:3],
                f"{_BODY}2.     The report is structured as follows: section II describes the",
            ],
            ENGLISH_NOTE,
            [f"{_BODY}context and section III the options.", "", *ENGLISH_SECOND_PAGE],
            ENGLISH_TAIL,
            {
                **ENGLISH_READING,
                "2": "The report is structured as follows: section II describes the context and"
                " section III the options.",
            },
        ),
        (
            [*CHINESE_FIRST_PAGE[:2], f"{_BODY}2.     本报告结构如下：第二节介绍背景，第三节"],
            CHINESE_NOTE,
            [f"{_BODY}介绍各种选项。", "", *CHINESE_SECOND_PAGE],
            CHINESE_TAIL,
            {**CHINESE_READING, "2": "本报告结构如下：第二节介绍背景，第三节介绍各种选项。"},
        ),
    ],
)
def test_a_paragraph_cut_by_the_page_is_rejoined_and_the_cut_note_dropped(
    first_page: list[str],
    note: list[str],
    second_page: list[str],
    tail: list[str],
    expected: dict[str, str],
) -> None:
    content = _spilled(first_page, note, second_page, tail, _PAGE_FOOT)

    texts = {p.anchor: p.text for p in parse_document(content, "text").paragraphs}

    assert texts == expected


@pytest.mark.parametrize(
    ("first_page", "note", "second_page", "last_lines", "expected"),
    [
        # The page's own last paragraph, set as the text is.
        (
            ENGLISH_FIRST_PAGE,
            ENGLISH_NOTE,
            ENGLISH_SECOND_PAGE,
            [f"{_BODY}Further work is needed on data governance and on skills."],
            "Further work is needed on data governance and on skills.",
        ),
        (
            CHINESE_FIRST_PAGE,
            CHINESE_NOTE,
            CHINESE_SECOND_PAGE,
            [f"{_BODY}我们还需要在数据治理和技能方面开展更多工作。"],
            "我们还需要在数据治理和技能方面开展更多工作。",
        ),
        # A Chinese paragraph's first line indented as deep as the note's text: its next line
        # is shallower.
        (
            CHINESE_FIRST_PAGE,
            CHINESE_NOTE,
            CHINESE_SECOND_PAGE,
            [
                f"{_NOTE_TEXT}我们还需要在数据治理和技能方面开展更多工作，以便缩小差距，并促进",
                f"{_BODY}所有国家的包容性发展。",
            ],
            "我们还需要在数据治理和技能方面开展更多工作，以便缩小差距，并促进所有国家的包容性发展。",
        ),
    ],
)
def test_the_last_paragraph_of_a_page_below_a_cut_note_stays(
    first_page: list[str],
    note: list[str],
    second_page: list[str],
    last_lines: list[str],
    expected: str,
) -> None:
    content = _spilled(first_page, note, second_page, last_lines, _PAGE_FOOT)

    last = parse_document(content, "text").paragraphs[-1]

    assert (last.anchor, last.kind, last.parent, last.text) == ("p-5", "unnumbered", None, expected)


def test_lower_case_below_a_finished_note_keeps_its_reading() -> None:
    finished_note = [f"{_NOTE}1 Written submissions were received from 42 Member States."]
    content = _spilled(
        ENGLISH_FIRST_PAGE, finished_note, ENGLISH_SECOND_PAGE, ENGLISH_TAIL, _PAGE_FOOT
    )

    last = parse_document(content, "text").paragraphs[-1]

    assert (last.anchor, last.text) == (
        "4",
        "The divide is compounded by gaps in skills and data. society organizations. All"
        " submissions are available at https://www.un.org/submissions.",
    )


@pytest.mark.parametrize(
    ("first_page", "note", "second_page", "expected"),
    [
        # Cut at the page's foot, the paragraph goes on at the next page's top.
        (
            [
                *ENGLISH_FIRST_PAGE[:3],
                f"{_BODY}2.     The report is structured as follows: section II describes the",
            ],
            ENGLISH_NOTE,
            [f"{_BODY}context and section III the options."],
            "The report is structured as follows: section II describes the context and section"
            " III the options.",
        ),
        (
            [*CHINESE_FIRST_PAGE[:2], f"{_BODY}2.     本报告结构如下：第二节介绍背景，第三节"],
            CHINESE_NOTE,
            [f"{_BODY}介绍各种选项。"],
            "本报告结构如下：第二节介绍背景，第三节介绍各种选项。",
        ),
        # Left unfinished above a blank line at the page's foot, the paragraph goes on below it.
        (
            ENGLISH_FIRST_PAGE,
            ENGLISH_NOTE,
            [f"{_BODY}3.     The divide is compounded by gaps in skills and", f"{_BODY}data."],
            "The divide is compounded by gaps in skills and data.",
        ),
    ],
)
def test_a_paragraph_going_on_below_a_cut_note_keeps_its_words(
    first_page: list[str], note: list[str], second_page: list[str], expected: str
) -> None:
    # The page's last line set apart as the note's would be.
    content = _spilled(first_page, note, second_page[:-1], second_page[-1:], _PAGE_FOOT)

    texts = [p.text for p in parse_document(content, "text").paragraphs]

    assert texts[-1] == expected
