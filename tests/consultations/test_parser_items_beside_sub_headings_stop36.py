"""Paragraph parser: items "(a)", "(b)" right below a section heading whose lettered
sub-headings come later in the section ("二、建议" + "(a) …" + "(b) …" + "A. 筹资" + "B. 数据")
are ``section-2.item-a``, ``section-2.item-b``, and the sub-headings keep ``section-2.a``,
``section-2.b``, the anchors every section's sub-headings have. The items took
``section-2.a`` and the sub-headings became ``section-2.a_2`` with a warning, though nothing
was printed twice. Items under a section with no such sub-heading keep ``section-2.a``."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import Format, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "一、导言\n\n1. 本报告概述进展。\n\n二、建议\n\n(a) 会员国应履行承诺；\n\n"
    "(b) 发展伙伴应增加援助。\n\nA. 筹资\n\n2. 各方应加强合作。\n\nB. 数据\n\n3. 各方应加强数据。\n"
)
ENGLISH = (
    "I. Introduction\n\n1. The report outlines progress.\n\nII. Recommendations\n\n"
    "(a) Member States should meet their commitments;\n\n"
    "(b) Development partners should increase assistance.\n\nA. Financing\n\n"
    "2. All parties should strengthen cooperation.\n\nB. Data\n\n"
    "3. All parties should strengthen data.\n"
)
EXPECTED = [
    ("section-1", None),
    ("1", "section-1"),
    ("section-2", None),
    ("section-2.item-a", "section-2"),
    ("section-2.item-b", "section-2"),
    ("section-2.a", "section-2"),
    ("2", "section-2.a"),
    ("section-2.b", "section-2"),
    ("3", "section-2.b"),
]


def _markdown(content: str) -> str:
    headings = ("一、", "二、", "I.", "II.", "A.", "B.")
    return "\n".join(
        f"## {line}" if line.startswith(headings) else line for line in content.split("\n")
    )


@pytest.mark.parametrize("content", [CHINESE, ENGLISH], ids=["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_items_and_sub_headings_get_distinct_anchors(content: str, fmt: Format) -> None:
    text = _markdown(content) if fmt == "markdown" else content
    result = parse_document(text, fmt)
    assert [(p.anchor, p.parent) for p in result.paragraphs] == EXPECTED
    assert not [w for w in result.warnings if "used twice" in w.message]
    item = result.paragraphs[3]
    assert item.label in ("二 (a)", "II (a)")


def test_chinese_and_english_anchor_alike() -> None:
    def anchors(content: str) -> list[str]:
        return [p.anchor for p in parse_document(content, "text").paragraphs]

    assert anchors(CHINESE) == anchors(ENGLISH)


def test_items_below_a_section_with_no_sub_headings_keep_their_anchors() -> None:
    content = CHINESE.split("A. 筹资")[0] + "三、后续行动\n\n2. 各方应加强合作。\n"
    assert [p.anchor for p in parse_document(content, "text").paragraphs][3:5] == [
        "section-2.a",
        "section-2.b",
    ]


def test_an_items_own_items_follow_it() -> None:
    content = CHINESE.replace(
        "(a) 会员国应履行承诺；", "(a) 会员国应：\n\n(i) 履行承诺；\n\n(ii) 报告；"
    )
    assert [p.anchor for p in parse_document(content, "text").paragraphs][3:6] == [
        "section-2.item-a",
        "section-2.item-a.i",
        "section-2.item-a.ii",
    ]


_ITEM_LETTERS = "abcde"
_HEADING_LETTERS = "ABCDE"


@given(items=st.integers(min_value=0, max_value=5), sub_headings=st.integers(0, 5))
def test_anchors_are_unique_and_sub_headings_keep_theirs(items: int, sub_headings: int) -> None:
    blocks = ["I. Introduction", "1. The report outlines progress.", "II. Recommendations"]
    blocks += [f"({letter}) Item {letter};" for letter in _ITEM_LETTERS[:items]]
    for number, letter in enumerate(_HEADING_LETTERS[:sub_headings], start=2):
        blocks += [f"{letter}. Title {letter}", f"{number}. Parties should act."]
    paragraphs = parse_document("\n\n".join(blocks) + "\n", "text").paragraphs
    anchors = [p.anchor for p in paragraphs]
    assert len(anchors) == len(set(anchors))
    item_base = "section-2.item-" if items and sub_headings else "section-2."
    assert [p.anchor for p in paragraphs if p.kind == "subparagraph"] == [
        f"{item_base}{letter}" for letter in _ITEM_LETTERS[:items]
    ]
    assert [p.anchor for p in paragraphs if p.kind == "heading"][2:] == [
        f"section-2.{letter.lower()}" for letter in _HEADING_LETTERS[:sub_headings]
    ]


async def test_the_api_accepts_the_translation_with_the_same_anchors(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Report", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == [anchor for anchor, _ in EXPECTED]
    document = created.json()["id"]
    translated = await client.put(
        f"/v1/documents/{document}/versions/1/translations/zh",
        json={"format": "text", "content": CHINESE},
        headers=headers,
    )
    assert translated.status_code in (200, 201), translated.text
