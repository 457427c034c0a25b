"""Paragraph parser: a Chinese text pasted from a Taiwan or Hong Kong source prints the words
its markers and chapeau are read by in traditional characters ("大會，", "人權理事會，",
"行動 35.", "目標 3.", "建議 1："). They are read as the simplified ones, so the text anchors as
the United Nations' simplified copy does; the text itself stays as printed."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


def _outline(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(p.anchor, p.label, p.kind, p.text) for p in parse_document(text, "text").paragraphs]


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("大會，", "大会，"),
        ("人權理事會，", "人权理事会，"),
        ("經濟及社會理事會，", "经济及社会理事会，"),
    ],
)
def test_a_chapeau_in_traditional_characters_is_the_chapeau(
    traditional: str, simplified: str
) -> None:
    body = "\n\n回顧其第 70/1 號決議，\n\n1. 決定繼續處理此問題。\n"
    outline = _outline(traditional + body)
    assert [anchor for anchor, *_ in outline] == ["p-1", "pp1", "1"]
    assert outline[0][3] == traditional
    assert [anchor for anchor, *_ in outline] == [
        anchor for anchor, *_ in _outline(simplified + body)
    ]


def test_keywords_in_traditional_characters_anchor_as_the_simplified_ones() -> None:
    traditional = (
        "行動 35. 我們將加強國際合作。\n\n目標 3. 確保健康的生活方式。\n\n建議 1：設立基金。\n"
    )
    simplified = (
        "行动 35. 我们将加强国际合作。\n\n目标 3. 确保健康的生活方式。\n\n建议 1：设立基金。\n"
    )
    outline = _outline(traditional)
    assert [(anchor, label) for anchor, label, *_ in outline] == [
        ("action-35", "行動 35"),
        ("objective-3", "目標 3"),
        ("recommendation-1", "建議 1"),
    ]
    assert outline[0][3] == "我們將加強國際合作。"
    assert [(a, k) for a, _, k, _ in outline] == [(a, k) for a, _, k, _ in _outline(simplified)]


def test_a_keyword_cited_in_a_sentence_stays_the_sentences() -> None:
    outline = _outline("行動 35 中提出的措施很重要。\n\n目標 3 的落實需要資金。\n")
    assert [(anchor, kind) for anchor, _, kind, _ in outline] == [
        ("p-1", "unnumbered"),
        ("p-2", "unnumbered"),
    ]
