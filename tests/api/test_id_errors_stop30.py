"""An id field given something that is no id says so without naming the id's format (the
contract's ids are opaque; the message was pydantic's "Input should be a valid UUID, invalid
character: expected an optional prefix of `urn:uuid:` …")."""

import httpx
import pytest

from api.state import AppState
from tests.factories import bearer, make_consultation, make_user, token_for


@pytest.mark.parametrize("document_id", ["nope", 12, "0190a9a4-6c1e-7000-8000"])
async def test_a_wrong_id_is_named_as_such(
    client: httpx.AsyncClient, state: AppState, document_id: object
) -> None:
    staff = await make_user(state, role="secretariat")
    consultation = await make_consultation(state)
    response = await client.post(
        f"/v1/consultations/{consultation.id}/rounds",
        json={
            "title": "Round",
            "document_id": document_id,
            "version": 1,
            "opens_at": "2030-01-01T00:00:00Z",
            "closes_at": "2030-02-01T00:00:00Z",
        },
        headers=bearer(await token_for(state, staff)),
    )
    assert response.status_code == 422, response.text
    [error] = response.json()["errors"]
    assert error["loc"] == ["body", "document_id"]
    assert error["msg"] == "is not an id: give an id as this API returned it"
    assert "UUID" not in response.json()["detail"]
