"""Paragraph parser: a wrap between a figure and an ideograph joins them as the text sets them,
without a space where the text glues its figures ("2023年", "第70/1号"), with one in the
official layout ("2023 年", "第 70/1 号")."""

from __future__ import annotations

from consultations.parser import parse_document

GLUED = (
    "     人权理事会，\n\n"
    "     回顾其2023年12月19日第78/213号决议和人权理事会2023年7月14日第53/29\n"
    "号决议，\n\n"
    "     1．注意到2023年全球制造业增加值达到16.2万亿美元，2024年的增长率为\n"
    "3.5%；\n\n"
    "     2．决定在2026年继续审议这一问题，并请秘书长在2025年9月之前提交报告A/80/1\n"
    "所述的资料。\n"
)
SPACED = (
    "     人权理事会，\n\n"
    "     回顾其 2023 年 12 月 19 日第 78/213 号决议和人权理事会 2023 年 7 月 14 日第 53/29\n"
    "号决议，\n\n"
    "     1．决定继续审议这一问题。\n"
)


def test_a_text_that_glues_its_figures_is_joined_without_a_space() -> None:
    texts = {p.anchor: p.text for p in parse_document(GLUED).paragraphs}
    assert (
        texts["pp1"] == "回顾其2023年12月19日第78/213号决议和人权理事会2023年7月14日第53/29号决议，"
    )
    assert texts["1"].endswith("2024年的增长率为3.5%；")
    assert texts["2"].endswith("提交报告A/80/1所述的资料。")


def test_the_official_layout_keeps_its_space() -> None:
    texts = {p.anchor: p.text for p in parse_document(SPACED).paragraphs}
    assert texts["pp1"].endswith("7 月 14 日第 53/29 号决议，")
