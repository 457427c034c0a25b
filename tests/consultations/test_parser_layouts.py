"""Paragraph parser: text laid out as ``pdftotext -layout`` prints it (a first-line indent, a
number column with the text hanging under it, no blank lines, page furniture) numbers as the
same text laid out plainly."""

from __future__ import annotations

from tests.consultations.parser_helpers import anchors, paragraph

CHINESE_OPERATIVES = (
    "1. 我们重申对信息社会世界首脑会议的承诺。\n\n"
    "2. 我们进一步重申对《日内瓦原则宣言》的承诺和执行。\n"
)


def test_a_hanging_indent_line_ending_a_sentence_is_a_full_line() -> None:
    chinese = (
        "4.      我们的宗旨是为所有人创造一个包容、开放、\n"
        "        可持续、公平、安全和可靠的数字未来。本\n"
        "        《全球数字契约》阐述我们为在非军事领域\n"
        "        实现这一宗旨设定的目标、原则、承诺和行\n"
        "        动。\n\n"
        "    (i)     安全、可靠和值得信赖的新兴技术,包\n"
        "            括人工智能,为加速发展提供新的机遇。\n"
        "            我们的合作将促进就数字和新兴技术的\n"
        "            整个生命周期,实行有效的人类监督;\n"
    )
    english = (
        "        Reaffirming its\n        resolution 70/1 of 25\n        September 2015,\n\n"
        "        Welcoming the many\n        contributions of\n        Governments and\n"
        "        civil society,\n\n"
        "    (a)     Connect every\n            school and health\n            centre to the\n"
        "            Internet by 2030;\n\n"
        "    (b)     Expand affordable\n            broadband in rural\n"
        "            and remote areas;\n\n"
        "5.      We call for\n        strengthened\n        cooperation among all\n"
        "        stakeholders.\n"
    )
    assert anchors(chinese) == ["4", "4.i"]
    assert paragraph(chinese, "4.i").text.endswith(
        "提供新的机遇。我们的合作将促进就数字和新兴技术的整个生命周期,实行有效的人类监督;"
    )
    assert anchors(english) == ["pp1", "pp2", "pp2.a", "pp2.b", "5"]
    assert (
        paragraph(english, "pp2.a").text
        == "Connect every school and health centre to the Internet by 2030;"
    )


def test_a_first_line_indent_leaves_the_first_line_full() -> None:
    chinese = (
        "     目标1. 弥合所有数字鸿沟,加\n快在实现各项可持续发展目标方面取\n得进展\n\n"
        "     10. 我们确认,普遍和有意义的\n连通和负担得起的接入在释放数字和\n"
        "新兴技术的全部潜力方面发挥着关键\n作用。我们致力于让所有人接入互联\n网。\n\n"
        "     11. 我们承诺到2030年:\n\n     (a) 促进数字技术整个生命周\n期的可持续性;\n"
    )
    english = (
        "       Connectivity and access\n\n"
        "          9. We commit to act now\nto close the digital divides.\n\n"
        "          10. We recognize ITU.\nWe invite it to continue its\n"
        "efforts in all the regions.\n\n"
        "      Digital infrastructure\n\n"
        "          11. We commit by 2030 to:\n\n"
        "          (a) Connect every school\nand health centre to the\nInternet;\n"
    )
    assert anchors(chinese) == ["objective-1", "10", "11", "11.a"]
    assert paragraph(chinese, "objective-1").text == (
        "弥合所有数字鸿沟,加快在实现各项可持续发展目标方面取得进展"
    )
    assert paragraph(chinese, "10").text.endswith("作用。我们致力于让所有人接入互联网。")
    # The centred title keeps its own width: a heading, not a wrapped line.
    assert anchors(english) == ["9", "10", "p-3", "11", "11.a"]
    assert paragraph(english, "10").text == (
        "We recognize ITU. We invite it to continue its efforts in all the regions."
    )
    assert paragraph(english, "p-3").kind == "heading"


def test_the_clause_adopting_the_text_above_its_preamble_is_no_preambular_paragraph() -> None:
    english = (
        "The General Assembly,\n\nAdopts the following outcome document:\n\n"
        "Recalling its resolution 70/125,\n\nReaffirming its resolution 70/1,\n\n"
        "1. We reaffirm our commitment.\n\n2. We further reaffirm our commitment.\n"
    )
    session = english.replace(
        "Adopts the following outcome document:",
        "At its eightieth session, adopted the outcome document of the high-level meeting:",
    )
    chinese = (
        "大会，\n\n通过以下成果文件：\n\n回顾大会第 70/125 号决议，\n\n"
        "重申大会第 70/1 号决议，\n\n" + CHINESE_OPERATIVES
    )
    wsis = chinese.replace(
        "大会，\n\n通过以下成果文件：",
        "在其第八十届会议上通过了关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议成果文件：",
    )
    for content in (english, session, chinese):
        assert anchors(content) == ["p-1", "p-2", "pp1", "pp2", "1", "2"]
        assert paragraph(content, "p-2").kind == "unnumbered"
    assert anchors(wsis) == ["p-1", "pp1", "pp2", "1", "2"]
    assert paragraph(wsis, "pp1").text == "回顾大会第 70/125 号决议，"
    assert paragraph(english, "pp1").text == "Recalling its resolution 70/125,"


