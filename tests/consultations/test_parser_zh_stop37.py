"""Paragraph parser, what an audit of Chinese UN texts of other kinds found (the English does the
same): a co-facilitators' letter imported alone, an ECOSOC resolution's lettered sections past an
unnumbered sub-heading, a draft's alternatives each named on a line above the number, and an
action's title cut short above the line ending its sentence."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows

# ------------------------------------------------------------- a letter imported alone

_LETTER_ZH = """\
                                                        大会主席

                                                        2024年4月5日

阁下：

    谨提及大会2022年9月8日第76/307号决议。

    我们作为共同主持人，谨随函附上全球数字契约零草案，供会员国
审议。会议安排如下：

    1.   4月15日：一般性发言；

    2.   4月16日至17日：逐段审读。

    期待与各代表团进行建设性的接触。

    顺致最崇高的敬意。


赞比亚常驻联合国代表                          瑞典常驻联合国代表
昌巴·坎达（签名）                              安娜·卡琳·埃内斯特伦（签名）

致：全体常驻联合国代表团和常驻观察员代表团
"""

_LETTER_EN = """\
                                                        The President of the General Assembly

                                                        5 April 2024

Excellency,

    I have the honour to refer to General Assembly resolution 76/307.

    As co-facilitators, we are pleased to share the zero draft for the consideration of
Member States. The meetings are as follows:

    1.   15 April: general statements;

    2.   16-17 April: first reading.

    We look forward to constructive engagement with all delegations.

    Please accept, Excellency, the assurances of our highest consideration.


Permanent Representative of Zambia                 Permanent Representative of Sweden
Chola Milambo (Signed)                             Anna Karin Eneström (Signed)

To all Permanent Representatives and Permanent Observers to the United Nations
"""


def test_a_letter_with_no_draft_below_it_is_the_text() -> None:
    rows = parsed_rows(_LETTER_ZH)
    assert [(anchor, kind, text) for anchor, kind, _, text in rows] == [
        ("p-1", "unnumbered", "谨提及大会2022年9月8日第76/307号决议。"),
        (
            "p-2",
            "unnumbered",
            "我们作为共同主持人，谨随函附上全球数字契约零草案，供会员国审议。会议安排如下：",
        ),
        ("1", "operative", "4月15日：一般性发言；"),
        ("2", "operative", "4月16日至17日：逐段审读。"),
        ("p-5", "unnumbered", "期待与各代表团进行建设性的接触。"),
    ]
    assert not any(
        "cover letter" in warning.message for warning in parse_document(_LETTER_ZH).warnings
    )


def test_a_letter_with_no_draft_below_it_keeps_its_body_in_english_too() -> None:
    rows = parsed_rows(_LETTER_EN)
    assert [text for _, _, _, text in rows] == [
        "I have the honour to refer to General Assembly resolution 76/307.",
        "As co-facilitators, we are pleased to share the zero draft for the consideration of "
        "Member States. The meetings are as follows:",
        "15 April: general statements;",
        "16-17 April: first reading.",
        "We look forward to constructive engagement with all delegations.",
    ]


def test_a_letter_above_a_draft_is_still_skipped() -> None:
    content = _LETTER_ZH.replace(
        "致：全体常驻联合国代表团和常驻观察员代表团\n",
        "全球数字契约\n\n1. 我们承认数字技术正在改变世界。\n\n2. 我们决心弥合数字鸿沟。\n",
    )
    rows = parsed_rows(content)
    assert [(anchor, text) for anchor, _, _, text in rows] == [
        ("1", "我们承认数字技术正在改变世界。"),
        ("2", "我们决心弥合数字鸿沟。"),
    ]


def test_a_letter_below_a_short_draft_is_still_skipped() -> None:
    content = (
        "1. 我们承认数字技术正在改变世界。\n\n2. 我们决心弥合数字鸿沟。\n\n"
        "3. 我们请秘书长提供支持。\n\n阁下：\n\n谨随函附上上述案文。\n\n"
        "顺致最崇高的敬意。\n\n共同主持人（签名）\n"
    )
    rows = parsed_rows(content)
    assert [anchor for anchor, *_ in rows] == ["1", "2", "3"]


# ------------------------------------- lettered sections past an unnumbered sub-heading

_ECOSOC_ZH = """\
A.   信息社会世界首脑会议成果执行和后续落实进展情况

    经济及社会理事会，

    回顾大会2015年12月16日第70/125号决议，

    评估现状

    1.   注意到信息社会世界首脑会议成果的执行取得了进展；

    前进方向

    2.   呼吁所有利益攸关方将数字合作作为优先事项；

