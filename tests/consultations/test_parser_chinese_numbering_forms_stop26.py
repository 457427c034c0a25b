"""Paragraph parser: numbering forms that Chinese UN texts print their own way, read as the
English forms are. UNESCO's "三.1 价值观" (a Chinese section numeral, an Arabic sub-number) was a
heading without a number, where "III.1 VALUES" is section 3.1; a table's column heads of years
written with 年 were no row of heads, as "2024   2025   2026" is; a numbered draft decision's name
with its title on one line ("决定草案一委员会…的报告", "Draft decision I Report of …") took the
decision's sentence below a blank line as its last words."""

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


# -- a table's column heads of years written with 年 -------------------------------------------
# "2024 年   2025 年" and "2024年  2025年" were joined to the caption's title or to the sentence
# below them, or made a heading over every paragraph after them (the row of figures below
# dropped as a page's numbers), where "2024   2025" is a row of its own: in its table, in the
# paragraph a colon ends, or an unnumbered paragraph with the row below it.

YEAR_FORMS = ["2024 年        2025 年        2026 年", "2024年    2025年    2026年"]


def _texts(content: str, fmt: str = "text") -> list[tuple[str, str, str | None, str]]:
    parsed = parse_document(content, "markdown" if fmt == "markdown" else "text")
    return [(found.anchor, found.kind, found.parent, found.text) for found in parsed.paragraphs]


@pytest.mark.parametrize("years", YEAR_FORMS, ids=["spaced", "glued"])
def test_chinese_years_are_a_row_of_their_table(years: str) -> None:
    content = (
        "一. 总体方向\n\n23.1 拟议所需资源见表 23.1。\n\n表 23.1\n财务资源变化情况\n\n"
        f"                    {years}\n"
        "支出用途            支出          批款          估计数\n"
        "员额              10 234.5      11 002.3      11 210.0\n\n"
        "23.2 减少的原因是所需资源减少。\n"
    )
    found = _texts(content)
    assert [anchor for anchor, _, _, _ in found] == ["section-1", "23.1", "p-3", "23.2"]
    assert found[2][3] == (
        f"表 23.1\n财务资源变化情况\n{' '.join(years.split())}\n支出用途 支出 批款 估计数\n"
        "员额 10 234.5 11 002.3 11 210.0"
    )


BELOW_A_COLON = (
    "三、技能\n\n8.    制定国家数字技能战略的国家数目有所增加：\n\n"
    "               {years}\n                45          62          80\n\n9.    还需进一步努力。\n"
)


