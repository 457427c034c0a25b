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
# or a symbol's running header, which stay what they were.
@pytest.mark.parametrize(
    ("years", "expected"),
    [
        (
            "Region 2024 2025 2026",
            [
                "Table 23.1\nOverall: evolution of financial resources\nRegion 2024 2025 2026",
                "Object of expenditure expenditure appropriation estimate",
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
