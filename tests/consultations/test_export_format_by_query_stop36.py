"""The synthesis and the comment export list several media types but choose by `?format=`
alone: the OpenAPI document says that `Accept` is not consulted, and the server does so."""

import httpx

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


def _format_parameter(path: str) -> dict[str, str]:
    document = openapi_document(create_app())
    (parameter,) = [
        p for p in document["paths"][path]["get"]["parameters"] if p["name"] == "format"
    ]
    return dict(parameter)


async def test_accept_is_not_consulted_and_the_document_says_so(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    for path, default in (
        ("/v1/rounds/{round_id}/synthesis", "application/json"),
        ("/v1/rounds/{round_id}/comments/export", "text/csv"),
    ):
        assert "`Accept` is not consulted" in _format_parameter(path)["description"]
        answer = await client.get(
            path.format(round_id=round_.id), headers={**staff, "Accept": "application/x-ndjson"}
        )
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"].split(";")[0] == default
