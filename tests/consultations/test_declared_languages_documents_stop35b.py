"""A consultation's declared `languages` bound its documents and versions as they bound
translations (422 naming them; none declared takes any), and a change of `languages` may not
drop one in which texts exist (409 naming them)."""

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import consultation_body, secretariat_headers
from tests.consultations.test_documents_api import draft_body, fixture_text, import_draft

ZH_DRAFT = {"title": "Chinese draft", "language": "zh", "format": "text", "content": "1. 决定。"}


async def _consultation(
    client: httpx.AsyncClient, state: AppState, languages: list[str]
) -> tuple[str, dict[str, str]]:
    headers = await secretariat_headers(state)
    created = await client.post(
        "/v1/consultations",
        json=consultation_body(slug=f"langs-{len(languages)}", languages=languages),
        headers=headers,
    )
    assert created.status_code == 201, created.text
    return created.json()["id"], headers


async def test_a_document_outside_the_declared_languages_is_422(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation, headers = await _consultation(client, state, ["en", "fr"])
    refused = await client.post(
        f"/v1/consultations/{consultation}/documents", json=ZH_DRAFT, headers=headers
    )
    assert refused.status_code == 422, refused.text
    [error] = refused.json()["errors"]
    assert error["loc"] == ["body", "language"]
    assert "en, fr" in error["msg"]
    french = await client.post(
        f"/v1/consultations/{consultation}/documents",
        json=draft_body("draft.en.txt", "fr-CA"),
        headers=headers,
    )
    assert french.status_code == 201, french.text


async def test_a_version_outside_the_declared_languages_is_422(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation, headers = await _consultation(client, state, ["en", "fr"])
    document = (await import_draft(client, headers, consultation)).json()["document"]["id"]
    url = f"/v1/documents/{document}/versions"
    current = await client.get(f"/v1/documents/{document}")
    refused = await client.post(
        url,
        json={"label": "Rev.1", "language": "zh", "content": fixture_text("draft.zh.txt")},
        headers={**headers, "If-Match": current.headers["etag"]},
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["body", "language"]
    assert "en, fr" in refused.json()["errors"][0]["msg"]


async def test_dropping_a_language_that_holds_texts_is_409_naming_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation, headers = await _consultation(client, state, ["en", "fr", "es"])
    document = (await import_draft(client, headers, consultation)).json()["document"]["id"]
    translated = await client.put(
        f"/v1/documents/{document}/versions/1/translations/fr",
        json={"content": fixture_text("draft.zh.txt")},
        headers=headers,
    )
    assert translated.status_code == 201, translated.text
    url = f"/v1/consultations/{consultation}"
    current = await client.get(url, headers=headers)
    refused = await client.patch(
        url, json={"languages": ["en"]}, headers={**headers, "If-Match": current.headers["ETag"]}
    )
    assert refused.status_code == 409, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert "texts in fr," in refused.json()["detail"]
    assert refused.json()["errors"] == [
        {"loc": ["body", "languages"], "msg": "must still cover fr"}
    ]
    narrowed = await client.patch(
        url,
        json={"languages": ["en", "fr"]},
        headers={**headers, "If-Match": current.headers["ETag"]},
    )
    assert narrowed.status_code == 200, narrowed.text
    assert narrowed.json()["languages"] == ["en", "fr"]
