"""Paragraph parser: paragraphs numbered in brackets throughout, "[1] Decides …" + "[2] …" +
"[3] …", in ASCII or full-width brackets ("［1］决定…"), with an insertion "[2 bis]" ("[2
之二]"), are paragraphs 1, 2, 2bis and 3 in every language. A bracketed number used to be
read only where the next number below was printed without brackets, so a run of them became
unnumbered paragraphs (p-3, p-4 …) with "[1]" kept in their text, preambular ones in Chinese,
or text merged into the preambular paragraph above."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "The General Assembly,\nRecalling its resolution 78/231,\n"
    "[1] Decides that the conference shall be held in Seville;\n"
    "[2] Also decides that the committee shall hold three sessions;\n"
    "[2 bis] Requests the President to appoint two co-facilitators;\n"
    "[3] Requests the Secretary-General to provide support.\n"
)
CHINESE = (
    "大会，\n回顾其第 78/231 号决议，\n[1]   决定会议将在塞维利亚举行；\n"
    "[2] 又决定筹备委员会应举行三届实质性会议；\n[2 之二] 请大会主席任命两名共同主持人；\n"
    "[3] 请秘书长提供一切必要支持。\n"
)
EXPECTED = ["p-1", "pp1", "1", "2", "2bis", "3"]


@pytest.mark.parametrize(
    "content", [ENGLISH, CHINESE, CHINESE.replace("[", "［").replace("]", "］")]
)
def test_a_run_of_bracketed_numbers_numbers_the_paragraphs(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == EXPECTED
    assert all(p.kind == "operative" for p in paragraphs[2:])
    assert not any(p.text.startswith(("[", "［")) for p in paragraphs)


def test_a_run_below_a_number_printed_plain_goes_on() -> None:
    content = (
        "1. Decides to convene the conference;\n[2] Also decides on its dates;\n"
        "[3] Requests a report;\n[4] Decides to remain seized.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("1", "Decides to convene the conference;"),
        ("2", "Also decides on its dates;"),
        ("3", "Requests a report;"),
        ("4", "Decides to remain seized."),
    ]


@given(count=st.integers(min_value=2, max_value=12), full_width=st.booleans())
def test_any_run_numbers_its_paragraphs(count: int, full_width: bool) -> None:
    opening, closing = ("［", "］") if full_width else ("[", "]")
    lines = [f"{opening}{n}{closing} Decides on point {n};" for n in range(1, count + 1)]
    content = "The General Assembly,\nRecalling its resolutions,\n" + "\n".join(lines) + "\n"
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors[2:] == [str(n) for n in range(1, count + 1)]


async def test_the_api_accepts_the_chinese_translation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Resolution", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == EXPECTED
    translated = await client.put(
        f"/v1/documents/{created.json()['id']}/versions/1/translations/zh",
        json={"format": "text", "content": CHINESE},
        headers=headers,
    )
    assert translated.status_code in (200, 201), translated.text
