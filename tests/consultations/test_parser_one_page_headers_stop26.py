"""Paragraph parser: a running header printed on one page only was glued into the paragraph
above it: an ITU resolution's, its page's number with the conference and the resolution ("12
PP-22 – Resolution 102", "12    PP-22 – 第 102 号决议") after a form feed or below the page
before's number, and a UN document's symbol with the title its first page prints ("A/80/123" +
"Information and communications technologies for sustainable development") after a form feed
with no page number near it. Now such a header is dropped and the paragraph goes on across
the page; a line that merely stands there stays the text's own."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

CHAPEAU = (
    "The Plenipotentiary Conference of the International Telecommunication Union "
    "(Bucharest, 2022),\n\n"
)
CHINESE_CHAPEAU = "国际电信联盟全权代表大会（2022 年，布加勒斯特），\n\n"
ITU_OUTLINE = [
    ("p-1", "unnumbered", None),
    ("pp1", "preamble", None),
    ("pp1.a", "subparagraph", "pp1"),
    ("pp2", "preamble", None),
    ("pp2.a", "subparagraph", "pp2"),
    ("pp2.b", "subparagraph", "pp2"),
    ("p-7", "unnumbered", None),
    ("p-7.1", "subparagraph", "p-7"),
]
ENGLISH_ITEM = "that ITU is the lead facilitator for action lines C2, C5 and C6 of the Geneva Plan"
CHINESE_ITEM = "国际电联是《日内瓦行动计划》C2、C5 和 C6 行动方面的牵头"


def _rows(content: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (found.anchor, found.kind, found.parent, found.text)
        for found in parse_document(content, "text").paragraphs
    ]


def _english_resolution(page_break: str) -> str:
    return (
        CHAPEAU + "recalling\n\na)      Resolution 101;\n\nconsidering\n\n"
        f"a)      {ENGLISH_ITEM}\n{page_break}        of Action;\n\n"
        "b)      that the United Nations General Assembly adopted resolution 70/125,\n\n"
        "resolves\n\n1       to continue the studies;\n"
    )


@pytest.mark.parametrize(
    "page_break",
    [
        "\f12    PP-22 – Resolution 102\n",
        "\f                                   PP-22 – Resolution 102        13\n",
        "\n                                  11\n\n12    PP-22 – Resolution 102\n\n",
        "\fWTSA-24 – Resolution 1\n",
    ],
    ids=["form-feed", "odd-page", "below-page-number", "wtsa"],
)
def test_an_itu_header_printed_once_atop_a_page_is_dropped(page_break: str) -> None:
    rows = _rows(_english_resolution(page_break))
    assert [row[:3] for row in rows] == ITU_OUTLINE
    assert rows[4][3] == f"{ENGLISH_ITEM} of Action;"


def test_a_chinese_itu_header_printed_once_atop_a_page_is_dropped() -> None:
    content = (
        CHINESE_CHAPEAU + "忆及\n\na)      第 101 号决议；\n\n考虑到\n\n"
        f"a)      {CHINESE_ITEM}\n\f12    PP-22 – 第 102 号决议\n推动方；\n\n"
        "b)      联合国大会通过了第 70/125 号决议，\n\n做出决议\n\n1       继续开展研究；\n"
    )
    rows = _rows(content)
    assert [row[:3] for row in rows] == ITU_OUTLINE
    assert rows[4][3] == f"{CHINESE_ITEM}推动方；"


ENGLISH_REPORT = (
    "United Nations                                     A/80/123\n"
    "General Assembly                                   Distr.: General\n"
    "                                                   1 August 2025\n\n"
    "Eightieth session\n\n"
    "  Information and communications technologies for sustainable development\n\n"
    "  Report of the Secretary-General\n\n"
    "  I. Introduction\n\n"
    "1. The present report is submitted pursuant to General Assembly resolution 79/200.\n\n"
    "2. Digital technologies continue to transform economies and societies, and the digital "
    "divide\nremains a challenge for developing countries,\n"
)
CHINESE_REPORT = (
    "联合国                                              A/80/123\n"
    "大    会                                             Distr.: General\n\n"
    "第八十届会议\n\n"
    "  信息和通信技术促进可持续发展\n\n"
    "  秘书长的报告\n\n"
    "  一. 导言\n\n"
    "1. 本报告是根据大会第 79/200 号决议提交的。\n\n"
    "2. 数字技术继续改变经济和社会，数字鸿沟对发展中国家而言仍然是一项挑战，\n"
)
ENGLISH_TITLE = "Information and communications technologies for sustainable development"
CHINESE_TITLE = "信息和通信技术促进可持续发展"


@pytest.mark.parametrize(
    ("content", "paragraph_2"),
    [
        (
            ENGLISH_REPORT + f"\fA/80/123\n{ENGLISH_TITLE}\n"
            "in particular the least developed countries.\n\n3. The report concludes.\n",
            "Digital technologies continue to transform economies and societies, and the "
            "digital divide remains a challenge for developing countries, in particular the "
            "least developed countries.",
        ),
        (
            ENGLISH_REPORT + "\f                                                       A/80/123\n\n"
            f"{ENGLISH_TITLE}\n\nin particular the least developed countries.\n\n"
            "3. The report concludes.\n",
            "Digital technologies continue to transform economies and societies, and the "
            "digital divide remains a challenge for developing countries, in particular the "
            "least developed countries.",
        ),
        (
            CHINESE_REPORT + f"\fA/80/123\n{CHINESE_TITLE}\n特别是最不发达国家。\n\n"
            "3. 报告最后提出了建议。\n",
            "数字技术继续改变经济和社会，数字鸿沟对发展中国家而言仍然是一项挑战，"
            "特别是最不发达国家。",
        ),
    ],
    ids=["en", "en-layout", "zh"],
)
def test_a_symbol_and_title_printed_once_after_a_form_feed_are_dropped(
    content: str, paragraph_2: str
) -> None:
    rows = _rows(content)
    assert [row[0] for row in rows] == ["section-1", "1", "2", "3"]
    assert rows[2][3] == paragraph_2


# Near misses, read as before: the conference's resolution named within a text, no page's top
# near it, and a line or a short heading below a page's symbol after a form feed that is no
# title the first page prints.
def test_an_itu_resolution_named_within_the_text_stays() -> None:
    content = (
        CHAPEAU + "recalling\n\na)      the Final Acts of the conference, as listed in\n"
        "PP-22 – Resolution 102\nand its annexes;\n\nresolves\n\n1       to continue the studies;\n"
    )
    assert _rows(content)[2][3] == (
        "the Final Acts of the conference, as listed in PP-22 – Resolution 102 and its annexes;"
    )


def test_a_line_below_a_pages_symbol_that_no_title_prints_stays() -> None:
    content = (
        ENGLISH_REPORT + "\fA/80/123\nUnited Nations entities and the private sector\n"
        "alike.\n\n3. The report concludes.\n"
    )
    assert _rows(content)[2][3] == (
        "Digital technologies continue to transform economies and societies, and the digital "
        "divide remains a challenge for developing countries, United Nations entities and the "
        "private sector alike."
    )


def test_a_heading_below_a_pages_symbol_after_a_form_feed_stays() -> None:
    content = (
        ENGLISH_REPORT + "in particular the least developed countries.\n"
        "\fA/80/123\nConclusions\n\n3. The report concludes.\n"
    )
    rows = _rows(content)
    assert rows[3][:2] == ("p-4", "heading")
    assert rows[3][3] == "Conclusions"
    assert rows[4][:3] == ("3", "operative", "p-4")
