"""Paragraph parser: a Chinese item "（二）" below unnumbered paragraphs that follow item
"（一）" of a numbered paragraph ("2．决心采取以下行动：" + "（一）加强筹资" + "（1）…；" +
"（2）…。" + "（二）加强数据和统计") goes on with paragraph 2's list, ``2.ii``, as English
"(b)" does, with the warning "goes on with the list above the paragraph". It used to become
``p-6.ii``, an item of the unnumbered paragraph above it, with "item (ii) out of sequence",
and the English text with "(i)" + "(ii)" was refused as the translation."""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "大会，\n回顾其决议，\n1．重申愿景。\n2．决心采取以下行动：\n（一）加强筹资\n"
    "（1）多边开发银行应增加贷款能力；\n（2）各国应改善国内资源调动。\n（二）加强数据和统计\n"
    "3．请秘书长报告。\n"
)
ENGLISH = (
    "The General Assembly,\nRecalling its resolutions,\n1. Reaffirms the vision.\n"
    "2. Decides to take the following actions:\n(i) Strengthening finance\n"
    "(1) Multilateral development banks should increase lending capacity;\n"
    "(2) Countries should improve domestic resource mobilization.\n"
    "(ii) Strengthening data and statistics\n3. Requests the Secretary-General to report.\n"
)


def test_the_chinese_item_goes_on_with_the_paragraphs_list() -> None:
    result = parse_document(CHINESE)
    second = next(p for p in result.paragraphs if p.text == "加强数据和统计")
    assert (second.anchor, second.parent) == ("2.ii", "2")
    assert "item (ii) goes on with the list above the paragraph" in [
        w.message for w in result.warnings
    ]


def test_a_web_copy_keeps_the_list() -> None:
    indented = "\n\n".join("\u3000\u3000" + line for line in CHINESE.splitlines())
    anchors = [p.anchor for p in parse_document(indented).paragraphs]
    assert anchors == [p.anchor for p in parse_document(CHINESE).paragraphs]


def test_chinese_and_english_anchor_alike() -> None:
    chinese = [p.anchor for p in parse_document(CHINESE).paragraphs]
    english = [p.anchor for p in parse_document(ENGLISH).paragraphs]
    assert chinese == english
    assert "2.ii" in chinese


@given(
    between=st.lists(
        st.sampled_from(
            ["各国应改善国内资源调动。", "会员国应加强合作；", "（1）多边开发银行应增加贷款能力；"]
        ),
        min_size=1,
        max_size=3,
        unique=True,
    ),
)
def test_any_run_of_paragraphs_between_the_items_keeps_the_list(between: list[str]) -> None:
    lines = ["1．重申愿景。", "2．决心采取以下行动：", "（一）加强筹资", *between]
    content = "\n".join([*lines, "（二）加强数据和统计", "3．请秘书长报告。"]) + "\n"
    paragraphs = parse_document(content).paragraphs
    second = next(p for p in paragraphs if p.text == "加强数据和统计")
    assert (second.anchor, second.parent) == ("2.ii", "2")


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
    assert "2.ii" in created.json()["anchors"]
    translated = await client.put(
        f"/v1/documents/{created.json()['id']}/versions/1/translations/zh",
        json={"format": "text", "content": CHINESE},
        headers=headers,
    )
    assert translated.status_code in (200, 201), translated.text
