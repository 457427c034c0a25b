"""Verification decisions and role changes racing another change of the same row: the row is
locked before it is compared, so `If-Match` holds under concurrency and no change is made (or
recorded) from a state another transaction has already replaced."""

import asyncio

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import Organization, User
from core.db import table_of
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.consultations.test_submission_batches import waiting_for_a_lock
from tests.factories import bearer, make_organization, make_user, token_for

RACES = 5


def _needs_concurrent_writers(state: AppState) -> None:
    if state.engine.dialect.name != "postgresql":
        pytest.skip("needs concurrent writers (on SQLite writers never overlap)")


async def test_two_workers_deciding_with_one_etag_decide_once(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    for race in range(RACES):
        organization = await make_organization(state, verification="pending")
        url = f"/v1/organizations/{organization.id}"
        etag = (await client.get(url, headers=headers)).headers["etag"]
        responses = await asyncio.gather(
            *(
                worker.post(
                    f"{url}/verification",
                    json={"decision": decision, "note": f"Decided by worker {n}."},
                    headers=headers | {"If-Match": etag},
                )
                for n, (worker, decision) in enumerate(
                    ((client, "verified"), (other_worker, "rejected"))
                )
            )
        )
        assert sorted(response.status_code for response in responses) == [200, 412], race
        winner = next(response for response in responses if response.status_code == 200)
        stored = await client.get(url, headers=headers)
        assert stored.json()["verification"] == winner.json()["verification"], race
        assert stored.headers["etag"] == winner.headers["etag"], race


async def test_a_decision_on_a_reading_another_decision_replaced_meanwhile_is_412(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The other decision holds the organization's row when this one arrives with the ETag
    both read: this one waits for it, then finds the revision changed."""
    _needs_concurrent_writers(state)
    events = capture_events(state)
    headers = await secretariat_headers(state)
    organization = await make_organization(state, verification="pending")
    url = f"/v1/organizations/{organization.id}"
    etag = (await client.get(url, headers=headers)).headers["etag"]
    organizations = table_of(Organization)
    async with AsyncSession(state.engine) as concurrent:
        await concurrent.exec(
            sa.update(organizations)
            .where(organizations.c.id == organization.id)
            .values(verification="rejected", verification_note="Fake.", revision=2)
        )
        deciding = asyncio.create_task(
            client.post(
                f"{url}/verification",
                json={"decision": "verified", "note": "Looks fine."},
                headers=headers | {"If-Match": etag},
            )
        )
        await waiting_for_a_lock(state)
        await concurrent.commit()
    response = await deciding
    assert response.status_code == 412, response.text
    assert events == []
    stored = await client.get(url, headers=headers)
    assert stored.json()["verification"] == "rejected"
    assert stored.headers["etag"] == f'"{organization.id}.2"'


async def test_decisions_without_if_match_each_get_a_revision_of_their_own(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Without If-Match both decisions are taken, one after the other: their answers carry
    different ETags, the later one naming what is stored."""
    headers = await secretariat_headers(state)
    for race in range(RACES):
        organization = await make_organization(state, verification="pending")
        url = f"/v1/organizations/{organization.id}"
        responses = await asyncio.gather(
            other_worker.post(
                f"{url}/verification",
                json={"decision": "rejected", "note": "Fake."},
                headers=headers,
            ),
            client.post(f"{url}/verification", json={"decision": "verified"}, headers=headers),
        )
        assert [response.status_code for response in responses] == [200, 200], race
        etags = {response.headers["etag"]: response for response in responses}
        assert set(etags) == {f'"{organization.id}.2"', f'"{organization.id}.3"'}, race
        stored = await client.get(url, headers=headers)
        latest = etags[f'"{organization.id}.3"']
        assert stored.json()["verification"] == latest.json()["verification"], race


async def test_a_role_granted_meanwhile_is_not_granted_again(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Another admin's grant holds the account's row: this one waits for it, finds the role
    already given and changes nothing, so the audit log records the grant once."""
    _needs_concurrent_writers(state)
    events = capture_events(state)
    admin = await make_user(state, role="admin")
    person = await make_user(state)
    headers = bearer(await token_for(state, admin))
    users = table_of(User)
    async with AsyncSession(state.engine) as concurrent:
        await concurrent.exec(
            sa.update(users).where(users.c.id == person.id).values(role="secretariat", revision=2)
        )
        granting = asyncio.create_task(
            client.put(
                f"/v1/users/{person.id}/role",
                json={"role": "secretariat"},
                headers=headers,
            )
        )
        await waiting_for_a_lock(state)
        await concurrent.commit()
    response = await granting
    assert response.status_code == 200, response.text
    assert response.json()["role"] == "secretariat"
    assert events == []
