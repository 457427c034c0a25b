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


# -- figures, tables and boxes ------------------------------------------------------------------


def _placed(content: str, anchor: str) -> tuple[str | None, tuple[str, ...]]:
    paragraph = _paragraphs(content)[anchor]
    return paragraph.parent, paragraph.heading_path


def _no_heading_but_sections(content: str) -> None:
    for paragraph in parse_document(content, "text").paragraphs:
        if paragraph.kind == "heading":
            assert paragraph.label is not None, paragraph


def test_figure_caption_and_title_are_text_not_a_heading() -> None:
    content = (
        "I. Trends\n"
        "\n"
        "1. Some 67 per cent of people were online in 2023 (see figure I).\n"
        "\n"
        "Figure I\n"
        "Internet use by region, 2023\n"
        "\n"
        "2. Significant gaps remain.\n"
    )
    assert _anchors(content) == ["section-1", "1", "p-3", "2"]
    paragraphs = _paragraphs(content)
    assert paragraphs["p-3"].kind == "unnumbered"
    assert paragraphs["p-3"].text == "Figure I\nInternet use by region, 2023"
    assert _placed(content, "2") == ("section-1", ("I. Trends",))


def test_figure_with_its_source_and_a_wrapped_title() -> None:
    content = (
        "I. Trends\n"
        "\n"
        "1. Some 67 per cent of the world's population were online in 2023, up from 63 per cent "
        "in 2022 (see figure II).\n"
        "\n"
        "Figure II. Proportion of individuals using the Internet, by region and development\n"
        "status, 2023\n"
        "(Percentage)\n"
        "Africa\n"
        "Europe\n"
        "Source: ITU, Facts and Figures 2023.\n"
        "\n"
        "2. Significant gaps remain.\n"
    )
    paragraphs = _paragraphs(content)
    assert paragraphs["p-3"].text.startswith(
        "Figure II. Proportion of individuals using the Internet, by region and development "
        "status, 2023\n"
    )
    assert paragraphs["p-3"].text.endswith("\nSource: ITU, Facts and Figures 2023.")
    _no_heading_but_sections(content)
    assert _placed(content, "2") == ("section-1", ("I. Trends",))


def test_box_title_is_not_joined_to_the_box_text() -> None:
    content = (
        "I. Trends\n"
        "\n"
        "1. Some 67 per cent of people were online in 2023.\n"
        "\n"
        "Box 1\n"
        "The Digital Public Infrastructure Safeguards initiative\n"
        "\n"
        "The initiative was launched in 2023 by the Secretary-General and partners to promote\n"
        "safe, inclusive and interoperable digital public infrastructure in all regions.\n"
        "\n"
        "2. Significant gaps remain.\n"
    )
    paragraphs = _paragraphs(content)
    assert paragraphs["p-3"].text == (
        "Box 1\nThe Digital Public Infrastructure Safeguards initiative"
    )
    assert paragraphs["p-4"].text.startswith("The initiative was launched in 2023")
    assert paragraphs["p-4"].parent == "section-1"
    _no_heading_but_sections(content)
    assert _placed(content, "2") == ("section-1", ("I. Trends",))


def test_table_cells_are_the_tables_text() -> None:
    content = (
        "I. Trends\n"
        "\n"
        "1. Some 67 per cent of people were online in 2023 (see table 2).\n"
        "\n"
        "Table 2\n"
        "Internet users by region, 2023\n"
        "\n"
        "Region\n"
        "Asia 20.1 35.4\n"
        "Africa 6.0 1.5\n"
        "\n"
        "Source: ITU\n"
        "\n"
        "2. Significant gaps remain.\n"
    )
    paragraphs = _paragraphs(content)
    assert paragraphs["p-3"].text == (
        "Table 2\nInternet users by region, 2023\nRegion\nAsia 20.1 35.4\nAfrica 6.0 1.5\n"
        "Source: ITU"
    )
    _no_heading_but_sections(content)
    assert _placed(content, "2") == ("section-1", ("I. Trends",))


def test_a_sentence_naming_a_table_is_no_caption() -> None:
    content = (
        "I. Trends\n"
        "\n"
        "1. Some 67 per cent of people were online in 2023.\n"
        "\n"
        "Table 2 shows the gaps between regions\n"
        "\n"
        "2. Significant gaps remain.\n"
    )
    assert _paragraphs(content)["p-3"].kind == "heading"


def test_chinese_figure_and_its_source_stay_in_their_section() -> None:
    content = (
        "二. 执行情况\n"
        "A. 连通性\n"
        "5. 约有 54 亿人使用互联网（见图一）。\n"
        "图一\n"
        "按发展状况分列的互联网使用人口比例\n"
        "资料来源：国际电联。\n"
        "6. 城乡差距依然显著。\n"
        "B. 数字公共基础设施\n"
        "7. 许多国家正在建设。\n"
    )
    paragraphs = _paragraphs(content)
    assert paragraphs["p-4"].kind == "unnumbered"
    assert (
        paragraphs["p-4"].text == "图一\n按发展状况分列的互联网使用人口比例\n资料来源：国际电联。"
    )
    assert _placed(content, "6") == ("section-2.a", ("二. 执行情况", "A. 连通性"))
    assert _placed(content, "7") == ("section-2.b", ("二. 执行情况", "B. 数字公共基础设施"))


def test_chinese_table_cells_are_no_headings() -> None:
    content = (
        "二. 执行情况\n"
        "A. 连通性\n"
        "5. 约有 54 亿人使用互联网（见表 2）。\n"
        "表 2\n"
        "按区域分列的互联网用户\n"
        "区域\n"
        "非洲\n"
        "6.0\n"
        "1.5\n"
        "资料来源：国际电联。\n"
        "6. 城乡差距依然显著。\n"
    )
    _no_heading_but_sections(content)
    assert _paragraphs(content)["p-4"].text == (
        "表 2\n按区域分列的互联网用户\n区域\n非洲\n6.0\n1.5\n资料来源：国际电联。"
    )
    assert _placed(content, "6") == ("section-2.a", ("二. 执行情况", "A. 连通性"))


def test_chinese_box_title_is_not_joined_to_the_box_text() -> None:
    content = (
        "二. 执行情况\n"
        "\n"
        "5. 约有 54 亿人使用互联网。\n"
        "\n"
        "专栏 1\n"
        "数字公共基础设施保障措施倡议\n"
        "\n"
        "该倡议由秘书长和合作伙伴于 2023 年发起，旨在促进安全、包容和可互操作的数字公共基础设施。\n"
        "\n"
        "6. 城乡差距依然显著。\n"
    )
    paragraphs = _paragraphs(content)
    assert paragraphs["p-3"].text == "专栏 1\n数字公共基础设施保障措施倡议"
    assert paragraphs["p-4"].text.startswith("该倡议由秘书长")
    _no_heading_but_sections(content)
    assert _placed(content, "6") == ("section-2", ("二. 执行情况",))


def test_a_chinese_sentence_opening_with_a_figure_is_no_caption() -> None:
    content = (
        "二. 执行情况\n"
        "\n"
        "5. 约有 54 亿人使用互联网。\n"
        "\n"
        "图一所示，城乡差距依然显著。\n"
        "\n"
        "6. 下一段。\n"
    )
    assert _paragraphs(content)["p-3"].text == "图一所示，城乡差距依然显著。"
