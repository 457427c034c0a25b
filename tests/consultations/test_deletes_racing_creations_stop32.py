"""Deletions racing the creation of something that refers to what they delete: a document
deleted while a round is created on it, an account erased while it is appointed co-facilitator
or added as a representative. Whichever commits first, the other gets the answer of the
sequential case (409, 404, 422), never a foreign key failure (500).

The PostgreSQL cases are made deterministic by holding the audit chain's append lock, the last
lock every write takes before its commit: the deletion stops there with its rows deleted and its
locks held, the creation is started and runs until it waits for them, then both go on."""

import asyncio
from datetime import timedelta

import httpx

from api.state import AppState
from consultations.documents import document_etag
from core.clock import rfc3339, utcnow
from tests.concurrency import (
    first_commits_first,
    needs_concurrent_writers,
)
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_user,
    token_for,
)

RACES = 5


def _round_body(document_id: object) -> dict[str, object]:
    now = utcnow()
    return {
        "title": "Round on a document being deleted",
        "document_id": str(document_id),
        "version": 1,
        "opens_at": rfc3339(now),
        "closes_at": rfc3339(now + timedelta(days=1)),
    }


async def test_a_round_created_on_a_document_being_deleted_is_422(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    deleted, created = await first_commits_first(
        state,
        lambda: client.delete(
            f"/v1/documents/{draft.document.id}",
            headers=headers | {"If-Match": document_etag(draft.document)},
        ),
        lambda: other_worker.post(
            f"/v1/consultations/{consultation.id}/rounds",
            json=_round_body(draft.document.id),
            headers=headers,
        ),
    )
    assert deleted.status_code == 204, deleted.text
    assert created.status_code == 422, created.text
    assert created.json()["errors"][0]["loc"] == ["body", "document_id"]
    rounds = await client.get(f"/v1/consultations/{consultation.id}/rounds", headers=headers)
    assert rounds.json()["items"] == []


async def test_a_document_deleted_while_rounds_are_created_on_it_is_deleted_or_kept(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Two workers: whichever commits first, the other answers as it would after it."""
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    for race in range(RACES):
        draft = await make_document(state, consultation)
        deleted, created = await asyncio.gather(
            client.delete(
                f"/v1/documents/{draft.document.id}",
                headers=headers | {"If-Match": document_etag(draft.document)},
            ),
            other_worker.post(
                f"/v1/consultations/{consultation.id}/rounds",
                json=_round_body(draft.document.id),
                headers=headers,
            ),
        )
        outcome = (deleted.status_code, created.status_code)
        assert outcome in {(204, 422), (409, 201)}, (race, deleted.text, created.text)


async def test_appointing_a_person_whose_account_is_being_erased_is_404(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    person = await make_user(state)
    person_headers = bearer(await token_for(state, person))
    erased, appointed = await first_commits_first(
        state,
        lambda: client.delete("/v1/me", headers=person_headers),
        lambda: other_worker.put(
            f"/v1/consultations/{consultation.id}/facilitators/{person.id}", headers=headers
        ),
    )
    assert erased.status_code == 204, erased.text
    assert appointed.status_code == 404, appointed.text
    facilitators = await client.get(
        f"/v1/consultations/{consultation.id}/facilitators", headers=headers
    )
    assert facilitators.json()["items"] == []


async def test_adding_a_representative_whose_account_is_being_erased_is_422(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    owner = await make_user(state)
    organization = await make_organization(state, representatives=[owner])
    person = await make_user(state)
    person_headers = bearer(await token_for(state, person))
    owner_headers = bearer(await token_for(state, owner))
    erased, added = await first_commits_first(
        state,
        lambda: client.delete("/v1/me", headers=person_headers),
        lambda: other_worker.post(
            f"/v1/organizations/{organization.id}/representatives",
            json={"email": person.email},
            headers=owner_headers,
        ),
    )
    assert erased.status_code == 204, erased.text
    assert added.status_code == 422, added.text
    assert added.json()["errors"][0]["loc"] == ["body", "email"]
