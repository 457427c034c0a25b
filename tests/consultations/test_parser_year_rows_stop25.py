"""Paragraph parser: a table's column heads of years alone ("2024   2025   2026", as budget
fascicles and financial tables print them above "expenditure   appropriation   estimate") were
taken for a running header of page numbers and dropped without a warning. They are a row of the
table's paragraph, as the rows below them are, one a line."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "Overall orientation\n\n"
    "23.1 The proposed resource requirements are shown in table 23.1.\n\n"
    "Table 23.1\n"
    "Overall: evolution of financial resources\n\n"
    "                            {years}\n"
    "Object of expenditure    expenditure  appropriation   estimate\n"
    "Posts                       10 234.5      11 002.3     11 210.0\n\n"
    "23.2 The decrease reflects the reduced requirements.\n"
)
CHINESE = (
    "一. 总体方向\n\n"
    "23.1 拟议所需资源见表 23.1。\n\n"
    "表 23.1\n"
    "财务资源变化情况\n\n"
    "                    {years}\n"
    "支出用途            支出          批款          估计数\n"
    "员额              10 234.5      11 002.3      11 210.0\n\n"
    "23.2 减少的原因是所需资源减少。\n"
)
MARKDOWN = (
    "Overall orientation\n\n"
    "23.1 The proposed resource requirements are shown in table 23.1.\n\n"
    "Table 23.1\n"
    "Overall: evolution of financial resources\n\n"
    "{years}\n"
    "Object of expenditure expenditure appropriation estimate\n"
    "Posts 10 234.5 11 002.3 11 210.0\n\n"
    "23.2 The decrease reflects the reduced requirements.\n"
)


def _table(content: str, fmt: str = "text") -> str:
    paragraphs = parse_document(content, "markdown" if fmt == "markdown" else "text").paragraphs
    return next(found.text for found in paragraphs if found.text.startswith(("Table", "表")))


@pytest.mark.parametrize(
    "years",
    [
        "2024          2025          2026",
        "2024          2025",
        "2015          2020          2030",
        "2025          2024",
    ],
    ids=["three", "two", "baseline-and-targets", "descending"],
)
def test_a_row_of_years_is_the_table_s_row(years: str) -> None:
    assert _table(ENGLISH.format(years=years)) == (
        "Table 23.1\n"
        "Overall: evolution of financial resources\n"
        f"{' '.join(years.split())}\n"
        "Object of expenditure expenditure appropriation estimate\n"
        "Posts 10 234.5 11 002.3 11 210.0"
    )


def test_a_row_of_years_in_chinese() -> None:
    assert _table(CHINESE.format(years="2024          2025          2026")) == (
        "表 23.1\n财务资源变化情况\n2024 2025 2026\n支出用途 支出 批款 估计数\n"
        "员额 10 234.5 11 002.3 11 210.0"
    )


def test_a_row_of_years_in_markdown() -> None:
    assert _table(MARKDOWN.format(years="2024 2025 2026"), "markdown") == (
        "Table 23.1\n"
        "Overall: evolution of financial resources\n"
        "2024 2025 2026\n"
        "Object of expenditure expenditure appropriation estimate\n"
        "Posts 10 234.5 11 002.3 11 210.0"
    )


def test_the_paragraphs_around_the_table_keep_their_anchors() -> None:
    anchors = [
        found.anchor
        for found in parse_document(ENGLISH.format(years="2024   2025   2026"), "text").paragraphs
    ]
    assert anchors == ["23.1", "p-2", "23.2"]


# Near misses, as they were read before: a row with a word, a biennium, and a page's number
# or a symbol's running header, which stay what they were. (The worded row's table goes on
# down to its row of figures since its column heads right above that row are read as the
# table's, test_parser_text_stop31.py.)
@pytest.mark.parametrize(
    ("years", "expected"),
    [
        (
            "Region 2024 2025 2026",
            [
                "Table 23.1\nOverall: evolution of financial resources\nRegion 2024 2025 2026\n"
                "Object of expenditure expenditure appropriation estimate\n"
                "Posts 10 234.5 11 002.3 11 210.0",
            ],
        ),
        (
            "2024-2025          2026",
            [
                "Table 23.1\nOverall: evolution of financial resources",
                "2024-2025 2026 Object of expenditure expenditure appropriation estimate",
                "Posts 10 234.5 11 002.3 11 210.0",
            ],
        ),
    ],
    ids=["worded", "biennium"],
)
def test_rows_that_are_not_bare_years_are_read_as_before(years: str, expected: list[str]) -> None:
    texts = [found.text for found in parse_document(ENGLISH.format(years=years), "text").paragraphs]
    assert texts[1:-1] == expected


@pytest.mark.parametrize("footer", ["2", "A/79/6   2/25", "25-01234   3"])
def test_page_furniture_of_numbers_is_still_dropped(footer: str) -> None:
    content = f"1. The General Assembly decides to act.\n\n{footer}\n\n2. Requests a report.\n"
    texts = [found.text for found in parse_document(content, "text").paragraphs]
    assert texts == ["The General Assembly decides to act.", "Requests a report."]


# A row of years printed without a caption, outside any table (audit W3): it was a heading over
# every paragraph after it. Below a paragraph's colon it is a line of that paragraph, with the
# row of figures below it; elsewhere an unnumbered paragraph, the line below it on a line of its
# own. The paragraphs after it keep their section.
BELOW_A_COLON = {
    "text": (
        "III.  Skills\n\n"
        "8.    The number of countries with national digital skills strategies rose:\n\n"
        "               2019        2021        2023\n"
        "                45          62          80\n\n"
        "9.    Further efforts are needed.\n"
    ),
    "markdown": (
        "## III. Skills\n\n"
        "8. The number of countries with national digital skills strategies rose:\n\n"
        "2019 2021 2023\n"
        "45 62 80\n\n"
        "9. Further efforts are needed.\n"
    ),
    "chinese": (
        "三、技能\n\n"
        "8.    制定国家数字技能战略的国家数目有所增加：\n\n"
        "               2019        2021        2023\n"
        "                45          62          80\n\n"
        "9.    还需进一步努力。\n"
    ),
}
STEPS_BELOW_A_COLON = {
    "text": (
        "II.   Milestones\n\n"
        "4.    The timeline for the review provides for the following steps:\n\n"
        "2024      2025\n"
        "Consultations with stakeholders in the second half of\n"
        "the year, elements paper and zero draft in the first half.\n\n"
        "5.    Member States will negotiate the outcome document.\n"
    ),
    "chinese": (
        "二、里程碑\n\n"
        "4.    审查时间表规定了以下步骤：\n\n"
        "2024      2025\n"
        "下半年与利益攸关方协商，上半年提出要素文件和零草案。\n\n"
        "5.    会员国将谈判成果文件。\n"
    ),
}


def _parse(content: str, variant: str) -> list[tuple[str, str, str | None, str]]:
    fmt = "markdown" if variant == "markdown" else "text"
    return [
        (found.anchor, found.kind, found.parent, found.text)
        for found in parse_document(content, fmt).paragraphs
    ]


@pytest.mark.parametrize("variant", ["text", "markdown", "chinese"])
def test_a_row_of_years_below_a_colon_is_a_line_of_that_paragraph(variant: str) -> None:
    found = _parse(BELOW_A_COLON[variant], variant)
    assert [kind for _, kind, _, _ in found] == ["heading", "operative", "operative"]
    assert found[1][3].split("\n")[1:] == ["2019 2021 2023", "45 62 80"]
    assert found[2][:3] == ("9", "operative", "section-3")


@pytest.mark.parametrize("variant", ["text", "chinese"])
def test_a_row_of_years_above_a_sentence_stays_in_the_paragraph_above(variant: str) -> None:
    found = _parse(STEPS_BELOW_A_COLON[variant], variant)
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in found] == [
        ("section-2", "heading", None),
        ("4", "operative", "section-2"),
        ("5", "operative", "section-2"),
    ]
    rows = found[1][3].split("\n")
    assert rows[1] == "2024 2025"
    assert rows[2].startswith(("Consultations with stakeholders", "下半年"))
    assert rows[2].endswith(("in the first half.", "零草案。"))


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (
            "II.   Connectivity\n\n"
            "6.    Affordability remains a concern.\n\n"
            "2023        2024\n"
            "Price of mobile broadband fell in most regions.\n\n"
            "7.    Progress has been uneven.\n",
            "Price of mobile broadband fell in most regions.",
        ),
        (
            "二、连通性\n\n"
            "6.    可负担性仍然令人关切。\n\n"
            "2023        2024\n"
            "大多数区域的移动宽带价格有所下降。\n\n"
            "7.    进展不平衡。\n",
            "大多数区域的移动宽带价格有所下降。",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_row_of_years_below_a_finished_paragraph_is_no_heading(
    content: str, sentence: str
) -> None:
    found = _parse(content, "text")
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in found] == [
        ("section-2", "heading", None),
        ("6", "operative", "section-2"),
        ("p-3", "unnumbered", "section-2"),
        ("7", "operative", "section-2"),
    ]
    assert found[2][3] == f"2023 2024\n{sentence}"
