"""Paragraph parser: Chinese texts mark a deleted paragraph "[序言部分第 2 段删除]" /
"[执行部分第 2 段删除]" where English prints "[PP2 deleted]" / "[OP2 deleted]". They were not
read: glued to the paragraph above, so the Chinese pp2 was the English pp3 and there was no
paragraph 2, and the Chinese version of a Rev. did not have the English version's anchors."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

ENGLISH_DELETIONS = (
    "The General Assembly,\n\nRecalling its resolution 70/1,\n\n[PP2 deleted]\n\n"
    "Noting the importance of inclusive processes,\n\n"
    "1. Decides to convene a high-level meeting;\n\n[OP2 deleted]\n\n"
    "3. Requests the Secretary-General to submit a report.\n"
)
CHINESE_DELETIONS = (
    "大会，\n\n回顾其第 70/1 号决议，\n\n[序言部分第 2 段删除]\n\n注意到包容性进程的重要性，\n\n"
    "1. 决定召开高级别会议；\n\n[执行部分第 2 段删除]\n\n3. 请秘书长提交报告。\n"
)


def _anchors(content: str, fmt: Format = "text") -> list[str]:
    return [p.anchor for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_chinese_deletion_markers_keep_the_english_anchors(fmt: Format) -> None:
    paragraphs = parse_document(CHINESE_DELETIONS, fmt).paragraphs
    assert [p.anchor for p in paragraphs] == _anchors(ENGLISH_DELETIONS, fmt)
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1", "2", "3"]
    assert [(p.label, p.text) for p in paragraphs if p.anchor in ("pp2", "2")] == [
        ("PP2", "[删除]"),
        ("2", "[删除]"),
    ]
    assert paragraphs[1].text == "回顾其第 70/1 号决议，"
    assert parse_document(CHINESE_DELETIONS).warnings == ()


@pytest.mark.parametrize(
    ("marker", "anchor", "text"),
    [
        ("［执行部分第2段：已删除］", "2", "[已删除]"),
        ("[执行部分第 2 段已移至执行部分第 5 段]", "2", "[已移至执行部分第 5 段]"),
        ("[执行部分第 2 段并入执行部分第 1 段]", "2", "[并入执行部分第 1 段]"),
        ("[执行部分第 1 段之二删除]", "1bis", "[删除]"),
        ("[执行部分第 1 之二 段删除]", "1bis", "[删除]"),
        ("[OP2 并入 OP1]", "2", "[并入 OP1]"),
    ],
)
def test_chinese_deletion_marker_forms(marker: str, anchor: str, text: str) -> None:
    content = f"大会，\n\n1. 决定召开高级别会议；\n\n{marker}\n\n3. 请秘书长提交报告。\n"
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[1].text == "决定召开高级别会议；"
    assert (paragraphs[2].anchor, paragraphs[2].text) == (anchor, text)


@pytest.mark.parametrize("marker", ["[删除执行部分第 2 段]", "[执行部分第 2 段]"])
def test_a_bracketed_reference_to_a_paragraph_stays_text(marker: str) -> None:
    """ "[删除执行部分第 2 段]" proposes a deletion (a position on paragraph 2, as "[EU: delete
    OP2]" is), and "[执行部分第 2 段]" only names the paragraph: neither says it is gone."""
    content = f"大会，\n\n1. 决定召开高级别会议；\n\n{marker}\n\n2. 请秘书长提交报告。\n"
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "1", "2"]
    assert paragraphs[1].text == f"决定召开高级别会议；{marker}"