@pytest.mark.parametrize("years", YEAR_FORMS, ids=["spaced", "glued"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_chinese_years_below_a_colon_are_lines_of_that_paragraph(years: str, fmt: str) -> None:
    content = BELOW_A_COLON.format(years=years)
    if fmt == "markdown":
        content = "\n".join(line.strip() for line in content.split("\n")).replace("三、", "## 三、")
    found = _texts(content, fmt)
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in found] == [
        ("section-3", "heading", None),
        ("8", "operative", "section-3"),
        ("9", "operative", "section-3"),
    ]
    assert found[1][3].split("\n")[1:] == [" ".join(years.split()), "45 62 80"]


@pytest.mark.parametrize(
    "years", ["2023 年        2024 年", "2023年    2024年"], ids=["spaced", "glued"]
)
def test_chinese_years_above_a_sentence_are_no_heading(years: str) -> None:
    below_a_colon = (
        f"二、里程碑\n\n4.    审查时间表规定了以下步骤：\n\n{years}\n"
        "下半年与利益攸关方协商，上半年提出要素文件和零草案。\n\n5.    会员国将谈判成果文件。\n"
    )
    assert [(anchor, parent) for anchor, _, parent, _ in _texts(below_a_colon)] == [
        ("section-2", None), ("4", "section-2"), ("5", "section-2"),
    ]  # fmt: skip
    assert _texts(below_a_colon)[1][3].split("\n")[1:] == [
        " ".join(years.split()),
        "下半年与利益攸关方协商，上半年提出要素文件和零草案。",
    ]
    below_a_full_stop = (
        f"二、连通性\n\n6.    可负担性仍然令人关切。\n\n{years}\n"
        "大多数区域的移动宽带价格有所下降。\n\n7.    进展不平衡。\n"
    )
    assert _texts(below_a_full_stop) == [
        ("section-2", "heading", None, "连通性"),
        ("6", "operative", "section-2", "可负担性仍然令人关切。"),
        (
            "p-3",
            "unnumbered",
            "section-2",
            f"{' '.join(years.split())}\n大多数区域的移动宽带价格有所下降。",
        ),
        ("7", "operative", "section-2", "进展不平衡。"),
    ]


# Near misses, read as before: a date stays a dropped dateline; a row with a word, a biennium
# and years run together in words are no row of column heads (what they are is another question).
def test_a_date_of_years_is_still_dropped() -> None:
    content = (
        "二、连通性\n\n6.    可负担性仍然令人关切。\n\n2024 年 9 月 22 日\n\n7.    进展不平衡。\n"
    )
    assert [anchor for anchor, _, _, _ in _texts(content)] == ["section-2", "6", "7"]


@pytest.mark.parametrize(
    "line",
    ["区域  2024年  2025年", "2024-2025 年", "2024年和2025年"],
    ids=["worded", "biennium", "words"],
)
def test_lines_of_years_that_are_no_row_of_heads_are_read_as_before(line: str) -> None:
    content = f"二、连通性\n\n6.    可负担性仍然令人关切。\n\n{line}\n\n7.    进展不平衡。\n"
    assert _texts(content)[2] == ("p-3", "heading", "section-2", " ".join(line.split()))


# -- a numbered draft decision's name with its title on one line -------------------------------
# "决定草案一委员会第二十八届会议的报告" (or "Draft decision I Report of …"), a blank line, then
# the decision's sentence: the name and title were an unnumbered paragraph that took the
# sentence below as its last words, where the name above its title ("决定草案" + title + blank
# + sentence) is a heading over the sentence. Now the one line is that heading too.

_ONE_DECISION = {
    "en": (
        "B.    Draft decision for adoption by the Council\n\n"
        "2.    The Commission recommends to the Council the adoption of the following draft "
        "decision:\n\n"
        "                    {name}\n\n"
        "The Economic and Social Council decides to hold its next session in New York in June.\n"
    ),
    "zh": (
        "B.    建议理事会通过的决定草案\n\n"
        "2.    委员会建议理事会通过以下决定草案：\n\n"
        "                    {name}\n\n"
        "经济及社会理事会决定于6月在纽约举行下届会议。\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "Draft decision I Dates of the next session"),
        ("en", "Draft decision A Dates of the next session"),
        ("zh", "决定草案一下届会议的日期"),
        ("zh", "决定草案二 下届会议的日期"),
        ("zh", "决定草案 A 下届会议的日期"),
    ],
)
def test_a_draft_decisions_name_and_title_on_one_line_head_its_sentence(
    language: str, name: str
) -> None:
    found = _texts(_ONE_DECISION[language].format(name=name))
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in found] == [
        ("section-b", "heading", None),
        ("2", "operative", "section-b"),
        ("p-3", "heading", "section-b"),
        ("p-4", "unnumbered", "p-3"),
    ]
    assert found[2][3] == name
    assert found[3][3].startswith(
        ("The Economic and Social Council decides", "经济及社会理事会决定")
    )


_DECISIONS_IN_REPORT = (
    "B.    决定草案\n\n2.    委员会还建议理事会通过下列决定草案：\n\n"
    "                    决定草案一委员会第二十九届会议的报告\n\n"
    "经济及社会理事会注意到委员会第二十九届会议的报告。\n\n"
    "                    决定草案二 任命委员会成员\n\n"
    "经济及社会理事会核可任命委员会成员。\n\n"
    "3.    委员会在第 8 次会议上通过了上述决定草案。\n"
)


def test_the_reports_next_paragraph_closes_decisions_named_with_their_titles() -> None:
    found = _texts(_DECISIONS_IN_REPORT)
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in found] == [
        ("section-b", "heading", None),
        ("2", "operative", "section-b"),
        ("p-3", "heading", "section-b"),
        ("p-4", "unnumbered", "p-3"),
        ("p-5", "heading", "section-b"),
        ("p-6", "unnumbered", "p-5"),
        ("3", "operative", "section-b"),
    ]


@pytest.mark.parametrize(
    ("line", "below"),
    [
        # a sentence that lost its stop, the report's own sentence below it
        ("决议草案一未经表决获得通过", "委员会随后审议了项目5。"),
        ("Draft resolution I was adopted without a vote", "The Committee then turned to item 5."),
        # an unnumbered draft's name glued to words
        ("决定草案所附的日期", "经济及社会理事会决定于6月举行下届会议。"),
    ],
    ids=["zh-sentence", "en-sentence", "zh-unnumbered"],
)
def test_lines_naming_no_text_above_its_sentence_keep_their_reading(line: str, below: str) -> None:
    content = f"1.    委员会审议了下列案文：\n\n{line}\n\n{below}\n\n2.    会议闭幕。\n"
    found = _texts(content)
    assert [(anchor, kind) for anchor, kind, _, _ in found] == [
        ("1", "operative"), ("p-2", "unnumbered"), ("2", "operative"),
    ]  # fmt: skip
