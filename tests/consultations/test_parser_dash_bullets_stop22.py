"""Paragraph parser: in plain text, "- " opens a list's item above another item the same dash
opens, as "• " does anywhere: the text is read without its marker either way."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document
from tests.consultations.parser_helpers import paragraph


def rows(result: ParseResult) -> list[tuple[str, str, str | None, str]]:
    return [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]


@pytest.mark.parametrize(
    ("content", "bullets", "first"),
    [
        (
            "I. Domestic public resources\n\n{}\n\n1. The co-facilitators invite comments.\n",
            "• Strengthening tax administration;\n• Combating illicit financial flows;",
            "Strengthening tax administration;",
        ),
        (
            "一、国内公共资源\n\n{}\n\n1. 共同协调人欢迎提出意见。\n",
            "• 加强税收征管能力；\n• 打击非法资金流动；",
            "加强税收征管能力；",
        ),
    ],
)
def test_a_dash_bullet_list_reads_as_a_bullet_list(content: str, bullets: str, first: str) -> None:
    dashes = bullets.replace("• ", "- ")
    assert rows(parse_document(content.format(dashes))) == rows(
        parse_document(content.format(bullets))
    )
    assert paragraph(content.format(dashes), "p-2").text == first
