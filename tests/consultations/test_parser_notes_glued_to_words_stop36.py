"""A note's reference pdftotext glues to any Chinese word, before the words going on ("…举行的
会议16的成果"), is removed when the document's block of notes defines that number, as it is
before the clause's punctuation; a figure glued to words that counts, measures, dates or ranges
something ("16个", "3天", "1至3", "2024年", "1.5摄氏度") stays, and a text without notes keeps
every figure."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "大会，\n\n回顾《2030 年可持续发展议程》5的各项目标，\n\n"
    "1. 欢迎 2024 年 6 月 1 日在巴黎举行的会议16的成果；\n\n"
    "2. 注意到第3段所述的16个国家和1.5摄氏度目标；\n\n3. 决定在第八十届会议上审议本项目。\n\n"
    "__________________\n 5 第 70/1 号决议。\n 16 见 A/CONF.300/1。\n"
)
ENGLISH = (
    "The General Assembly,\n\nRecalling the 2030 Agenda for Sustainable Development,5\n\n"
    "1. Welcomes the outcome of the meeting16 held in Paris on 1 June 2024;\n\n"
    "2. Notes the 16 countries referred to in paragraph 3 and the 1.5 degree goal;\n\n"
    "3. Decides to consider the item at its eightieth session.\n\n"
    "__________________\n 5 Resolution 70/1.\n 16 See A/CONF.300/1.\n"
)
EXPECTED = {
    "zh": [
        "欢迎 2024 年 6 月 1 日在巴黎举行的会议的成果；",
        "注意到第3段所述的16个国家和1.5摄氏度目标；",
    ],
    "en": [
        "Welcomes the outcome of the meeting held in Paris on 1 June 2024;",
        "Notes the 16 countries referred to in paragraph 3 and the 1.5 degree goal;",
    ],
}


def as_markdown(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines()) + "\n"


@pytest.mark.parametrize("format_", ["text", "markdown"])
@pytest.mark.parametrize(("language", "content"), [("zh", CHINESE), ("en", ENGLISH)])
async def test_a_reference_glued_between_words_is_no_paragraph_text(
    client: httpx.AsyncClient, state: AppState, language: str, content: str, format_: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=[language])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={
            "title": "Resolution",
            "language": language,
            "format": format_,
            "content": content if format_ == "text" else as_markdown(content),
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    texts = {p["anchor"]: p["text"] for p in created.json()["paragraphs"]}
    assert [texts["1"], texts["2"]] == EXPECTED[language]


_WORDS = st.sampled_from(list("会议的成果在巴黎举行欢迎国家个天年月第段至和目标报告说明摄氏度"))
_FIGURES = st.integers(min_value=1, max_value=99).map(str)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORDS, _FIGURES), min_size=1, max_size=12))
def test_a_text_without_notes_keeps_every_figure_glued_to_words(parts: list[str]) -> None:
    sentence = "欢迎" + "".join(parts) + "。"
    result = parse_document(f"大会，\n\n1. {sentence}\n\n2. 决定继续审议。\n", "text")
    assert [p.text for p in result.paragraphs if p.anchor == "1"] == [sentence]


_MEASURES = st.sampled_from(list("个名项种万亿千百年月日周岁倍次届天国人家位票至段号条"))
_NUMBERED_THINGS = st.sampled_from(["目标", "轨道", "工作流", "集群", "圆桌", "第", "阶段"])


@settings(max_examples=150, deadline=None)
@given(_FIGURES, _MEASURES)
def test_a_figure_counting_or_dating_something_stays_though_a_note_has_its_number(
    figure: str, measure: str
) -> None:
    sentence = f"欢迎举行会议{figure}{measure}的成果。"
    content = f"大会，\n\n1. {sentence}\n\n2. 决定继续审议。\n\n__________\n {figure} 见 A/79/1。\n"
    result = parse_document(content, "text")
    assert [p.text for p in result.paragraphs if p.anchor == "1"] == [sentence]


@settings(max_examples=100, deadline=None)
@given(_FIGURES, _NUMBERED_THINGS)
def test_the_number_of_a_numbered_thing_stays_though_a_note_has_its_number(
    figure: str, thing: str
) -> None:
    sentence = f"欢迎{thing}{figure}的讨论成果。"
    content = f"大会，\n\n1. {sentence}\n\n2. 决定继续审议。\n\n__________\n {figure} 见 A/79/1。\n"
    result = parse_document(content, "text")
    assert [p.text for p in result.paragraphs if p.anchor == "1"] == [sentence]
