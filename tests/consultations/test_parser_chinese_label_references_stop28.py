"""Paragraph parser: in a Chinese compilation, a label opening a line right below a line the
sentence left open, and followed (past its sponsors) by a word no sentence opens with, is a
reference in that sentence ("…包括对" + "PP2（77国集团和中国）的修正建议，"): it goes on with the
paragraph above, which no longer splits (nor does the real PP2 below get `pp2_2`). A labelled
paragraph opening with its own words stays a paragraph, right below another line too."""

from __future__ import annotations

from consultations.parser import parse_document

_COMPILATION = """\
序言部分

PP1 回顾其关于信息社会世界峰会成果落实情况的第70/125号决议，以及各会员国就此提出的各项提案，包括对
PP2（77国集团和中国）的修正建议，

PP2 又回顾《2030年可持续发展议程》，
PP3（77国集团和中国）还回顾大会第70/1号决议，

执行部分

OP1 欢迎秘书长的报告；
"""


def test_a_label_the_chinese_sentence_above_goes_on_with_is_a_reference() -> None:
    result = parse_document(_COMPILATION)
    paragraphs = {p.anchor: p.text for p in result.paragraphs}
    assert paragraphs["pp1"].endswith("包括对PP2（77国集团和中国）的修正建议，")
    assert paragraphs["pp2"] == "又回顾《2030年可持续发展议程》，"
    assert paragraphs["pp3"] == "（77国集团和中国）还回顾大会第70/1号决议，"
    assert "pp2_2" not in paragraphs
    assert not any("used twice" in warning.message for warning in result.warnings)


def test_a_label_opening_its_own_words_below_an_open_line_stays_a_paragraph() -> None:
    text = (
        "序言部分\n\n"
        "PP1 回顾其关于信息社会世界峰会成果落实情况的第70/125号决议以及各会员国就此提出的各项\n"
        "PP2（77国集团和中国）又回顾《2030年可持续发展议程》，\n"
        "PP2 之二（77国集团和中国）确认数字合作的重要性，\n\n"
        "执行部分\n\nOP1 欢迎秘书长的报告；\n"
    )
    anchors = [p.anchor for p in parse_document(text).paragraphs]
    assert anchors[:3] == ["pp1", "pp2", "pp2bis"]
