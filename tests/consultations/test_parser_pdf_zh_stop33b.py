"""Paragraph parser, what an audit of Chinese UN texts as `pdftotext -layout` and web copies give
them found: sub-headings lettered with the heavenly stems ("甲." for "A.") anchor as the English
letters, and the layout forms (page furniture and notes amid a paragraph, "１．" numbers, ㈠ items)
read as the English text of the same structure."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, parsed_rows

# ------------------------------------------------------- sub-headings lettered 甲, 乙, 丙

_REPORT_WITH_STEM_HEADINGS_ZH = """\
 一{sep}     导言
      1．本报告是根据大会第 78/176 号决议提交的。
 二{sep}     会员国采取的措施
 甲{sep}     法律框架
      2．一些会员国报告称，它们已通过专门立法。
 乙{sep}     政策
      3．甲、乙两国通过了国家行动计划。
"""

_REPORT_WITH_LETTER_HEADINGS_EN = """\
 I.     Introduction
      1.    The present report is submitted pursuant to resolution 78/176.
 II.     Measures taken by Member States
 A.     Legal framework
      2.    Some Member States reported that they had adopted legislation.
 B.     Policies
      3.    Two States adopted national action plans.
"""


@pytest.mark.parametrize("sep", [".", "、", "．"], ids=["full stop", "enumeration comma", "wide"])
def test_a_sub_heading_lettered_with_a_heavenly_stem_anchors_as_the_english_letter(
    sep: str,
) -> None:
    content = _REPORT_WITH_STEM_HEADINGS_ZH.format(sep=sep)
    assert [(p.anchor, p.label, p.text) for p in parse_document(content).paragraphs] == [
        ("section-1", "一", "导言"),
        ("1", "1", "本报告是根据大会第 78/176 号决议提交的。"),
        ("section-2", "二", "会员国采取的措施"),
        ("section-2.a", "甲", "法律框架"),
        ("2", "2", "一些会员国报告称，它们已通过专门立法。"),
        ("section-2.b", "乙", "政策"),
        ("3", "3", "甲、乙两国通过了国家行动计划。"),
    ]
    assert anchors(content) == anchors(_REPORT_WITH_LETTER_HEADINGS_EN)


# ------------------------------------------------------- layout forms read as the English text

_DRAFT_OVER_A_PAGE_BREAK_ZH = """\
                                                                      A/79/L.7
 联 合 国                                                   大     会          Distr.: Limited
                                                                      1 November 2024
                                                                      Chinese

第七十九届会议
议程项目 27

           大会，

           又回顾《2015-2030 年仙台减少灾害风险框架》3 和《巴黎协定》，4 并确认
其对实现可持续发展目标的重要性，

           １．欢迎秘书长的报告；5

           ２．鼓励会员国根据本国国情和优先事项，加强国家统计能力，以便监测
《2030 年可持续发展议程》6 的执行情况，并请联合国系统各实体在这方面提供
_______________
3   第 69/283 号决议，附件二。
4   见 FCCC/CP/2015/10/Add.1，第 1/CP.21 号决定，附件。


24-19876 (C)                                                                        2/4
A/79/L.7

支持；

           ３．又鼓励会员国：
                  ㈠    加强数据收集工作；
                  ㈡    分享最佳做法和经验教训，包括通过南南合作和三角合
作；

           ４．请秘书长在第八十届会议上就本决议的执行情况提出报告。
_______________
5   A/79/200。
6   第 70/1 号决议。

                                                                                    3/4
"""


def test_a_chinese_layout_draft_loses_its_page_furniture_and_notes_not_its_text() -> None:
    rows = parsed_rows(_DRAFT_OVER_A_PAGE_BREAK_ZH)
    assert [(anchor, text) for anchor, _, _, text in rows] == [
        ("p-1", "大会，"),
        (
            "pp1",
            "又回顾《2015-2030 年仙台减少灾害风险框架》和《巴黎协定》，"
            "并确认其对实现可持续发展目标的重要性，",
        ),
        ("1", "欢迎秘书长的报告；"),
        (
            "2",
            "鼓励会员国根据本国国情和优先事项，加强国家统计能力，以便监测"
            "《2030 年可持续发展议程》的执行情况，并请联合国系统各实体在这方面提供支持；",
        ),
        ("3", "又鼓励会员国："),
        ("3.i", "加强数据收集工作；"),
        ("3.ii", "分享最佳做法和经验教训，包括通过南南合作和三角合作；"),
        ("4", "请秘书长在第八十届会议上就本决议的执行情况提出报告。"),
    ]


# ------------------------------------------------------- letter-spaced titles

_REPORT_WITH_LETTER_SPACED_TITLES_ZH = """\
 一.     导  言
      1.    本报告是根据大会第 78/176 号决议提交的。
 二.     结 论 和 建 议
      2.    秘书长建议会员国废除所有基于年龄的歧视性法律。

附 件 一
              提交资料的会员国名单
      阿根廷、智利、中国、哥伦比亚。
"""


def test_a_letter_spaced_chinese_title_reads_as_one_word_its_spaced_label_as_printed() -> None:
    paragraphs = parse_document(_REPORT_WITH_LETTER_SPACED_TITLES_ZH).paragraphs
    assert [(p.anchor, p.label, p.text) for p in paragraphs] == [
        ("section-1", "一", "导言"),
        ("1", "1", "本报告是根据大会第 78/176 号决议提交的。"),
        ("section-2", "二", "结论和建议"),
        ("2", "2", "秘书长建议会员国废除所有基于年龄的歧视性法律。"),
        ("annex-1", "附 件 一", "提交资料的会员国名单"),
        ("p-6", None, "阿根廷、智利、中国、哥伦比亚。"),
    ]
    assert [p.heading_path for p in paragraphs[1:4:2]] == [("一. 导言",), ("二. 结论和建议",)]


# ------------------------------------------------------- a note's number glued to a symbol

_NOTES_GLUED_TO_THEIR_TEXT_ZH = """\
           大会，

           回顾《2030 年可持续发展议程》1和《亚的斯亚贝巴行动议程》2，

           1．欢迎秘书长的报告3；

           2．决定继续审议。
_______________
1第 70/1 号决议。
2第 69/313 号决议，附件。
3A/79/200。
"""

_NOTES_GLUED_TO_THEIR_TEXT_EN = """\
           The General Assembly,

           Recalling the 2030 Agenda1 and the Addis Ababa Action Agenda,2

           1.    Welcomes the report of the Secretary-General;3

           2.    Decides to remain seized of the matter.
_______________
1Resolution 70/1.
2Resolution 69/313, annex.
3A/79/200.
"""


@pytest.mark.parametrize(
    ("content", "welcomes"),
    [
        (_NOTES_GLUED_TO_THEIR_TEXT_ZH, "欢迎秘书长的报告；"),
        (_NOTES_GLUED_TO_THEIR_TEXT_EN, "Welcomes the report of the Secretary-General;"),
    ],
    ids=["zh", "en"],
)
def test_a_note_number_glued_to_a_document_symbol_is_a_note(content: str, welcomes: str) -> None:
    rows = parsed_rows(content)
    assert [anchor for anchor, _, _, _ in rows] == ["p-1", "pp1", "1", "2"]
    assert rows[2][3] == welcomes
