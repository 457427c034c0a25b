"""Paragraph parser: decisions and their items. A quoted title wrapped below a preambular
paragraph's comma is that paragraph's, no preambular paragraph of its own."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def rows(result: ParseResult) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in result.paragraphs]


QUOTED_TITLE_EN = (
    "The General Assembly,\n"
    "Recalling its resolution 70/1 of 25 September 2015,\n"
    "“Transforming our world: the 2030 Agenda for Sustainable Development”,\n"
    "1. Decides to convene a high-level meeting;\n"
)
QUOTED_TITLE_ZH = (
    "大会，\n"
    "回顾其 2015 年 9 月 25 日第 70/1 号决议，\n"
    "“变革我们的世界：2030 年可持续发展议程”，\n"
    "1. 决定召开一次高级别会议；\n"
)


@pytest.mark.parametrize("content", [QUOTED_TITLE_EN, QUOTED_TITLE_ZH])
def test_a_quoted_title_below_a_preambular_comma_goes_on_with_the_paragraph(
    content: str,
) -> None:
    result = parse_document(content, "text")
    assert [anchor for anchor, _ in rows(result)] == ["p-1", "pp1", "1"]
    assert rows(result)[1][1].endswith(("Development”,", "议程”，"))
