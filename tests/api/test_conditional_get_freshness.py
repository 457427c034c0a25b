"""A 304 Not Modified is only right when the ETag changes whenever the body does (for the same
caller and URL): for every GET route answering `If-None-Match` with 304, each state change that
changes its body, checked by revalidating the copy read before it."""

import asyncio

import httpx
from fastapi import FastAPI
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.exports import ExportRunner
from consultations.models import ExportJob
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_reports_helpers import facilitated_round
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

DRAFT = "1. Digital technologies transform our world.\n\n2. Cooperation is needed."
REVISED = "1. Digital technologies transform our world.\n\n2. Cooperation is urgently needed."
FRENCH = "1. Les technologies numériques transforment le monde.\n\n2. La coopération est requise."
NOTE = "Accredited under ECOSOC."


async def revalidate(
    client: httpx.AsyncClient,
    url: str,
    held: httpx.Response,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """Revalidates ``held`` as a client would, and checks the answer against a fresh read: a
    304 only when the body is still ``held``'s, else the current body in full. Returns the
    fresh read."""
    headers = headers or {}
    fresh = await client.get(url, headers=headers)
    assert fresh.status_code == 200, fresh.text
    answer = await client.get(url, headers={**headers, "If-None-Match": held.headers["etag"]})
    if fresh.json() == held.json():
        assert answer.status_code in {200, 304}
    else:
        assert answer.status_code == 200, f"304 for {url}, whose body changed"
        assert answer.json() == fresh.json()
        assert fresh.headers["etag"] != held.headers["etag"]
    return fresh


async def test_a_consultation_s_etag_follows_its_settings_not_its_appointments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}"
    held = await client.get(url)

    changes = (
        {"title": "Renamed"},
        {"description": "Now described."},
        {"moderation": "pre"},
        {"attribution": "group_only"},
        {"languages": ["en", "fr"]},
        {"eligible_groups": ["government", "civil_society"]},
    )
    for change in changes:
        patched = await client.patch(
            url, json=change, headers={**headers, "If-Match": held.headers["etag"]}
        )
        assert patched.status_code == 200, patched.text
        fresh = await revalidate(client, url, held)
        assert fresh.json() != held.json(), change
        held = fresh

    # Appointing and removing a co-facilitator leave the consultation's body as it was: its
    # co-facilitators are listed elsewhere, so a 304 is right.
    facilitator = await make_user(state)
    appointed = await client.put(f"{url}/facilitators/{facilitator.id}", headers=headers)
    assert appointed.status_code == 201, appointed.text
    assert (await revalidate(client, url, held)).json() == held.json()
    removed = await client.delete(f"{url}/facilitators/{facilitator.id}", headers=headers)
    assert removed.status_code == 204
    cached = await client.get(url, headers={"If-None-Match": held.headers["etag"]})
    assert cached.status_code == 304


