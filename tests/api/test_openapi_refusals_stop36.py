"""The statuses every operation of a kind can be refused with before its own code runs (a
malformed or oversized body, another content type, a malformed or stale token) are declared by
the operations that give them, not left to `default`: each operation is sent each such request
and must have declared the status it answers."""

import re

import httpx

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState

_UNKNOWN_ID = "01a251de-39f5-778f-93d9-66a0323b4e6c"
_JSON = {"Content-Type": "application/json"}


async def test_every_refusal_before_the_route_runs_is_declared(
    client: httpx.AsyncClient, state: AppState
) -> None:
    document = openapi_document(create_app())
    oversized = b'"' + b"x" * state.settings.max_body_bytes + b'"'
    refusals = {
        "malformed JSON": {"content": b"{", "headers": _JSON},
        "oversized body": {"content": oversized, "headers": _JSON},
        "plain text": {"content": b"hello", "headers": {"Content-Type": "text/plain"}},
        "malformed token": {"headers": {"Authorization": "Bearer !!"}},
        "stale token": {"headers": {"Authorization": "Bearer abc.def.ghi"}},
    }
    answered: set[int] = set()
    for path, operations in document["paths"].items():
        url = re.sub(r"\{[^}]+\}", _UNKNOWN_ID, path)
        for method, operation in operations.items():
            for refusal, request in refusals.items():
                if method == "get" and "content" in request:
                    continue
                answer = await client.request(method.upper(), url, **request)
                answered.add(answer.status_code)
                declared = operation["responses"]
                assert str(answer.status_code) in declared, (
                    operation["operationId"],
                    refusal,
                    answer.status_code,
                )
    assert {400, 401, 413, 415} <= answered


def test_a_json_body_can_be_invalid() -> None:
    document = openapi_document(create_app())
    role = document["paths"]["/v1/users/{user_id}/role"]["put"]["responses"]
    assert role["422"]["content"] == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    }
