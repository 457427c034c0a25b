"""Paragraph parser: items atop a text, no paragraph above them ("(a) …" + "(b) …", "(i) …" +
"(ii) …", "（一）…" + "（二）…", also right below a "Summary" / "摘要" skipped as front matter),
are paragraphs of their own anchored by their handle (``a``, ``b``; ``i``, ``ii``), their marker
as printed their label, with their own items below them (``a.i``): not a first paragraph keeping
"(a)" in its text with the next items nested under it out of sequence, nor a title-shaped first
item skipped as front matter. Items below a paragraph stay that paragraph's."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows


def _rows(content: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(p.anchor, p.label, p.parent, p.text) for p in parse_document(content).paragraphs]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "(a) Strengthen national statistical systems;\n"
            "(b) Improve the collection of disaggregated data;\n"
            "(c) Share good practices among Member States.\n",
            [
                ("a", "(a)", None, "Strengthen national statistical systems;"),
                ("b", "(b)", None, "Improve the collection of disaggregated data;"),
                ("c", "(c)", None, "Share good practices among Member States."),
            ],
        ),
        (
            "(i) Strengthen national statistical systems;\n"
            "(ii) Improve the collection of disaggregated data.\n",
            [
                ("i", "(i)", None, "Strengthen national statistical systems;"),
                ("ii", "(ii)", None, "Improve the collection of disaggregated data."),
            ],
        ),
        (
            "（一）加强国家统计系统；\n（二）改进分类数据的收集；\n（三）在会员国之间分享良好做法。\n",
            [
                ("i", "（一）", None, "加强国家统计系统；"),
                ("ii", "（二）", None, "改进分类数据的收集；"),
                ("iii", "（三）", None, "在会员国之间分享良好做法。"),
            ],
        ),
        (
            "㈠ 加强国家统计系统；\n㈡ 改进分类数据的收集。\n",
            [
                ("i", "㈠", None, "加强国家统计系统；"),
                ("ii", "㈡", None, "改进分类数据的收集。"),
            ],
        ),
    ],
    ids=["letters", "roman", "chinese-parenthesized", "chinese-enclosed"],
)
def test_items_atop_a_text_are_paragraphs_anchored_by_their_handle(
    content: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    result = parse_document(content)
    assert _rows(content) == expected
    assert not [w for w in result.warnings if "out of sequence" in w.message]
    assert {p.kind for p in result.paragraphs} == {"unnumbered"}


@pytest.mark.parametrize(
    ("content", "first", "second"),
    [
        (
            "Summary\n\n(a) Strengthen national statistical systems;\n(b) Improve data.\n",
            ("a", "(a)", None, "Strengthen national statistical systems;"),
            ("b", "(b)", None, "Improve data."),
        ),
        (
            "摘要\n\n（一）加强国家统计系统；\n（二）改进数据收集。\n",
            ("i", "（一）", None, "加强国家统计系统；"),
            ("ii", "（二）", None, "改进数据收集。"),
        ),
    ],
    ids=["en", "zh"],
)
def test_items_below_a_summary_skipped_as_front_matter(
    content: str,
    first: tuple[str, str | None, str | None, str],
    second: tuple[str, str | None, str | None, str],
) -> None:
    assert _rows(content) == [first, second]


def test_a_title_shaped_first_item_is_no_front_matter() -> None:
    content = (
        "(a) Strengthening national statistical systems\n"
        "(b) Improving the collection of disaggregated data\n"
    )
    assert _rows(content) == [
        ("a", "(a)", None, "Strengthening national statistical systems"),
        ("b", "(b)", None, "Improving the collection of disaggregated data"),
    ]


def test_the_items_below_a_top_level_item_are_its_own() -> None:
    content = (
        "(a) Strengthen national statistical systems, including:\n"
        "(i) census capacity;\n"
        "(ii) household surveys;\n"
        "(b) Improve data collection.\n"
    )
    assert [(anchor, parent) for anchor, _, parent, _ in parsed_rows(content)] == [
        ("a", None),
        ("a.i", "a"),
        ("a.ii", "a"),
        ("b", None),
    ]
    assert _rows(content)[1][1] == "(a) (i)"


def test_chinese_roman_items_hold_their_lettered_ones() -> None:
    content = (
        "（一）加强国家统计系统，包括：\n(a) 人口普查能力；\n(b) 住户调查；\n（二）改进数据收集。\n"
    )
    assert [(anchor, parent) for anchor, _, parent, _ in parsed_rows(content)] == [
        ("i", None),
        ("i.a", "i"),
        ("i.b", "i"),
        ("ii", None),
    ]


def test_i_after_h_opening_a_list_is_its_item_and_after_that_the_ninth_letter() -> None:
    letters = "".join(f"({chr(ord('a') + n)}) Item {n + 1};\n" for n in range(7))
    content = letters + "(h) Do the following:\n(i) first thing;\n(ii) second thing;\n(i) Ninth.\n"
    anchors = [anchor for anchor, *_ in parsed_rows(content)]
    assert anchors == ["a", "b", "c", "d", "e", "f", "g", "h", "h.i", "h.ii", "i"]


def test_items_below_a_paragraph_stay_the_paragraphs() -> None:
    content = "1. The Assembly decides:\n(a) To act;\n(b) To report.\n"
    assert [anchor for anchor, *_ in parsed_rows(content)] == ["1", "1.a", "1.b"]
    content = "Some opening sentence of the text.\n\n(a) To act;\n(b) To report.\n"
    assert [anchor for anchor, *_ in parsed_rows(content)] == ["p-1", "p-1.a", "p-1.b"]


@pytest.mark.parametrize(
    "content",
    [
        "(c) Third item;\n(d) Fourth item.\n",
        "(a) A lone item opening the text.\n\nA paragraph below it.\n",
        "(a)\n(b) Another item.\n",
    ],
    ids=["not-first", "lone", "no-text"],
)
def test_items_not_opening_a_run_are_not_top_level(content: str) -> None:
    assert not {"a", "c"} & {anchor for anchor, *_ in parsed_rows(content)}
