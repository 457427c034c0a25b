"""A synthesis set as its language is (stop 32): a Chinese reference's labels are joined by the
full-width comma in Markdown and Word, as an Arabic one's are by the Arabic comma."""

from __future__ import annotations

import httpx

from api.state import AppState
from tests.consultations.test_exports2_stop31 import (
    CHINESE,
    ENGLISH,
    _parsed_round,
    _references,
    _synthesis,
    _word_headings,
)


async def test_chinese_references_are_joined_by_the_full_width_comma(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_, _headers = await _parsed_round(state, "zh", CHINESE, {"en": ENGLISH})
    for language in (None, "en"):  # the original's synthesis and its translation's
        markdown = (await _synthesis(client, round_, "markdown", language)).text
        assert "### 附件一，1 · `annex-1/1`" in markdown
        assert "附件一, 1" not in markdown
        word = _word_headings((await _synthesis(client, round_, "docx", language)).content)
        assert "附件一，1 [annex-1/1]" in word
        report = (await _synthesis(client, round_, "json", language)).json()
        assert _references(report)["annex-1/1"] == "附件一, 1"  # the JSON as it was


async def test_latin_references_keep_the_latin_comma(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_, _headers = await _parsed_round(state, "en", ENGLISH, {"zh": CHINESE})
    markdown = (await _synthesis(client, round_, "markdown", "zh")).text
    assert "### Annex I, 1 · `annex-1/1`" in markdown
