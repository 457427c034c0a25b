"""Every error response of the OpenAPI document says what its body is, under the media type
the server sends it as: the sign-in form's refusals are HTML pages or problem documents."""

from typing import Any

import httpx

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from tests.auth.test_oauth import _authorize_query, hidden_fields
from tests.factories import make_oauth_client, make_user

_HTML = {"Accept": "text/html"}


def _content(method: str, path: str, status: int) -> dict[str, Any]:
    document = openapi_document(create_app())
    content: dict[str, Any] = document["paths"][path][method]["responses"][str(status)]["content"]
    return content


def test_every_error_response_declares_a_schema_for_each_media_type() -> None:
    document = openapi_document(create_app())
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status[0] not in "45" and status != "default":
                    continue
                content = response.get("content")
                assert content, (path, method, status)
                assert all("schema" in body for body in content.values()), (path, method, status)


async def _answers_as_declared(answer: httpx.Response, path: str) -> None:
    media_type = answer.headers["content-type"].split(";")[0]
    assert media_type in _content(answer.request.method.lower(), path, answer.status_code)


async def test_the_sign_in_forms_refusals_are_sent_as_declared(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    user = await make_user(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    fields = hidden_fields(page.text)
    wrong = await client.post(
        "/oauth/authorize",
        data={**fields, "email": user.email, "password": "not the password"},
        headers=_HTML,
    )
    assert wrong.status_code == 400
    await _answers_as_declared(wrong, "/oauth/authorize")
    unusable = _authorize_query(client_id, redirect_uri="https://evil.example/cb")
    for headers in (_HTML, {}):
        for answer in (
            await client.get("/oauth/authorize", params=unusable, headers=headers),
            await client.post(
                "/oauth/authorize",
                data={**unusable, "email": user.email, "password": "x"},
                headers=headers,
            ),
        ):
            assert answer.status_code == 400
            await _answers_as_declared(answer, "/oauth/authorize")
