"""Paragraph parser: in Markdown, a line set in bold above the chapeau, a draft's date line or
title ("**Rev.1 – 17 March 2025**", "**Draft resolution on …**"), is the title block, skipped as
front matter as the same line is in plain text: never the heading the whole text sits under."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_BODY = (
    "*The General Assembly*,\n\n"
    "PP1. *Recalling* its resolution 79/1 of 22 September 2024,\n\n"
    "PP2. *Recognizing* the important role of the private sector,\n\n"
    "OP1. *Decides* to convene a one-day high-level meeting in 2027;\n\n"
    "OP2. *Requests* the President of the General Assembly to organize the meeting.\n"
)
_BODY_ZH = (
    "*大会*，\n\n"
    "*回顾*其 2024 年 9 月 22 日第 79/1 号决议，\n\n"
    "1. *决定*于 2027 年召开一天的高级别会议；\n\n"
    "2. *请*大会主席组织会议。\n"
)


def _plain(markdown: str) -> str:
    return markdown.replace("**", "").replace("*", "")


@pytest.mark.parametrize(
    ("title_block", "body"),
    [
        ("**Rev.1 – 17 March 2025**\n\n", _BODY),
        (
            "**Zero draft – 10 February 2025**\n\n"
            "**Draft resolution on the Global Dialogue on Artificial Intelligence Governance**\n\n",
            _BODY,
        ),
        ("**零草案——2025 年 2 月 10 日**\n\n**关于人工智能治理全球对话的决议草案**\n\n", _BODY_ZH),
    ],
)
def test_a_bold_title_block_above_the_chapeau_is_front_matter_as_in_plain_text(
    title_block: str, body: str
) -> None:
    markdown = title_block + body
    parsed = parse_document(markdown, "markdown").paragraphs
    assert parsed[0].anchor == "p-1"
    assert parsed[0].kind == "unnumbered"
    assert all(p.kind != "heading" for p in parsed)
    assert all(p.heading_path == () for p in parsed)
    assert all(p.parent is None for p in parsed)
    plain = parse_document(_plain(markdown), "text").paragraphs
    assert [(p.anchor, p.text) for p in parsed] == [(p.anchor, p.text) for p in plain]
    warnings = parse_document(markdown, "markdown").warnings
    assert [w.message for w in warnings].count("front matter skipped") == title_block.count(
        "**"
    ) // 2