B.   科学、技术和创新促进发展

    3.   鼓励会员国制定科学、技术和创新政策。
"""


def test_a_lettered_section_past_a_sub_heading_stands_beside_the_section_above() -> None:
    paragraphs = {p.anchor: p for p in parse_document(_ECOSOC_ZH).paragraphs}
    assert paragraphs["section-b"].parent is None
    assert paragraphs["section-b"].heading_path == ()
    assert paragraphs["3"].parent == "section-b"
    assert paragraphs["3"].heading_path == ("B. 科学、技术和创新促进发展",)
    assert paragraphs["2"].heading_path == (
        "A. 信息社会世界首脑会议成果执行和后续落实进展情况",
        "前进方向",
    )


def test_a_lettered_section_past_a_sub_heading_in_english() -> None:
    content = (
        "A. First section\n\nAssessment\n\n1. Notes progress;\n\n"
        "B. Second section\n\n2. Encourages.\n"
    )
    paragraphs = {p.anchor: p for p in parse_document(content).paragraphs}
    assert paragraphs["section-b"].parent is None
    assert paragraphs["2"].heading_path == ("B. Second section",)


# ------------------------------------------- alternatives named above their number

_ALTERNATIVES_ZH = """\
3. 为实现我们的共同愿景，我们将弥合数字鸿沟。

备选案文1：
4. 我们承诺在2030年前[实现普遍和有意义的连通][将未连通人口减半]。

备选案文2：
4. 我们承诺加快普遍连通。

5. 我们请秘书长[在现有资源范围内]提供支持。
"""


def test_alternatives_named_above_a_repeated_number_are_the_paragraphs_alternatives() -> None:
    paragraphs = parse_document(_ALTERNATIVES_ZH).paragraphs
    assert [(p.anchor, p.label, p.text) for p in paragraphs] == [
        ("3", "3", "为实现我们的共同愿景，我们将弥合数字鸿沟。"),
        ("4alt1", "4 备选案文1", "我们承诺在2030年前[实现普遍和有意义的连通][将未连通人口减半]。"),
        ("4alt2", "4 备选案文2", "我们承诺加快普遍连通。"),
        ("5", "5", "我们请秘书长[在现有资源范围内]提供支持。"),
    ]


def test_alternatives_named_above_a_repeated_number_in_english_apart_by_blank_lines() -> None:
    content = (
        "3. We will act.\n\nAlt 1:\n\n4. We commit to universal connectivity.\n\n"
        "Alt 2:\n\n4. We commit to accelerate connectivity.\n\n5. We request support.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.label) for p in paragraphs] == [
        ("3", "3"),
        ("4alt1", "4 alt 1"),
        ("4alt2", "4 alt 2"),
        ("5", "5"),
    ]


def test_an_option_above_the_first_of_several_numbers_is_no_alternative() -> None:
    content = (
        "Option 1\n\n1. The panel would report annually.\n\n2. It would have 40 members.\n\n"
        "Option 2\n\n1. The panel would report every two years.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "2", "p-3", "part-2/1"]


# ------------------------------------ an action's title cut short above its sentence's end

_PACT_ZH = """\
第一章. 可持续发展和发展筹资

    3.   我们决心采取大胆的行动。

行动1. 我们将采取大胆、雄心勃勃、加速、公正和变革性的行动，落实
《2030年议程》。

    4.   我们决定加强执行手段。

                                                                                              附件一

    1.   我们将。
"""


def test_an_action_title_cut_short_goes_on_over_the_line_ending_its_sentence() -> None:
    rows = parsed_rows(_PACT_ZH)
    assert rows[2:4] == [
        (
            "action-1",
            "heading",
            "section-1",
            "我们将采取大胆、雄心勃勃、加速、公正和变革性的行动，落实《2030年议程》。",
        ),
        ("4", "operative", "action-1", "我们决定加强执行手段。"),
    ]


def test_an_objective_title_stays_apart_from_the_sentence_below_it() -> None:
    text = _PACT_ZH.replace(
        "行动1. 我们将采取大胆、雄心勃勃、加速、公正和变革性的行动，落实\n《2030年议程》。",
        "目标 1. 弥合所有数字鸿沟\n《2030年议程》要求我们加快行动。",
    )
    rows = parsed_rows(text)
    assert rows[2][:2] == ("objective-1", "heading")
    assert rows[2][3] == "弥合所有数字鸿沟"
