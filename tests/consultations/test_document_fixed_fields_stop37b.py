"""A document's text, language and versions cannot be patched: the 422 says so and how to
change them instead (a new version, a translation), as for a round's, a comment's or a
consultation's fixed fields (it used to say "Extra inputs are not permitted")."""

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation, make_document

_NEW_VERSION = "POST /v1/documents/{id}/versions"
_TRANSLATION = "PUT /v1/documents/{id}/versions/{n}/translations/{language}"


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"content": "1. New text.", "title": "Rev.1"}, "content", _NEW_VERSION),
        ({"content": "1. Nouveau texte."}, "content", _TRANSLATION),
        ({"format": "markdown"}, "format", _NEW_VERSION),
        ({"language": "fr"}, "language", _TRANSLATION),
        ({"language": None}, "language", _NEW_VERSION),
        ({"versions": None}, "versions", _NEW_VERSION),
        ({"latest_version": 2}, "latest_version", _NEW_VERSION),
        ({"label": "Rev.1"}, "label", _NEW_VERSION),
    ],
)
async def test_a_fixed_document_field_says_how_to_change_it_instead(
    client: httpx.AsyncClient, state: AppState, changes: dict, field: str, says: str
) -> None:
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    headers = await secretariat_headers(state)
    url = f"/v1/documents/{draft.document.id}"
    before = await client.get(url, headers=headers)
    sent = {
        name: before.json()[name] if value is None else value for name, value in changes.items()
    }

    refused = await client.patch(
        url, json=sent, headers=headers | {"If-Match": before.headers["etag"]}
    )

    assert refused.status_code == 422, refused.text
    [error] = refused.json()["errors"]
    assert error["loc"] == ["body", field]
    assert error["msg"].startswith("cannot be changed: ")
    assert says in error["msg"]
    after = await client.get(url, headers=headers)
    assert after.json() == before.json()
