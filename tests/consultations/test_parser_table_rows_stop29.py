"""Paragraph parser: a captioned table's rows that open with a figure ("Table 1" + "Year   Target
   Actual" + "2022   10   12", "表 1" + "年份   目标   实际" + …) are rows of that table, as many
figures as its column heads have cells, never page numbers dropped without a word. The page's
number and job number right below the table still go."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_CASES = [
    (
        "1. Decides to adopt the budget.",
        "Table 1",
        "Year    Target    Actual",
        "2. Requests a report.",
    ),
    ("1. 决定通过预算。", "表 1", "年份    目标    实际", "2. 请提出报告。"),
]


@pytest.mark.parametrize(("first", "caption", "heads", "last"), _CASES, ids=["en", "zh"])
def test_rows_of_figures_below_a_captioned_tables_heads_are_kept(
    first: str, caption: str, heads: str, last: str
) -> None:
    text = f"{first}\n\n{caption}\n{heads}\n2022    10        12\n2023    15        14\n\n{last}\n"
    paragraphs = {p.anchor: p.text for p in parse_document(text).paragraphs}
    assert paragraphs["p-2"] == f"{caption}\n{' '.join(heads.split())}\n2022 10 12\n2023 15 14"


@pytest.mark.parametrize(("first", "caption", "heads", "last"), _CASES, ids=["en", "zh"])
def test_the_page_number_and_job_number_below_the_table_still_go(
    first: str, caption: str, heads: str, last: str
) -> None:
    text = f"{first}\n\n{caption}\n{heads}\n2022    10        12\n12\n25-01234 (E)\n\f{last}\n"
    paragraphs = [(p.anchor, p.text) for p in parse_document(text).paragraphs]
    assert paragraphs[1] == ("p-2", f"{caption}\n{' '.join(heads.split())}\n2022 10 12")
    assert paragraphs[2][0] == "2"


def test_rows_opening_with_a_label_are_kept_as_before() -> None:
    text = (
        "1. Decides to adopt the budget.\n\nTable 1\nYear    Target    Actual\n"
        "Posts    10        12\n\n2. Requests a report.\n"
    )
    paragraphs = {p.anchor: p.text for p in parse_document(text).paragraphs}
    assert paragraphs["p-2"] == "Table 1\nYear Target Actual\nPosts 10 12"
