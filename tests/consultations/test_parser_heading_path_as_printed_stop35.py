"""Paragraph parser: heading_path keeps a heading's label and its stop as printed: a full-width
"．" stays, with no space after it, as Chinese sets none after its punctuation ("行动１．我们将…",
"A．背景"), where a label's ASCII "." is set apart from its title by one space ("A. 背景")."""

from __future__ import annotations

import httpx

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ACTIONS = (
    "大会，\n\n行动１．我们将：\n\n(a) 采取措施；\n\n(b) 加强能力。\n\n"
    "行动２．我们将支持发展。\n\n1. 决定继续处理此问题。\n"
)


def test_a_full_width_action_heading_stays_as_printed_in_heading_path() -> None:
    paragraphs = {p.anchor: p for p in parse_document(ACTIONS).paragraphs}
    assert paragraphs["action-1"].label == "行动１"
    assert paragraphs["action-1.a"].heading_path == ("行动１．我们将：",)
    assert paragraphs["1"].heading_path == ("行动２．我们将支持发展。",)


def test_a_full_width_stop_after_a_letter_stays_with_no_space_after_it() -> None:
    content = "一、导言\n\n1. 案文一。\n\nA．  背景\n\n2. 案文二。\n"
    assert {p.anchor: p for p in parse_document(content).paragraphs}["2"].heading_path == (
        "一、导言",
        "A．背景",
    )


async def test_the_api_lists_heading_path_as_printed(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "行动", "language": "zh", "format": "text", "content": ACTIONS}
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert created.status_code == 201, created.text
    found = {p["anchor"]: p for p in created.json()["paragraphs"]}
    assert found["action-1.b"]["heading_path"] == ["行动１．我们将："]
