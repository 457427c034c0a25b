"""Paragraph parser: a report's numbered recommendations ("Recommendation 1: an international
scientific panel on AI" / "建议 1：国际人工智能科学小组", as the Advisory Body's "Governing AI for
Humanity" and the Secretary-General's reports print them) are keyword headings,
``recommendation-1``, in English and Chinese, plain text and Markdown alike, the paragraphs
below them under them. They were glued into the paragraph below, an unnumbered paragraph, or a
heading anchored by its place (the Chinese first one dropped as front matter), so the two
languages got different anchors. Prose citing a recommendation stays prose."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document
from tests.consultations.parser_helpers import parsed_rows


def _parse(content: str, fmt: str = "text") -> dict[str, ParsedParagraph]:
    parsed = parse_document(content, "markdown" if fmt == "markdown" else "text")
    return {found.anchor: found for found in parsed.paragraphs}


# -- headings over unnumbered prose ---------------------------------------------------------------

UNNUMBERED = {
    "en": (
        "Recommendation 1: an international scientific panel on AI\n\n"
        "We recommend the creation of an independent international scientific panel on AI.\n\n"
        "Recommendation 2: policy dialogue on AI governance\n\n"
        "We recommend the launch of a twice-yearly policy dialogue on AI governance.\n"
    ),
    "en-no-blank-lines": (
        "Recommendation 1. An international scientific panel on AI\n"
        "We recommend the creation of an independent international scientific panel on AI.\n"
        "Recommendation 2 – Policy dialogue on AI governance\n"
        "We recommend the launch of a twice-yearly policy dialogue on AI governance.\n"
    ),
    "en-layout": (
        "                  Recommendation 1    An international scientific panel on AI\n\n"
        "                  We recommend the creation of an independent international\n"
        "                  scientific panel on AI.\n\n"
        "                  Recommendation 2    Policy dialogue on AI governance\n\n"
        "                  We recommend the launch of a twice-yearly policy dialogue on AI\n"
        "                  governance.\n"
    ),
    "zh": (
        "建议 1：国际人工智能科学小组\n\n我们建议设立一个独立的国际人工智能科学小组。\n\n"
        "建议 2：人工智能治理政策对话\n\n我们建议启动每年两次的人工智能治理政策对话。\n"
    ),
    "zh-space": (
        "建议 1 国际人工智能科学小组\n我们建议设立一个独立的国际人工智能科学小组。\n"
        "建议 2 人工智能治理政策对话\n我们建议启动每年两次的人工智能治理政策对话。\n"
    ),
}


@pytest.mark.parametrize("variant", sorted(UNNUMBERED))
def test_a_recommendation_heads_the_prose_below_it(variant: str) -> None:
    parsed = _parse(UNNUMBERED[variant])
    assert list(parsed) == ["recommendation-1", "p-2", "recommendation-2", "p-4"]
    first = parsed["recommendation-1"]
    assert first.kind == "heading"
    assert first.label == ("建议 1" if variant.startswith("zh") else "Recommendation 1")
    assert first.text.casefold() in (
        "an international scientific panel on ai",
        "国际人工智能科学小组",
    )
    assert parsed["p-2"].kind == "unnumbered"
    assert parsed["p-2"].parent == "recommendation-1"
    assert parsed["p-2"].text.startswith(("We recommend the creation", "我们建议设立"))
    assert parsed["p-4"].parent == "recommendation-2"


def test_english_and_chinese_recommendations_get_the_same_anchors() -> None:
    english = _parse(
        UNNUMBERED["en"]
        + "\nRecommendation 3: AI standards exchange\n\n"
        + "We recommend the creation of an AI standards exchange.\n"
    )
    chinese = _parse(
        UNNUMBERED["zh"] + "\n建议 3：人工智能标准交流\n\n我们建议建立一个人工智能标准交流平台。\n"
    )
    assert list(chinese) == list(english)
    assert list(english)[-2:] == ["recommendation-3", "p-6"]
    assert [p.parent for p in chinese.values()] == [p.parent for p in english.values()]


# -- headings between numbered paragraphs -----------------------------------------------------

NUMBERED = {
    "en": (
        "  III. Options for financing\n\n"
        "1.     Three options are set out below.\n\n"
        "Recommendation 1\nEstablish a global fund for artificial intelligence\n\n"
        "2.     A global fund should be established.\n\n"
        "Recommendation 2\nCreate a capacity-development network\n\n"
        "3.     A network of capacity-development centres should be created.\n"
    ),
    "zh": (
        "  三、 融资备选方案\n\n"
        "1.     下文列出三个备选方案。\n\n"
        "建议 1\n设立全球人工智能基金\n\n"
        "2.     应设立一个全球基金。\n\n"
        "建议 2\n创建能力发展网络\n\n"
        "3.     应创建一个能力发展中心网络。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_recommendation_above_its_title_heads_the_numbered_paragraphs(language: str) -> None:
    parsed = _parse(NUMBERED[language])
    assert list(parsed) == [
        "section-3", "1", "recommendation-1", "2", "recommendation-2", "3",
    ]  # fmt: skip
    assert parsed["recommendation-1"].parent == "section-3"
    assert parsed["recommendation-1"].text in (
        "Establish a global fund for artificial intelligence",
        "设立全球人工智能基金",
    )
    assert parsed["1"].parent == "section-3"
    assert parsed["2"].parent == "recommendation-1"
    assert parsed["3"].parent == "recommendation-2"


MARKDOWN = {
    "en": (
        "# III. Options for financing\n\n"
        "**Recommendation 1:** an international scientific panel on AI\n\n"
        "1. We recommend the creation of an independent international scientific panel.\n\n"
        "### Recommendation 2. Policy dialogue on AI governance\n\n"
        "2. We recommend the launch of a policy dialogue.\n"
    ),
    "zh": (
        "# 三、融资备选方案\n\n"
        "**建议 1：** 国际人工智能科学小组\n\n"
        "1. 我们建议设立一个独立的国际人工智能科学小组。\n\n"
        "### 建议 2. 人工智能治理政策对话\n\n"
        "2. 我们建议启动政策对话。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_recommendation_in_markdown(language: str) -> None:
    parsed = _parse(MARKDOWN[language], "markdown")
    assert list(parsed) == ["section-3", "recommendation-1", "1", "recommendation-2", "2"]
    assert parsed["recommendation-1"].kind == parsed["recommendation-2"].kind == "heading"
    assert parsed["1"].parent == "recommendation-1"
    assert parsed["2"].parent == "recommendation-2"


# -- near misses: prose citing a recommendation ----------------------------------------------

PROSE = {
    "en": (
        "1.     The Advisory Body made seven recommendations. The Secretary-General notes that\n"
        "Recommendation 3 of the report calls for an AI standards exchange, and that\n"
        "Recommendation 4. The exchange would be hosted by ITU.\n\n"
        "2.     Recommendation 5 of the report is addressed to Member States.\n"
    ),
    "zh": (
        "1.     咨询机构提出了七项建议。秘书长注意到，\n"
        "建议 3 中提出设立人工智能标准交流平台，\n"
        "建议 4 提出的能力发展网络也得到支持。\n\n"
        "2.     建议 5 提出设立全球基金。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_prose_citing_a_recommendation_stays_in_its_paragraph(language: str) -> None:
    parsed = _parse(PROSE[language])
    assert list(parsed) == ["1", "2"]
    assert ("Recommendation 4. The exchange" in parsed["1"].text) or (
        "建议 4 提出" in parsed["1"].text
    )
    assert parsed["2"].text.startswith(("Recommendation 5 of", "建议 5 提出"))


def test_a_sentence_after_a_recommendations_number_is_a_paragraph() -> None:
    content = "1. 咨询机构提出了七项建议。\n\n建议 6 提出设立全球基金。\n"
    parsed = _parse(content)
    assert list(parsed) == ["1", "p-2"]
    assert parsed["p-2"].kind == "unnumbered"
    assert parsed["p-2"].text == "建议 6 提出设立全球基金。"


def test_recommendations_listed_as_entries_are_no_headings() -> None:
    content = (
        "1.     The Advisory Body made the following recommendations:\n\n"
        "Recommendation 1: an international scientific panel on AI;\n\n"
        "Recommendation 2: a policy dialogue on AI governance.\n\n"
        "2.     The Secretary-General supports both.\n"
    )
    parsed = _parse(content)
    assert list(parsed) == ["1", "p-2", "p-3", "2"]
    assert parsed["p-3"].text == "Recommendation 2: a policy dialogue on AI governance."
    assert parsed["2"].parent is None


def test_a_chinese_suggestion_counting_something_is_no_recommendation() -> None:
    content = (
        "一. 导言\n\n"
        "1. 会员国提出了以下意见。\n\n"
        "建议 15 个试点国家在 2026 年底前完成国家数字准备情况评估，并将评估结果提交\n"
        "给区域委员会。\n\n"
        "2. 秘书处将汇总各方意见。\n"
    )
    rows = [(p.anchor, p.kind, p.parent) for p in parse_document(content, "text").paragraphs]
    assert rows == [
        ("section-1", "heading", None),
        ("1", "operative", "section-1"),
        ("p-3", "unnumbered", "section-1"),
        ("2", "operative", "section-1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The executive heads should, by the end of 2026, designate a senior official\n"
        "accountable for business continuity.\n",
        "行政首长应在 2026 年底前指定一名负责业务连续性的高级官员。\n",
    ],
    ids=["en-wrapped", "zh-one-line"],
)
def test_a_recommendations_text_wrapped_below_its_number_is_no_title(text: str) -> None:
    content = (
        "1. Implementation of the following recommendation is expected to enhance"
        " accountability.\n\nRecommendation 1\n"
        + text
        + "\n2. The Inspectors also reviewed testing.\n"
    )
    rows = [(p.anchor, p.kind, p.parent) for p in parse_document(content, "text").paragraphs]
    assert rows[1:3] == [
        ("recommendation-1", "heading", None),
        ("p-3", "unnumbered", "recommendation-1"),
    ]


def test_a_recommendations_title_wrapped_at_the_width_above_its_paragraph_stays_its_title() -> None:
    content = (
        "III. Options for financing\n\n"
        "6.     Three options are set out below, each with its costs and its benefits.\n\n"
        "Recommendation 1\n"
        "Establish a global fund for artificial intelligence and capacity\n"
        "7.     A global fund should be established, with the following features:\n"
    )
    rows = [(p.anchor, p.kind, p.parent) for p in parse_document(content, "text").paragraphs]
    assert rows[2:4] == [
        ("recommendation-1", "heading", "section-3"),
        ("7", "operative", "recommendation-1"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Establish a global fund for artificial intelligence capacity-building in developing\n"
        "countries\n",
        "为发展中国家的人工智能能力建设设立全球基金\n",
    ],
    ids=["en-two-lines", "zh-one-line"],
)
def test_a_recommendations_title_over_two_lines_above_its_paragraph_is_its_title(
    title: str,
) -> None:
    content = (
        "III. Recommendations\n\nRecommendation 1\n"
        + title
        + "7.   A global fund should be established.\n\n"
        "Recommendation 2\nThe Secretary-General should convene a scientific panel.\n\n"
        "8.   The panel should report annually.\n"
    )
    assert [row[:3] for row in parsed_rows(content)] == [
        ("section-3", "heading", None),
        ("recommendation-1", "heading", "section-3"),
        ("7", "operative", "recommendation-1"),
        ("recommendation-2", "heading", "section-3"),
        ("p-5", "unnumbered", "recommendation-2"),
        ("8", "operative", "recommendation-2"),
    ]
