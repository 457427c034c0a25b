"""Paragraph parser: the English and Chinese versions of one document must number alike.

Chinese opens its operative paragraphs with the words its preambular ones open with ("欢迎",
"敦促", "鼓励" …), so in a resolution that numbers no paragraph an unnumbered "欢迎取得的进展；"
was counted as preamble (pp2) where English "Welcomes the progress made;" is operative (p-3).
Where English tells them apart by the verb ("Welcoming …," / "Welcomes …;"), Chinese tells them
apart by the ending: a preambular paragraph's sentence goes on past its "，", an operative
one's "；" or "。" ends it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


def _anchors(text: str) -> list[str]:
    return [found.anchor for found in parse_document(text, "text").paragraphs]


@pytest.mark.parametrize(
    "opener", ["欢迎", "注意到", "重申", "强调", "认识到", "吁请", "鼓励", "敦促"]
)
def test_a_chinese_unnumbered_operative_paragraph_ends_the_preamble(opener: str) -> None:
    english = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/125,\n\n"
        "Welcomes the progress made;\n\n"
        "Decides to remain seized of the matter.\n"
    )
    chinese = (
        f"大会，\n\n回顾其第 70/125 号决议，\n\n{opener}取得的进展；\n\n决定继续处理此事项。\n"
    )
    assert _anchors(english) == ["p-1", "pp1", "p-3", "p-4"]
    assert _anchors(chinese) == _anchors(english)


def test_a_chinese_resolution_s_one_unnumbered_paragraph_is_operative() -> None:
    english = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/125,\n\n"
        "Urges Member States to provide funding.\n"
    )
    chinese = "大会，\n\n回顾其第 70/125 号决议，\n\n敦促会员国提供资金。\n"
    assert _anchors(english) == ["p-1", "pp1", "p-3"]
    result = parse_document(chinese, "text")
    assert [found.anchor for found in result.paragraphs] == ["p-1", "pp1", "p-3"]
    assert not result.warnings


def test_a_chinese_preambular_paragraph_ending_with_its_comma_stays_preamble() -> None:
    chinese = (
        "大会，\n\n"
        "回顾其第 70/125 号决议，\n\n"
        "欢迎在落实成果方面取得的进展，\n\n"
        "鼓励会员国提供资金；\n\n"
        "决定继续处理此事项。\n"
    )
    assert _anchors(chinese) == ["p-1", "pp1", "pp2", "p-4", "p-5"]


def test_a_chinese_decision_s_lead_in_ends_its_sentence_with_its_last_item() -> None:
    english = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/125,\n\n"
        "Urges Member States:\n"
        "(a) To provide funding;\n"
        "(b) To strengthen cooperation.\n"
    )
    chinese = "大会，\n\n回顾其第 70/125 号决议，\n\n敦促会员国：\n(a) 提供资金；\n(b) 加强合作。\n"
    assert _anchors(english) == ["p-1", "pp1", "p-3", "p-3.a", "p-3.b"]
    assert _anchors(chinese) == _anchors(english)


def test_the_chinese_version_of_an_unnumbered_resolution_numbers_as_the_english() -> None:
    english = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/125 of 16 December 2015,\n\n"
        "Noting the report of the Secretary-General,\n\n"
        "Welcomes the progress made in implementing the outcomes of the World Summit on the "
        "Information Society;\n\n"
        "Calls upon all stakeholders to strengthen multi-stakeholder cooperation;\n\n"
        "Decides to remain seized of the matter.\n"
    )
    chinese = (
        "大会，\n\n"
        "回顾其 2015 年 12 月 16 日第 70/125 号决议，\n\n"
        "注意到秘书长的报告，\n\n"
        "欢迎在落实信息社会世界峰会成果方面取得的进展；\n\n"
        "吁请所有利益攸关方加强多利益攸关方合作；\n\n"
        "决定继续处理此事项。\n"
    )
    assert _anchors(english) == ["p-1", "pp1", "pp2", "p-4", "p-5", "p-6"]
    assert _anchors(chinese) == _anchors(english)


@pytest.mark.parametrize(
    "items",
    [
        ("发布年度政策相关总结报告；", "就人工智能的机遇、风险和影响提供科学评估。"),
        ("发布报告；", "提供评估。"),
    ],
    ids=["long-items", "short-items"],
)
def test_a_chinese_article_s_paragraph_ending_at_its_colon_is_paragraph_1(
    items: tuple[str, str],
) -> None:
    english = (
        "Article 1 Mandate\n\n"
        "1. The mandate of the Panel is:\n"
        "(a) To issue an annual policy-relevant summary report;\n"
        "(b) To provide scientific assessments of the opportunities, risks and impacts of AI.\n\n"
        "2. The Panel shall work independently.\n"
    )
    chinese = (
        "第一条 任务\n\n"
        "一、小组的任务是：\n"
        f"（一）{items[0]}\n"
        f"（二）{items[1]}\n\n"
        "二、小组应以独立方式开展工作。\n"
    )
    expected = ["article-1", "article-1/1", "article-1/1.a", "article-1/1.b", "article-1/2"]
    assert _anchors(english) == expected
    result = parse_document(chinese, "text")
    assert [found.anchor for found in result.paragraphs] == expected
    assert result.paragraphs[1].label == "一"
    assert result.paragraphs[1].text == "小组的任务是："
    assert not result.warnings


ENGLISH_COMMENTED_DRAFT = (
    "Co-facilitators' revised draft with comments\n\n"
    "Paragraph 1\n"
    "We, the Ministers and High Representatives, gathered in Geneva on 7 July 2025, reaffirm "
    "our commitment to the WSIS vision.\n"
    "Comment: agreed ad ref.\n\n"
    "Paragraph 2\n"
    "We recognize that the digital divide persists.\n"
    'Comment: EU proposes to add "and is widening".\n\n'
    "Paragraph 3\n"
    "We commit to strengthening the Internet Governance Forum.\n"
)
CHINESE_COMMENTED_DRAFT = (
    "共同主持人附评论的订正草案\n\n"
    "第一段\n"
    "我们，2025 年 7 月 7 日聚集在日内瓦的部长和高级代表，重申我们对信息社会世界峰会愿景的承诺。\n"
    "评论：暂时商定。\n\n"
    "第二段\n"
    "我们认识到数字鸿沟依然存在。\n"
    '评论：欧盟提议增加"并在扩大"。\n\n'
    "第三段\n"
    "我们承诺加强互联网治理论坛。\n"
)


@pytest.mark.parametrize(
    "content",
    [
        "Paragraph 1\nWe reaffirm our commitment to the WSIS vision.\n\n"
        "Paragraph 2\nWe recognize that the digital divide persists.\n",
        "第一段\n我们重申对信息社会世界峰会愿景的承诺。\n\n第二段\n我们认识到数字鸿沟依然存在。\n",
        "第 1 段\n我们重申对信息社会世界峰会愿景的承诺。\n\n"
        "第 2 段\n我们认识到数字鸿沟依然存在。\n",
    ],
    ids=["english", "chinese", "chinese-digits"],
)
def test_a_paragraph_s_label_alone_above_it_numbers_it(content: str) -> None:
    result = parse_document(content, "text")
    assert [(found.anchor, found.label) for found in result.paragraphs] == [("1", "1"), ("2", "2")]
    assert not result.paragraphs[0].text.startswith(("Paragraph", "第"))
    assert not result.warnings


def test_a_commented_draft_numbers_alike_in_english_and_chinese() -> None:
    english = parse_document(ENGLISH_COMMENTED_DRAFT, "text").paragraphs
    chinese = parse_document(CHINESE_COMMENTED_DRAFT, "text").paragraphs
    assert [found.anchor for found in english] == [found.anchor for found in chinese]
    assert [found.anchor for found in english if found.kind == "operative"] == ["1", "2", "3"]
    assert english[-1].text == "We commit to strengthening the Internet Governance Forum."


def test_a_sentence_wrapped_before_a_paragraph_s_name_goes_on() -> None:
    content = "1. The Assembly took note of the proposals set out in\nParagraph 2\nof the report.\n"
    paragraphs = parse_document(content, "text").paragraphs
    assert [found.anchor for found in paragraphs] == ["1"]
