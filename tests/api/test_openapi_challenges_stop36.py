"""The `WWW-Authenticate` challenges the server sends besides a 401's, a malformed token's 400
(`invalid_request`) and a missing scope's 403 (`insufficient_scope`), are declared, optional, on
the statuses of the operations that send them: rules over the document, and what the server
sends checked against them."""

from typing import Any

import httpx
import pytest

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_round,
    make_user,
    token_for,
)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return openapi_document(create_app())


def _challenge(document: dict[str, Any], method: str, path: str, status: int) -> Any:
    response = document["paths"][path][method.lower()]["responses"][str(status)]
    return response.get("headers", {}).get("WWW-Authenticate")


def test_every_operation_taking_a_token_declares_the_challenges_of_400_and_403(
    document: dict[str, Any],
) -> None:
    checked = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            security = operation.get("security") or []
            statuses = ["400"] if security else []
            if any(scopes for requirement in security for scopes in requirement.values()):
                statuses.append("403")
            for status in statuses:
                checked += 1
                challenge = _challenge(document, method, path, int(status))
                assert challenge is not None, (method, path, status)
                assert not challenge.get("required"), (method, path, status)
    assert checked > 80


async def test_the_challenges_sent_are_declared(
    client: httpx.AsyncClient, state: AppState, document: dict[str, Any]
) -> None:
    staff = await make_user(state, role="secretariat")
    unscoped = bearer(await token_for(state, staff, scopes=()))
    restricted = await make_consultation(state, visibility="restricted")
    round_ = await make_round(state, restricted, await make_document(state, restricted))
    answers = [
        ("GET", "/v1/me", {"headers": {"Authorization": "Bearer ,"}}, 400),
        ("GET", "/v1/consultations", {"headers": {"Authorization": "Bearer "}}, 400),
        ("GET", "/v1/audit", {"headers": unscoped}, 403),
        ("POST", "/v1/rounds/{round_id}/exports", {"headers": unscoped, "json": {}}, 403),
        ("GET", "/v1/rounds/{round_id}/representation", {"headers": unscoped}, 403),
        ("GET", "/v1/rounds/{round_id}/coverage", {"headers": unscoped}, 403),
        ("GET", "/v1/rounds/{round_id}/synthesis", {"headers": unscoped}, 403),
    ]
    for method, template, request, status in answers:
        answer = await client.request(method, template.format(round_id=round_.id), **request)
        assert answer.status_code == status, (method, template, answer.text)
        assert answer.headers["www-authenticate"].startswith("Bearer error="), template
        assert _challenge(document, method, template, status) is not None, (method, template)
