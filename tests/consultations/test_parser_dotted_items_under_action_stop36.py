"""Paragraph parser: pandoc's lettered list, "a." / "b.", right below a keyword heading whose
text opens it with a colon ("Action 1. We will:", "行动 1. 我们将：", "## 目标 1." + "行动 1.
我们将："), is the heading's items, ``action-1.a``, ``action-1.b``, as "(a)" there already was
and as "a." under "1. We will:" is; the items were run into the heading's text and lost."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from tests.consultations.parser_helpers import anchors, parsed_rows
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "行动 1. 我们将：\n\na.  促进经济多样化；\n\nb.  加强债务可持续性；\n\n"
    "行动 2. 我们将支持旅游业。\n"
)
ENGLISH = (
    "Action 1. We will:\n\na.  Promote diversification;\n\nb.  Strengthen debt sustainability;\n\n"
    "Action 2. We will support tourism.\n"
)
EXPECTED = [
    ("action-1", "heading", None),
    ("action-1.a", "subparagraph", "action-1"),
    ("action-1.b", "subparagraph", "action-1"),
    ("action-2", "heading", None),
]


@pytest.mark.parametrize("content", [CHINESE, ENGLISH], ids=["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_dotted_list_below_an_actions_colon_is_its_items(content: str, fmt: str) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == EXPECTED
    assert rows[0][3] in ("我们将：", "We will:")
    assert rows[2][3] in ("加强债务可持续性；", "Strengthen debt sustainability;")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_under_an_objective_the_actions_items_are_its_own(fmt: str) -> None:
    heading = "## 目标 1. 建设有复原力的经济" if fmt == "markdown" else "目标 1. 建设有复原力的经济"
    rows = parsed_rows(f"{heading}\n\n{CHINESE}", fmt)
    assert [row[:3] for row in rows][2:4] == [
        ("action-1.a", "subparagraph", "action-1"),
        ("action-1.b", "subparagraph", "action-1"),
    ]


def test_an_objective_opening_a_list_hosts_it_too() -> None:
    content = "Objective 1. We will:\n\na. End poverty;\n\nb. End hunger.\n"
    assert anchors(content) == ["objective-1", "objective-1.a", "objective-1.b"]


def test_without_a_colon_the_dotted_line_stays_the_headings_text() -> None:
    content = "Action 1. We will act.\n\na. Promote diversification.\n\nAction 2. We will act.\n"
    assert "a." not in anchors(content)[1]


_KEYWORD_HEADINGS = ("Action 1. We will:", "行动 1. 我们将：", "Medida 1. Nosotros:")


@given(
    heading=st.sampled_from(_KEYWORD_HEADINGS),
    count=st.integers(min_value=2, max_value=8),
    fmt=st.sampled_from(["text", "markdown"]),
)
def test_dotted_and_parenthesized_letters_anchor_alike(heading: str, count: int, fmt: str) -> None:
    letters = "abcdefgh"[:count]
    dotted = "\n\n".join([heading, *(f"{letter}. item {letter};" for letter in letters)])
    parenthesized = "\n\n".join([heading, *(f"({letter}) item {letter};" for letter in letters)])
    assert anchors(dotted, fmt) == anchors(parenthesized, fmt)
    assert anchors(dotted, fmt)[1:] == [f"action-1.{letter}" for letter in letters]


async def test_the_api_anchors_the_items_on_the_action(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "行动", "language": "zh", "format": "markdown", "content": CHINESE},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == [anchor for anchor, _, _ in EXPECTED]
