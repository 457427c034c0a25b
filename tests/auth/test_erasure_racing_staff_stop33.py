"""The writes of the secretariat (and every other authenticated write) racing the erasure of
the caller's own account: the request's unit of work holds the caller's account first
(``api.deps.get_session``), so whichever commits first, the other gets the answer of the
sequential case. An erasure committing first leaves the change answered 401 "no longer
exists", never a foreign key failure (500) on the row naming its actor (``decided_by``,
``created_by``, ``appointed_by``, ``requested_by``...); a change committing first is kept, its
actor cleared by the erasure."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest
import sqlalchemy as sa

from api.state import AppState
from auth.models import User
from core.db import table_of
from tests.concurrency import first_commits_first, needs_concurrent_writers, until_waiting
from tests.consultations.test_consultations_api import consultation_body
from tests.factories import bearer, make_comment, make_organization, make_user, token_for
from tests.moderation.helpers import World, make_world

Request = tuple[str, str, dict[str, object]]


@dataclass(frozen=True)
class Targets:
    """What the staff member writes about: a consultation with its round, a comment, an
    organization waiting for verification, another person."""

    world: World
    comment_id: str
    pending_organization_id: str
    someone: User


@dataclass(frozen=True)
class StaffWrite:
    request: Callable[[Targets], Request]
    created: int
    role: str = "secretariat"


WRITES = {
    "moderation decision": StaffWrite(
        lambda t: (
            "POST",
            f"/v1/comments/{t.comment_id}/moderation",
            {"decision": "hide", "reason": "Reviewed against the code of conduct."},
        ),
        201,
    ),
    "consultation": StaffWrite(
        lambda t: ("POST", "/v1/consultations", consultation_body("made-while-erased")),
        201,
    ),
    "co-facilitator appointment": StaffWrite(
        lambda t: (
            "PUT",
            f"/v1/consultations/{t.world.consultation.id}/facilitators/{t.someone.id}",
            {},
        ),
        201,
    ),
    "role change": StaffWrite(
        lambda t: ("PUT", f"/v1/users/{t.someone.id}/role", {"role": "secretariat"}),
        200,
        role="admin",
    ),
    "client registration": StaffWrite(
        lambda t: (
            "POST",
            "/v1/clients",
            {"name": "App", "redirect_uris": ["https://app.example.org/cb"]},
        ),
        201,
    ),
    "export job": StaffWrite(
        lambda t: ("POST", f"/v1/rounds/{t.world.round.id}/exports", {"format": "csv"}),
        202,
    ),
    "verification decision": StaffWrite(
        lambda t: (
            "POST",
            f"/v1/organizations/{t.pending_organization_id}/verification",
            {"decision": "rejected", "note": "No such organization."},
        ),
        200,
    ),
}


async def _request(state: AppState, world: World, write: StaffWrite) -> Request:
    comment = await make_comment(state, world.round, world.organization)
    pending = await make_organization(state, name="Pending", verification="pending")
    someone = await make_user(state)
    return write.request(Targets(world, str(comment.id), str(pending.id), someone))


async def _staff_member(state: AppState, write: StaffWrite) -> dict[str, str]:
    """The headers of a new staff member in the write's role; an admin has a fellow admin, so
    erasing their account is allowed."""
    if write.role == "admin":
        await make_user(state, role="admin")
    return bearer(await token_for(state, await make_user(state, role=write.role)))


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
async def test_a_staff_write_while_its_author_is_erased_is_401(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState, write: StaffWrite
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state)
    method, url, body = await _request(state, world, write)
    headers = await _staff_member(state, write)
    erased, written = await first_commits_first(
        state,
        lambda: client.delete("/v1/me", headers=headers),
        lambda: other_worker.request(method, url, json=body, headers=headers),
    )
    assert erased.status_code == 204, erased.text
    assert written.status_code == 401, written.text
    assert "no longer exists" in written.json()["detail"]


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
async def test_a_staff_write_before_its_author_is_erased_stays(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState, write: StaffWrite
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state)
    method, url, body = await _request(state, world, write)
    headers = await _staff_member(state, write)
    written, erased = await first_commits_first(
        state,
        lambda: client.request(method, url, json=body, headers=headers),
        lambda: other_worker.delete("/v1/me", headers=headers),
    )
    assert written.status_code == write.created, written.text
    assert erased.status_code == 204, erased.text


async def test_two_admins_erasing_themselves_at_once_leave_one(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Each erasure holds its own account, as every write does, then counts the admins. Both
    are stopped between the two (the admin rows held by the test, FOR NO KEY UPDATE, which a
    hold passes): the count of one must wait for the other's erasure, not for its hold (that
    was a deadlock, one of them 500)."""
    needs_concurrent_writers(state)
    admins = [await make_user(state, role="admin") for _ in range(2)]
    users = table_of(User)
    async with state.engine.connect() as connection:
        await connection.execute(
            sa.select(users.c.id).where(users.c.role == "admin").with_for_update(key_share=True)
        )
        erasing = [
            asyncio.ensure_future(
                worker.delete("/v1/me", headers=bearer(await token_for(state, admin)))
            )
            for worker, admin in zip((client, other_worker), admins, strict=True)
        ]
        await until_waiting(state, advisory=False, sessions=2)
        await connection.commit()
    answers = await asyncio.gather(*erasing)
    assert sorted(answer.status_code for answer in answers) == [204, 409], [a.text for a in answers]
