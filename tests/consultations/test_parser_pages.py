"""Paragraph parser: what a report's pages carry besides its paragraphs (figures, tables and
boxes with their captions; footnotes at a page's foot) never shapes the paragraphs around it."""

from __future__ import annotations

from consultations.parser import ParsedParagraph, parse_document


def _paragraphs(content: str) -> dict[str, ParsedParagraph]:
    return {paragraph.anchor: paragraph for paragraph in parse_document(content, "text").paragraphs}


def _anchors(content: str) -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, "text").paragraphs]


# -- footnote references ------------------------------------------------------------------------


def test_reference_after_a_years_full_stop_before_the_next_sentence_is_removed() -> None:
    content = (
        "1. Some 2.6 billion people remained offline in 2023.2 Most of them live in least"
        " developed\n"
        "countries, where the cost of devices remains a major barrier and where the\n"
        "\n"
        "__________________\n"
        "2\n"
        "ITU, Facts and Figures 2023.\n"
        "\n"
        "gender gap is widest.\n"
        "\n"
        "2. Next.\n"
    )
    paragraphs = _paragraphs(content)
    assert paragraphs["1"].text == (
        "Some 2.6 billion people remained offline in 2023. Most of them live in least developed "
        "countries, where the cost of devices remains a major barrier and where the gender gap "
        "is widest."
    )
    assert list(paragraphs) == ["1", "2"]


def test_chinese_reference_after_a_full_stop_before_the_next_sentence_is_removed() -> None:
    content = (
        "1. 2023 年约有 26 亿人没有上网。2 其中大多数人生活在最不发达国家，那里的设备成本仍然是一个"
        "主要障碍，而且\n"
        "\n"
        "__________________\n"
        "2\n"
        "国际电联，《2023 年事实与数字》。\n"
        "\n"
        "性别差距最大。\n"
        "\n"
        "2. 下一段。\n"
    )
    assert _paragraphs(content)["1"].text == (
        "2023 年约有 26 亿人没有上网。其中大多数人生活在最不发达国家，那里的设备成本仍然是一个"
        "主要障碍，而且性别差距最大。"
    )


def test_a_year_and_a_decimal_before_a_sentence_stay_without_such_a_note() -> None:
    content = "1. Growth reached 2.5 per cent in 2023.2 Most economies recovered.\n\n2. Next.\n"
    assert _paragraphs(content)["1"].text == (
        "Growth reached 2.5 per cent in 2023.2 Most economies recovered."
    )
