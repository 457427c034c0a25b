"""The JSON payloads of the OpenAPI document have schemas: the synthesis's top-level keys
(described, as its renderer writes plain objects), the annotation collection, readiness; and
what the server sends conforms to them."""

from typing import Any

import httpx
from jsonschema import Draft202012Validator

from api.app import create_app
from api.openapi import openapi_document
from api.routers.reports import SYNTHESIS_JSON_KEYS
from api.state import AppState
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)


def _schema(document: dict[str, Any], path: str, media_type: str) -> dict[str, Any]:
    schema: dict[str, Any] = document["paths"][path]["get"]["responses"]["200"]["content"][
        media_type
    ]["schema"]
    reference = schema.get("$ref", "")
    if reference:
        found: dict[str, Any] = document["components"]["schemas"][reference.rsplit("/", 1)[1]]
        return found
    return schema


def test_every_json_payload_has_a_schema() -> None:
    document = openapi_document(create_app())
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                for media_type, body in response.get("content", {}).items():
                    if media_type.endswith("json"):
                        assert body.get("schema"), (path, method, status, media_type)


async def test_the_payloads_sent_conform_to_their_schemas(
    client: httpx.AsyncClient, state: AppState
) -> None:
    document = openapi_document(create_app())
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    organization = await make_organization(state)
    await make_comment(state, round_, organization, anchor="1", body="Support.")
    await make_comment(state, round_, organization, anchor=None, body="Generally.")

    synthesis = await client.get(f"/v1/rounds/{round_.id}/synthesis", headers=staff)
    assert synthesis.status_code == 200, synthesis.text
    assert set(synthesis.json()) == set(SYNTHESIS_JSON_KEYS)
    for path in ("/v1/rounds/{round_id}/synthesis", "/v1/exports/{export_id}/file"):
        Draft202012Validator(_schema(document, path, "application/json")).validate(synthesis.json())

    annotations = await client.get(
        f"/v1/rounds/{round_.id}/comments/export",
        params={"format": "annotations"},
        headers=staff,
    )
    assert annotations.status_code == 200, annotations.text
    for path in ("/v1/rounds/{round_id}/comments/export", "/v1/exports/{export_id}/file"):
        Draft202012Validator(_schema(document, path, "application/ld+json")).validate(
            annotations.json()
        )

    ready = await client.get("/readyz")
    assert ready.status_code == 200, ready.text
    Draft202012Validator(_schema(document, "/readyz", "application/json")).validate(ready.json())
