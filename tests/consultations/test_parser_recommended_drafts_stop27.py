"""Paragraph parser: the draft resolution a committee report recommends, printed without blank
lines (a Second Committee report, A/80/544/Add.1, as plain pdftotext prints it). The draft's
title, right below the report's "…the adoption of the following draft resolution:" /
"…通过以下决议草案：", is a heading, never the first words of the chapeau "The General
Assembly," / "大会，" below it; the draft is a text of its own, its preamble and paragraphs
numbered in a new part (``part-2/pp1``, ``part-2/1``, ``part-2/2.a``), as where blank lines set
the title apart, in English and Chinese alike."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import anchors, paragraph, parsed_rows

_TITLE_EN = "Information and communications technologies for sustainable development"
_TITLE_ZH = "信息和通信技术促进可持续发展"

_PLAIN_EN = (
    "III. Recommendation of the Second Committee\n"
    "6. The Second Committee recommends to the General Assembly the adoption of the\n"
    "following draft resolution:\n"
    "{title}\n"
    "The General Assembly,\n"
    "Recalling its resolution 80/173 of 16 December 2025,\n"
    "Recognizing the need to bridge digital divides,\n"
    "1. Takes note of the report of the Secretary-General;\n"
    "2. Calls upon all stakeholders:\n"
    "(a) To promote affordable access to information and communications technologies;\n"
    "(b) To support the work of the Global Dialogue on Artificial Intelligence Governance;\n"
    "3. Decides to include in the provisional agenda of its eighty-first session the item\n"
    "entitled “Information and communications technologies for sustainable development”.\n"
)
_PLAIN_ZH = (
    "三. 第二委员会的建议\n"
    "6. 第二委员会建议大会通过以下决议草案：\n"
    "{title}\n"
    "大会，\n"
    "回顾其2025年12月16日第80/173号决议，\n"
    "认识到需要弥合数字鸿沟，\n"
    "1. 注意到秘书长的报告；\n"
    "2. 吁请所有利益攸关方：\n"
    "(a) 促进以负担得起的价格获取信息和通信技术；\n"
    "(b) 支持人工智能治理全球对话的工作；\n"
    "3. 决定将题为“信息和通信技术促进可持续发展”的项目列入大会第八十一届会议\n"
    "临时议程。\n"
)

# The report's paragraphs before its recommendation, the draft's title quoted in paragraph 2
# (wrapped in English, on one line in Chinese).
_REPORT_EN = (
    "I. Introduction\n"
    "1. The Second Committee held a substantive debate on agenda item 16 (see\n"
    "A/80/544, para. 2). Action on the item was taken at the 25th meeting, on 20 November\n"
    "2025.\n"
    "II. Consideration of draft resolution A/C.2/80/L.30\n"
    "2. At its 25th meeting, on 20 November 2025, the Committee had before it a draft\n"
    "resolution entitled “Information and communications technologies for sustainable\n"
    "development” (A/C.2/80/L.30), submitted by Iraq on behalf of the Group of 77 and China.\n"
    "3. At the same meeting, the Committee adopted draft resolution A/C.2/80/L.30 by a\n"
    "recorded vote of 165 to 2, with 3 abstentions (see para. 6).\n"
    "4. Before the vote, the representative of the United States made a statement.\n"
    "5. After the vote, statements were made by the representatives of Mexico and Japan.\n"
)
_REPORT_ZH = (
    "一. 导言\n"
    "1. 第二委员会就议程项目16进行了实质性辩论（见A/80/544，第2段）。委员会于\n"
    "2025年11月20日第25次会议就该项目采取了行动。\n"
    "二. 审议决议草案A/C.2/80/L.30\n"
    "2. 委员会2025年11月20日第25次会议收到伊拉克代表77国集团和中国提交的题为\n"
    "“信息和通信技术促进可持续发展”的决议草案（A/C.2/80/L.30）。\n"
    "3. 在同次会议上，委员会以165票对2票、3票弃权的记录表决结果通过了决议草案\n"
    "A/C.2/80/L.30（见第6段）。\n"
    "4. 在表决前，美国代表发了言。\n"
    "5. 在表决后，墨西哥和日本代表发了言。\n"
)

_DRAFT_ANCHORS = [
    "part-2/pp1",
    "part-2/pp2",
    "part-2/1",
    "part-2/2",
    "part-2/2.a",
    "part-2/2.b",
    "part-2/3",
]


def _rows_en(title: str) -> list[tuple[str, str, str | None, str]]:
    return [
        ("section-3", "heading", None, "Recommendation of the Second Committee"),
        (
            "6",
            "operative",
            "section-3",
            "The Second Committee recommends to the General Assembly the adoption of the "
            "following draft resolution:",
        ),
        ("p-3", "heading", "section-3", title),
        ("p-4", "unnumbered", "p-3", "The General Assembly,"),
        ("part-2/pp1", "preamble", "p-3", "Recalling its resolution 80/173 of 16 December 2025,"),
        ("part-2/pp2", "preamble", "p-3", "Recognizing the need to bridge digital divides,"),
        ("part-2/1", "operative", "p-3", "Takes note of the report of the Secretary-General;"),
        ("part-2/2", "operative", "p-3", "Calls upon all stakeholders:"),
        (
            "part-2/2.a",
            "subparagraph",
            "part-2/2",
            "To promote affordable access to information and communications technologies;",
        ),
        (
            "part-2/2.b",
            "subparagraph",
            "part-2/2",
            "To support the work of the Global Dialogue on Artificial Intelligence Governance;",
        ),
        (
            "part-2/3",
            "operative",
            "p-3",
            "Decides to include in the provisional agenda of its eighty-first session the item "
            "entitled “Information and communications technologies for sustainable development”.",
        ),
    ]


def test_english_draft_without_blank_lines_is_a_text_of_its_own() -> None:
    content = _PLAIN_EN.format(title=_TITLE_EN)
    assert parsed_rows(content) == _rows_en(_TITLE_EN)


def test_english_draft_with_a_title_wrapped_over_two_lines() -> None:
    title = "Information and communications technologies and artificial intelligence for"
    content = _PLAIN_EN.format(title=f"{title}\nsustainable development")
    assert parsed_rows(content) == _rows_en(f"{title} sustainable development")


def test_chinese_draft_without_blank_lines_is_a_text_of_its_own() -> None:
    content = _PLAIN_ZH.format(title=_TITLE_ZH)
    assert parsed_rows(content) == [
        ("section-3", "heading", None, "第二委员会的建议"),
        ("6", "operative", "section-3", "第二委员会建议大会通过以下决议草案："),
        ("p-3", "heading", "section-3", _TITLE_ZH),
        ("p-4", "unnumbered", "p-3", "大会，"),
        ("part-2/pp1", "preamble", "p-3", "回顾其2025年12月16日第80/173号决议，"),
        ("part-2/pp2", "preamble", "p-3", "认识到需要弥合数字鸿沟，"),
        ("part-2/1", "operative", "p-3", "注意到秘书长的报告；"),
        ("part-2/2", "operative", "p-3", "吁请所有利益攸关方："),
        ("part-2/2.a", "subparagraph", "part-2/2", "促进以负担得起的价格获取信息和通信技术；"),
        ("part-2/2.b", "subparagraph", "part-2/2", "支持人工智能治理全球对话的工作；"),
        (
            "part-2/3",
            "operative",
            "p-3",
            "决定将题为“信息和通信技术促进可持续发展”的项目列入大会第八十一届会议临时议程。",
        ),
    ]


def test_english_and_chinese_reports_number_the_draft_alike() -> None:
    english = _REPORT_EN + _PLAIN_EN.format(title=_TITLE_EN)
    chinese = _REPORT_ZH + _PLAIN_ZH.format(title=_TITLE_ZH)
    assert anchors(english) == anchors(chinese)
    assert anchors(english)[-7:] == _DRAFT_ANCHORS
    heading_path = list(paragraph(english, "part-2/1").heading_path)
    assert heading_path == ["III. Recommendation of the Second Committee", _TITLE_EN]
    assert list(paragraph(chinese, "part-2/1").heading_path) == ["三. 第二委员会的建议", _TITLE_ZH]


# Near misses, read the same with or without the rule.


def test_blank_lines_around_the_title_still_set_it_apart() -> None:
    content = _PLAIN_EN.format(title=f"\n{_TITLE_EN}\n")
    assert parsed_rows(content) == _rows_en(_TITLE_EN)


def test_layout_copy_still_sets_the_title_apart() -> None:
    content = (
        " III. Recommendation of the Second Committee\n"
        "         6.    The Second Committee recommends to the General Assembly the adoption of\n"
        "       the following draft resolution:\n"
        "\n"
        "\n"
        f"                  {_TITLE_EN}\n"
        "\n"
        "                     The General Assembly,\n"
        "                     Recalling its resolution 80/173 of 16 December 2025,\n"
        "                     Recognizing the need to bridge digital divides,\n"
        "                     1.    Takes note of the report of the Secretary-General;\n"
        "                     2.    Calls upon all stakeholders:\n"
        "                           (a)   To promote affordable access to information and"
        " communications\n"
        "                technologies;\n"
        "                           (b)   To support the work of the Global Dialogue on"
        " Artificial Intelligence\n"
        "                Governance;\n"
        "                     3.    Decides to include in the provisional agenda of its"
        " eighty-first session\n"
        "                the item entitled “Information and communications technologies for"
        " sustainable\n"
        "                development”.\n"
    )
    assert anchors(content) == ["section-3", "6", "p-3", "p-4", *_DRAFT_ANCHORS]
    assert paragraph(content, "p-3").kind == "heading"


@pytest.mark.parametrize(
    ("content", "title"),
    [
        (_PLAIN_EN.split("\n", 3)[3].format(title=_TITLE_EN), _TITLE_EN),
        (_PLAIN_ZH.split("\n", 2)[2].format(title=_TITLE_ZH), _TITLE_ZH),
    ],
)
def test_a_resolution_issued_alone_keeps_its_title_as_front_matter(
    content: str, title: str
) -> None:
    # No report's paragraph above it: the title is front matter and the resolution is the text.
    assert anchors(content) == ["p-1", "pp1", "pp2", "1", "2", "2.a", "2.b", "3"]
    assert title not in [p[3] for p in parsed_rows(content)]
