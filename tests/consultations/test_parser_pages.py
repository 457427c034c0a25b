"""Paragraph parser: what a report's pages carry besides its paragraphs (figures, tables and
boxes with their captions; footnotes at a page's foot) never shapes the paragraphs around it."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document


def _paragraphs(content: str) -> dict[str, ParsedParagraph]:
    return {paragraph.anchor: paragraph for paragraph in parse_document(content, "text").paragraphs}


def _anchors(content: str) -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, "text").paragraphs]


# -- footnote references ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
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
            "2. Next.\n",
            "Some 2.6 billion people remained offline in 2023. Most of them live in least"
            " developed countries, where the cost of devices remains a major barrier and where the"
            " gender gap is widest.",
            id="after-a-years-full-stop-removed",
        ),
        pytest.param(
            "1. 2023 年约有 26 亿人没有上网。2 其中大多数人生活在最不发达国家，"
            "那里的设备成本仍然是一个主要障碍，而且\n"
            "\n"
            "__________________\n"
            "2\n"
            "国际电联，《2023 年事实与数字》。\n"
            "\n"
            "性别差距最大。\n"
            "\n"
            "2. 下一段。\n",
            "2023 年约有 26 亿人没有上网。其中大多数人生活在最不发达国家，那里的设备成本仍然是一个"
            "主要障碍，而且性别差距最大。",
            id="after-a-chinese-full-stop-removed",
        ),
        pytest.param(
            "1. Growth reached 2.5 per cent in 2023.2 Most economies recovered.\n\n2. Next.\n",
            "Growth reached 2.5 per cent in 2023.2 Most economies recovered.",
            id="a-year-and-a-decimal-without-such-a-note-stay",
        ),
    ],
)
def test_a_reference_before_the_next_sentence_goes_with_its_note(
    content: str, expected: str
) -> None:
    paragraphs = _paragraphs(content)
    assert paragraphs["1"].text == expected
    assert list(paragraphs) == ["1", "2"]


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


# -- notes at a page's foot without a separator ---------------------------------------------------

_SEPARATOR = "__________________\n"


def _resolution_with_notes(notes: str, *, separator: bool, chinese: bool) -> str:
    """A Geneva resolution whose page ends with ``notes`` and a job number, the separator drawn
    as a graphic (left out) or printed."""
    if chinese:
        head = (
            "人权理事会，\n\n回顾《联合国宪章》，1 并回顾《世界人权宣言》，2\n\n"
            "1. 呼吁各国：\n\n(a) 促进人权；\n\n"
        )
        tail = "\n\n24-08773 (C)\n\n(b) 加强合作。\n\n2. 决定继续处理此问题。\n"
    else:
        head = (
            "The Human Rights Council,\n\nRecalling the Charter of the United Nations,1 and the "
            "Universal Declaration of Human Rights,2\n\n1. Calls upon States:\n\n"
            "(a) To promote human rights;\n\n"
        )
        tail = (
            "\n\nGE.24-13170(E)\n\n(b) To strengthen cooperation.\n\n"
            "2. Decides to remain seized of the matter.\n"
        )
    return head + (_SEPARATOR if separator else "") + notes + tail


_NOTES_EN = {
    "number above its text": (
        "1\nUnited Nations, Treaty Series, vol. 1, p. 16.\n2\nResolution 217 A (III)."
    ),
    "blank line between": (
        "1\n\nUnited Nations, Treaty Series, vol. 1, p. 16.\n\n2\n\nResolution 217 A (III)."
    ),
    "numbers as a column": (
        "1\n2\n\nUnited Nations, Treaty Series, vol. 1, p. 16.\nResolution 217 A (III)."
    ),
}
_NOTES_ZH = {
    "number above its text": "1\n《联合国条约集》，第一卷，第 16 页。\n2\n第 217 A (III)号决议。",
    "blank line between": (
        "1\n\n《联合国条约集》，第一卷，第 16 页。\n\n2\n\n第 217 A (III)号决议。"
    ),
    "numbers as a column": "1\n2\n\n《联合国条约集》，第一卷，第 16 页。\n第 217 A (III)号决议。",
}


@pytest.mark.parametrize("separator", [False, True], ids=["no separator", "separator"])
@pytest.mark.parametrize("layout", list(_NOTES_EN))
@pytest.mark.parametrize(
    ("chinese", "recalling", "strengthening"),
    [
        pytest.param(
            False,
            "Recalling the Charter of the United Nations, and the Universal Declaration of Human "
            "Rights,",
            "To strengthen cooperation.",
            id="en",
        ),
        pytest.param(True, "回顾《联合国宪章》，并回顾《世界人权宣言》，", "加强合作。", id="zh"),
    ],
)
def test_notes_at_a_page_foot_are_no_paragraphs(
    chinese: bool, recalling: str, strengthening: str, layout: str, separator: bool
) -> None:
    notes = (_NOTES_ZH if chinese else _NOTES_EN)[layout]
    content = _resolution_with_notes(notes, separator=separator, chinese=chinese)
    paragraphs = _paragraphs(content)
    assert list(paragraphs) == ["p-1", "pp1", "1", "1.a", "1.b", "2"]
    assert paragraphs["pp1"].text == recalling
    assert paragraphs["1.b"].text == strengthening


@pytest.mark.parametrize(
    ("content", "first_preambular"),
    [
        (
            "The Human Rights Council,\nReaffirming the Vienna Declaration and Programme of "
            "Action,1\n1.\nStresses the importance of a human rights-based approach;\n1\n"
            "A/CONF.157/24 (Part I), chap. III.\nGE.24-13170(E)\n2.\n"
            "Decides to remain seized of the matter.\n",
            "Reaffirming the Vienna Declaration and Programme of Action,",
        ),
        (
            "人权理事会，\n重申《维也纳宣言和行动纲领》，1\n1.\n强调基于人权的方针的重要性；\n1\n"
            "A/CONF.157/24 (Part I)，第三章。\nGE.24-13170 (C)\n2.\n决定继续处理此问题。\n",
            "重申《维也纳宣言和行动纲领》，",
        ),
    ],
    ids=["en", "zh"],
)
def test_note_between_operative_numbers_alone_on_their_lines(
    content: str, first_preambular: str
) -> None:
    paragraphs = _paragraphs(content)
    assert list(paragraphs) == ["p-1", "pp1", "1", "2"]
    assert paragraphs["pp1"].text == first_preambular
    assert paragraphs["1"].text[-1] in ";；"


def test_note_below_a_sentence_the_page_break_cut() -> None:
    content = (
        "1. Some 2.6 billion people,1 including\n"
        "\n"
        "1\n"
        "\n"
        "ITU, Facts and Figures 2023.\n"
        "\n"
        "GE.24-13170(E)\n"
        "\n"
        "most women in rural areas, remain offline.\n"
        "\n"
        "2. Next.\n"
    )
    paragraphs = _paragraphs(content)
    assert list(paragraphs) == ["1", "2"]
    assert paragraphs["1"].text == (
        "Some 2.6 billion people, including most women in rural areas, remain offline."
    )


def test_a_page_number_without_a_note_below_it_stays_the_pages() -> None:
    content = (
        "The Human Rights Council,\n\n"
        "Recalling its resolution 54/21,2\n\n"
        "1. Decides to continue its work.\n\n"
        "2\n\n"
        "GE.24-13170(E)\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    paragraphs = _paragraphs(content)
    assert list(paragraphs) == ["p-1", "pp1", "1", "2"]
    assert paragraphs["pp1"].text == "Recalling its resolution 54/21,2"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(
            "1. Decides to continue its work.\n\n"
            "5\n\n"
            "The Council thanks the Secretariat for its support.\n\n"
            "GE.24-13170(E)\n\n"
            "2. Decides to remain seized of the matter.\n",
            id="a-number-never-seen-as-a-reference",
        ),
        pytest.param(
            "1. Recalls its resolution 54/21,1 and decides to continue its work.\n\n"
            "GE.24-13170(E)\n\n"
            "A/HRC/57/L.1\n\n"
            "1\n\n"
            "The Council thanks the Secretariat for its support.\n\n"
            "GE.24-13171(E)\n\n"
            "2. Decides to remain seized of the matter.\n",
            id="a-page-number-below-the-running-header",
        ),
    ],
)
def test_text_below_a_number_opening_no_note_stays(content: str) -> None:
    assert _paragraphs(content)["p-2"].text == "The Council thanks the Secretariat for its support."


@pytest.mark.parametrize(
    ("content", "cut"),
    [
        (
            "The General Assembly,\n\nRecalling its resolution 79/325 of 26 August 2025 on the "
            "terms of reference and modalities\nfor the establishment and functioning of the "
            "Independent International Scientific Panel,1\n\nGuided by the purposes and principles "
            "of the Charter of the United Nations, international\nlaw, including international "
            "human rights law, and the Universal Declaration of Human\nRights,\n\nDeeply concerned "
            "that the benefits of artificial intelligence remain unevenly distributed\n\n"
            "1 Resolution 79/325.\n\n26-04567\n\n1/6\nA/80/L.99\n\nwithin and among countries, and "
            "that the digital divide, including the gender digital\ndivide, risks widening,\n\n"
            "Recognizing that safe, secure and trustworthy artificial intelligence systems can "
            "accelerate\nprogress towards all the Sustainable Development Goals,\n\n1. Welcomes "
            "the convening of the first Global Dialogue.\n",
            "Deeply concerned that the benefits of artificial intelligence remain unevenly "
            "distributed within and among countries,",
        ),
        (
            "大会，\n\n回顾其 2025 年 8 月 26 日关于人工智能问题独立国际科学小组和全球对话的"
            "职权范围和\n模式的第 79/325 号决议，1\n\n以《联合国宪章》的宗旨和原则、国际法包括"
            "国际人权法以及《世界人权宣言》\n为指导，\n\n深为关切人工智能的惠益在国家内部和国家之间"
            "分配仍不均衡，"
            "数字鸿沟包括性别数\n\n1 第 79/325 号决议。\n\n26-04567\n\n1/6\nA/80/L.99\n\n"
            "字鸿沟有扩大的危险，\n\n确认安全、可靠和值得信赖的人工智能系统可加速实现所有可持续"
            "发展目标，\n\n1. 欢迎召开首次全球对话。\n",
            "深为关切人工智能的惠益在国家内部和国家之间分配仍不均衡，数字鸿沟包括性别数字鸿沟",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_preambular_paragraph_cut_by_a_page_with_notes_goes_on_below_them(
    content: str, cut: str
) -> None:
    paragraphs = _paragraphs(content)
    assert list(paragraphs) == ["p-1", "pp1", "pp2", "pp3", "pp4", "1"]
    assert paragraphs["pp3"].text.startswith(cut)
