"""A round's status and document version cannot be patched: the 422 says so and what to do
instead, as for a comment's or a consultation's fixed fields (it used to say "Extra inputs are
not permitted")."""

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation, make_document, make_round


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"status": "open"}, "status", "change those to open or close the round"),
        ({"document_id": None, "version": 1}, "document_id", "create a new round"),
        ({"version": 2, "title": "Second reading"}, "version", "create a new round"),
    ],
)
async def test_a_fixed_round_field_says_what_to_do_instead(
    client: httpx.AsyncClient, state: AppState, changes: dict, field: str, says: str
) -> None:
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    headers = await secretariat_headers(state)
    url = f"/v1/rounds/{round_.id}"
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
    assert "cannot be changed" in error["msg"]
    assert says in error["msg"]
    after = await client.get(url, headers=headers)
    assert after.json() == before.json()
