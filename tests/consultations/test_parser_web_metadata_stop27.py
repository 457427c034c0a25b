"""Paragraph parser, web copies: pandoc's metadata block atop a Markdown file ("---" + "title:
…" + "---") is no text (it was a Setext heading over the whole text), and a page's field naming
the document's symbol ("Document symbol: E/CN.16/2026/CRP.1", "文件编号：…") is masthead, as
"Distr.: General" is (it glued the title into a paragraph and moved the anchors after it)."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_BODY = {
    "en": ("Digital technologies are transforming our world.", "We commit to close divides."),
    "zh": ("数字技术正在改变我们的世界。", "我们承诺弥合所有数字鸿沟。"),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize(
    "metadata",
    [
        '---\ntitle: "Global Digital Compact"\nlang: en\ndate: 22 September 2024\n---\n',
        "---\ntitle: Global Digital Compact\nauthor:\n  - United Nations\nkeywords:\n"
        "- digital\n...\n",
    ],
)
def test_a_metadata_block_atop_markdown_is_no_text(language: str, metadata: str) -> None:
    first, second = _BODY[language]
    result = parse_document(f"{metadata}\n1\\. {first}\n\n2\\. {second}\n", "markdown")
    assert [(p.anchor, p.parent, p.text) for p in result.paragraphs] == [
        ("1", None, first),
        ("2", None, second),
    ]


def test_a_thematic_break_atop_markdown_stays_what_it_was() -> None:
    content = "---\n\nThe Dialogue met twice in 2026.\n\n---\n\nIt will meet again in 2027.\n"
    texts = [p.text for p in parse_document(content, "markdown").paragraphs]
    assert texts == ["The Dialogue met twice in 2026.", "It will meet again in 2027."]


@pytest.mark.parametrize(
    ("title", "field", "heading", "texts"),
    [
        (
            "Report of the working group on data governance",
            "Document symbol: E/CN.16/2026/CRP.1",
            "I. Introduction",
            ("The working group held four meetings.", "It will report in 2027."),
        ),
        (
            "各级数据治理问题多利益攸关方工作组的报告",
            "文件编号：E/CN.16/2026/CRP.1",
            "一、导言",
            ("工作组举行了四次会议。", "工作组将于2027年提出报告。"),
        ),
    ],
)
def test_a_symbol_field_is_masthead(
    title: str, field: str, heading: str, texts: tuple[str, str]
) -> None:
    content = f"{title}\n\n{field}\n\n{heading}\n\n1. {texts[0]}\n\n2. {texts[1]}\n"
    without = f"{title}\n\n{heading}\n\n1. {texts[0]}\n\n2. {texts[1]}\n"
    rows = [(p.anchor, p.parent, p.text) for p in parse_document(content).paragraphs]
    assert rows == [(p.anchor, p.parent, p.text) for p in parse_document(without).paragraphs]
    assert [anchor for anchor, *_ in rows] == ["section-1", "1", "2"]
