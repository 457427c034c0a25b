"""Notes printed below a decision's last paragraph with no rule above them, as PDF extraction
gives them ("(b) …。" + "1 A/79/250/Add.1，第 3 段。" + "2 A/79/320。"), are notes, never a
paragraph, when they run on in sequence to the text's end, each citing a document, and a
reference in the text points to one of them, even where the text hides the first one's
reference ("…的建议1决定："). A note read as such right below a line printed as the note before
it, which stays text, is said in a warning: no line leaves the text unsaid."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "              79/555. 联合国系统全系统协调一致\n\n"
    "    在 2024 年 9 月 9 日第 101 次全体会议上，大会根据总务委员会的建议1决定：\n\n"
    "    (a) 注意到秘书长的说明；2\n\n"
    "    (b) 将题为“联合国系统全系统协调一致”的项目列入第八十届会议临时议程。\n\n"
    "{first}\n2 A/79/320。\n"
)
ENGLISH = (
    "              79/555. System-wide coherence\n\n"
    "    At its 101st plenary meeting, on 9 September 2024, the General Assembly, on the "
    "recommendation of the General Committee, decided:\n\n"
    "    (a) To take note of the note by the Secretary-General;2\n\n"
    "    (b) To include the item in the provisional agenda of its eightieth session.\n\n"
    "{first}\n2 A/79/320.\n"
)
FIRST_NOTE = {"zh": "1 A/79/250/Add.1，第 3 段。", "en": "1 A/79/250/Add.1, para. 3."}
NOT_WORDED_AS_A_NOTE = {"zh": "1 同上。", "en": "1 Same as above."}


async def imported(
    client: httpx.AsyncClient, state: AppState, language: str, format_: str, content: str
) -> dict[str, Any]:
    if format_ == "markdown":
        content = "\n".join(line.strip() for line in content.splitlines()) + "\n"
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=[language])
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Decision", "language": language, "format": format_, "content": content},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    body: dict[str, Any] = created.json()
    return body


@pytest.mark.parametrize("format_", ["text", "markdown"])
@pytest.mark.parametrize(("language", "template"), [("zh", CHINESE), ("en", ENGLISH)])
async def test_notes_below_the_last_paragraph_are_no_paragraph(
    client: httpx.AsyncClient, state: AppState, language: str, template: str, format_: str
) -> None:
    body = await imported(
        client, state, language, format_, template.format(first=FIRST_NOTE[language])
    )
    assert body["anchors"] == ["p-1", "p-1.a", "p-1.b"]
    assert not [w for w in body["warnings"] if w["message"].startswith("note ")]


@pytest.mark.parametrize(("language", "template"), [("zh", CHINESE), ("en", ENGLISH)])
async def test_a_note_read_below_a_note_kept_as_text_is_said(
    client: httpx.AsyncClient, state: AppState, language: str, template: str
) -> None:
    first = NOT_WORDED_AS_A_NOTE[language]
    body = await imported(client, state, language, "text", template.format(first=first))
    assert [p["text"] for p in body["paragraphs"]][-1] == first
    warnings = body["warnings"]
    assert [w["excerpt"] for w in warnings if w["message"].startswith("note 2 read as")] == [
        "2 A/79/320。" if language == "zh" else "2 A/79/320."
    ]
