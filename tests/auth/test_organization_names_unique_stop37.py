"""One name per country among the organizations that are not rejected, held by the database:
registrations racing each other are one 201 and 409s, and verifying a rejected organization
whose name another has taken since is 409, as racing verifications are."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from api.state import AppState
from tests.auth.test_organizations import _create, _headers
from tests.concurrency import first_commits_first, needs_concurrent_writers
from tests.conftest import BASE_URL
from tests.factories import make_organization, make_user

NAME = "Kenya ICT Action Network"
SPELLINGS = [NAME, NAME.upper(), f"  {NAME.lower()} ", "Ｋｅｎｙａ ICT Action Network"]


@pytest.fixture
async def workers(settings: Settings) -> AsyncIterator[list[httpx.AsyncClient]]:
    """Four workers on one database, each an app with its own engine (a worker's writers take
    turns; on PostgreSQL those of different workers overlap)."""
    async with AsyncExitStack() as stack:
        clients = []
        for _ in range(4):
            application = create_app(settings)
            await stack.enter_async_context(application.router.lifespan_context(application))
            clients.append(
                await stack.enter_async_context(
                    httpx.AsyncClient(
                        transport=httpx.ASGITransport(app=application), base_url=BASE_URL
                    )
                )
            )
        yield clients


async def test_racing_registrations_of_one_name_are_one_201_and_409s(
    workers: list[httpx.AsyncClient], state: AppState
) -> None:
    callers = [await _headers(state, await make_user(state)) for _ in range(8)]
    answers = await asyncio.gather(
        *(
            _create(
                workers[index % len(workers)],
                headers,
                name=SPELLINGS[index % len(SPELLINGS)],
                country="KEN",
            )
            for index, headers in enumerate(callers)
        )
    )
    assert sorted(a.status_code for a in answers) == [201] + [409] * 7, [a.text for a in answers]
    for refused in (a for a in answers if a.status_code == 409):
        assert "awaits verification" in refused.json()["detail"]
    staff = await _headers(state, await make_user(state, role="secretariat"))
    listed = await workers[0].get("/v1/organizations", params={"country": "KEN"}, headers=staff)
    assert len(listed.json()["items"]) == 1


async def test_a_registration_waiting_for_another_of_its_name_is_409_naming_it_if_verified(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Deterministic on PostgreSQL: the second registration runs while the first, its row
    written, waits to commit."""
    needs_concurrent_writers(state)
    first_caller = await _headers(state, await make_user(state))
    second_caller = await _headers(state, await make_user(state))

    first, second = await first_commits_first(
        state,
        lambda: _create(client, first_caller, name=NAME, country="KEN"),
        lambda: _create(other_worker, second_caller, name=NAME.upper(), country="KE"),
    )

    assert first.status_code == 201, first.text
    assert second.status_code == 409, second.text
    assert "awaits verification" in second.json()["detail"]
    assert second.json()["status"] == 409


async def test_verifying_a_rejected_organization_whose_name_another_holds_is_409(
    client: httpx.AsyncClient, state: AppState
) -> None:
    impostor = await make_organization(state, name=NAME, country="KEN", verification="rejected")
    registered = await _create(
        client, await _headers(state, await make_user(state)), name=NAME.lower(), country="KEN"
    )
    assert registered.status_code == 201, registered.text
    staff = await _headers(state, await make_user(state, role="secretariat"))
    url = f"/v1/organizations/{impostor.id}/verification"

    verified = await client.post(url, json={"decision": "verified"}, headers=staff)

    assert verified.status_code == 409, verified.text
    assert registered.json()["id"] in verified.json()["detail"]
    read = await client.get(f"/v1/organizations/{impostor.id}", headers=staff)
    assert read.json()["verification"] == "rejected"
    # Once the other is rejected, the first can be verified.
    other = f"/v1/organizations/{registered.json()['id']}/verification"
    rejected = await client.post(
        other, json={"decision": "rejected", "note": "A copy."}, headers=staff
    )
    assert rejected.status_code == 200, rejected.text
    verified = await client.post(url, json={"decision": "verified"}, headers=staff)
    assert verified.status_code == 200, verified.text


async def test_racing_verifications_of_two_organizations_of_one_name_are_200_and_409(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    one = await make_organization(state, name=NAME, country="KEN", verification="rejected")
    two = await make_organization(state, name=NAME.upper(), country="KEN", verification="rejected")
    staff = await _headers(state, await make_user(state, role="secretariat"))

    first, second = await first_commits_first(
        state,
        lambda: client.post(
            f"/v1/organizations/{one.id}/verification",
            json={"decision": "verified"},
            headers=staff,
        ),
        lambda: other_worker.post(
            f"/v1/organizations/{two.id}/verification",
            json={"decision": "verified"},
            headers=staff,
        ),
    )

    assert first.status_code == 200, first.text
    assert second.status_code == 409, second.text
    assert str(one.id) in second.json()["detail"]
