"""Objectives printed one right below the other, no text of their own between them, are a list,
not containers: the actions below them ("Action 1. … (objectives 1 and 2)") are no more the last
objective's than the first's, and stay at the top in plain text as in Markdown. An objective
with its own action right below it still holds it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "Programme plan\n\nObjective 1. Improve statistical capacity\n\n"
    "Objective 2. Strengthen data governance\n\n"
    "Action 1. Training of statisticians (objectives 1 and 2)\n\n"
    "1. The programme will train 500 statisticians.\n\n"
    "Action 2. Data governance framework (objective 2)\n\n"
    "2. The programme will develop a framework.\n"
)
CHINESE = (
    "方案计划\n\n目标 1. 提高统计能力\n\n目标 2. 加强数据治理\n\n"
    "行动 1. 培训统计人员（目标 1 和 2）\n\n"
    "1. 本方案将培训 500 名统计人员。\n\n行动 2. 数据治理框架（目标 2）\n\n2. 本方案将制定框架。\n"
)


def parents(content: str, format_: str = "text") -> dict[str, str | None]:
    return {p.anchor: p.parent for p in parse_document(content, format_).paragraphs}


@given(objectives=st.integers(min_value=2, max_value=4), actions=st.integers(1, 3))
def test_actions_below_a_list_of_objectives_are_no_objectives(
    objectives: int, actions: int
) -> None:
    lines = [f"Objective {i}. Goal number {i}" for i in range(1, objectives + 1)]
    for number in range(1, actions + 1):
        lines += [f"Action {number}. Work stream {number}", f"{number}. We will act."]
    found = parents("\n\n".join(lines) + "\n")
    assert [found[f"action-{n}"] for n in range(1, actions + 1)] == [None] * actions


@pytest.mark.parametrize("content", [ENGLISH, CHINESE])
def test_plain_text_nests_listed_objectives_as_markdown_does(content: str) -> None:
    markdown = "\n".join(
        f"## {line}" if line.startswith(("目标", "Objective", "行动", "Action")) else line
        for line in content.split("\n")
    )
    assert parents(content) == parents(markdown, "markdown")


async def imported(client: httpx.AsyncClient, state: AppState, content: str) -> list[Any]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["en"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Programme plan", "language": "en", "format": "text", "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    paragraphs: list[Any] = created.json()["paragraphs"]
    return paragraphs


async def test_the_api_leaves_actions_below_listed_objectives_at_the_top(
    client: httpx.AsyncClient, state: AppState
) -> None:
    paragraphs = await imported(client, state, ENGLISH)
    assert [(p["anchor"], p["parent"]) for p in paragraphs] == [
        ("objective-1", None),
        ("objective-2", None),
        ("action-1", None),
        ("1", "action-1"),
        ("action-2", None),
        ("2", "action-2"),
    ]


async def test_an_objective_followed_by_its_action_still_holds_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = (
        "Objective 1. End poverty\n\nAction 1. We will act.\n\n1. Text.\n\n"
        "Objective 2. Zero hunger\n\nAction 2. We will feed.\n"
    )
    paragraphs = await imported(client, state, content)
    assert {p["anchor"]: p["parent"] for p in paragraphs}["action-2"] == "objective-2"