async def test_a_document_and_its_versions_change_etag_with_every_change_to_them(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Zero draft", "language": "en", "content": DRAFT},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    document_url = f"/v1/documents/{created.json()['document']['id']}"
    version_url = f"{document_url}/versions/1"
    held_document = await client.get(document_url)
    held_version = await client.get(version_url)

    renamed = await client.patch(
        document_url,
        json={"title": "Zero draft, renamed", "symbol": "A/80/L.1"},
        headers={**headers, "If-Match": held_document.headers["etag"]},
    )
    assert renamed.status_code == 200, renamed.text
    fresh = await revalidate(client, document_url, held_document)
    assert fresh.json()["title"] == "Zero draft, renamed"
    held_document = fresh

    for replaced in (False, True):
        translated = await client.put(
            f"{version_url}/translations/fr",
            json={"content": FRENCH if not replaced else FRENCH.replace("requise", "nécessaire")},
            headers=headers,
        )
        assert translated.status_code == (200 if replaced else 201), translated.text
        fresh_document = await revalidate(client, document_url, held_document)
        fresh_version = await revalidate(client, version_url, held_version)
        assert fresh_document.json() != held_document.json()
        assert fresh_version.json() != held_version.json()
        assert "fr" in fresh_version.json()["languages"]
        held_document, held_version = fresh_document, fresh_version

    added = await client.post(
        f"{document_url}/versions", json={"language": "en", "content": REVISED}, headers=headers
    )
    assert added.status_code == 201, added.text
    fresh = await revalidate(client, document_url, held_document)
    assert fresh.json()["latest_version"] == 2
    # Version 1 reads as before; its ETag (the document's) changed anyway, which is harmless.
    assert (await revalidate(client, version_url, held_version)).json() == held_version.json()


async def test_a_round_s_etag_follows_its_changes_not_its_comments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The clock opening and closing a round is covered in test_rounds_api."""
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    url = f"/v1/rounds/{round_.id}"
    held = await client.get(url)

    renamed = await client.patch(
        url, json={"title": "First reading"}, headers={**headers, "If-Match": held.headers["etag"]}
    )
    assert renamed.status_code == 200, renamed.text
    fresh = await revalidate(client, url, held)
    assert fresh.json()["title"] == "First reading"

    # A comment takes a sequence number from the round's row; the round's body does not show it.
    await make_comment(state, round_, await make_organization(state))
    cached = await client.get(url, headers={"If-None-Match": fresh.headers["etag"]})
    assert cached.status_code == 304
    assert (await client.get(url)).json() == fresh.json()


async def test_an_organization_s_etag_follows_the_decisions_on_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    representative = await make_user(state)
    as_representative = bearer(await token_for(state, representative))
    organization = await make_organization(
        state, verification="pending", representatives=[representative]
    )
    url = f"/v1/organizations/{organization.id}"
    held = {"secretariat": await client.get(url, headers=headers)}
    held["representative"] = await client.get(url, headers=as_representative)

    for decision in (
        {"decision": "verified"},
        {"decision": "rejected", "note": "No statute was provided."},
        {"decision": "verified", "note": "Statute received."},
    ):
        decided = await client.post(f"{url}/verification", json=decision, headers=headers)
        assert decided.status_code == 200, decided.text
        for who, caller in (("secretariat", headers), ("representative", as_representative)):
            fresh = await revalidate(client, url, held[who], caller)
            assert fresh.json()["verification"] == decision["decision"]
            assert fresh.json()["verification_note"] == decision.get("note")
            held[who] = fresh


async def verified_with_a_note(
    client: httpx.AsyncClient, state: AppState, headers: dict[str, str]
) -> tuple[str, httpx.Response]:
    """A pending organization verified with a note by ``headers``: its URL and the decision."""
    organization = await make_organization(state, verification="pending")
    url = f"/v1/organizations/{organization.id}"
    decided = await client.post(
        f"{url}/verification", json={"decision": "verified", "note": NOTE}, headers=headers
    )
    assert decided.status_code == 200, decided.text
    return url, decided


async def test_an_organization_read_by_a_new_representative_shows_them_the_note(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Only the secretariat and the organization's representatives see its verification note:
    a person added as a representative reads the note they could not see before, so the ETag
    they held must not be answered 304."""
    headers = await secretariat_headers(state)
    url, decided = await verified_with_a_note(client, state, headers)

    colleague = await make_user(state)
    as_colleague = bearer(await token_for(state, colleague))
    held = await client.get(url, headers=as_colleague)
    assert held.json()["verification_note"] is None
    anonymous = await client.get(url)
    assert anonymous.json() == held.json()
    assert anonymous.headers["etag"] == held.headers["etag"]

    added = await client.post(
        f"{url}/representatives", json={"email": colleague.email}, headers=headers
    )
    assert added.status_code == 201, added.text
    fresh = await revalidate(client, url, held, as_colleague)
    assert fresh.json()["verification_note"] == NOTE
    # The representative and the secretariat read the same body, with the same ETag: the one
    # a decision's If-Match names.
    assert fresh.headers["etag"] == decided.headers["etag"]
    assert (await client.get(url, headers=headers)).headers["etag"] == fresh.headers["etag"]
    # Someone else still reads it without the note, with the ETag they held.
    cached = await client.get(url, headers={"If-None-Match": held.headers["etag"]})
    assert cached.status_code == 304


async def test_an_organization_read_by_new_secretariat_staff_shows_them_the_note(
    client: httpx.AsyncClient, state: AppState
) -> None:
    admin = await make_user(state, role="admin")
    as_admin = bearer(await token_for(state, admin))
    url, _ = await verified_with_a_note(client, state, as_admin)
    person = await make_user(state)
    as_person = bearer(await token_for(state, person))
    held = await client.get(url, headers=as_person)
    assert held.json()["verification_note"] is None

    granted = await client.put(
        f"/v1/users/{person.id}/role", json={"role": "secretariat"}, headers=as_admin
    )
    assert granted.status_code == 200, granted.text
    fresh = await revalidate(client, url, held, as_person)
    assert fresh.json()["verification_note"] == NOTE

    # The ETag read without the note is no If-Match for a decision: it names another body.
    stale = await client.post(
        f"{url}/verification",
        json={"decision": "rejected", "note": "Withdrawn."},
        headers={**as_person, "If-Match": held.headers["etag"]},
    )
    assert stale.status_code == 412, stale.text
    current = await client.post(
        f"{url}/verification",
        json={"decision": "rejected", "note": "Withdrawn."},
        headers={**as_person, "If-Match": fresh.headers["etag"]},
    )
    assert current.status_code == 200, current.text


async def test_the_callers_etag_follows_their_roles_memberships_and_appointments(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    admin = bearer(await token_for(state, await make_user(state, role="admin")))
    person = await make_user(state)
    as_person = bearer(await token_for(state, person))
    held = await client.get("/v1/me", headers=as_person)
    organization = await make_organization(state, verification="pending")
    consultation = await make_consultation(state)

    steps = (
        (
            "POST",
            f"/v1/organizations/{organization.id}/representatives",
            {"email": person.email},
            headers,
        ),
        (
            "POST",
            f"/v1/organizations/{organization.id}/verification",
            {"decision": "verified"},
            headers,
        ),
        ("PUT", f"/v1/consultations/{consultation.id}/facilitators/{person.id}", None, headers),
        ("DELETE", f"/v1/consultations/{consultation.id}/facilitators/{person.id}", None, headers),
        ("PUT", f"/v1/users/{person.id}/role", {"role": "secretariat"}, admin),
    )
    for method, path, body, caller in steps:
        done = await client.request(method, path, json=body, headers=caller)
        assert done.status_code in {200, 201, 204}, done.text
        fresh = await revalidate(client, "/v1/me", held, as_person)
        assert fresh.json() != held.json(), path
        held = fresh


async def test_an_export_job_polled_with_if_none_match_is_answered_when_it_moves_on(
    client: httpx.AsyncClient, state: AppState, app: FastAPI
) -> None:
    staff, round_ = await facilitated_round(state)
    await make_comment(state, round_, await make_organization(state))
    job = ExportJob(round_id=round_.id, kind="comments", format="csv", statuses=["published"])
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(job)
        await session.commit()
    url = f"/v1/exports/{job.id}"
    # Reading a queued job starts it, and answers it as it was read: queued.
    held = await client.get(url, headers=staff.headers)
    assert held.json()["status"] == "queued"
    runner: ExportRunner = app.state.export_runner
    await asyncio.wait_for(runner.wait(), timeout=60)
    fresh = await revalidate(client, url, held, staff.headers)
    assert fresh.json()["status"] == "done"
    cached = await client.get(
        url, headers={**staff.headers, "If-None-Match": fresh.headers["etag"]}
    )
    assert cached.status_code == 304
