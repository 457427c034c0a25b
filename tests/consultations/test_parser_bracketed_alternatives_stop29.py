"""Paragraph parser: a negotiation draft's bracketed alternatives and proposals. The next
alternative in brackets ("2. [Alt 1: …]" + "[Alt 2: …]", "[备选案文 2：…]") goes on with the
paragraph whose text is its first alternative, right below it or after a blank line, however the
first one ended and whatever the width of the text's lines; English and Chinese alike."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ALTERNATIVES = {
    "en": (
        "1. We reaffirm our commitment.\n\n"
        "2. [Alt 1: We decide to extend the mandate of the Forum.]\n"
        "{gap}[Alt 2: We decide to make the Forum permanent.]\n\n"
        "3. We recognize that digital divides persist, in particular in the least developed "
        "countries.\n"
    ),
    "zh": (
        "1. 我们重申承诺。\n\n"
        "2. [备选案文 1：我们决定延长论坛的任务期限。]\n"
        "{gap}[备选案文 2：我们决定使论坛成为常设论坛。]\n\n"
        "3. 我们认识到数字鸿沟依然存在，特别是在最不发达国家、内陆发展中国家和小岛屿发展中国家，"
        "并决定采取紧急行动。\n"
    ),
}


@pytest.mark.parametrize("gap", ["", "\n"], ids=["below", "after-blank"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_next_bracketed_alternative_goes_on_with_the_first(language: str, gap: str) -> None:
    paragraphs = parse_document(_ALTERNATIVES[language].format(gap=gap)).paragraphs
    texts = {p.anchor: p.text for p in paragraphs}
    assert list(texts) == ["1", "2", "3"]
    assert texts["2"].startswith("[")
    assert texts["2"].endswith(("permanent.]", "常设论坛。]"))


@pytest.mark.parametrize(
    "bracketed",
    ["[We recognize that digital divides persist.]", "[我们认识到数字鸿沟依然存在。]"],
)
def test_a_bracketed_paragraph_below_an_alternative_stays_apart(bracketed: str) -> None:
    content = (
        "1. We reaffirm our commitment.\n\n"
        "2. [Alt 1: We decide to extend the mandate of the Forum.]\n\n"
        f"{bracketed}\n\n"
        "3. We decide to remain seized of the matter.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "2", "p-3", "3"]
