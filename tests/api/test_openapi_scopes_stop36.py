"""Every operation that needs a token lists, in its security requirement, the scopes the server
accepts: checked against the server by calling each one with a token of no scope at all, whose
403 challenge (RFC 6750 3.1) names the scopes it would have accepted."""

import re
from typing import Any

import httpx

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_document,
    make_oauth_client,
    make_organization,
    make_round,
    make_user,
    token_for,
)

_CHALLENGED_SCOPES = re.compile(r'error="insufficient_scope", scope="([^"]*)"')
_SIGNED_IN_ALTERNATIVE = {"bearer": []}


def _declared_scopes(operation: dict[str, Any]) -> set[str]:
    """The scopes of which any one lets a token through: one alternative per scope."""
    return {
        scope for requirement in operation["security"] for scope in requirement.get("oauth2", ())
    }


def _signed_in_operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): operation
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if operation.get("security") and {} not in operation["security"]
    }


def test_scoped_requirements_take_the_token_either_way() -> None:
    """Each accepted scope is one alternative, for the OAuth flows and for a pasted bearer
    token alike (OpenAPI 3.1 lets any scheme name the roles it needs)."""
    document = openapi_document(create_app())
    submit = document["paths"]["/v1/rounds/{round_id}/comments"]["post"]["security"]
    assert submit == [{"oauth2": ["comments:write"]}, {"bearer": ["comments:write"]}]
    audit = document["paths"]["/v1/audit"]["get"]["security"]
    assert audit == [
        {"oauth2": ["reports:read"]},
        {"bearer": ["reports:read"]},
        {"oauth2": ["admin"]},
        {"bearer": ["admin"]},
    ]
    read_me = document["paths"]["/v1/me"]["get"]["security"]
    assert read_me == [{"oauth2": []}, {"bearer": []}]


