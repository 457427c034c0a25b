"""Paragraph parser: how items and paragraphs are numbered, whatever the copy prints ("i." as
pandoc writes a roman list, "(1)" as model laws number an article's paragraphs), so that every
language of a text gives its paragraphs the same anchors."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _anchors(content: str, fmt: Format = "text") -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, fmt).paragraphs]


# -- roman items with a full stop ---------------------------------------------------------------

_ROMAN_ITEMS_EN = (
    "7. Notes the progress made.\n\n8. Decides that the Forum shall:\n\n"
    "{indent}i. Discuss public policy issues;\n\n"
    "{indent}ii. Facilitate discourse between bodies;\n\n"
    "9. Decides to remain seized of the matter.\n"
)
_ROMAN_ITEMS_ZH = (
    "7. 注意到所取得的进展。\n\n8. 决定论坛应：\n\n"
    "㈠ 讨论公共政策问题；\n\n㈡ 促进机构之间的对话；\n\n"
    "9. 决定继续处理此案。\n"
)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (_ROMAN_ITEMS_EN.format(indent=""), "text"),
        (_ROMAN_ITEMS_EN.format(indent=""), "markdown"),
        (_ROMAN_ITEMS_EN.format(indent="   "), "markdown"),
        (_ROMAN_ITEMS_ZH, "text"),
        (_ROMAN_ITEMS_ZH, "markdown"),
    ],
    ids=["en-text", "en-markdown", "en-markdown-indented", "zh-text", "zh-markdown"],
)
def test_roman_items_with_a_full_stop_right_below_a_numbered_paragraph(
    content: str, fmt: Format
) -> None:
    paragraphs = parse_document(content, fmt).paragraphs
    assert [paragraph.anchor for paragraph in paragraphs] == ["7", "8", "8.i", "8.ii", "9"]
    assert paragraphs[1].text in ("Decides that the Forum shall:", "决定论坛应：")
    assert paragraphs[2].parent == "8"


@pytest.mark.parametrize(
    "content",
    [
        "1. Calls upon States:\n\n"
        + "".join(f"{letter}. To act {letter};\n\n" for letter in "abcdefgh")
        + "i. To act i;\n\nj. To report;\n\n2. Decides.\n",
        "1. 吁请各国：\n\n"
        + "".join(f"({letter}) 采取行动 {letter}；\n\n" for letter in "abcdefgh")
        + "(i) 采取行动 i；\n\n(j) 提交报告；\n\n2. 决定。\n",
    ],
    ids=["en", "zh"],
)
def test_i_with_a_full_stop_after_h_is_the_letter(content: str) -> None:
    letters = [f"1.{letter}" for letter in "abcdefghij"]
    assert _anchors(content) == ["1", *letters, "2"]


# -- items numbered "(1)" or circled ------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "1. Decides that the Forum shall:\n\n(1) Meet annually;\n\n(2) Report to the Assembly;\n\n"
        "2. Requests a report.\n",
        "1. Decides that the Forum shall:\n\n\\(1\\) Meet annually;\n\n\\(2\\) Report;\n\n"
        "2. Requests a report.\n",
        "1. 决定论坛应：\n\n（1）每年举行会议；\n\n（2）向大会报告；\n\n2. 请提交报告。\n",
        "1. 决定论坛应：\n\n① 每年举行会议；\n\n② 向大会报告；\n\n2. 请提交报告。\n",
    ],
    ids=["en", "en-escaped", "zh", "zh-circled"],
)
def test_items_numbered_in_parentheses_below_a_colon_stay_in_their_paragraph_in_markdown(
    content: str,
) -> None:
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [paragraph.anchor for paragraph in paragraphs] == ["1", "2"]
    assert len(paragraphs[0].text.splitlines()) == 3


# -- paragraphs numbered "(1)" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Article 7. Signature\n\n(1) Where the law requires a signature of a person, that "
        "requirement is met in relation to a data message if:\n\n(a) a method is used to identify "
        "that person; and\n\n(b) that method is as reliable as was appropriate.\n\n(2) Paragraph "
        "(1) applies whether the requirement therein is in the form of an obligation or not.\n",
        "第七条. 签字\n\n（1）如法律要求要有一个人的签字，则对于一项数据电文而言，倘若情况如下，"
        "即满足了该项要求：\n\n（a）使用了一种方法，鉴定了该人的身份；\n\n（b）该方法是可靠的。\n\n"
        "（2）无论本条第（1）款所述要求是否作为一项义务，均适用。\n",
    ],
    ids=["en", "zh"],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_articles_paragraphs_numbered_in_parentheses(content: str, fmt: Format) -> None:
    paragraphs = parse_document(content, fmt).paragraphs
    assert [paragraph.anchor for paragraph in paragraphs] == [
        "article-7",
        "article-7/1",
        "article-7/1.a",
        "article-7/1.b",
        "article-7/2",
    ]
    assert paragraphs[1].label in ("(1)", "（1）")
    assert paragraphs[4].text.startswith(("Paragraph (1) applies", "无论本条第（1）款"))


@pytest.mark.parametrize(
    "content",
    [
        "Article 1. Scope\n\n(1) This Law applies to data messages.\n\n(2) It does not override "
        "consumer law.\n\nArticle 2. Definitions\n\nFor the purposes of this Law:\n\n(a) "
        '"Data message" means information;\n\n(b) "Originator" means a person.\n\n'
        "Article 3. Interpretation\n\n(1) Regard is to be had to its international origin.\n\n"
        "(2) Questions not settled are settled as set out in paragraph\n(1) of article 5.\n\n"
        "(3) Nothing here applies.\n",
        "第一条. 适用范围\n\n（1）本法适用于数据电文。\n\n（2）本法不凌驾于消费者保护法。\n\n"
        "第二条. 定义\n\n为本法的目的：\n\n（a）“数据电文”系指信息；\n\n（b）“发端人”系指某人。\n\n"
        "第三条. 解释\n\n（1）应考虑到其国际渊源。\n\n（2）未明确解决的问题应按照第\n"
        "（1）款的规定解决。\n\n（3）本条不适用。\n",
    ],
    ids=["en", "zh"],
)
def test_each_article_numbers_its_paragraphs_in_parentheses_from_1(content: str) -> None:
    paragraphs = {paragraph.anchor: paragraph for paragraph in parse_document(content).paragraphs}
    assert list(paragraphs) == [
        "article-1",
        "article-1/1",
        "article-1/2",
        "article-2",
        "p-5",
        "p-5.a",
        "p-5.b",
        "article-3",
        "article-3/1",
        "article-3/2",
        "article-3/3",
    ]
    # "(1)" where a wrapped line goes on with a sentence is a reference, no paragraph.
    assert paragraphs["article-3/2"].text.endswith(
        ("paragraph (1) of article 5.", "第（1）款的规定解决。")
    )


@pytest.mark.parametrize(
    "content",
    [
        "The Economic and Social Council,\n\nRecalling its resolution 2006/46,\n\n(1) Takes note "
        "of the report of the Secretary-General;\n\n(2) Recommends the following to Member "
        "States:\n\n(a) To continue to promote digital inclusion;\n\n(3) Decides to remain "
        "seized of the matter.\n",
        "经济及社会理事会，\n\n回顾其第 2006/46 号决议，\n\n（1）注意到秘书长的报告；\n\n"
        "（2）向会员国建议如下：\n\n(a) 继续促进数字包容；\n\n（3）决定继续处理此案。\n",
    ],
    ids=["en", "zh"],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_resolutions_paragraphs_numbered_in_parentheses(content: str, fmt: Format) -> None:
    assert _anchors(content, fmt) == ["p-1", "pp1", "1", "2", "2.a", "3"]


# "Decides that the Forum shall:" is an operative clause printed without a number, no preambular
# paragraph.
_LIST = ["p-1", "pp1", "p-3", "1"]
_ALONE = ["p-1", "pp1", "p-3", "1", "2"]
_REFERENCE = ["1", "p-2", "2"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # A list the colon opened, its items numbered "(1)": the paragraph's text.
        (
            "The General Assembly,\n\nRecalling its resolution 70/1,\n\nDecides that the Forum "
            "shall:\n\n(1) Meet annually;\n\n(2) Report to the Assembly;\n\n"
            "1. Requests a report.\n",
            _LIST,
        ),
        (
            "大会，\n\n回顾其第 70/1 号决议，\n\n决定论坛应：\n\n（1）每年举行会议；\n\n"
            "（2）向大会报告；\n\n1. 请提交报告。\n",
            _LIST,
        ),
        # "(1)" the text's numbering does not go on from: no paragraph number.
        (
            "The General Assembly,\n\nRecalling its resolution 70/1,\n\n(1) A first "
            "consideration\n\n1. Decides to act.\n\n2. Requests a report.\n",
            _ALONE,
        ),
        (
            "大会，\n\n回顾其第 70/1 号决议，\n\n（1）首要考虑\n\n"
            "1. 决定采取行动。\n\n2. 请提交报告。\n",
            _ALONE,
        ),
        # A wrapped reference, and a "(2)" that is no paragraph number, in a text numbered "1.".
        (
            "1. Decides as set out in paragraph\n(1) of article 5 of the Convention.\n\n"
            "(2) Something else.\n\n2. Requests a report.\n",
            _REFERENCE,
        ),
        (
            "1. 决定按照公约第 5 条第\n（1）款的规定行事。\n\n（2）其他事项。\n\n2. 请提交报告。\n",
            _REFERENCE,
        ),
    ],
    ids=["en-list", "zh-list", "en-alone", "zh-alone", "en-reference", "zh-reference"],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_numbers_in_parentheses_that_number_no_paragraph(
    content: str, expected: list[str], fmt: Format
) -> None:
    assert _anchors(content, fmt) == expected
