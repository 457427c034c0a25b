"""Paragraph parser: one text as a web copy and as Markdown from Word gave different anchors when
it opened with its title and an unnumbered opening section ("Introduction", "导言") above
unnumbered text. The plain text skipped both as front matter and the Markdown kept both as
headings, so every ``p-N`` below them moved and a translation in the other form was refused."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors

TEXT = "{title}\n\n{opening}\n\n{body}\n\n{chapter}\n\n• {first}\n\n• {second}\n"
MARKDOWN = "**{title}**\n\n## {opening}\n\n{body}\n\n## {chapter}\n\n- {first}\n\n- {second}\n"

CASES = [
    pytest.param(
        {
            "title": "Riyadh IGF Messages 2024",
            "opening": "Introduction",
            "body": "The nineteenth annual meeting of the Forum was held in Riyadh.",
            "chapter": "I. Harnessing innovation",
            "first": "Artificial intelligence offers opportunities.",
            "second": "Governance frameworks should be multi-stakeholder.",
        },
        id="en",
    ),
    pytest.param(
        {
            "title": "2024年互联网治理论坛利雅得讯息",
            "opening": "导言",
            "body": "第十九届互联网治理论坛年会于2024年12月在利雅得举行。",
            "chapter": "一、利用创新，平衡风险",
            "first": "人工智能为可持续发展带来重大机遇。",
            "second": "应以多利益攸关方方式制定人工智能治理框架。",
        },
        id="zh",
    ),
]


@pytest.mark.parametrize("words", CASES)
def test_an_opening_section_above_unnumbered_text_anchors_alike_in_both_forms(
    words: dict[str, str],
) -> None:
    text = parse_document(TEXT.format(**words), "text")
    markdown = parse_document(MARKDOWN.format(**words), "markdown")

    expected = ["p-1", "p-2", "section-1", "p-4", "p-5"]
    for result in (text, markdown):
        assert [paragraph.anchor for paragraph in result.paragraphs] == expected
    for result in (text, markdown):
        opening = result.paragraphs[0]
        assert (opening.kind, opening.text) == ("heading", words["opening"])
        assert result.paragraphs[1].heading_path == (words["opening"],)
        assert words["title"] not in [paragraph.text for paragraph in result.paragraphs]


@pytest.mark.parametrize(
    ("title", "body", "chapter", "first"),
    [
        ("Chair's summary", "The President convened the meeting.", "I. Outcomes", "1. Agreed."),
        ("主席总结", "主席召集了会议。", "一、成果", "1. 与会者达成一致。"),
    ],
)
def test_any_other_line_above_unnumbered_text_is_still_the_title(
    title: str, body: str, chapter: str, first: str
) -> None:
    source = f"{title}\n\n{body}\n\n{chapter}\n\n{first}\n"
    assert anchors(source) == ["p-1", "section-1", "1"]
