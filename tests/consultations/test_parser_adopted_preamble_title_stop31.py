"""A "Preamble" title below the resolution's own numbered paragraphs titles the text they adopt,
not the resolution: the Pact for the Future's "Chapeau" is "序言" in Chinese, and it turned the
adopting resolution's "回顾…，" from pp1 into p-2, so the Chinese text could not be attached to
the English one (its anchors differed)."""

import pytest

from tests.consultations.parser_helpers import anchors

ADOPTING = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 76/307 of 8 September 2022,\n\n"
        "1. Adopts the following document:\n\n{title}\n\n{heading}\n\n"
        "1. We, the Heads of State and Government, have gathered at a time of change.\n\n"
        "2. We are determined to protect the needs of present and future generations.\n"
    ),
    "zh": (
        "大会，\n\n回顾其 2022 年 9 月 8 日第 76/307 号决议，\n\n1. 通过以下文件：\n\n"
        "{title}\n\n{heading}\n\n1. 我们，各国元首和政府首脑，在全球深刻变革之际齐聚一堂。\n\n"
        "2. 我们决心保护今世后代的需要和利益。\n"
    ),
}
EXPECTED = ["p-1", "pp1", "1", "p-4", "p-5", "part-2/1", "part-2/2"]


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("en", "Pact for the Future", "Chapeau"),
        ("en", "Pact for the Future", "Preamble"),
        ("zh", "未来契约", "序言"),
    ],
)
def test_a_preamble_title_of_an_adopted_text_leaves_the_resolution_its_preamble(
    language: str, title: str, heading: str
) -> None:
    content = ADOPTING[language].format(title=title, heading=heading)
    assert anchors(content) == EXPECTED


def test_a_preamble_title_above_the_text_still_titles_it() -> None:
    content = (
        "序言\n\n1. 回顾《联合国宪章》，\n\n2. 铭记其各项宗旨，\n\n执行部分\n\n1. 决定设立论坛。\n"
    )
    assert anchors(content) == ["pp1", "pp2", "p-3", "1"]
