"""A figure's or table's caption that pandoc gives as a Markdown heading ("### Table 1. …",
"### 表 1. …", "### Figure 2. …", "### 图 2. …") opens the figure, as a bold caption and the
same line in plain text do: no heading, so the paragraphs after it stay in their section."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "## 二、资源情况\n\n5.  下表列出两年期的资源需求。\n\n### 表 1. 筹资需求估计\n\n"
    "| 构成部分 | 2024 年 | 2025 年 |\n|---|---|---|\n| 决策机关 | 1 250.3 | 1 310.0 |\n\n"
    "6.  所需资源增加的主要原因是员额费用增加。\n\n### 图 2. 互联网用户\n\n"
    "7.  大会不妨注意到本报告。\n"
)
ENGLISH = (
    "## II. Resources\n\n5.  The table below sets out the requirements.\n\n"
    "### Table 1. Estimated financing needs\n\n"
    "| Component | 2024 | 2025 |\n|---|---|---|\n| Policymaking organs | 1 250.3 | 1 310.0 |\n\n"
    "6.  The increase is due to post costs.\n\n### Figure 2. Internet users\n\n"
    "7.  The General Assembly may wish to take note of the present report.\n"
)


def as_plain_text(markdown: str) -> str:
    lines = [line.lstrip("#").strip() for line in markdown.splitlines() if line != "|---|---|---|"]
    return "\n".join(line.strip("|").strip().replace(".  ", ". ", 1) for line in lines) + "\n"


async def imported(
    client: httpx.AsyncClient, state: AppState, language: str, format_: str, content: str
) -> list[dict[str, object]]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=[language])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Report", "language": language, "format": format_, "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    paragraphs: list[dict[str, object]] = created.json()["paragraphs"]
    return paragraphs


@pytest.mark.parametrize(("language", "markdown"), [("zh", CHINESE), ("en", ENGLISH)])
async def test_a_caption_set_as_a_markdown_heading_heads_nothing(
    client: httpx.AsyncClient, state: AppState, language: str, markdown: str
) -> None:
    paragraphs = await imported(client, state, language, "markdown", markdown)
    assert [(p["anchor"], p["kind"], p["parent"]) for p in paragraphs] == [
        ("section-2", "heading", None),
        ("5", "operative", "section-2"),
        ("p-3", "unnumbered", "section-2"),
        ("6", "operative", "section-2"),
        ("p-5", "unnumbered", "section-2"),
        ("7", "operative", "section-2"),
    ]
    table = str(paragraphs[2]["text"])
    assert table.startswith(("表 1. 筹资需求估计\n", "Table 1. Estimated financing needs\n"))
    assert "1 250.3" in table
    plain = await imported(client, state, language, "text", as_plain_text(markdown))
    assert [p["anchor"] for p in plain] == [p["anchor"] for p in paragraphs]
    assert [p["parent"] for p in plain] == [p["parent"] for p in paragraphs]
