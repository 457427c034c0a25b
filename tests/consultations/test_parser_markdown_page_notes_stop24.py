"""Paragraph parser, Markdown: a page break that fell mid-sentence leaves the page's notes
("<sup>1</sup> General Assembly resolution 217 A (III).") between the two halves of a preambular
paragraph; the line above the notes goes on below them, a paragraph, not a heading over the rest
of the text. Notes opened by Pandoc's superscript ("^1^ Resolution 70/1.") are notes too."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "*The Human Rights Council*,\n\n"
    "*Reaffirming* the Universal Declaration of Human Rights,<sup>1</sup>\n\n"
    "*Recalling* its resolutions 41/11 and 47/23 on new and emerging digital\n\n"
    "<sup>1</sup> General Assembly resolution 217 A (III).\n\n"
    "technologies and human rights,\n\n"
    "*Noting* the report of the High Commissioner,\n\n"
    "1\\. *Decides* to continue its consideration of this issue.\n"
)
CHINESE = (
    "*人权理事会*，\n\n"
    "*重申*《世界人权宣言》<sup>1</sup>，\n\n"
    "*回顾*其关于新兴数字技术与人权的2019年7月11日第41/11号决议和2021年7月13日\n\n"
    "<sup>1</sup> 大会第217 A (III)号决议。\n\n"
    "第47/23号决议，\n\n"
    "*注意到*高级专员的报告，\n\n"
    "1\\. *决定*继续审议这一问题。\n"
)


@pytest.mark.parametrize("content", [ENGLISH, CHINESE], ids=["english", "chinese"])
def test_a_preambular_paragraph_goes_on_below_the_notes_of_its_page(content: str) -> None:
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1"]
    assert all(p.kind != "heading" and p.parent is None for p in paragraphs)
    assert paragraphs[2].text.endswith(
        ("digital technologies and human rights,", "第47/23号决议，")
    )
    assert all("217 A (III)" not in p.text for p in paragraphs)


def test_a_title_above_the_notes_of_its_page_is_still_a_heading() -> None:
    content = (
        "*The Human Rights Council*,\n\n"
        "*Reaffirming* the Universal Declaration of Human Rights,<sup>1</sup>\n\n"
        "1\\. *Decides* to convene a panel discussion;\n\n"
        "Follow-up and review\n\n"
        "<sup>1</sup> General Assembly resolution 217 A (III).\n\n"
        "2\\. *Requests* the High Commissioner to report on the panel discussion.\n"
    )
    paragraphs = parse_document(content, "markdown").paragraphs
    assert [(p.kind, p.parent) for p in paragraphs][-2:] == [
        ("heading", None),
        ("operative", "p-4"),
    ]


def test_notes_opened_by_pandoc_superscripts_are_notes() -> None:
    content = (
        "*大会*，\n\n"
        "回顾《2030年议程》^1^，\n\n"
        "1\\. 请秘书长继续就人工智能对可持续发展的影响开展工作，并与联合国系统其他\n\n"
        "^1^ 第70/1号决议。\n\n"
        "相关实体协调；\n\n"
        "2\\. 决定继续审议这一问题。\n\n"
        "------------------------------------------------------------------------\n\n"
        "^2^ Resolution 69/313, annex.\n"
    )
    texts = {p.anchor: p.text for p in parse_document(content, "markdown").paragraphs}
    assert texts == {
        "p-1": "大会，",
        "pp1": "回顾《2030年议程》，",
        "1": "请秘书长继续就人工智能对可持续发展的影响开展工作，并与联合国系统其他相关实体协调；",
        "2": "决定继续审议这一问题。",
    }
