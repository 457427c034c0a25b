"""An endpoint that reads no body still refuses one that is not JSON (400 `malformed-json`,
as every endpoint reading JSON does): a client sending `{"a":` has a bug it must hear about,
not an appointment made as if it had sent nothing. An empty body or valid JSON is ignored."""

import re
import uuid

import httpx
import pytest

from api.state import AppState
from tests.factories import bearer, make_consultation, make_user, token_for

MALFORMED = [b'{"a":', b"not json", b"\xff\xfe{}"]


async def _bodyless_operations(client: httpx.AsyncClient) -> list[tuple[str, str]]:
    document = (await client.get("/openapi.json")).json()
    return [
        (method.upper(), path)
        for path, operations in document["paths"].items()
        if path.startswith("/v1/")
        for method, operation in operations.items()
        if method in {"post", "put", "delete"} and "requestBody" not in operation
    ]


def _filled(path: str) -> str:
    return re.sub(r"\{[^}]+\}", str(uuid.uuid4()), path)


async def test_the_facilitator_appointment_refuses_malformed_json_and_appoints_nobody(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await token_for(state, await make_user(state, role="secretariat"))
    candidate = await make_user(state)
    consultation = await make_consultation(state)
    path = f"/v1/consultations/{consultation.id}/facilitators/{candidate.id}"
    headers = {**bearer(secretariat), "Content-Type": "application/json"}

    refused = await client.put(path, content=b'{"a":', headers=headers)

    assert refused.status_code == 400, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["type"].endswith("malformed-json")
    listed = await client.get(
        f"/v1/consultations/{consultation.id}/facilitators", headers=bearer(secretariat)
    )
    assert listed.json()["items"] == []
    for acceptable in (b"", b"{}", b"null"):
        appointed = await client.put(path, content=acceptable, headers=headers)
        assert appointed.status_code in {200, 201}, appointed.text


@pytest.mark.parametrize("body", MALFORMED)
async def test_every_bodyless_write_refuses_malformed_json(
    client: httpx.AsyncClient, state: AppState, body: bytes
) -> None:
    secretariat = await token_for(state, await make_user(state, role="secretariat"))
    headers = {**bearer(secretariat), "Content-Type": "application/json"}
    operations = await _bodyless_operations(client)
    assert ("PUT", "/v1/consultations/{consultation_id}/facilitators/{user_id}") in operations
    assert any(method == "DELETE" for method, _ in operations)

    # The caller's own erasure last: had it gone through, every later request would be a 401.
    operations.sort(key=lambda operation: operation == ("DELETE", "/v1/me"))
    answers = {
        (method, path): await client.request(method, _filled(path), content=body, headers=headers)
        for method, path in operations
    }

    accepted = {
        operation: answer.status_code
        for operation, answer in answers.items()
        if answer.status_code != 400
    }
    assert accepted == {}
