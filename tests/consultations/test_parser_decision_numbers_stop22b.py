"""Paragraph parser: a decision's or resolution's number alone on its line ("2025/1", "79/1") is
text, not a page number "2/25", which never counts beyond its pages."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    ("content", "headings"),
    [
        (
            "1. The Executive Board adopted the following decisions.\n\n"
            "2025/1\nStructured funding dialogue\n\nThe Executive Board:\n\n"
            "(a) Takes note of the report;\n\n(b) Requests UNDP to present an update.\n\n"
            "2025/2\nAnnual report of the Administrator\n\nThe Executive Board,\n\n"
            "Recalling its decision 2024/10,\n\n1. Takes note of the annual report.\n",
            ["2025/1 Structured funding dialogue", "2025/2 Annual report of the Administrator"],
        ),
        (
            "1. 执行局通过了以下决定。\n\n2025/1\n结构性筹资对话\n\n执行局：\n\n"
            "(a) 注意到报告；\n\n(b) 请开发署提交最新情况。\n",
            ["2025/1", "结构性筹资对话"],
        ),
    ],
)
def test_a_decisions_number_alone_on_its_line_is_kept(content: str, headings: list[str]) -> None:
    result = parse_document(content)
    assert [p.text for p in result.paragraphs if p.kind == "heading"] == headings
    assert all("2025/" not in w.excerpt for w in result.warnings)


def test_a_page_number_of_a_count_is_still_furniture() -> None:
    content = (
        "1. The Council decided to hold its session in June.\n\n2/3\n\n"
        "2. The Council requested a report.\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["1", "2"]
    assert all("2/3" not in p.text for p in result.paragraphs)
