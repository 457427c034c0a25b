"""`?language=` on a version's paragraphs is an RFC 4647 3.4 lookup: the exact tag, then the
tag with its last subtag cut off (zh-Hans-CN, zh-Hans, zh), else a stored tag the range
covers (zh finds zh-Hans); the answer says which language it served (`language` and
`Content-Language`). 404 only when no text matches."""

import httpx
import pytest

from api.state import AppState
from core.languages import lookup_language
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_documents_api import fixture_text, import_draft
from tests.factories import make_consultation


@pytest.mark.parametrize(
    ("requested", "available", "served"),
    [
        ("zh-CN", ["en", "zh"], "zh"),
        ("zh-Hans-CN", ["zh", "zh-Hans"], "zh-Hans"),
        ("es-419", ["en", "es"], "es"),
        ("zh", ["en", "zh-Hans"], "zh-Hans"),
        ("zh", ["zh-Hant", "zh"], "zh"),
        ("de-x-legal-DE", ["de"], "de"),
        ("de-CH", ["en", "fr"], None),
        ("zh-Hans", ["zh-Hant"], None),
    ],
)
def test_lookup_cuts_subtags_then_filters(
    requested: str, available: list[str], served: str | None
) -> None:
    assert lookup_language(requested, available) == served


async def _bilingual_document(
    client: httpx.AsyncClient, state: AppState, translation: str
) -> tuple[str, dict[str, str]]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    document_id = imported["document"]["id"]
    put = await client.put(
        f"/v1/documents/{document_id}/versions/1/translations/{translation}",
        json={"content": fixture_text("draft.zh.txt")},
        headers=headers,
    )
    assert put.status_code == 201, put.text
    return f"/v1/documents/{document_id}/versions/1/paragraphs", headers


@pytest.mark.parametrize(
    ("stored", "requested"),
    [("zh", "zh-CN"), ("zh", "zh-Hans-CN"), ("zh-Hans", "zh"), ("zh", "ZH_cn")],
)
async def test_a_regional_or_script_tag_finds_the_stored_language(
    client: httpx.AsyncClient, state: AppState, stored: str, requested: str
) -> None:
    url, headers = await _bilingual_document(client, state, stored)
    exact = await client.get(url, params={"language": stored}, headers=headers)
    found = await client.get(url, params={"language": requested}, headers=headers)
    assert found.status_code == 200, found.text
    assert found.json()["language"] == stored
    assert found.headers["content-language"] == stored
    assert found.json()["items"] == exact.json()["items"]


async def test_the_original_answers_a_regional_tag_and_pages_stay_in_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, headers = await _bilingual_document(client, state, "zh")
    whole = await client.get(url, params={"language": "en-GB"}, headers=headers)
    assert whole.json()["language"] == "en"
    assert whole.headers["content-language"] == "en"
    first = await client.get(url, params={"language": "en-GB", "limit": 2}, headers=headers)
    rest = await client.get(
        url,
        params={"language": "en-GB", "cursor": first.json()["next_cursor"], "limit": 200},
        headers=headers,
    )
    assert rest.status_code == 200, rest.text
    assert first.json()["items"] + rest.json()["items"] == whole.json()["items"]
    default = await client.get(url, headers=headers)
    assert default.headers["content-language"] == "en"


async def test_a_language_nothing_matches_is_404_naming_the_languages(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, headers = await _bilingual_document(client, state, "zh")
    missing = await client.get(url, params={"language": "fr-CA"}, headers=headers)
    assert missing.status_code == 404
    assert "en, zh" in missing.json()["detail"]
