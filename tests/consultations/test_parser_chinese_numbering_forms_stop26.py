"""Paragraph parser: numbering forms that Chinese UN texts print their own way, read as the
English forms are. UNESCO's "三.1 价值观" (a Chinese section numeral, an Arabic sub-number) was a
heading without a number, where "III.1 VALUES" is section 3.1."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document


def _parse(content: str, fmt: str = "text") -> dict[str, ParsedParagraph]:
    parsed = parse_document(content, "markdown" if fmt == "markdown" else "text")
    return {found.anchor: found for found in parsed.paragraphs}


# -- UNESCO's sub-sections numbered "三.1" -------------------------------------------------------

SUB_SECTIONS = {
    "en": (
        "III. VALUES AND PRINCIPLES\n\nIII.1 VALUES\n\n"
        "1. All actors should respect these values.\n\nIII.2 PRINCIPLES\n\n"
        "2. AI systems should follow these principles.\n"
    ),
    "zh": (
        "三. 价值观和原则\n\n三.1 价值观\n\n1. 所有行为者都应尊重这些价值观。\n\n"
        "三.2 原则\n\n2. 人工智能系统应遵守这些原则。\n"
    ),
    "zh-layout": (
        "                          三、价值观和原则\n\n"
        "      三.1价值观\n\n"
        "      1.   所有行为者都应尊重这些价值观，并酌情通过修正现行的和制定新的法律、法规\n"
        "      和业务准则来促进这些价值观。\n\n"
        "      三．2 原则\n\n"
        "      2.   人工智能系统应遵守这些原则。\n"
    ),
}


@pytest.mark.parametrize("language", ["zh", "zh-layout"])
def test_a_chinese_numbered_sub_section_is_anchored_as_the_english_one(language: str) -> None:
    english, chinese = _parse(SUB_SECTIONS["en"]), _parse(SUB_SECTIONS[language])
    assert list(chinese) == list(english) == [
        "section-3", "section-3.1", "1", "section-3.2", "2",
    ]  # fmt: skip
    assert (chinese["section-3.1"].label, chinese["section-3.1"].text) == ("三.1", "价值观")
    assert chinese["section-3.1"].parent == "section-3"
    assert chinese["section-3.2"].text == "原则"
    assert chinese["2"].parent == "section-3.2"


def test_a_chinese_numbered_sub_section_in_markdown() -> None:
    content = "## 三. 价值观和原则\n\n### 三.1 价值观\n\n1. 所有行为者都应尊重这些价值观。\n"
    parsed = _parse(content, "markdown")
    assert list(parsed) == ["section-3", "section-3.1", "1"]
    assert parsed["1"].heading_path == ("三. 价值观和原则", "三.1 价值观")


@pytest.mark.parametrize(
    "content",
    [
        # a sentence numbered as a sub-section: a paragraph, as "II.1 The proposed …" is
        "三. 方案\n\n三.1 拟议经常预算资源共计 120 万美元，用于支付员额费用。\n\n1. 案文。\n",
        # a sub-section of another section
        "三. 方案\n\n二.1 原则\n\n1. 案文。\n",
        # a number alone, as "III.1" alone is
        "三. 方案\n\n三.1\n\n1. 案文。\n",
    ],
    ids=["sentence", "other-section", "number-alone"],
)
def test_a_chinese_number_that_titles_no_sub_section_keeps_its_reading(content: str) -> None:
    assert "section-3.1" not in _parse(content)
