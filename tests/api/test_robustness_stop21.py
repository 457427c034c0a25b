"""Bad input found by a black-box robustness audit: each is a clear 4xx and stores nothing."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI

from api.state import AppState
from consultations.exports import ExportRunner
from core.clock import rfc3339, utcnow
from tests.consultations.test_comments import make_world, submit
from tests.consultations.test_reports_helpers import Row, caller, facilitated_round, insert_comments
from tests.factories import make_organization

# U+0958 is a composition exclusion: NFC makes it two characters.
EXPANDING = "\u0958"
INVISIBLE = "\u200b\u200b\ufeff"


def _locations(response: httpx.Response) -> list[list[object]]:
    return [error["loc"] for error in response.json()["errors"]]


async def test_names_are_measured_after_normalisation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    email = f"nfc-{uuid.uuid4().hex[:8]}@example.org"
    account = {"email": email, "password": "a long enough passphrase"}
    too_long = await client.post("/v1/users", json={**account, "display_name": EXPANDING * 101})
    assert too_long.status_code == 422, too_long.text
    assert _locations(too_long) == [["body", "display_name"]]
    assert "NFC" in too_long.json()["errors"][0]["msg"]
    fits = await client.post("/v1/users", json={**account, "display_name": EXPANDING * 100})
    assert fits.status_code == 201, fits.text
    assert fits.json()["display_name"] == ("\u0915\u093c" * 100)

    member = await caller(state)
    organization = {"stakeholder_group": "academia", "country": "KEN"}
    long_name = await client.post(
        "/v1/organizations", json={**organization, "name": EXPANDING * 151}, headers=member.headers
    )
    assert long_name.status_code == 422, long_name.text
    assert _locations(long_name) == [["body", "name"]]

    secretariat = await caller(state, role="secretariat")
    app = {"redirect_uris": ["https://app.example.org/cb"]}
    long_client = await client.post(
        "/v1/clients", json={**app, "name": EXPANDING * 101}, headers=secretariat.headers
    )
    assert long_client.status_code == 422, long_client.text
    assert _locations(long_client) == [["body", "name"]]


async def test_names_titles_and_reasons_of_invisible_characters_only_are_empty(
    client: httpx.AsyncClient, state: AppState
) -> None:
    registration = {
        "email": f"blank-{uuid.uuid4().hex[:8]}@example.org",
        "password": "a long enough passphrase",
        "display_name": INVISIBLE,
    }
    assert (await client.post("/v1/users", json=registration)).status_code == 422
    member = await caller(state)
    organization = {"name": INVISIBLE, "stakeholder_group": "academia", "country": "KEN"}
    refused = await client.post("/v1/organizations", json=organization, headers=member.headers)
    assert refused.status_code == 422, refused.text
    assert _locations(refused) == [["body", "name"]]

    secretariat = await caller(state, role="secretariat")
    consultation = {"slug": f"blank-{uuid.uuid4().hex[:6]}", "title": INVISIBLE}
    untitled = await client.post(
        "/v1/consultations", json=consultation, headers=secretariat.headers
    )
    assert untitled.status_code == 422, untitled.text
    assert _locations(untitled) == [["body", "title"]]

    _, round_ = await facilitated_round(state)
    [comment] = await insert_comments(state, round_, [Row((await make_organization(state)).id)])
    decision = await client.post(
        f"/v1/comments/{comment}/moderation",
        json={"decision": "hide", "reason": INVISIBLE},
        headers=secretariat.headers,
    )
    assert decision.status_code == 422, decision.text
    assert _locations(decision) == [["body", "reason"]]


@pytest.mark.parametrize("closes_at", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
async def test_a_timestamp_outside_the_years_utc_can_hold_is_422(
    client: httpx.AsyncClient, state: AppState, closes_at: str
) -> None:
    staff, round_ = await facilitated_round(state)
    response = await client.post(
        f"/v1/consultations/{round_.consultation_id}/rounds",
        json={
            "title": "Far away",
            "document_id": str(round_.document_id),
            "version": 1,
            "opens_at": rfc3339(utcnow() + timedelta(days=1)),
            "closes_at": closes_at,
        },
        headers=staff.headers,
    )
    assert response.status_code == 422, response.text
    assert _locations(response) == [["body", "closes_at"]]
    assert "outside years 1 to 9999" in response.json()["errors"][0]["msg"]


@pytest.mark.parametrize(
    "uri",
    [
        "https://app.example.org/c\nb",
        " https://app.example.org/cb ",
        "http://exa mple.org/cb",
        "https://app.example.org/cb?a=<b>",
        "http://app.example.org:99999/cb",
    ],
)
async def test_a_redirect_uri_that_is_no_uri_is_refused(
    client: httpx.AsyncClient, state: AppState, uri: str
) -> None:
    secretariat = await caller(state, role="secretariat")
    response = await client.post(
        "/v1/clients", json={"name": "App", "redirect_uris": [uri]}, headers=secretariat.headers
    )
    assert response.status_code == 422, response.text
    assert _locations(response)[0][:2] == ["body", "redirect_uris"]


async def test_nan_and_infinity_are_no_json(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    for constant in ("NaN", "Infinity", "-Infinity"):
        raw = (
            f'{{"organization_id": "{world.organization.id}", "kind": "comment", '
            f'"body": {constant}, "language": "en"}}'
        )
        response = await client.post(
            f"/v1/rounds/{world.round.id}/comments",
            content=raw.encode(),
            headers={
                "Authorization": f"Bearer {world.token}",
                "Idempotency-Key": uuid.uuid4().hex,
                "Content-Type": "application/json",
            },
        )
        assert response.status_code == 400, response.text
        assert response.json()["type"].endswith("/malformed-json")
    named = await submit(client, world.round.id, world.token, world.body(body="NaN and Infinity"))
    assert named.status_code == 201, named.text


async def test_an_idempotency_key_given_twice_is_400(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    response = await client.post(
        f"/v1/rounds/{world.round.id}/comments",
        json=world.body(),
        headers=[
            ("Authorization", f"Bearer {world.token}"),
            ("Idempotency-Key", "first"),
            ("Idempotency-Key", "second"),
        ],
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"] == [
        {"loc": ["header", "Idempotency-Key"], "msg": "given more than once"}
    ]


@pytest.mark.parametrize("format", ["json", "markdown", "csv", "docx", "ndjson", "annotations"])
async def test_an_export_file_has_a_type_the_openapi_document_declares(
    client: httpx.AsyncClient, state: AppState, app: FastAPI, format: str
) -> None:
    staff, round_ = await facilitated_round(state)
    await insert_comments(state, round_, [Row((await make_organization(state)).id)])
    created = await client.post(
        f"/v1/rounds/{round_.id}/exports", json={"format": format}, headers=staff.headers
    )
    assert created.status_code == 202, created.text
    runner: ExportRunner = app.state.export_runner
    await asyncio.wait_for(runner.wait(), timeout=60)
    file = await client.get(f"/v1/exports/{created.json()['id']}/file", headers=staff.headers)
    assert file.status_code == 200, file.text
    declared = app.openapi()["paths"]["/v1/exports/{export_id}/file"]["get"]["responses"]["200"]
    assert file.headers["content-type"].split(";", 1)[0] in declared["content"]


def test_update_schemas_allow_null_only_where_it_clears(app: FastAPI) -> None:
    schemas = app.openapi()["components"]["schemas"]

    def allows_null(schema: str, field: str) -> bool:
        declared = schemas[schema]["properties"][field]
        return {"type": "null"} in declared.get("anyOf", [])

    for schema, field in [
        ("RoundUpdate", "closes_at"),
        ("RoundUpdate", "title"),
        ("ConsultationUpdate", "visibility"),
        ("DocumentUpdate", "title"),
        ("CommentUpdate", "body"),
    ]:
        assert not allows_null(schema, field), (schema, field)
        assert "default" not in schemas[schema]["properties"][field]
    assert allows_null("CommentUpdate", "position")
    assert allows_null("CommentUpdate", "quote")
    assert allows_null("DocumentUpdate", "symbol")


async def test_a_trailing_slash_is_a_404_naming_the_path_not_a_redirect_to_any_host(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/consultations/", headers={"Host": "evil.example"})
    assert response.status_code == 404, response.text
    assert "location" not in response.headers
    assert response.json()["detail"] == (
        "Nothing is at /v1/consultations/. Paths here have no trailing slash: /v1/consultations."
    )
    unknown = await client.get("/v1/nowhere/")
    assert unknown.json()["detail"] == "Nothing is at /v1/nowhere/."
