"""Paragraph parser: a Chinese note reference after a document cited by symbol or title, before
the words its sentence goes on with ("秘书长的报告4所载建议"), or across the space pdftotext
sets after the raised digit ("第 53/29 号决议3 和大会"), is taken out when its note exists."""

from __future__ import annotations

from consultations.parser import parse_document

RESOLUTION = (
    "                  人权理事会，\n\n"
    "                  回顾人权理事会第 53/29 号决议3 和大会第 78/265 号决议，\n\n"
    "                  注意到秘书长的报告4所载建议，\n\n"
    "                  又注意到《公约》缔约国和公约5 缔约国会议的工作，\n\n"
    "                  1.     决定继续处理这一问题。\n"
    "          __________________\n"
    "             3   见《大会正式记录，第七十八届会议，补编第 53 号》（A/78/53）。\n"
    "             4   A/HRC/56/45。\n"
    "             5   联合国，《条约汇编》，第 2349 卷，第 41 号。\n"
)


def test_references_before_the_words_going_on_are_taken_out() -> None:
    texts = {p.anchor: p.text for p in parse_document(RESOLUTION).paragraphs}
    assert texts["pp1"] == "回顾人权理事会第 53/29 号决议和大会第 78/265 号决议，"
    assert texts["pp2"] == "注意到秘书长的报告所载建议，"
    assert texts["pp3"] == "又注意到《公约》缔约国和公约缔约国会议的工作，"


def test_without_their_notes_the_digits_stay() -> None:
    content = RESOLUTION.split("          ____")[0]
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert texts["pp1"] == "回顾人权理事会第 53/29 号决议3 和大会第 78/265 号决议，"
    assert texts["pp2"] == "注意到秘书长的报告4所载建议，"


def test_a_range_a_number_or_another_figure_after_the_noun_stays() -> None:
    content = (
        "1. 注意到报告1至3所载的建议。\n\n"
        "2. 回顾决议2号文件和报告3和4所列措施。\n\n"
        "3. 又注意到第 70/1 号决议3 。\n\n"
        "__________\n1 A/79/1。\n2 A/79/2。\n3 A/79/3。\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts == [
        "注意到报告1至3所载的建议。",
        "回顾决议2号文件和报告3和4所列措施。",
        "又注意到第 70/1 号决议3 。",
    ]
