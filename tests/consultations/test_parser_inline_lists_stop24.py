"""Paragraph parser: a list printed inside a sentence ("…measures: (a) …; (b) …; and (c) …"),
its line wrapped right before one of its markers, stays in its paragraph; the marker opening
the next line is no item of its own. Lists whose items open their own lines are unchanged."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

ENGLISH = (
    "     The General Assembly,\n\n"
    "     Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world:\n"
    "the 2030 Agenda for Sustainable Development”,\n\n"
    "     1.   Calls upon Member States to take the following measures: (a) to strengthen digital\n"
    "infrastructure and to close the digital divides between and within countries; (b) to\n"
    "promote capacity-building in artificial intelligence, in particular in developing countries;\n"
    "(c) to ensure affordable and meaningful access to the Internet for all; and (d) to protect\n"
    "human rights online and offline;\n\n"
    "     2.   Requests the Secretary-General to report on the implementation of the present\n"
    "resolution, including on (i) the measures taken by Member States, (ii) the support provided\n"
    "by the United Nations system and (iii) the remaining gaps, at its eighty-first session;\n\n"
    "     3.   Decides to remain seized of the matter.\n"
)
CHINESE = (
    "     大会，\n\n"
    "     回顾其2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号\n"
    "决议，\n\n"
    "     1.  吁请各会员国采取以下措施：(a) 加强数字基础设施建设，弥合国家之间和国家内\n"
    "部的数字鸿沟；(b) 促进人工智能领域的能力建设，特别是在发展中国家的能力建设；\n"
    "(c) 确保所有人都能负担得起并切实接入互联网；(d) 在线上和线下保护人权；\n\n"
    "     2.  请秘书长在第八十一届会议上报告本决议的执行情况，包括(一)会员国采取的措施、\n"
    "(二)联合国系统提供的支助和(三)仍然存在的差距；\n\n"
    "     3.  决定继续处理此案。\n"
)


@pytest.mark.parametrize("content", [ENGLISH, CHINESE])
def test_a_list_inside_a_sentence_wrapped_before_a_marker_stays_in_its_paragraph(
    content: str,
) -> None:
    assert anchors(content) == ["p-1", "pp1", "1", "2", "3"]
    measures = paragraph(content, "1").text
    assert all(marker in measures for marker in ("(b)", "(c)", "(d)"))
    assert measures.endswith(("human rights online and offline;", "在线上和线下保护人权；"))
    assert paragraph(content, "2").text.endswith(
        ("at its eighty-first session;", "仍然存在的差距；")
    )


OWN_LINES = (
    "     1.   Calls upon Member States to take the following measures, in cooperation\n"
    "with all relevant stakeholders, including civil society and the private sector:\n"
    "{first}"
    "     (b) To promote capacity-building in artificial intelligence, in particular in\n"
    "developing countries, as set out in (a) above;\n"
    "     (c) To ensure affordable and meaningful access to the Internet for all;\n\n"
    "     2.   Decides to remain seized of the matter.\n"
)


def test_items_on_lines_of_their_own_below_a_full_line_are_still_items() -> None:
    first = (
        "     (a) To strengthen digital infrastructure and to close the digital divides\n"
        "between and within countries;\n"
    )
    assert anchors(OWN_LINES.format(first=first)) == ["1", "1.a", "1.b", "1.c", "2"]


def test_an_item_out_of_sequence_with_no_marker_before_it_in_the_sentence_is_an_item() -> None:
    assert anchors(OWN_LINES.format(first="")) == ["1", "1.b", "1.c", "2"]


def test_the_list_goes_on_below_a_clause_ended_where_paragraphs_have_no_blank_lines() -> None:
    content = (
        "1. Calls upon Member States to take the following measures: (a) to strengthen early\n"
        "warning systems, so that everyone is protected by multi-hazard warning systems by 2027;\n"
        "(b) to promote the integration of disaster risk reduction into national planning; and\n"
        "(c) to ensure access to timely risk information for the most vulnerable communities;\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["1", "2"]
    assert paragraph(content, "1").text.endswith("for the most vulnerable communities;")


ITEMS_CITING_THEIR_PARAGRAPH = (
    "OP5 Member States shall, in accordance with their national legislation and practice:\n"
    "{indent}(a) Establish a national coordinating mechanism with the mandate set out in\n"
    "{citation} to oversee the implementation of the present declaration and to report\n"
    "{indent}(c) Designate a focal point for international cooperation;\n"
    "OP6 The secretariat shall compile the information received from Member States.\n"
)


@pytest.mark.parametrize("indent", ["            ", ""], ids=["indented", "at-the-margin"])
@pytest.mark.parametrize(
    "citation",
    [
        "subparagraph (b) of paragraph 3, in cooperation with all relevant stakeholders,",
        "the annex and in (b) below, in cooperation with all relevant stakeholders, including",
    ],
    ids=["cited-after-its-paragraph", "cited-before-below"],
)
def test_an_item_whose_missing_neighbour_is_only_cited_above_is_still_an_item(
    indent: str, citation: str
) -> None:
    content = ITEMS_CITING_THEIR_PARAGRAPH.format(indent=indent, citation=citation)
    assert anchors(content) == ["5", "5.a", "5.c", "6"]


def test_a_letter_the_list_has_reached_is_no_first_roman_numeral() -> None:
    content = (
        "     1. Requests the Special Rapporteur to include in his next report information on (a)\n"
        "legislation, (b) policies, (c) budgets, (d) institutional arrangements, (e) monitoring\n"
        "mechanisms, (f) statistics, (g) access to justice, (h) participation of the communities,\n"
        "(i) international cooperation and (j) good practices relating to the right to food;\n\n"
        "     2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["1", "2"]
    assert paragraph(content, "1").text.endswith(
        "(j) good practices relating to the right to food;"
    )


@pytest.mark.parametrize(
    "content",
    [
        "     2. The regional consultations with national statistical offices revealed that the\n"
        "principal challenges to the modernization of official statistics include the following:\n"
        "(a) insufficient funding for the production of core statistics; (b) a shortage of staff\n"
        "with data science skills; and (c) restricted access to administrative data.\n\n"
        "     3. The offices reported that they had addressed these challenges.\n",
        "     2. 与各国家统计局的磋商表明，官方统计现代化进程中目前所面临的主要挑战如下：\n"
        "(a) 核心统计数据的编制资金不足；(b) 缺乏具备数据科学技能的工作人员；(c) 获取行\n"
        "政数据和私人持有数据的渠道受限。\n\n"
        "     3. 各国家统计局报告说，它们已应对这些挑战。\n",
    ],
    ids=["english", "chinese"],
)
def test_a_list_inside_a_sentence_wrapped_before_its_first_marker_stays_in_it(
    content: str,
) -> None:
    assert anchors(content) == ["2", "3"]
    assert "(a)" in paragraph(content, "2").text


def test_a_first_item_naming_the_next_is_an_item_when_the_next_opens_a_line() -> None:
    content = (
        "     2. The regional consultations with national statistical offices revealed that the\n"
        "principal challenges to the modernization of official statistics include the following:\n"
        "(a) insufficient funding, which aggravates (b) and the other challenges listed here;\n"
        "(b) a shortage of staff with data science skills.\n\n"
        "     3. The offices reported that they had addressed these challenges.\n"
    )
    assert anchors(content) == ["2", "2.a", "2.b", "3"]


def test_the_list_goes_on_across_a_page_break_before_a_marker() -> None:
    content = (
        "     1. Urges developed countries to support developing countries, in view of (a)\n"
        "their needs and priorities, (b) the availability of finance from all sources, including\n"
        "\n"
        "25-01234" + " " * 80 + "1/2\n"
        "\f\n"
        "(c) the operationalization of the fund for responding to loss and damage;\n\n"
        "     2. Decides to remain seized of the matter.\n"
    )
    assert anchors(content) == ["1", "2"]
    assert paragraph(content, "1").text.endswith("responding to loss and damage;")


@pytest.mark.parametrize(
    "heading",
    [
        "  Action 20. We will advance science, technology and innovation, including through (a)\n"
        "  greater investment in research and development, in particular in developing States;\n"
        "  (b) open science; and (c) technology transfer.\n",
        "  行动20. 我们将推进科学、技术和创新，包括通过(a) 增加研发投资，特别是在发展中国家；\n"
        "  (b) 开放科学；(c) 技术转让。\n",
    ],
    ids=["english", "chinese"],
)
def test_a_numbered_headings_list_goes_on_in_its_title(heading: str) -> None:
    content = (
        heading + "\n  1. We decide to:\n\n  (a) Scale up investment;\n\n  (b) Promote open data.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["action-20", "1", "1.a", "1.b"]
    assert result.paragraphs[0].text.endswith(("technology transfer.", "技术转让。"))


def test_a_lone_first_item_citing_markers_over_two_lines_is_an_item() -> None:
    content = (
        "  17. The challenges identified by member States at the meeting of the Committee were:\n"
        "(a) The lack of reliable data on broadband access and use, which hampers work under (b),\n"
        "(c) and (d) of the Master Plan of the initiative;\n"
        "  18. ESCAP will continue to monitor the situation.\n"
    )
    assert anchors(content) == ["17", "17.a", "18"]


def test_an_item_after_a_deleted_one_cited_over_a_wrap_is_an_item() -> None:
    content = (
        "  2. Such conditions and safeguards shall, as appropriate in view of the nature of the\n"
        "procedure or power concerned, include, inter alia:\n"
        "(a) Judicial or other independent review;\n"
        "(b) The right to an effective remedy, including in respect of the measures set in (c)\n"
        "and (d) of article 28 and in the relevant provisions of the domestic law of the Party;\n"
        "(d) Limitation of the scope and the duration of such power or procedure.\n"
    )
    assert anchors(content) == ["2", "2.a", "2.b", "2.d"]


def test_an_item_opening_with_a_capital_below_a_finished_clause_is_an_item() -> None:
    content = (
        "  16. The High Commissioner recommends that States:\n"
        "(a) Ensure that any interference with the right to privacy complies with legality;\n"
        "(b) Impose a moratorium on the sale and use of spyware until safeguards are in place;\n"
        "(c) Refrain from measures that weaken encryption, as described in paragraph 12 above,\n"
        "and promote strong encryption by all users, in particular journalists and defenders,\n"
        "and (d) consider the adoption of laws that explicitly protect encryption by all users;\n"
        "(e) Refrain from using remote biometric recognition in public spaces;\n"
        "(f) Establish independent oversight bodies.\n"
        "  17. The High Commissioner recommends that business enterprises conduct due diligence.\n"
    )
    assert anchors(content) == ["16", "16.a", "16.b", "16.c", "16.e", "16.f", "17"]
