"""Paragraph parser: the one numbered paragraph of a text, or of its numbered part, keeps its
printed number where nothing else is numbered above or below it ("8. We decide:" + "(a) …" is
`8`, `8.a`, as api.md's own example), as a run starting there does; it was unnumbered text
(`p-1`, `p-1.a`). Years, notes, rows, quoted paragraphs and wrapped lines stay text."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import Format, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ONE_PARAGRAPH = [
    pytest.param(
        "text",
        "8. We decide:\n(a) x;\n(b) y;\n(c) z.\n",
        ["8", "8.a", "8.b", "8.c"],
        id="alone",
    ),
    pytest.param(
        "text",
        "Draft outcome\n\n8. We decide:\n\n(a) x;\n\n(b) y;\n\n(c) z.\n",
        ["8", "8.a", "8.b", "8.c"],
        id="below-a-title",
    ),
    pytest.param(
        "text",
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n8. Decides:\n(a) x;\n(b) y.\n",
        ["p-1", "pp1", "8", "8.a", "8.b"],
        id="below-a-preamble",
    ),
    pytest.param(
        "text",
        "Action 35. We will act.\n54. We decide to:\n(a) Establish a panel;\n"
        "(b) Launch a dialogue.\n",
        ["action-35", "54", "54.a", "54.b"],
        id="below-an-action",
    ),
    pytest.param(
        "text",
        "8．我们决定：\n(a) 设立小组；\n(b) 启动对话。\n",
        ["8", "8.a", "8.b"],
        id="chinese",
    ),
    pytest.param(
        "markdown",
        "# Draft outcome\n\n8. We decide:\n\n(a) x;\n\n(b) y;\n\n(c) z.\n",
        ["8", "8.a", "8.b", "8.c"],
        id="markdown",
    ),
]


@pytest.mark.parametrize(("fmt", "content", "expected"), ONE_PARAGRAPH)
def test_a_lone_paragraph_keeps_its_printed_number(
    fmt: Format, content: str, expected: list[str]
) -> None:
    result = parse_document(content, fmt)
    assert [p.anchor for p in result.paragraphs] == expected
    number = next(anchor for anchor in expected if anchor.isdigit())
    messages = [w.message for w in result.warnings]
    assert f"numbering starts at {number}" in messages
    assert not any("kept as text" in message for message in messages)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(
            "The Assembly met in Geneva.\n\n2015. A year of change for the Organization.\n",
            id="year",
        ),
        pytest.param(
            "The Council held its session and decided on\n8. measures to take.\n",
            id="wrapped-sentence",
        ),
        pytest.param(
            "The Council adopted the text.\n\nNotes\n\n8. Resolution 70/1.\n", id="notes-title"
        ),
        pytest.param("The Council adopted the text.\n\n8. See resolution 70/1.\n", id="note"),
        pytest.param(
            "The Council adopted resolution 70/1.8\n\n8. A/RES/70/1 of 25 September 2015.\n",
            id="referenced-note",
        ),
        pytest.param(
            "The resolution reads as follows:\n\n8. Decides to act.\n", id="quoted-paragraph"
        ),
        pytest.param("Ranking\n\n12. Republic of Korea 0.9679\n", id="ranking-row"),
    ],
)
def test_a_lone_number_that_is_no_paragraph_number_stays_text(content: str) -> None:
    assert all(p.anchor.startswith("p-") for p in parse_document(content, "text").paragraphs)


async def test_a_document_of_one_paragraph_is_anchored_by_its_number(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={
            "title": "Paragraph 8",
            "language": "en",
            "format": "text",
            "content": "8. We decide:\n(a) x;\n(b) y;\n(c) z.\n",
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["8", "8.a", "8.b", "8.c"]
