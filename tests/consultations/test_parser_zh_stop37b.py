"""Paragraph parser, inputs the rules of test_parser_zh_stop37 first read wrongly: a letter
over a one-sentence draft, lettered sections under an unnumbered chapter heading, options over
lists of their own, and an action's short title over its sentence."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows

# ------------------------------------------------- a letter over a one-sentence draft


def test_a_letter_over_a_one_sentence_draft_is_skipped_the_draft_kept() -> None:
    content = (
        "Excellency,\n\nWe transmit the draft decision below.\n\n"
        "Please accept, Excellency, the assurances of our highest consideration.\n\n"
        "(Signed) Co-facilitators\n\n"
        "The General Assembly decides to postpone the review.\n"
    )
    assert parsed_rows(content) == [
        ("p-1", "unnumbered", None, "The General Assembly decides to postpone the review.")
    ]


def test_a_letter_over_a_titled_unnumbered_declaration_is_skipped() -> None:
    content = (
        "阁下：\n\n谨代表77国集团和中国转递以下宣言。\n\n顺致最崇高的敬意。\n\n"
        "伊拉克大使（签名）\n\n77国集团部长宣言\n部长们重申南南合作的重要性。\n"
        "部长们呼吁改革国际金融架构。\n"
    )
    texts = [text for *_, text in parsed_rows(content)]
    assert "谨代表77国集团和中国转递以下宣言。" not in texts
    assert texts[-1] == "部长们呼吁改革国际金融架构。"


# ------------------------------------ lettered sections under an unnumbered chapter heading

_CHAPTERS = (
    "Introduction\n\n1. The report covers the year.\n\nRecommendations\n\n"
    "A. Financing\n\n2. Member States should increase domestic resources.\n\n"
    "B. Technology\n\n3. Member States should invest in infrastructure.\n"
)


def test_lettered_sections_stay_under_the_unnumbered_heading_above_them() -> None:
    paragraphs = {p.anchor: p for p in parse_document(_CHAPTERS).paragraphs}
    assert paragraphs["section-a"].parent == "p-3"
    assert paragraphs["section-b"].parent == "p-3"
    assert paragraphs["3"].heading_path == ("Recommendations", "B. Technology")


def test_chinese_lettered_sections_stay_under_the_unnumbered_heading_above_them() -> None:
    content = (
        "导言\n\n1. 本报告涵盖本年度。\n\n建议\n\nA. 筹资\n\n2. 会员国应增加国内资源。\n\n"
        "B. 技术\n\n3. 会员国应投资于基础设施。\n"
    )
    paragraphs = {p.anchor: p for p in parse_document(content).paragraphs}
    assert paragraphs["section-b"].parent == paragraphs["section-a"].parent == "p-3"
    assert paragraphs["3"].heading_path == ("建议", "B. 技术")


# ------------------------------------------------------ options over lists of their own


def test_options_over_lists_of_different_lengths_stay_headings() -> None:
    content = (
        "Elements paper\nOption 1\n1. The panel shall be established by the General Assembly.\n"
        "This option was supported by several delegations.\nOption 2\n"
        "1. The panel shall be established by the Secretary-General.\n"
        "2. Its members shall serve in their personal capacity.\n"
    )
    rows = parsed_rows(content)
    assert [(anchor, parent) for anchor, _, parent, _ in rows] == [
        ("1", None),
        ("p-2", None),
        ("p-3", None),
        ("part-2/1", "p-3"),
        ("part-2/2", "p-3"),
    ]
    assert rows[2][3] == "Option 2"


def test_chinese_options_over_lists_stay_headings() -> None:
    content = (
        "要素文件\n备选方案1\n1. 小组应由大会设立。\n备选方案2\n1. 小组应由秘书长设立。\n"
        "2. 小组成员以个人身份任职。\n"
    )
    rows = parsed_rows(content)
    assert [(anchor, text) for anchor, _, _, text in rows] == [
        ("1", "小组应由大会设立。"),
        ("p-2", "备选方案2"),
        ("part-2/1", "小组应由秘书长设立。"),
        ("part-2/2", "小组成员以个人身份任职。"),
    ]


def test_alternatives_named_above_their_number_keep_the_printed_word() -> None:
    content = (
        "3. 我们将弥合数字鸿沟。\n\n备选方案1\n4. 我们承诺实现普遍连通。\n\n"
        "备选方案2\n4. 我们承诺加快连通。\n\n5. 我们请秘书长提供支持。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.label) for p in paragraphs] == [
        ("3", "3"),
        ("4alt1", "4 备选方案1"),
        ("4alt2", "4 备选方案2"),
        ("5", "5"),
    ]


# ------------------------------------------- an action's short title over its sentence


def test_an_action_short_title_stays_apart_from_its_sentence_below() -> None:
    content = (
        "行动1. 加强统计能力\n会员国将加强国家统计局的能力。\n"
        "行动2. 促进数据共享\n会员国将促进数据共享。\n"
    )
    assert parsed_rows(content) == [
        ("action-1", "heading", None, "加强统计能力"),
        ("p-2", "unnumbered", "action-1", "会员国将加强国家统计局的能力。"),
        ("action-2", "heading", None, "促进数据共享"),
        ("p-4", "unnumbered", "action-2", "会员国将促进数据共享。"),
    ]


def test_action_short_titles_under_a_plan_stay_apart_from_longer_sentences() -> None:
    content = (
        "能力建设行动计划\n行动1. 加强统计能力\n"
        "会员国将加强国家统计局的能力，以便监测可持续发展目标的执行情况。\n"
        "行动2. 促进数据共享\n会员国将促进数据共享，并制定相关标准。\n"
    )
    rows = parsed_rows(content)
    assert [(anchor, text) for anchor, kind, _, text in rows if kind == "heading"] == [
        ("action-1", "加强统计能力"),
        ("action-2", "促进数据共享"),
    ]
