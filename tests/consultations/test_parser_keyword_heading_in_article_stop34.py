"""Paragraph parser: a keyword heading ("建议 1：…", "目标 2.", "Recommendation 1: …") among an
article's own paragraphs, anchored in the article (``article-3/recommendation-1``), is the
article's heading's child, the article in its ``heading_path``: its anchor and its parent agree.
The next article is the text's again."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

CHINESE_MARKDOWN = (
    "## 第一章 会议\n\n**第三条**\n\n**会议地点**\n\n1\\. 全球对话在纽约举行。\n\n"
    "**建议 1：加强能力建设**\n\n2\\. 会员国应加强能力建设。\n\n"
    "**目标 2.** 扩大包容性\n\n3\\. 我们承诺扩大包容性。\n\n**第四条**\n\n1\\. 全球对话每年举行。\n"
)
ENGLISH_TEXT = (
    "Chapter I\nSessions\nArticle 3\nVenue\n1. The Dialogue meets in New York.\n"
    "Recommendation 1: Strengthen capacity\n2. Member States should strengthen capacity.\n"
    "Objective 2. Broaden inclusion\n3. We commit to broaden inclusion.\n"
    "Article 4\nFrequency\n1. The Dialogue meets once a year.\n"
)


@pytest.mark.parametrize(
    ("content", "fmt"), [(CHINESE_MARKDOWN, "markdown"), (ENGLISH_TEXT, "text")]
)
def test_a_keyword_heading_anchored_in_an_article_is_under_it(content: str, fmt: Format) -> None:
    rows = {p.anchor: p for p in parse_document(content, fmt).paragraphs}
    article = rows["article-3"]
    for anchor in ("article-3/recommendation-1", "article-3/objective-2"):
        heading = rows[anchor]
        assert heading.parent == "article-3"
        assert heading.heading_path[-1].startswith(article.label or "")
    assert rows["article-3/3"].parent == "article-3/objective-2"
    assert rows["article-4"].parent == "section-1"
