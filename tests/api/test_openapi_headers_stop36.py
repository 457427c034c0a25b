"""The response headers the contract relies on are declared in the OpenAPI document, where a
generated client looks for them: rules over the whole document, and the headers the server
actually sends checked against the declarations of the operation that sent them."""

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
    make_organization,
    make_round,
    make_user,
    token_for,
)

_CONTRACT_HEADERS = ("ETag", "Location", "Link", "WWW-Authenticate", "Retry-After")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return openapi_document(create_app())


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    ]


def _declared(response: dict[str, Any]) -> dict[str, dict[str, Any]]:
    headers: dict[str, dict[str, Any]] = response.get("headers", {})
    return headers


def test_every_401_declares_its_challenge_and_every_429_its_wait(
    document: dict[str, Any],
) -> None:
    checked = 0
    for path, method, operation in _operations(document):
        for status, name in (("401", "WWW-Authenticate"), ("429", "Retry-After")):
            if status in operation["responses"]:
                checked += 1
                header = _declared(operation["responses"][status]).get(name)
                assert header is not None, (path, method)
                assert header["required"] is True, (path, method)
    assert checked > 40


def test_every_list_declares_its_next_page_link(document: dict[str, Any]) -> None:
    lists = [
        (path, operation)
        for path, method, operation in _operations(document)
        if any(p["name"] == "cursor" for p in operation.get("parameters", ()))
    ]
    assert len(lists) >= 12
    for path, operation in lists:
        link = _declared(operation["responses"]["200"]).get("Link")
        assert link is not None, path
        assert not link.get("required"), path


def test_every_if_match_is_answered_an_etag_somewhere_a_client_reads_it(
    document: dict[str, Any],
) -> None:
    """A client sends `If-Match` with an ETag it received: from the GET of the resource (the
    same path, or the one a sub-resource such as `/moderation` hangs from), or from the answer
    of the change itself."""
    checked = 0
    for path, method, operation in _operations(document):
        names = {p["name"].lower() for p in operation.get("parameters", ()) if p["in"] == "header"}
        if "if-match" not in names:
            continue
        checked += 1
        resources = [path, path.rsplit("/", 1)[0]]
        getters = [document["paths"].get(r, {}).get("get", {}) for r in resources]
        sources = [
            *(getter.get("responses", {}).get("200", {}) for getter in getters),
            *operation["responses"].values(),
        ]
        assert any("ETag" in _declared(response) for response in sources), (path, method)
    assert checked >= 9


def test_every_304_and_its_200_declare_the_etag(document: dict[str, Any]) -> None:
    conditional = [op for _, _, op in _operations(document) if "304" in op["responses"]]
    assert len(conditional) >= 8
    for operation in conditional:
        for status in ("200", "304"):
            assert _declared(operation["responses"][status])["ETag"]["required"] is True


class _CheckedClient:
    """Calls operations by their path template and checks every contract header of each
    answer against what the document declares for that operation and status, both ways: a
    header sent is declared, a header declared required is sent."""

    def __init__(self, client: httpx.AsyncClient, document: dict[str, Any]) -> None:
        self.client = client
        self.document = document
        self.checked: set[tuple[str, str, int]] = set()

    async def __call__(
        self, method: str, template: str, *, expect: int, **kwargs: Any
    ) -> httpx.Response:
        params = kwargs.pop("path", {})
        response = await self.client.request(method, template.format(**params), **kwargs)
        assert response.status_code == expect, response.text
        declared = _declared(
            self.document["paths"][template][method.lower()]["responses"][str(expect)]
        )
        for name in _CONTRACT_HEADERS:
            if name in response.headers:
                assert name in declared, (method, template, expect, name)
            elif declared.get(name, {}).get("required"):
                raise AssertionError(f"{method} {template} {expect}: {name} declared, not sent")
        self.checked.add((method, template, expect))
        return response


async def test_the_headers_sent_are_the_headers_declared(
    client: httpx.AsyncClient, state: AppState, document: dict[str, Any]
) -> None:
    call = _CheckedClient(client, document)
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    member = await make_user(state)
    member_auth = bearer(await token_for(state, member))
    organization = await make_organization(state, representatives=[member])
    consultation = await make_consultation(state)
    await make_consultation(state)
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)

    await call("GET", "/v1/me", expect=401)
    await call("GET", "/v1/consultations", expect=200, params={"limit": 1})
    created = await call(
        "POST",
        "/v1/consultations",
        expect=201,
        headers=staff,
        json={
            "slug": "headers-declared",
            "title": "Headers",
            "description": "Declared.",
            "visibility": "public",
            "moderation": "post",
            "attribution": "named",
        },
    )
    ids = {"consultation_id": created.json()["id"]}
    read = await call("GET", "/v1/consultations/{consultation_id}", expect=200, path=ids)
    await call(
        "PATCH",
        "/v1/consultations/{consultation_id}",
        expect=200,
        path=ids,
        headers={**staff, "If-Match": read.headers["etag"]},
        json={"title": "Renamed"},
    )

    ids = {"round_id": str(round_.id)}
    read = await call("GET", "/v1/rounds/{round_id}", expect=200, path=ids)
    revalidate = {"If-None-Match": read.headers["etag"]}
    await call("GET", "/v1/rounds/{round_id}", expect=304, path=ids, headers=revalidate)
    await call(
        "PATCH",
        "/v1/rounds/{round_id}",
        expect=200,
        path=ids,
        headers={**staff, "If-Match": read.headers["etag"]},
        json={"title": "Renamed round"},
    )
    body = {"organization_id": str(organization.id), "anchor": "1", "kind": "comment"}
    for text in ("First.", "Second."):
        submitted = await call(
            "POST",
            "/v1/rounds/{round_id}/comments",
            expect=201,
            path=ids,
            headers={**member_auth, "Idempotency-Key": text},
            json={**body, "body": text, "language": "en"},
        )
    await call("GET", "/v1/rounds/{round_id}/comments", expect=200, path=ids, params={"limit": 1})
    export = await call(
        "POST",
        "/v1/rounds/{round_id}/exports",
        expect=202,
        path=ids,
        headers=staff,
        json={"format": "csv"},
    )
    await call(
        "GET",
        "/v1/exports/{export_id}",
        expect=200,
        path={"export_id": export.json()["id"]},
        headers=staff,
    )

    ids = {"comment_id": submitted.json()["id"]}
    read = await call("GET", "/v1/comments/{comment_id}", expect=200, path=ids)
    await call(
        "PATCH",
        "/v1/comments/{comment_id}",
        expect=200,
        path=ids,
        headers={**member_auth, "If-Match": read.headers["etag"]},
        json={"body": "Second, edited."},
    )

    ids = {"document_id": str(draft.document.id)}
    read = await call("GET", "/v1/documents/{document_id}", expect=200, path=ids)
    await call(
        "PATCH",
        "/v1/documents/{document_id}",
        expect=200,
        path=ids,
        headers={**staff, "If-Match": read.headers["etag"]},
        json={"title": "Renamed draft"},
    )

    await call("GET", "/v1/me", expect=200, headers=member_auth)
    await call(
        "GET",
        "/v1/organizations/{organization_id}",
        expect=200,
        path={"organization_id": str(organization.id)},
    )
    await call(
        "POST",
        "/v1/organizations",
        expect=201,
        headers=member_auth,
        json={"name": "Declared", "stakeholder_group": "academia", "country": "FRA"},
    )
    await call(
        "POST",
        "/v1/users",
        expect=201,
        json={
            "email": "declared@example.org",
            "password": "a long enough password",
            "display_name": "Declared",
        },
    )
    assert len(call.checked) == 20
