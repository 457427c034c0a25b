"""A version's texts can be read back: `GET .../translations` lists its languages (original
first) with format, times and warnings, `GET .../translations/{language}` gives one text's
stored source with the document's `ETag`. Seen by whoever sees the paragraphs."""

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_documents_api import fixture_text, import_draft
from tests.factories import make_consultation


async def _translated(
    client: httpx.AsyncClient, state: AppState, *, visibility: str = "public"
) -> tuple[str, dict[str, str]]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, visibility=visibility)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    url = f"/v1/documents/{imported['document']['id']}/versions/1/translations"
    put = await client.put(
        f"{url}/zh", json={"content": fixture_text("draft.zh.txt")}, headers=headers
    )
    assert put.status_code == 201, put.text
    return url, headers


async def test_the_translations_of_a_version_are_listed_original_first(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, _ = await _translated(client, state)
    listed = await client.get(url)
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert [item["language"] for item in body["items"]] == ["en", "zh"]
    assert [item["is_original"] for item in body["items"]] == [True, False]
    assert body["next_cursor"] is None
    for item in body["items"]:
        assert item["format"] == "text"
        assert item["paragraph_count"] > 0
        assert isinstance(item["warnings"], list)
        assert item["created_at"].endswith("Z")
        assert item["updated_at"].endswith("Z")


async def test_one_translation_reads_back_its_source_with_the_documents_etag(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, _ = await _translated(client, state)
    read = await client.get(f"{url}/zh")
    assert read.status_code == 200, read.text
    text = read.json()
    assert text["language"] == "zh"
    assert text["content"] == fixture_text("draft.zh.txt")
    assert text["format"] == "text"
    assert text["is_original"] is False
    document = await client.get(url.split("/versions/")[0])
    assert read.headers["etag"] == document.headers["etag"]
    assert (await client.get(f"{url}/ZH")).json() == text
    unchanged = await client.get(f"{url}/zh", headers={"If-None-Match": read.headers["etag"]})
    assert unchanged.status_code == 304
    original = await client.get(f"{url}/en")
    assert original.json()["is_original"] is True
    assert original.json()["content"] == fixture_text("draft.en.txt")


async def test_a_language_the_version_lacks_is_404_naming_those_it_has(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, _ = await _translated(client, state)
    missing = await client.get(f"{url}/fr")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert "en, zh" in missing.json()["detail"]
    assert (await client.get(f"{url}/!!")).status_code == 404


async def test_a_restricted_consultations_translations_are_hidden_from_anonymous_callers(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, headers = await _translated(client, state, visibility="restricted")
    assert (await client.get(url)).status_code == 404
    assert (await client.get(f"{url}/zh")).status_code == 404
    assert (await client.get(f"{url}/zh", headers=headers)).status_code == 200
