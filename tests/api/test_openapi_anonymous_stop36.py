"""Every operation the OpenAPI document lets an anonymous caller use (an empty security
requirement) answers an anonymous caller on a public consultation with something else than a
401: checked against the server, operation by operation, without a token."""

from typing import Any

import httpx

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from tests.factories import (
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
)


def _anonymous_operations(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if {} in operation.get("security", ())
    }


async def test_no_operation_declared_anonymous_refuses_an_anonymous_caller(
    client: httpx.AsyncClient, state: AppState
) -> None:
    document = openapi_document(create_app())
    member = await make_user(state)
    organization = await make_organization(state, representatives=[member])
    consultation = await make_consultation(state, visibility="public")
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    comment = await make_comment(state, round_, organization, author=member)
    ids = {
        "consultation_id": str(consultation.id),
        "document_id": str(draft.document.id),
        "round_id": str(round_.id),
        "comment_id": str(comment.id),
        "organization_id": str(organization.id),
        "tracking_number": comment.tracking_number,
        "number": "1",
        "language": "fr",
    }
    operations = _anonymous_operations(document)
    assert len(operations) >= 20
    refused = []
    for method, template in sorted(operations):
        answer = await client.request(method, template.format(**ids))
        if answer.status_code == 401:
            refused.append((method, template, answer.text))
    assert refused == []


def test_the_comment_export_declares_the_scope_it_needs() -> None:
    document = openapi_document(create_app())
    export = document["paths"]["/v1/rounds/{round_id}/comments/export"]["get"]
    assert export["security"] == [{"oauth2": ["reports:read"]}, {"bearer": ["reports:read"]}]
