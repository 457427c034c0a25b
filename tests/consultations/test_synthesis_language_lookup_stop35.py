"""A synthesis asked for in a regional variety is written in the version's text that serves it,
as the paragraphs endpoint serves it (RFC 4647 lookup): ``en-GB`` gets the ``en`` original,
``zh-CN`` the ``zh`` translation; a language no text serves stays 422."""

from __future__ import annotations

import httpx

from api.state import AppState
from tests.consultations.test_exports2_stop31 import CHINESE, ENGLISH, _parsed_round, _synthesis


async def test_a_regional_variety_is_served_its_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_ = await _parsed_round(client, state, "en", ENGLISH, {"zh": CHINESE})
    original = await _synthesis(client, round_, "markdown")
    british = await _synthesis(client, round_, "markdown", "en-GB")
    assert british.headers["content-language"] == "en"
    assert british.text == original.text
    chinese = await _synthesis(client, round_, "markdown", "zh")
    for variety in ("zh-CN", "zh-Hans-CN"):
        served = await _synthesis(client, round_, "markdown", variety)
        assert served.headers["content-language"] == "zh"
        assert served.headers["content-disposition"] == chinese.headers["content-disposition"]
        assert served.text == chinese.text


async def test_a_language_no_text_serves_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_ = await _parsed_round(client, state, "en", ENGLISH, {"zh": CHINESE})
    response = await client.get(
        f"/v1/rounds/{round_.id}/synthesis", params={"format": "json", "language": "de-DE"}
    )
    assert response.status_code == 422, response.text
    assert "it has: en, zh" in response.json()["detail"]
