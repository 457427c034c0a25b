"""Paragraph parser: a preambular paragraph whose first line stops at a reference that the line
right below completes with its marker ("Recalling its resolution 70/1 …, in particular
paragraph 5" + "(c) of resolution 70/1 and target 17.8 …,"; "…and subparagraph" + "(b) of
paragraph 12 thereof,") was read as a heading, its marker as an item (c) under it and every
paragraph below under that heading, or, below another preambular paragraph with no blank line
between, as front matter, dropped; Chinese, whose "第 5(c)段" goes on, read it right, so English
and Chinese got different anchors. Now the line goes on with the marker: one preambular
paragraph, however wide or short its first line."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows

EXPECTED = [
    ("p-1", "unnumbered", None),
    ("pp1", "preamble", None),
    ("pp2", "preamble", None),
    ("1", "operative", None),
]


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (
            "The General Assembly,\n\n"
            "Recalling its resolution 70/1 of 25 September 2015, in particular paragraph 5\n"
            "(c) of resolution 70/1 and target 17.8 of the Sustainable Development Goals,\n\n"
            "Noting the report of the Secretary-General,\n\n"
            "1. Takes note of the report;\n",
            "text",
        ),
        (
            "The General Assembly,\n\n"
            "Recalling its resolution 70/1, in particular paragraph 5\n"
            "(c) of resolution 70/1 and target 17.8 of the Sustainable Development Goals,\n\n"
            "Noting the report of the Secretary-General,\n\n"
            "1. Takes note of the report;\n",
            "text",
        ),
        (
            "The General Assembly,\n\n"
            "Recalling its resolution 70/1 of 25 September 2015, in particular paragraph 5\n"
            "(c) of resolution 70/1 and target 17.8 of the Sustainable Development Goals,\n\n"
            "Noting the report of the Secretary-General,\n\n"
            "1. Takes note of the report;\n",
            "markdown",
        ),
    ],
    ids=["full-line", "short-line", "markdown"],
)
def test_a_preambular_line_stopping_at_a_reference_goes_on_with_its_marker(
    content: str, fmt: str
) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == EXPECTED
    assert rows[1][3].endswith(
        "paragraph 5 (c) of resolution 70/1 and target 17.8 of the Sustainable Development Goals,"
    )


def test_a_layout_preamble_without_blank_lines_keeps_every_paragraph() -> None:
    content = (
        "            The General Assembly,\n\n"
        "            Recalling its resolution 70/1 of 25 September 2015, in particular "
        "paragraph 5\n"
        "     (c) of resolution 70/1 and target 17.8 of the Sustainable Development Goals,\n"
        "            Recalling also paragraphs 3 and 4 of its resolution 78/132, and subparagraph\n"
        "     (b) of paragraph 12 thereof,\n"
        "            Noting the report of the Secretary-General,\n\n"
        "            1.     Takes note of the report;\n"
    )
    result = parse_document(content, "text")
    rows = [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]
    assert [row[:3] for row in rows] == [*EXPECTED[:3], ("pp3", "preamble", None), EXPECTED[3]]
    assert rows[2][3] == (
        "Recalling also paragraphs 3 and 4 of its resolution 78/132, and subparagraph (b) of "
        "paragraph 12 thereof,"
    )
    assert not result.warnings


def test_english_numbers_its_preamble_as_chinese_does() -> None:
    english = (
        "The General Assembly,\n"
        "Recalling its resolution 70/1,\n"
        "Recalling also its resolution 78/132, and subparagraph\n"
        "(b) of paragraph 12 thereof,\n"
        "Noting the report of the Secretary-General,\n"
        "1. Takes note of the report;\n"
    )
    chinese = (
        "大会，\n"
        "回顾其第 70/1 号决议，\n"
        "又回顾其第 78/132 号决议第 3 和第 4 段及其第 12\n"
        "(b)段，\n"
        "注意到秘书长的报告，\n"
        "1. 注意到该报告；\n"
    )
    anchors = [row[:3] for row in parsed_rows(english)]
    assert anchors == [row[:3] for row in parsed_rows(chinese)]
    assert anchors == [*EXPECTED[:3], ("pp3", "preamble", None), EXPECTED[3]]


# Near misses, read as before: a heading stopping at a reference above items that are no
# completion of it, and a Chinese preamble that already went on.
def test_a_heading_ending_with_a_reference_above_real_items_stays_a_heading() -> None:
    content = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n"
        "Implementation of article 5\n"
        "(a) The progress made on the targets;\n"
        "(b) The challenges faced.\n\n"
        "1. Takes note of the report;\n"
    )
    assert [row[:3] for row in parsed_rows(content)] == [
        ("p-1", "unnumbered", None),
        ("pp1", "preamble", None),
        ("p-3", "heading", None),
        ("p-3.a", "subparagraph", "p-3"),
        ("p-3.b", "subparagraph", "p-3"),
        ("1", "operative", "p-3"),
    ]


def test_a_chinese_preambular_reference_wrapped_before_its_marker_goes_on() -> None:
    content = (
        "大会，\n\n"
        "回顾其 2015 年 9 月 25 日第 70/1 号决议，特别是该决议第 5\n"
        "(c)段和可持续发展目标具体目标 17.8，\n\n"
        "注意到秘书长的报告，\n\n"
        "1. 注意到该报告；\n"
    )
    rows = parsed_rows(content)
    assert [row[:3] for row in rows] == EXPECTED
    assert rows[1][3].endswith("该决议第 5(c)段和可持续发展目标具体目标 17.8，")
