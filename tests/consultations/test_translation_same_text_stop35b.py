"""PUT of a translation is idempotent (RFC 9110 9.2.2): the same text sent again changes
nothing, while a different text still replaces it."""

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_documents_api import fixture_text, import_draft
from tests.factories import make_consultation


async def _audit_entries(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    verified = await client.get("/v1/audit/verify", headers=headers)
    assert verified.json()["valid"] is True
    entries: int = verified.json()["entries"]
    return entries


async def test_the_same_translation_sent_again_changes_nothing(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state, languages=["en", "zh"])
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    document_url = f"/v1/documents/{imported['document']['id']}"
    url = f"{document_url}/versions/1/translations/zh"
    body = {"format": "text", "content": fixture_text("draft.zh.txt")}
    created = await client.put(url, json=body, headers=headers)
    assert created.status_code == 201, created.text
    assert created.json()["changed"] is True
    entries = await _audit_entries(client, headers)

    for _ in range(2):
        again = await client.put(url, json=body, headers=headers)
        assert again.status_code == 200, again.text
        assert again.headers["ETag"] == created.headers["ETag"]
        assert again.json() == {**created.json(), "replaced": True, "changed": False}
        assert "Location" not in again.headers
    assert await _audit_entries(client, headers) == entries
    assert (await client.get(document_url)).headers["ETag"] == created.headers["ETag"]

    # The same text in another format is another text, and the condition still applies first.
    stale = await client.put(url, json=body, headers={**headers, "If-Match": '"stale"'})
    assert stale.status_code == 412
    markdown = await client.put(url, json={**body, "format": "markdown"}, headers=headers)
    assert markdown.status_code == 200, markdown.text
    assert markdown.json()["replaced"] is True
    assert markdown.json()["changed"] is True
    assert markdown.headers["ETag"] != created.headers["ETag"]
    assert await _audit_entries(client, headers) == entries + 1
