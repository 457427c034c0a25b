"""Below a "序言" / "Preamble" title, paragraphs numbered "1.", "2." and worded as preambular
ones are the preamble's when a list restarting at "1." follows (the operative part); how each
one ends ("，", "；", "。") tells nothing. Without that restart they are operative paragraphs, as
a declaration's commitments below "我们，…" are."""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

PREAMBLE_OPENINGS = [
    "回顾其第70/1号决议",
    "注意到秘书长的报告",
    "认识到数字技术的潜力",
    "重申其承诺",
]
OPERATIVE_TEXTS = ["决定设立一个工作组", "请秘书长提交报告", "鼓励会员国参与"]


def resolution(endings: list[str], operative: int, *, operative_heading: bool) -> str:
    preamble = [f"{i}. {PREAMBLE_OPENINGS[i - 1]}{end}" for i, end in enumerate(endings, 1)]
    operative_part = [f"{i}. {OPERATIVE_TEXTS[i - 1]}；" for i in range(1, operative + 1)]
    heading = ["执行部分", ""] if operative_heading else []
    return "\n".join(["大会，", "", "序言", "", *preamble, "", *heading, *operative_part]) + "\n"


@given(
    endings=st.lists(st.sampled_from(["，", "；", "。"]), min_size=1, max_size=4),
    operative=st.integers(min_value=1, max_value=3),
    operative_heading=st.booleans(),
)
def test_numbered_preambular_paragraphs_above_a_restart_are_the_preambles(
    endings: list[str], operative: int, operative_heading: bool
) -> None:
    content = resolution(endings, operative, operative_heading=operative_heading)
    result = parse_document(content, "text")
    preambular = [p for p in result.paragraphs if p.kind == "preamble"]
    operative_paragraphs = [p for p in result.paragraphs if p.kind == "operative"]
    assert [p.label for p in preambular] == [str(i) for i in range(1, len(endings) + 1)]
    assert [p.anchor for p in operative_paragraphs] == [str(i) for i in range(1, operative + 1)]
    assert "执行部分" not in "".join(p.text for p in result.paragraphs if p.kind != "heading")


async def test_a_semicolon_does_not_run_the_operative_part_into_the_preamble(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = resolution(["；", "，", "，"], 2, operative_heading=True)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["zh"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "数字合作", "language": "zh", "format": "text", "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["p-1", "p-2", "pp1", "pp2", "pp3", "p-6", "1", "2"]
    assert created.json()["paragraphs"][4]["text"] == "认识到数字技术的潜力，"
    assert created.json()["warnings"] == []


async def test_a_full_stop_ending_the_preamble_does_not_shift_the_operative_anchors(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = resolution(["；", "，", "。"], 2, operative_heading=True)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["zh"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "数字合作", "language": "zh", "format": "text", "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["p-1", "p-2", "pp1", "pp2", "pp3", "p-6", "1", "2"]