def test_a_chinese_title_ends_at_the_blank_line_above_the_preamble() -> None:
    chinese = (
        "关于信息社会世界首脑会议的成果文件\n\n回顾大会第 70/125 号决议，\n\n"
        "重申大会第 70/1 号决议，\n\n" + CHINESE_OPERATIVES
    )
    english = (
        "Outcome document of the World Summit on the Information Society\n\n"
        "Recalling its resolution 70/125,\n\nReaffirming its resolution 70/1,\n\n"
        "1. We reaffirm our commitment.\n\n2. We further reaffirm our commitment.\n"
    )
    assert anchors(chinese) == anchors(english) == ["pp1", "pp2", "1", "2"]
    assert paragraph(chinese, "pp1").text == "回顾大会第 70/125 号决议，"
    assert paragraph(english, "pp1").text == "Recalling its resolution 70/125,"


def test_a_page_cut_after_a_short_line_goes_on_at_the_next_page() -> None:
    english = (
        "4. We decide to act.\n\n5. We request the\n\n"
        "\fSecretary-General to report on the implementation.\n\n"
        "6. We decide to remain seized of the matter.\n"
    )
    chinese = (
        "4. 我们决定采取行动。\n\n5. 我们请\n\n\f秘书长报告执行情况。\n\n"
        "6. 我们决定继续处理此案。\n"
    )
    assert anchors(english) == anchors(chinese) == ["4", "5", "6"]
    assert paragraph(english, "5").text == (
        "We request the Secretary-General to report on the implementation."
    )
    assert paragraph(chinese, "5").text == "我们请秘书长报告执行情况。"


def test_a_heading_wrapped_over_two_lines_stays_a_heading() -> None:
    chinese = (
        "53. 我们赞扬各区域委员会和其他\n区域组织为支持创建积极的有利环\n"
        "境所做的工作。我们呼吁它们以及\n情支持制定由需求驱动的政策指导，\n有利环境。\n\n"
        "建立使用信息和通信技术的信心和\n安全保障\n\n"
        "54. 我们重申，建立使用信息和通\n信技术的信心和安全保障是创新和\n可持续发展的重要驱动力。\n"
    )
    english = (
        "53. We commend the regional commissions and other regional\n"
        "organizations for their work in support of an enabling\n"
        "environment. We call upon them to share experiences.\n\n"
        "Building confidence and security in the use of information and\n"
        "communication technologies\n\n"
        "54. We reaffirm that building confidence and security in the\n"
        "use of information and communication technologies is a driver\n"
        "of innovation and sustainable development.\n"
    )
    assert anchors(chinese) == anchors(english) == ["53", "p-2", "54"]
    assert paragraph(chinese, "p-2").kind == paragraph(english, "p-2").kind == "heading"
    assert paragraph(chinese, "p-2").text == "建立使用信息和通信技术的信心和安全保障"
    assert paragraph(english, "54").heading_path == (
        "Building confidence and security in the use of information and communication technologies",
    )


def test_a_title_right_above_a_declarations_we_is_no_part_of_it() -> None:
    english = (
        "Outcome document digital cooperation\nWe, ministers and heads of delegation\n"
        "assembled in New York,\n4. We commit to build infrastructure.\n"
    )
    chinese = (
        "关于数字合作的成果文件会议\n我们，各国部长和代表团团长\n聚集在纽约，\n"
        "4. 我们承诺建设基础设施。\n"
    )
    assert anchors(english) == anchors(chinese) == ["pp1", "4"]
    assert paragraph(english, "pp1").text == (
        "We, ministers and heads of delegation assembled in New York,"
    )
    assert paragraph(chinese, "pp1").text == "我们，各国部长和代表团团长聚集在纽约，"


def test_a_heading_ending_a_page_does_not_take_the_next_pages_sub_heading() -> None:
    chinese = (
        "36. 我们还迫切地:\n\n"
        "(c) 促请数字技术公司和开发人员继续为应对来自人工智能所生成内容的潜在危害制定解决方案。\n\n"
        "目标4. 推进负责任、公平和可互操作的数据治理做法\n\n24-12345 (C)     7/13\n\fA/79/L.2\n\n"
        "数据隐私和安全\n\n37. 我们确认,负责任和可互操作的数据治理对于推进发展目标至关重要。\n\n"
        "38. 我们确认,迫切需要加强各级数据治理合作。\n"
    )
    english = (
        "36. We further urgently:\n\n(c) Call on digital technology companies and developers"
        " to continue to develop solutions to address harms (SDG 10).\n\n"
        "Objective 4. Advance responsible, equitable and interoperable data governance\n\n"
        "24-12345 (E)     7/13\n\fA/79/L.2\n\nData privacy and security\n\n"
        "37. We recognize that responsible and interoperable data governance is essential.\n\n"
        "38. We recognize the urgent need for strengthened data governance cooperation.\n"
    )
    expected = ["36", "36.c", "objective-4", "p-4", "37", "38"]
    assert anchors(chinese) == anchors(english) == expected
    assert paragraph(chinese, "objective-4").text == "推进负责任、公平和可互操作的数据治理做法"
    assert paragraph(english, "objective-4").text == (
        "Advance responsible, equitable and interoperable data governance"
    )
    assert paragraph(chinese, "p-4").text == "数据隐私和安全"
    assert paragraph(english, "p-4").kind == "heading"
