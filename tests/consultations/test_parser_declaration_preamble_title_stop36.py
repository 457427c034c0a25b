"""A declaration titled "Preamble" / "序言" whose "We, …" / "我们，…" opens paragraphs numbered
"1.", "2." has the same anchors in Chinese as in English: the printed numbers are operative
anchors. Chinese opens commitments with the words that open preambular paragraphs ("重申",
"认识到"), so a numbered paragraph is preambular below the title only when a list restarting at
"1." (the operative part) follows it."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "## 序言\n\n我们，参加第四次小岛屿发展中国家问题国际会议的各国元首和政府首脑，\n\n"
    "1.  重申我们的承诺。\n\n2.  认识到特殊脆弱性；\n\n3.  请秘书长提出报告。\n"
)
ENGLISH = (
    "## Preamble\n\nWe, the Heads of State and Government, gathered at the fourth International "
    "Conference on Small Island Developing States,\n\n1.  Reaffirm our commitment.\n\n"
    "2.  Recognize the special vulnerabilities;\n\n3.  Request the Secretary-General to report.\n"
)
CHINESE_PREAMBLE = (
    "## 序言\n\n1.  *回顾*《日内瓦原则宣言》，\n\n2.  *认识到*2005 年以来取得的进展，\n\n"
    "## 执行部分\n\n1.  *重申*以人为本的信息社会愿景；\n"
)


def as_plain_text(markdown: str) -> str:
    return markdown.replace("## ", "").replace(".  ", ". ").replace("*", "")


@pytest.mark.parametrize("format_", ["markdown", "text"])
async def test_a_chinese_declaration_below_a_preamble_title_is_numbered_as_the_english_one(
    client: httpx.AsyncClient, state: AppState, format_: str
) -> None:
    def body(markdown: str) -> dict[str, str]:
        content = markdown if format_ == "markdown" else as_plain_text(markdown)
        return {"format": format_, "content": content}

    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["zh", "en"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "安提瓜和巴布达议程", "language": "zh", **body(CHINESE)},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["pp1", "1", "2", "3"]
    assert [p["label"] for p in created.json()["paragraphs"]] == [None, "1", "2", "3"]
    translated = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/en",
        json=body(ENGLISH),
        headers=headers,
    )
    assert translated.status_code == 201, translated.text


@pytest.mark.parametrize("format_", ["markdown", "text"])
async def test_numbered_chinese_paragraphs_going_on_past_a_comma_stay_preambular(
    client: httpx.AsyncClient, state: AppState, format_: str
) -> None:
    content = CHINESE_PREAMBLE if format_ == "markdown" else as_plain_text(CHINESE_PREAMBLE)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["zh"])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "信息社会", "language": "zh", "format": format_, "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    # "执行部分" (operative part) is a heading, p-3.
    assert created.json()["anchors"] == ["pp1", "pp2", "p-3", "1"]
