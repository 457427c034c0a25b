"""Paragraph parser: a Chinese alternative printed before its paragraph's number, "备选案文 2.
…" ("备选 2．…"), is paragraph 2's alternative, ``2alt``, as "Alt 2. …" and "2 备选. …" are;
it used to be an unnumbered paragraph with "备选案文 2." in its text. Bracketed whole with its
stop, "[Alt 2. …]" and "[备选案文 2. …]" are ``2alt`` too, the brackets kept in its text, as
"[8. Decides …]" is paragraph 8: the English one used to be an unnumbered ``p-5`` and the
Chinese one was merged into paragraph 2's text."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "The General Assembly,\nRecalling its resolution 78/231,\n"
    "1. Decides that the Conference shall be held in Seville;\n"
    "2. Requests the Secretary-General to provide support;\n"
    "{alternative}Requests the Secretary-General to provide support within existing resources;"
    "{closing}\n3. Decides to remain seized.\n"
)
CHINESE = (
    "大会，\n回顾其第 78/231 号决议，\n1. 决定会议将在塞维利亚举行；\n"
    "2. 请秘书长提供一切必要支持；\n"
    "{alternative}请秘书长在现有资源范围内提供支持；{closing}\n3. 决定继续审议这一问题。\n"
)
EXPECTED = ["p-1", "pp1", "1", "2", "2alt", "3"]


@pytest.mark.parametrize(
    ("template", "alternative", "closing"),
    [
        (ENGLISH, "Alt 2. ", ""),
        (ENGLISH, "[Alt 2. ", "]"),
        (CHINESE, "备选案文 2. ", ""),
        (CHINESE, "备选 2．", ""),
        (CHINESE, "2 备选. ", ""),
        (CHINESE, "[备选案文 2. ", "]"),
        (CHINESE, "［备选案文 2．", "］"),
    ],
)
def test_an_alternative_before_its_number_is_the_paragraphs(
    template: str, alternative: str, closing: str
) -> None:
    content = template.format(alternative=alternative, closing=closing)
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == EXPECTED
    alternative_text = paragraphs[4].text
    assert not alternative_text.startswith(("Alt", "备选", "2"))
    assert alternative_text.startswith(alternative[:1] if closing else ("R", "请"))
    assert alternative_text.endswith(closing or (";", "；"))


def test_a_bracketed_list_of_alternatives_stays_in_its_paragraph() -> None:
    content = "1. We commit to one.\n2. [Alt 1: We decide.]\n[Alt 2: We resolve.]\n3. We end.\n"
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "2", "3"]


async def test_the_api_accepts_the_chinese_translation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    english = ENGLISH.format(alternative="[Alt 2. ", closing="]")
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Resolution", "language": "en", "format": "text", "content": english},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == EXPECTED
    chinese = CHINESE.format(alternative="备选案文 2. ", closing="")
    translated = await client.put(
        f"/v1/documents/{created.json()['id']}/versions/1/translations/zh",
        json={"format": "text", "content": chinese},
        headers=headers,
    )
    assert translated.status_code in (200, 201), translated.text
