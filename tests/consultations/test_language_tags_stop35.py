"""A language named by its three-letter ISO 639-2/3 code where it has a two-letter 639-1 one
is the same language: BCP 47 (RFC 5646 2.2.1) takes the shortest code, so `eng` is `en` and
`fre`/`fra` is `fr` wherever a tag is validated, not a language of its own."""

import httpx
import pytest

from api.state import AppState
from core.languages import normalize_language_tag
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_documents_api import draft_body
from tests.factories import make_consultation


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("eng", "en"),
        ("ENG", "en"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("zho-Hans", "zh-Hans"),
        ("chi", "zh"),
        ("ara", "ar"),
        ("rus-RU", "ru-RU"),
        ("spa-419", "es-419"),
        ("yue", "yue"),
    ],
)
def test_three_letter_codes_with_a_two_letter_form_take_it(given: str, canonical: str) -> None:
    assert normalize_language_tag(given) == canonical


async def test_a_version_in_eng_is_a_version_of_an_english_document(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json=draft_body(language="eng"),
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["document"]["language"] == "en"
    document_id = created.json()["id"]
    revised = await client.post(
        f"/v1/documents/{document_id}/versions",
        json={
            "label": "Rev.1",
            "language": "eng",
            "format": "text",
            "content": draft_body()["content"],
        },
        headers=headers,
    )
    assert revised.status_code == 201, revised.text
    assert revised.json()["version"]["language"] == "en"


async def test_a_user_working_in_fre_and_eng_works_in_fr_and_en(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/v1/users",
        json={
            "email": "translator@example.org",
            "password": "a long enough passphrase 42",
            "display_name": "Translator",
            "languages": ["fre", "eng", "fr"],
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["languages"] == ["fr", "en"]
