"""A consultation's declared `languages` bound the translations of its documents: one in
another language is 422 naming the declared ones (a declared `zh` covers `zh-Hans`).
Comments are not bounded: stakeholders write in their own languages."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import make_world, submit
from tests.consultations.test_consultations_api import consultation_body, secretariat_headers
from tests.consultations.test_documents_api import fixture_text, import_draft


async def _document_of(
    client: httpx.AsyncClient, state: AppState, languages: list[str]
) -> tuple[str, dict[str, str]]:
    headers = await secretariat_headers(state)
    created = await client.post(
        "/v1/consultations", json=consultation_body(languages=languages), headers=headers
    )
    assert created.status_code == 201, created.text
    imported = (await import_draft(client, headers, created.json()["id"])).json()
    return f"/v1/documents/{imported['document']['id']}/versions/1/translations", headers


async def test_a_translation_outside_the_declared_languages_is_422_naming_them(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, headers = await _document_of(client, state, ["en", "fr", "zh"])
    content = {"content": fixture_text("draft.zh.txt")}
    refused = await client.put(f"{url}/de", json=content, headers=headers)
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    [error] = refused.json()["errors"]
    assert error["loc"] == ["path", "language"]
    assert "en, fr, zh" in error["msg"]
    assert (await client.put(f"{url}/zh-Hans", json=content, headers=headers)).status_code == 201
    assert (await client.put(f"{url}/fr", json=content, headers=headers)).status_code == 201


async def test_the_default_languages_are_the_six_official_ones(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    created = await client.post("/v1/consultations", json=consultation_body(), headers=headers)
    imported = (await import_draft(client, headers, created.json()["id"])).json()
    url = f"/v1/documents/{imported['document']['id']}/versions/1/translations"
    content = {"content": fixture_text("draft.zh.txt")}
    assert (await client.put(f"{url}/ru", json=content, headers=headers)).status_code == 201
    assert (await client.put(f"{url}/de", json=content, headers=headers)).status_code == 422


async def test_a_comment_may_be_in_a_language_the_consultation_does_not_declare(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    assert "de" not in world.consultation.languages
    answer = await submit(
        client, world.round.id, world.token, world.body(language="de", body="Wir begrüßen das.")
    )
    assert answer.status_code == 201, answer.text
