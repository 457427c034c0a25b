"""An Arabic figure's or table's caption that pandoc gives as a Markdown heading ("## الجدول 1.
…", "## الشكل 1: …") opens the figure, as "## Table 1. …" and "## 表 1. …" do: no heading, so
the paragraphs after it stay in their section. Arabic has no capitals to tell a caption from a
sentence ("الشكل 1 يبين …", "Figure 1 shows …"), so its caption number is followed by a stop, a
colon or a dash, or ends the line."""

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

ARABIC_CAPTION_WORDS = ["الجدول", "الشكل", "الرسم البياني", "الخريطة"]


def report(caption: str) -> str:
    return (
        "## أولا - مقدمة\n\n1.  يتضمن هذا التقرير البيانات.\n\n"
        f"## {caption}\n\n| المنطقة | 2024 |\n|---|---|\n| أفريقيا | 37.4 |\n\n"
        "2.  قد ترغب الجمعية العامة في الإحاطة علما بهذا التقرير.\n"
    )


@given(
    word=st.sampled_from(ARABIC_CAPTION_WORDS),
    number=st.sampled_from(["1", "12", "2.1", "١"]),
    stop=st.sampled_from([".", ":", " -", " –", ""]),
)
def test_an_arabic_caption_set_as_a_heading_heads_nothing(
    word: str, number: str, stop: str
) -> None:
    title = " مستخدمو الإنترنت" if stop else ""
    paragraphs = parse_document(report(f"{word} {number}{stop}{title}"), "markdown").paragraphs
    assert [(p.kind, p.parent) for p in paragraphs[1:]] == [
        ("operative", "section-1"),
        ("unnumbered", "section-1"),
        ("operative", "section-1"),
    ]


async def imported(client: httpx.AsyncClient, state: AppState, content: str) -> list[Any]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["ar"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "تقرير", "language": "ar", "format": "markdown", "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    paragraphs: list[Any] = created.json()["paragraphs"]
    return paragraphs


@pytest.mark.parametrize("caption", ["الجدول 1. مستخدمو الإنترنت", "الشكل 1. مستخدمو الإنترنت"])
async def test_the_paragraph_below_an_arabic_caption_stays_in_its_section(
    client: httpx.AsyncClient, state: AppState, caption: str
) -> None:
    paragraphs = await imported(client, state, report(caption))
    assert [(p["anchor"], p["kind"], p["parent"]) for p in paragraphs] == [
        ("section-1", "heading", None),
        ("1", "operative", "section-1"),
        ("p-3", "unnumbered", "section-1"),
        ("2", "operative", "section-1"),
    ]
    assert paragraphs[2]["text"].startswith(caption)


async def test_an_arabic_sentence_opening_with_figure_is_no_caption(
    client: httpx.AsyncClient, state: AppState
) -> None:
    paragraphs = await imported(client, state, report("الشكل 1 يبين نمو عدد المستخدمين"))
    assert paragraphs[2]["kind"] == "heading"
