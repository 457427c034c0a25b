"""Paragraph parser: a web page's "Related documents" / "相关文件" block after the last paragraph,
an entry with its URL below it ("Press release: …" + "https://…"), was kept as the text's list
of documents, the URL joined into the entry. An entry printing a URL makes the block a page's
links: trailing matter, its caption with it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    "content",
    [
        "6. We decide to support the work of the Peacebuilding Commission.\n\n"
        "Related documents\nPress release: Member States adopt the Pact for the Future\n"
        "https://www.un.org/en/summit-of-the-future\n",
        "6. 我们决定支持建设和平委员会的工作。\n\n"
        "相关文件\n新闻稿：各国通过《未来契约》\nhttps://www.un.org/zh/summit-of-the-future\n",
    ],
    ids=["en", "zh"],
)
def test_a_web_pages_related_links_are_trailing_matter(content: str) -> None:
    assert [p.anchor for p in parse_document(content).paragraphs] == ["6"]


@pytest.mark.parametrize(
    ("caption", "entry"),
    [
        ("Documentation", "Report of the Secretary-General on the work of the Organization"),
        ("文件", "秘书长关于本组织工作的报告"),
    ],
)
def test_a_list_of_documents_without_links_stays_the_texts(caption: str, entry: str) -> None:
    content = f"1. The Commission will consider the report.\n\n{caption}\n\n{entry}\n"
    assert [p.text for p in parse_document(content).paragraphs][1:] == [caption, entry]
