"""A caller who may never change a resource is told so whatever the body holds: the resource
is looked up (404 when unknown or invisible to the caller) and the caller's right on it checked
(403) before the body is validated, so an empty or wrong body does not earn a 422 that a valid
one would turn into 403 or 404."""

import uuid
from dataclasses import dataclass

import httpx
import pytest

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

# The write endpoints that name a resource, with a body no caller could send successfully.
WRITES = (
    ("PATCH", "/v1/consultations/{consultation}", {"title": 5}),
    ("POST", "/v1/consultations/{consultation}/documents", {}),
    ("POST", "/v1/consultations/{consultation}/rounds", {}),
    ("PATCH", "/v1/documents/{document}", {"title": 5}),
    ("POST", "/v1/documents/{document}/versions", {}),
    ("PUT", "/v1/documents/{document}/versions/1/translations/fr", {}),
    ("PATCH", "/v1/rounds/{round}", {"title": 5}),
    ("POST", "/v1/rounds/{round}/exports", {}),
)
IDS = [f"{method} {path}" for method, path, _ in WRITES]


@dataclass(frozen=True)
class Resources:
    consultation: str
    document: str
    round: str


async def resources(state: AppState, visibility: str = "public") -> Resources:
    consultation = await make_consultation(state, visibility=visibility)
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    return Resources(str(consultation.id), str(draft.document.id), str(round_.id))


def url(path: str, names: Resources) -> str:
    return path.format(consultation=names.consultation, document=names.document, round=names.round)


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=IDS)
async def test_a_token_without_the_scope_is_refused_before_the_body(
    client: httpx.AsyncClient, state: AppState, method: str, path: str, body: object
) -> None:
    staff = await make_user(state, role="secretariat")
    # Exports need reports:read, every other change consultations:write.
    scope = "comments:write" if path.endswith("/exports") else "reports:read"
    headers = {**bearer(await token_for(state, staff, scopes=[scope])), "If-Match": "*"}
    answer = await client.request(
        method, url(path, await resources(state)), json=body, headers=headers
    )
    assert answer.status_code == 403, answer.text
    assert 'error="insufficient_scope"' in answer.headers["www-authenticate"]


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=IDS)
async def test_a_representative_is_refused_before_the_body(
    client: httpx.AsyncClient, state: AppState, method: str, path: str, body: object
) -> None:
    person = await make_user(state)
    await make_organization(state, representatives=[person])
    headers = {**bearer(await token_for(state, person)), "If-Match": "*"}
    answer = await client.request(
        method, url(path, await resources(state)), json=body, headers=headers
    )
    assert answer.status_code == 403, answer.text


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=IDS)
async def test_an_unknown_resource_is_404_before_the_body(
    client: httpx.AsyncClient, state: AppState, method: str, path: str, body: object
) -> None:
    staff = await make_user(state, role="secretariat")
    unknown = str(uuid.uuid4())
    headers = {**bearer(await token_for(state, staff)), "If-Match": "*"}
    answer = await client.request(
        method, url(path, Resources(unknown, unknown, unknown)), json=body, headers=headers
    )
    assert answer.status_code == 404, answer.text


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=IDS)
async def test_a_restricted_consultation_the_caller_cannot_see_stays_404(
    client: httpx.AsyncClient, state: AppState, method: str, path: str, body: object
) -> None:
    person = await make_user(state)
    headers = {**bearer(await token_for(state, person)), "If-Match": "*"}
    answer = await client.request(
        method, url(path, await resources(state, "restricted")), json=body, headers=headers
    )
    assert answer.status_code == 404, answer.text


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=IDS)
async def test_the_secretariat_still_gets_422_for_an_invalid_body(
    client: httpx.AsyncClient, state: AppState, method: str, path: str, body: object
) -> None:
    staff = await make_user(state, role="secretariat")
    headers = {**bearer(await token_for(state, staff)), "If-Match": "*"}
    answer = await client.request(
        method, url(path, await resources(state)), json=body, headers=headers
    )
    assert answer.status_code == 422, answer.text


async def test_a_read_only_token_submitting_a_comment_is_refused_before_the_body(
    client: httpx.AsyncClient, state: AppState
) -> None:
    person = await make_user(state)
    await make_organization(state, representatives=[person])
    names = await resources(state)
    answer = await client.post(
        f"/v1/rounds/{names.round}/comments",
        json={},
        headers={
            **bearer(await token_for(state, person, scopes=["reports:read"])),
            "Idempotency-Key": "k1",
        },
    )
    assert answer.status_code == 403, answer.text
