"""Paragraph parser: where the text carries an asterisk note ("* Reissued for technical
reasons.", "* 因技术原因重新印发。", "** …"), the asterisks glued to a paragraph, a title or a
symbol are that note's reference and leave the text, as a note's number does; without such a
note an asterisk stays as printed."""

from __future__ import annotations

import httpx

from api.state import AppState
from consultations.parser import Format, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "大会，\n\n"
    "重申《2030年可持续发展议程》17项可持续发展目标，\n\n"
    "1. 强调实现《巴黎协定》1.5摄氏度温控目标的重要性；\n\n"
    "2. 欢迎截至2024年已有193个会员国加入《公约》，3 个区域组织亦已加入；\n\n"
    "3. 请秘书长在 60 天内提交报告，并在第七十九届会议 2 份报告中列入建议。*\n\n"
    "_______________\n"
    "* 因技术原因重新印发。\n"
)
MARKDOWN = (
    "大会，\n\n回顾其第 70/1 号决议，\n\n1. 决定设立工作组；\n\n2. 决定继续处理此问题。\n\n"
    "# 附件一\n\n## 工作组职权范围\\*\n\n1. 工作组由25名成员组成。\\*\n\n"
    "2. 工作组每年举行两次会议。[^a]\n\n[^a]: 会议地点为日内瓦。\n\n"
    "\\* 因技术原因重新印发。\n"
)
ENGLISH = (
    "The General Assembly,\n\n"
    "Recalling its resolution 70/1,\n\n"
    "1. Requests the Secretary-General to include recommendations.*\n\n"
    "2. Decides to remain seized of the matter.**\n\n"
    "_______________\n"
    "* Reissued for technical reasons on 2 May 2025.\n"
    "** The present document was submitted late.\n"
)


def texts(content: str, fmt: Format = "text") -> dict[str, str]:
    return {p.anchor: p.text for p in parse_document(content, fmt).paragraphs}


def test_a_chinese_paragraphs_asterisk_answered_by_a_note_leaves_its_text() -> None:
    assert texts(CHINESE)["3"].endswith("2 份报告中列入建议。")


def test_english_asterisks_answered_by_notes_leave_the_text() -> None:
    found = texts(ENGLISH)
    assert found["1"] == "Requests the Secretary-General to include recommendations."
    assert found["2"] == "Decides to remain seized of the matter."


def test_markdown_escaped_asterisks_leave_paragraph_and_heading_path() -> None:
    paragraphs = {p.anchor: p for p in parse_document(MARKDOWN, "markdown").paragraphs}
    assert paragraphs["annex-1/1"].text == "工作组由25名成员组成。"
    assert paragraphs["annex-1/1"].heading_path == ("附件一 工作组职权范围",)
    assert paragraphs["annex-1"].text == "工作组职权范围"


def test_an_asterisk_without_a_note_stays() -> None:
    content = CHINESE.split("_______________")[0]
    assert texts(content)["3"].endswith("列入建议。*")


def test_only_the_marks_a_note_answers_leave() -> None:
    content = ENGLISH.replace("** The present document was submitted late.\n", "")
    found = texts(content)
    assert found["1"] == "Requests the Secretary-General to include recommendations."
    assert found["2"] == "Decides to remain seized of the matter.**"


async def test_an_imported_paragraph_loses_its_asterisk_reference(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    body = {"title": "决议", "language": "zh", "format": "text", "content": CHINESE}
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents", json=body, headers=headers
    )
    assert created.status_code == 201, created.text
    found = {p["anchor"]: p["text"] for p in created.json()["paragraphs"]}
    assert found["3"].endswith("列入建议。")
