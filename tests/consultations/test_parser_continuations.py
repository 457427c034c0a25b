"""Paragraph parser: a line right below a full line that only goes on with its sentence (a
number Chinese wrapped with its "、", an annex or a section cited, a quotation after a colon, the
rest of a decimal number) opens nothing of its own, in English and Chinese alike."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def test_a_number_with_its_enumeration_comma_below_a_full_line_goes_on_with_it() -> None:
    chinese = (
        "大会，\n\n回顾其第 70/1 号决议，\n\n1. 吁请所有利益攸关方：\n\n"
        "(a) 到 2030 年落实《未来契约》行动 2 和行动\n"
        "3、《全球数字契约》目标 1 和《2030 年议程》目标 4；\n\n"
        "(b) 报告进展情况；\n\n2. 决定继续处理此案。\n\n3. 请秘书长提交报告。\n"
    )
    english = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Calls upon all stakeholders:\n\n(a) To implement by 2030 Action 2 and Action\n"
        "3 of the Pact for the Future and Objective 1 of the Global Digital Compact;\n\n"
        "(b) To report on progress;\n\n2. Decides to remain seized of the matter.\n\n"
        "3. Requests the Secretary-General to report.\n"
    )
    expected = ["p-1", "pp1", "1", "1.a", "1.b", "2", "3"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "1.a").text == (
        "到 2030 年落实《未来契约》行动 2 和行动 3、《全球数字契约》目标 1 和"
        "《2030 年议程》目标 4；"
    )
    assert not parse_document(chinese).warnings
    # Below a short title, the number opens its paragraph.
    titled = (
        "一、背景\n1、联合国大会于 2015 年通过了《2030 年可持续发展议程》，其中包括十七项目标。\n"
        "2、进展情况。\n"
    )
    assert anchors(titled) == ["section-1", "1", "2"]


def test_a_box_number_wrapped_with_its_enumeration_comma_joins_the_item() -> None:
    chinese = (
        "大会，\n\n回顾其第 70/1 号决议，\n\n1. 吁请所有利益攸关方：\n\n"
        "(a) 在工作中考虑《突尼斯议程》附件二和报告附录 1，以及专栏\n"
        "1、资料来源：国际电联数据和统计附件注 3；\n\n(b) 报告进展情况。\n\n2. 决定继续处理此案。\n"
    )
    english = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Calls upon all stakeholders:\n\n(a) To consider in their work annex II to the Tunis"
        " Agenda, appendix 1 of the report and box\n1, sources: ITU data and statistical annex,"
        " note 3;\n\n(b) To report on progress.\n\n2. Decides to remain seized of the matter.\n"
    )
    expected = ["p-1", "pp1", "1", "1.a", "1.b", "2"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "1.a").text == (
        "在工作中考虑《突尼斯议程》附件二和报告附录 1，以及专栏 1、资料来源："
        "国际电联数据和统计附件注 3；"
    )
    assert not parse_document(chinese).warnings


def test_an_annex_cited_at_a_wrap_in_the_preamble_goes_on_with_its_paragraph() -> None:
    english = (
        "The General Assembly,\n\nRecalling its resolution 60/252 of 27 March 2006, and the Tunis"
        " Agenda as well as\nAnnex I to resolution 60/252 and chapter IV of the Tunis Agenda,\n\n"
        "Reaffirming the Tunis Agenda for the Information Society, as well as\n"
        "Annex II to resolution 60/252,\n\nNoting the report of the Secretary-General,\n\n"
        "1. Takes note of the report of the Secretary-General;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    chinese = (
        "大会，\n\n回顾其 2006 年 3 月 27 日第 60/252 号决议和《信息社会突尼斯议程》以及\n"
        "附件一 所载原则和《突尼斯议程》第四章，\n\n重申《信息社会突尼斯议程》以及\n"
        "附件二所载原则，\n\n注意到秘书长的报告，\n\n1. 注意到秘书长的报告；\n\n"
        "2. 决定继续处理此案。\n"
    )
    expected = ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "pp1").text == (
        "Recalling its resolution 60/252 of 27 March 2006, and the Tunis Agenda as well as"
        " Annex I to resolution 60/252 and chapter IV of the Tunis Agenda,"
    )
    assert paragraph(english, "pp2").text.endswith("as well as Annex II to resolution 60/252,")
    assert paragraph(chinese, "pp1").text.endswith("以及附件一 所载原则和《突尼斯议程》第四章，")
    assert not parse_document(english).warnings
    assert not parse_document(chinese).warnings
    # Below a finished paragraph, without blank lines, an annex is one.
    annexed = (
        "The General Assembly,\nRecalling its resolution 60/252 of 27 March 2006 on the World"
        " Summit on the Information\nSociety,\n1. Decides to hold the meeting in accordance with"
        " the terms of reference set out in the\nannex to the present resolution.\nAnnex\n"
        "Terms of reference\n1. The meeting shall be open to all.\n"
    )
    assert anchors(annexed) == ["p-1", "pp1", "1", "annex-1", "annex-1/1"]


def test_an_appendix_cited_at_a_wrap_in_an_item_opens_no_appendix() -> None:
    english = (
        "The General Assembly,\n\nRecalling its resolution 75/1,\n\n"
        "1. Takes note of the report;\n\n2. Calls upon all stakeholders:\n\n(a) To act;\n\n"
        "(b) To consider Annex II to the Tunis Agenda and\n"
        "Appendix 1 of the report, as well as the statistical\nannex, in their work;\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    chinese = (
        "大会，\n\n回顾其第 75/1 号决议，\n\n1. 注意到报告；\n\n2. 吁请所有利益攸关方：\n\n"
        "(a) 采取行动；\n\n(b) 在工作中考虑《信息社会突尼斯议程》附件二和报告\n"
        "附录 1 所载统计数据以及统计附件中的说明和资料来源\n以及相关数据；\n\n"
        "3. 决定继续处理此案。\n"
    )
    expected = ["p-1", "pp1", "1", "2", "2.a", "2.b", "3"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "2.b").text == (
        "To consider Annex II to the Tunis Agenda and Appendix 1 of the report, as well as the"
        " statistical annex, in their work;"
    )
    assert paragraph(chinese, "2.b").text.startswith(
        "在工作中考虑《信息社会突尼斯议程》附件二和报告附录 1 所载"
    )
    assert not parse_document(english).warnings
    assert not parse_document(chinese).warnings
    # A comma after the number goes on with the sentence too.
    comma = chinese.replace("附录 1 所载统计数据", "附录 1，以及统计数据")
    assert anchors(comma) == expected
    assert "附件二和报告附录 1，以及统计数据" in paragraph(comma, "2.b").text


def test_a_section_cited_with_its_letter_at_a_wrap_is_no_section_heading() -> None:
    english = (
        "1. Reaffirms the commitments set out in its resolution 75/1, in particular in section\n"
        "II.B of the annex thereto, and requests that the report be made available in all six\n"
        "official languages;\n\n2. Decides to remain seized of the matter.\n"
    )
    chinese = (
        "1. 重申其第 75/1 号决议所载承诺，特别是该决议附件第二部分和\n"
        "二.B 节所载承诺，并请以联合国所有六种正式语文提供报告\n第五章的内容；\n\n"
        "2. 决定继续处理此案。\n"
    )
    assert anchors(english) == anchors(chinese) == ["1", "2"]
    assert "in particular in section II.B of the annex thereto, and requests" in (
        paragraph(english, "1").text
    )
    assert "附件第二部分和二.B 节所载承诺" in paragraph(chinese, "1").text
    assert not parse_document(english).warnings
    assert not parse_document(chinese).warnings


def test_a_note_above_a_compilations_pp1_leaves_pp1_to_it() -> None:
    english = (
        "Note: text in square brackets is under negotiation.\n\n"
        "PP1 Recalling its resolution 70/125,\n\nPP2 Reaffirming the 2030 Agenda,\n\n"
        "OP1 Reaffirms the vision;\n\nOP2 Decides to hold the next review in 2035.\n"
    )
    chinese = (
        "注：方括号内案文正在谈判中。\n\nPP1. 回顾其第 70/125 号决议，\n\n"
        "PP2. 重申《2030 年议程》，\n\nOP1 重申愿景；\n\nOP2 决定于 2035 年举行下一次审查。\n"
    )
    expected = ["p-1", "pp1", "pp2", "1", "2"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "p-1").kind == paragraph(chinese, "p-1").kind == "unnumbered"
    assert paragraph(english, "pp1").text == "Recalling its resolution 70/125,"
    assert paragraph(chinese, "pp1").text == "回顾其第 70/125 号决议，"
    assert not parse_document(english).warnings
    assert not parse_document(chinese).warnings


def test_an_unnumbered_paragraph_between_printed_pp_numbers_takes_neither() -> None:
    english = (
        "PP1 Recalling its resolution 70/125,\n\nReaffirming the Tunis Agenda,\n\n"
        "PP2 Reaffirming the 2030 Agenda,\n\nNoting the report of the Secretary-General,\n\n"
        "OP1 Reaffirms the vision;\n\nOP2 Decides to hold the next review in 2035.\n"
    )
    chinese = (
        "PP1 回顾其第 70/125 号决议，\n\n重申《突尼斯议程》，\n\nPP2 重申《2030 年议程》，\n\n"
        "注意到秘书长的报告，\n\nOP1 重申愿景；\n\nOP2 决定于 2035 年举行下一次审查。\n"
    )
    expected = ["pp1", "p-2", "pp2", "pp3", "1", "2"]
    assert anchors(english) == anchors(chinese) == expected
    assert paragraph(english, "pp2").text == "Reaffirming the 2030 Agenda,"
    assert paragraph(chinese, "pp2").text == "重申《2030 年议程》，"
    assert not parse_document(english).warnings


def test_a_quotation_below_a_colon_goes_on_with_the_sentence_without_blank_lines() -> None:
    english = (
        "The General Assembly,\nRecalling its resolutions on information and communications"
        " technologies for\nsustainable development,\n1. Welcomes the decision to hold the 2025"
        ' Forum under the following theme:\n"Building digital trust", and encourages all'
        " stakeholders to participate in it;\n2. Decides to include in the provisional agenda of"
        ' its eighty-first session the\nitem entitled "Information and communications'
        ' technologies for development".\n'
    )
    chinese = (
        "大会，\n回顾其关于信息和通信技术促进可持续发展的各项决议，\n"
        "1. 欢迎 2025 年信息社会世界首脑会议论坛以如下内容为主题：\n"
        "“建立数字信任”，并鼓励所有利益攸关方积极参加该论坛的工作；\n"
        "2. 决定在第八十一届会议临时议程中列入题为“信息和通信技术促进可持续发展”的项目。\n"
    )
    assert anchors(english) == anchors(chinese) == ["p-1", "pp1", "1", "2"]
    assert paragraph(english, "1").text == (
        'Welcomes the decision to hold the 2025 Forum under the following theme: "Building digital'
        ' trust", and encourages all stakeholders to participate in it;'
    )
    assert paragraph(chinese, "1").text == (
        "欢迎 2025 年信息社会世界首脑会议论坛以如下内容为主题：“建立数字信任”，"
        "并鼓励所有利益攸关方积极参加该论坛的工作；"
    )
    # A quotation alone on its line is an entry of the list the colon opens.
    listed = english.replace(
        'theme:\n"Building digital trust", and encourages all stakeholders to participate in it;',
        'themes:\n"Building digital trust";\n"Bridging the digital divides";',
    )
    assert anchors(listed) == ["p-1", "pp1", "1", "p-4", "p-5", "2"]


def test_a_number_broken_after_its_full_stop_goes_on_on_the_next_line() -> None:
    chinese = (
        "大会，\n回顾其 2015 年 9 月 25 日题为“变革我们的世界：2030 年可持续\n"
        "发展议程”的第 70/1 号决议以及可持续发展目标 9 和具体目标 17.\n8，\n"
        "重申《世界人权宣言》第十九条和《联合国宪章》第一条，以及第 6\n"
        "0/252 号决议附件一和《突尼斯议程》第四章，\n"
        "1. 重申大会议事规则第 161 条和大会第 75/1 号决议附件一第二.B\n"
        " 节，并请以联合国所有六种正式语文提供报告第五章；\n2. 吁请所有利益攸关方提交报告。\n"
    )
    english = (
        "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015, entitled"
        ' "Transforming our world: the\n2030 Agenda for Sustainable Development", and Goal 9 and'
        " target 17.\n8,\nReaffirming article 19 of the Universal Declaration of Human Rights and"
        " Article 1 of the\nCharter of the United Nations,\n1. Reaffirms rule 161 of the rules of"
        " procedure of the General Assembly and requests that the\nreport be made available;\n"
        "2. Calls upon all stakeholders to report.\n"
    )
    expected = ["p-1", "pp1", "pp2", "1", "2"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "pp1").text.endswith("可持续发展目标 9 和具体目标 17.8，")
    assert paragraph(english, "pp1").text.endswith("and Goal 9 and target 17.8,")
    # With "、", below a number so broken.
    enumerated = chinese.replace("17.\n8，\n", "17.\n8、17.9 和 17.10，\n")
    assert anchors(enumerated) == expected
    assert paragraph(enumerated, "pp1").text.endswith("具体目标 17.8、17.9 和 17.10，")
