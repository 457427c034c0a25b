"""Paragraph parser: a Chinese line ending at the paragraph it cites ("…第 8 段"), maybe at
markers cited in it ("…第 8 段(c)", "…第 2 段 (a)"), leaves its sentence open, so the markers
opening the next line are that reference's whatever follows them: text of the paragraph, no
sub-paragraph, as "paragraph 1" + "(a) and to report thereon;" is in English."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows


def test_a_marker_below_a_cited_paragraph_goes_on_with_the_sentence() -> None:
    result = parse_document("1. 请秘书长执行第 8 段\n(c)㈡所述承诺；\n")
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("1", "请秘书长执行第 8 段(c)㈡所述承诺；")
    ]
    assert not result.warnings


def test_a_marker_below_a_cited_paragraph_and_marker_goes_on_glued() -> None:
    rows = parsed_rows("1. 请秘书长说明第 8 段(c)\n㈡的执行情况；\n")
    assert rows == [("1", "operative", None, "请秘书长说明第 8 段(c)㈡的执行情况；")]


def test_the_letter_expected_next_below_a_cited_paragraph_is_still_cited() -> None:
    text = (
        "大会，\n1. 决定：\n(a) 设立小组；\n(b) 设立对话；\n"
        "2. 请秘书长执行第 1 段\n(a)所述任务，并报告执行情况；\n"
    )
    rows = parsed_rows(text)
    assert rows[-1] == ("2", "operative", None, "请秘书长执行第 1 段(a)所述任务，并报告执行情况；")
    assert "2.a" not in [row[0] for row in rows]


def test_a_markdown_soft_break_after_a_cited_marker_goes_on() -> None:
    rows = parsed_rows("1. 见第 2 段 (a)\n㈡。\n", "markdown")
    assert rows == [("1", "operative", None, "见第 2 段 (a)㈡。")]


def test_a_list_below_a_punctuated_reference_still_opens() -> None:
    rows = parsed_rows("1. 决定修正第 8 段如下：\n(a) 删除第一句；\n(b) 增加一句；\n")
    assert [row[0] for row in rows] == ["1", "1.a", "1.b"]
