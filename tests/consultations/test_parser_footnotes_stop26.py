"""Paragraph parser: footnote references left in the text. pdftotext glues a raised digit to the
glyph before it and spaces it from the glyph after: after a comma before a year or a
resolution's number ("11 July 2019,6 47/23", "第 41/11 号、6 2021 年") and after a straight
closing quotation mark ('"Governing AI for Humanity"8 and') the reference stayed in the
paragraph's text. Figures the sentence names stay, also those glued to the ideograph before them
and spaced from the next ("建议3 中", "为期3 天"): one after a plain ideograph is left in the
text, though a note of that number exists ("国际人权法5 和《宪章》"), a known limit."""

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
        "报告介绍了建议3 中提出的措施。原则5 的执行情况和附录6 载有名单。会议为期5 天。",
        # Inches, an opening quotation mark, a number the sentence goes on with after a comma.
        'Notes that 12"5 screens and the "5 principles" remain;',
        "Notes that in 2019,5 000 people and 6,6 200 more took part;",
    ],
)
def test_figures_the_sentence_names_stay(text: str) -> None:
    texts = _texts("1.     " + text + "\n" + (CHINESE_NOTES if text[0] > "~" else ENGLISH_NOTES))

    assert texts == {"1": text}
