"""Paragraph parser: decimally numbered paragraphs ("1.1", "2.2", "3.1.1", "23.1", "1.1."), as
terms of reference, programme budget sections and Secretariat notes print them, are anchored by
their number, under the paragraph or title their prefix numbers; numbers wrapped in prose stay
prose."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

TERMS_OF_REFERENCE = """1. Mandate

1.1 The Panel shall issue an annual summary report.

1.2 The Panel shall present its report at the Global Dialogue.

2. Composition

2.1 The Panel shall be composed of 40 members.

2.2 Members shall be selected on the basis of:

(a) scientific excellence;

(b) gender balance.

3. Working methods

3.1 The Panel shall work by consensus.

3.1.1 Where consensus cannot be reached, differing views shall be reflected.

3.2 The Panel may establish working groups.
"""

TERMS_OF_REFERENCE_ZH = """1. 任务

1.1 小组应发布年度摘要报告。

1.2 小组应在全球对话上介绍其报告。

2. 组成

2.1 小组应由 40 名成员组成。

2.2 成员的遴选依据如下：

(a) 科学上的卓越；

(b) 性别平衡。

3. 工作方法

3.1 小组应以协商一致方式开展工作。

3.1.1 无法达成协商一致时，应反映不同意见。

3.2 小组可设立工作组。
"""

EXPECTED_TOR = ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.a", "2.2.b", "3", "3.1", "3.1.1", "3.2"]


def test_terms_of_reference_numbered_decimally_are_anchored_by_their_numbers() -> None:
    with_stops = TERMS_OF_REFERENCE.replace(".1 ", ".1. ").replace(".2 ", ".2. ")
    for text in (TERMS_OF_REFERENCE, TERMS_OF_REFERENCE_ZH, with_stops):
        assert anchors(text) == EXPECTED_TOR
        assert not parse_document(text).warnings
    report = paragraph(with_stops, "1.1")
    assert (report.label, report.kind, report.parent) == ("1.1", "operative", "1")
    assert report.text == "The Panel shall issue an annual summary report."
    assert paragraph(TERMS_OF_REFERENCE_ZH, "2.1").text == "小组应由 40 名成员组成。"
    item = paragraph(TERMS_OF_REFERENCE, "2.2.a")
    assert (item.label, item.parent) == ("2.2 (a)", "2.2")
    deeper = paragraph(TERMS_OF_REFERENCE, "3.1.1")
    assert (deeper.label, deeper.parent) == ("3.1.1", "3.1")


def test_a_title_above_its_decimal_paragraphs_is_a_heading_keeping_its_number() -> None:
    for text, title in ((TERMS_OF_REFERENCE, "Mandate"), (TERMS_OF_REFERENCE_ZH, "任务")):
        heading = paragraph(text, "1")
        assert (heading.kind, heading.label, heading.text) == ("heading", "1", title)
        assert paragraph(text, "1.2").heading_path == (f"1. {title}",)
        assert paragraph(text, "2").parent is None
    meetings = (
        "3. Working methods\n\n3.1 Meetings\n\n3.1.1 The Panel shall meet twice a year.\n\n"
        "3.2 The Panel shall adopt its rules.\n\n4. Requests the Secretary-General to support it.\n"
    )
    assert anchors(meetings) == ["3", "3.1", "3.1.1", "3.2", "4"]
    assert paragraph(meetings, "3.1").kind == "heading"
    assert paragraph(meetings, "3.2").parent == "3"
    assert paragraph(meetings, "4").parent is None


def test_a_numbered_paragraph_not_above_its_decimals_stays_a_paragraph() -> None:
    text = "1. Mandate\n\n2. Decides to remain seized of the matter.\n"
    assert paragraph(text, "1").kind == "operative"


def test_a_budget_sections_paragraphs_keep_the_sections_number() -> None:
    chinese = (
        "一. 概况\n\n23.1 技术合作经常方案的任务规定来自大会第 2514 (XXIV)号决议。\n\n"
        "23.2 该方案由各部厅和区域委员会执行。\n\n二. 2025 年拟议方案计划\n\n"
        "23.3 2025 年，该方案将继续支持能力建设。\n"
    )
    english = (
        "I. Overall orientation\n\n23.1 The mandates derive from resolution 2514 (XXIV).\n\n"
        "23.2 The programme is implemented by the regional commissions.\n\n"
        "II. Proposed programme plan for 2025\n\n23.3 In 2025, the programme will continue.\n"
    )
    expected = ["section-1", "23.1", "23.2", "section-2", "23.3"]
    assert anchors(chinese) == anchors(english) == expected
    plan = paragraph(chinese, "23.3")
    assert (plan.label, plan.parent, plan.text) == (
        "23.3",
        "section-2",
        "2025 年，该方案将继续支持能力建设。",
    )


def test_a_decimal_list_under_a_colon_stays_with_its_paragraph() -> None:
    chinese = (
        "1. 决定设立工作组；\n\n2. 又决定工作组的报告应包括：\n2.1 工作组的组成；\n"
        "2.2 工作组的建议；\n\n3. 请秘书长提供支持。\n"
    )
    english = (
        "1. Decides to establish a working group;\n\n"
        "2. Also decides that the report of the working group shall include:\n"
        "2.1 The composition of the working group;\n2.2 The recommendations of the working group;"
        "\n\n3. Requests the Secretary-General to provide support.\n"
    )
    apart = chinese.replace("：\n2.1", "：\n\n2.1").replace("；\n2.2", "；\n\n2.2")
    for text in (chinese, english, apart):
        assert anchors(text) == ["1", "2", "2.1", "2.2", "3"]
    assert paragraph(chinese, "2").text == "又决定工作组的报告应包括："
    item = paragraph(apart, "2.2")
    assert (item.kind, item.label, item.parent, item.text) == (
        "subparagraph",
        "2.2",
        "2",
        "工作组的建议；",
    )
    assert paragraph(english, "3").parent is None


def test_numbers_wrapped_in_prose_stay_prose() -> None:
    english = (
        "1. Notes that the digital divide persists, with\n2.6 billion people still offline, and"
        " that growth of\n3.5 per cent is not enough, as stated in paragraph\n17.8 of the Agenda."
        "\n\n2. Also notes that access grew in 2023.\n2.1 million people were connected.\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    chinese = (
        "1. 注意到数字鸿沟依然存在，仍有\n2.6 亿人未联网，增长率仅为\n3.5%。\n\n"
        "2. 又注意到 2023 年的进展。\n2.1 亿人获得了连接。\n\n3. 决定继续审议此事项。\n"
    )
    for text, connected in ((english, "2.1 million people"), (chinese, "2.1 亿人")):
        paragraphs = parse_document(text).paragraphs
        assert [found.label for found in paragraphs if found.label] == ["1", "2", "3"]
        assert any(connected in found.text for found in paragraphs)
    assert "with 2.6 billion people" in paragraph(english, "1").text
    assert paragraph(english, "1").text.endswith("paragraph 17.8 of the Agenda.")
    assert paragraph(chinese, "1").text.endswith("2.6 亿人未联网，增长率仅为 3.5%。")


def test_a_decimal_number_out_of_sequence_is_text() -> None:
    text = (
        "1. Decides to establish a working group.\n\n2. Requests a report.\n\n"
        "3.4 The report shall be short.\n"
    )
    assert anchors(text) == ["1", "2", "p-3"]
    assert paragraph(text, "p-3").text == "3.4 The report shall be short."


def test_targets_under_a_goal_keep_their_anchors() -> None:
    text = (
        "目标 17. 加强执行手段\n\n17.1 加强国内资源调动\n\n17.2 发达国家全面履行官方发展援助承诺\n"
    )
    assert anchors(text) == ["objective-17", "target-17.1", "target-17.2"]


def test_a_chapters_numbered_sections_are_anchored_below_it() -> None:
    chinese = (
        "第一章\n总则\n\n1. 本工作方法适用于委员会的所有会议。\n\n第一节 会议安排\n\n"
        "2. 委员会每年举行一届会议。\n\n第二节\n文件\n\n3. 秘书处应提前六周分发文件。\n"
    )
    english = (
        "Chapter I\nGeneral provisions\n\n1. These working methods apply to all meetings.\n\n"
        "Section 1. Sessions\n\n2. The Commission shall hold one session a year.\n\n"
        "Section 2\nDocumentation\n\n3. Documents shall be circulated six weeks in advance.\n"
    )
    expected = ["section-1", "1", "section-1.1", "2", "section-1.2", "3"]
    for text, label, title in ((chinese, "第一节", "会议安排"), (english, "Section 1", "Sessions")):
        assert anchors(text) == expected
        section = paragraph(text, "section-1.1")
        assert (section.kind, section.label, section.text, section.parent) == (
            "heading",
            label,
            title,
            "section-1",
        )
        assert paragraph(text, "2").parent == "section-1.1"
        assert paragraph(text, "3").parent == "section-1.2"


def test_a_section_cited_or_out_of_sequence_is_no_section() -> None:
    cited = (
        "Chapter I\nGeneral provisions\n\n1. These working methods apply as set out in\n"
        "Section 2. The Chair shall apply them.\n\nSection 3. Documentation\n\n"
        "2. Documents shall be circulated in advance.\n"
    )
    assert [anchor for anchor in anchors(cited) if anchor.startswith("section")] == ["section-1"]
    assert "as set out in Section 2. The Chair" in paragraph(cited, "1").text
