"""Paragraph parser: one UN document parses to the same anchors and texts whether it arrives as
plain text (saved from Word, copied from a PDF) or as Markdown (pandoc's, a web copy's), which only
adds "#" headings, bold, lists and note syntax. Where the two disagreed, a translation or a
revision given in the other form was refused with 422, its anchors matching none of the text's."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _rows(content: str, fmt: Format) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content, fmt).paragraphs]


def _assert_alike(text: str, markdown: str) -> list[tuple[str, str]]:
    rows = _rows(text, "text")
    assert _rows(markdown, "markdown") == rows
    return rows


# ------------------------------------------------------------ a bold title above paragraph 1

_TITLED_PARAGRAPHS = {
    "en": (
        "Modalities of the high-level meeting on universal health coverage",
        "1. Decides to convene the high-level meeting in New York in September 2027;\n\n"
        "2. Requests the President of the General Assembly to organize the meeting.\n",
    ),
    "zh": (
        "全民健康覆盖问题高级别会议的方式",
        "1. 决定于 2027 年 9 月在纽约召开高级别会议；\n\n2. 请大会主席组织会议。\n",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_bold_title_right_above_paragraph_1_is_front_matter_as_in_plain_text(
    language: str,
) -> None:
    title, paragraphs = _TITLED_PARAGRAPHS[language]
    rows = _assert_alike(f"{title}\n\n{paragraphs}", f"**{title}**\n\n{paragraphs}")
    assert [anchor for anchor, _ in rows] == ["1", "2"]
    markdown = parse_document(f"**{title}**\n\n{paragraphs}", "markdown")
    assert all(p.heading_path == () for p in markdown.paragraphs)


@pytest.mark.parametrize("caption", ["Key messages,", "OP3"])
def test_a_caption_or_a_label_in_bold_above_paragraph_1_is_no_title(caption: str) -> None:
    # A caption's stray comma or a compilation's label set in bold is the text's own.
    content = f"**{caption}**\n\n1. Strengthen national CERTs.\n\n2. Promote the norms.\n"
    assert caption in [text for _, text in _rows(content, "markdown")]
