"""Paragraph parser: in plain text, an action below an objective ("Objective 1." + "Action 1.",
"目标 1." + "行动 1.") is that objective's, parent ``objective-1`` and the objective in its
heading path, as Markdown's "## 目标 1." + "行动 1." already gave; plain text set the two side
by side (parent None). The next objective, or a section, closes both; actions of a text
without objectives stay at the top, and no anchor changes."""

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
    "目标 1. 消除贫困\n\n行动 1. 我们将……我们决定：\n\n(a) 消除极端贫困；\n\n(b) 消除饥饿。\n\n"
    "目标 2. 和平与安全\n\n行动 2. 我们将：\n\n(a) 推进裁军。\n"
)
ENGLISH = (
    "Objective 1. End poverty\n\nAction 1. We will … We decide to:\n\n(a) End extreme poverty;"
    "\n\n(b) End hunger.\n\nObjective 2. Peace and security\n\nAction 2. We will:\n\n"
    "(a) Advance disarmament.\n"
)
EXPECTED = [
    ("objective-1", None),
    ("action-1", "objective-1"),
    ("action-1.a", "action-1"),
    ("action-1.b", "action-1"),
    ("objective-2", None),
    ("action-2", "objective-2"),
    ("action-2.a", "action-2"),
]


def _rows(content: str, fmt: Format = "text") -> list[tuple[str, str | None]]:
    return [(p.anchor, p.parent) for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize("content", [CHINESE, ENGLISH], ids=["zh", "en"])
def test_an_action_below_an_objective_is_its_own(content: str) -> None:
    assert _rows(content) == EXPECTED
    action = parse_document(content, "text").paragraphs[1]
    assert action.heading_path == (content.split("\n", 1)[0],)


@pytest.mark.parametrize("content", [CHINESE, ENGLISH], ids=["zh", "en"])
def test_plain_text_nests_as_markdown_does(content: str) -> None:
    objectives = "\n".join(
        f"## {line}" if line.startswith(("目标", "Objective")) else line
        for line in content.split("\n")
    )
    assert _rows(content) == _rows(objectives, "markdown")


def test_a_section_closes_the_objective() -> None:
    content = (
        "Objective 1. End poverty\n\nAction 1. We will act.\n\n"
        "II. Follow-up\n\nAction 2. We will report.\n"
    )
    assert _rows(content)[-2:] == [("section-2", None), ("action-2", "section-2")]


@given(
    actions=st.lists(st.integers(min_value=1, max_value=3), min_size=1, max_size=4),
    chinese=st.booleans(),
)
def test_without_objectives_actions_stay_at_the_top(actions: list[int], chinese: bool) -> None:
    keyword, commitment = ("行动", "我们将采取行动。") if chinese else ("Action", "We will act.")
    lines, number = [], 0
    for paragraphs in actions:
        number += 1
        lines.append(f"{keyword} {number}. {commitment}")
        lines.extend(f"{number * 10 + k}. {commitment}" for k in range(paragraphs))
    rows = _rows("\n\n".join(lines) + "\n")
    assert [parent for anchor, parent in rows if anchor.startswith("action-")] == [None] * number


async def test_the_api_nests_the_action_under_its_objective(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "目标", "language": "zh", "format": "text", "content": CHINESE},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    paragraphs = {item["anchor"]: item for item in created.json()["paragraphs"]}
    assert paragraphs["action-1"]["parent"] == "objective-1"
    assert paragraphs["action-2"]["parent"] == "objective-2"
