"""Paragraph parser: structure a Chinese text prints its own way, read as the English one is."""

from __future__ import annotations

from consultations.parser import Format, ParsedParagraph, parse_document


def anchors(content: str, fmt: Format = "text") -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, fmt).paragraphs]


def paragraph(content: str, anchor: str, fmt: Format = "text") -> ParsedParagraph:
    paragraphs = parse_document(content, fmt).paragraphs
    return next(found for found in paragraphs if found.anchor == anchor)


def test_an_articles_items_numbered_yi_are_letters_under_an_unnumbered_lead_in() -> None:
    chinese = "第一条\n宗旨\n本公约的宗旨是：\n（一）促进国际合作；\n（二）提供技术援助。\n"
    english = (
        "Article 1\nPurposes\nThe purposes of this Convention are:\n"
        "(a) To promote international cooperation;\n(b) To provide technical assistance.\n"
    )
    expected = ["article-1", "p-2", "p-2.a", "p-2.b"]
    assert anchors(chinese) == anchors(english) == expected


def test_an_items_list_numbered_1_in_a_chinese_article_is_its_roman_items() -> None:
    # UNCAC art. 2 prints the English "(i)", "(ii)" as "1.", "2." under "（一）".
    chinese = (
        "第二条\n在本公约中：\n（一）“公职人员”系指：\n1. 担任立法、行政或者司法职务的任何人员；\n"
        "2. 履行公共职能的任何其他人员；\n（二）“外国公职人员”系指外国担任公职的任何人员。\n"
    )
    english = (
        'Article 2\nFor the purposes of this Convention:\n(a) "Public official" shall mean:\n'
        "(i) any person holding a legislative, executive or judicial office;\n"
        "(ii) any other person who performs a public function;\n"
        '(b) "Foreign public official" shall mean any person holding public office of a '
        "foreign country.\n"
    )
    expected = ["article-2", "p-2", "p-2.a", "p-2.a.i", "p-2.a.ii", "p-2.b"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "p-2.a.ii").text == "履行公共职能的任何其他人员；"