async def test_every_signed_in_operation_declares_the_scopes_the_server_enforces(
    client: httpx.AsyncClient, state: AppState
) -> None:
    document = openapi_document(create_app())
    admin = await make_user(state, role="admin")
    admin_auth = bearer(await token_for(state, admin))
    member = await make_user(state)
    organization = await make_organization(state, representatives=[member])
    leaver = await make_user(state)
    await make_organization(state, representatives=[leaver])
    consultation = await make_consultation(state, facilitators=[member])
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    comment = await make_comment(state, round_, organization, author=member)
    client_id, _ = await make_oauth_client(state)
    export = await client.post(
        f"/v1/rounds/{round_.id}/exports", json={"format": "csv"}, headers=admin_auth
    )
    assert export.status_code == 202, export.text

    async def etag_of(path: str) -> str:
        return (await client.get(path, headers=admin_auth)).headers["etag"]

    ids = {
        "consultation_id": str(consultation.id),
        "document_id": str(draft.document.id),
        "round_id": str(round_.id),
        "comment_id": str(comment.id),
        "organization_id": str(organization.id),
        "export_id": export.json()["id"],
        "client_id": client_id,
        "user_id": str(member.id),
        "number": "1",
        "language": "fr",
    }
    comment_etag = await etag_of(f"/v1/comments/{comment.id}")
    document_etag = await etag_of(f"/v1/documents/{draft.document.id}")
    text = "1. Le texte.\n\n2. Un autre.\n\n3. Trois.\n\n(a) Un.\n\n(b) Deux."
    # Who calls each operation (someone whom nothing but the scope stops), with what.
    calls: dict[tuple[str, str], tuple[Any, dict[str, Any]]] = {
        ("GET", "/v1/audit"): (admin, {}),
        ("GET", "/v1/audit/verify"): (admin, {}),
        ("POST", "/v1/clients"): (
            admin,
            {"json": {"name": "Probe", "redirect_uris": ["https://probe.example.org/cb"]}},
        ),
        ("DELETE", "/v1/clients/{client_id}"): (admin, {}),
        ("DELETE", "/v1/comments/{comment_id}"): (member, {"headers": {"If-Match": comment_etag}}),
        ("GET", "/v1/comments/{comment_id}/history"): (member, {}),
        ("PATCH", "/v1/comments/{comment_id}"): (
            member,
            {"headers": {"If-Match": comment_etag}, "json": {"body": "Edited."}},
        ),
        ("POST", "/v1/comments/{comment_id}/flags"): (admin, {"json": {"reason": "spam"}}),
        ("POST", "/v1/comments/{comment_id}/moderation"): (
            admin,
            {"json": {"decision": "hide", "reason": "Probe."}},
        ),
        ("POST", "/v1/consultations"): (
            admin,
            {
                "json": {
                    "slug": "probe",
                    "title": "Probe",
                    "description": "Probe.",
                    "visibility": "public",
                    "moderation": "post",
                    "attribution": "named",
                }
            },
        ),
        ("PATCH", "/v1/consultations/{consultation_id}"): (
            admin,
            {"headers": {"If-Match": '"any"'}, "json": {"title": "Probe"}},
        ),
        ("POST", "/v1/consultations/{consultation_id}/documents"): (
            admin,
            {"json": {"title": "Probe", "language": "fr", "format": "text", "content": text}},
        ),
        ("GET", "/v1/consultations/{consultation_id}/facilitators"): (admin, {}),
        ("DELETE", "/v1/consultations/{consultation_id}/facilitators/{user_id}"): (admin, {}),
        ("PUT", "/v1/consultations/{consultation_id}/facilitators/{user_id}"): (admin, {}),
        ("GET", "/v1/consultations/{consultation_id}/moderation/queue"): (admin, {}),
        ("POST", "/v1/consultations/{consultation_id}/rounds"): (
            admin,
            {
                "json": {
                    "title": "Probe",
                    "document_id": str(draft.document.id),
                    "version": 1,
                    "opens_at": "2030-01-01T00:00:00Z",
                    "closes_at": "2030-02-01T00:00:00Z",
                }
            },
        ),
        ("DELETE", "/v1/documents/{document_id}"): (
            admin,
            {"headers": {"If-Match": document_etag}},
        ),
        ("PATCH", "/v1/documents/{document_id}"): (
            admin,
            {"headers": {"If-Match": document_etag}, "json": {"title": "Probe"}},
        ),
        ("POST", "/v1/documents/{document_id}/versions"): (
            admin,
            {"json": {"label": "Rev.1", "language": "en", "format": "text", "content": text}},
        ),
        ("PUT", "/v1/documents/{document_id}/versions/{number}/translations/{language}"): (
            admin,
            {"json": {"format": "text", "content": text}},
        ),
        ("GET", "/v1/exports/{export_id}"): (admin, {}),
        ("GET", "/v1/exports/{export_id}/file"): (admin, {}),
        ("DELETE", "/v1/me"): (leaver, {}),
        ("GET", "/v1/me"): (member, {}),
        ("GET", "/v1/me/export"): (member, {}),
        ("POST", "/v1/organizations"): (
            member,
            {"json": {"name": "Probe", "stakeholder_group": "academia", "country": "FRA"}},
        ),
        ("POST", "/v1/organizations/{organization_id}/representatives"): (
            member,
            {"json": {"email": leaver.email}},
        ),
        ("DELETE", "/v1/organizations/{organization_id}/representatives/{user_id}"): (
            member,
            {},
        ),
        ("POST", "/v1/organizations/{organization_id}/verification"): (
            admin,
            {"json": {"decision": "verified", "note": "Probe."}},
        ),
        ("PATCH", "/v1/rounds/{round_id}"): (
            admin,
            {"headers": {"If-Match": '"any"'}, "json": {"title": "Probe"}},
        ),
        ("POST", "/v1/rounds/{round_id}/comments"): (
            member,
            {
                "headers": {"Idempotency-Key": "probe"},
                "json": {
                    "organization_id": str(organization.id),
                    "anchor": "1",
                    "kind": "comment",
                    "body": "Probe.",
                    "language": "en",
                },
            },
        ),
        ("GET", "/v1/rounds/{round_id}/comments/export"): (admin, {}),
        ("POST", "/v1/rounds/{round_id}/exports"): (admin, {"json": {"format": "csv"}}),
        ("GET", "/v1/users"): (admin, {"params": {"email": member.email}}),
        ("PUT", "/v1/users/{user_id}/role"): (admin, {"json": {"role": "secretariat"}}),
    }
    operations = _signed_in_operations(document)
    assert set(calls) == set(operations)
    for (method, template), (caller, request) in calls.items():
        declared = _declared_scopes(operations[method, template])
        unscoped = bearer(await token_for(state, caller, scopes=()))
        answer = await client.request(
            method,
            template.format(**ids),
            **{**request, "headers": {**request.get("headers", {}), **unscoped}},
        )
        challenge = _CHALLENGED_SCOPES.search(answer.headers.get("www-authenticate", ""))
        enforced = set(challenge.group(1).split()) if challenge else set()
        assert declared == enforced, (method, template, answer.status_code, answer.text)
        if enforced:
            assert answer.status_code == 403, (method, template)
