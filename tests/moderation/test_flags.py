"""Flags: who may flag, once per person, and the threshold that hides a comment for review."""

import httpx
import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.principal import WRITE_SCOPES, Principal
from core.errors import NotFound
from moderation.flags import flag_comment
from moderation.schemas import FlagCreate
from tests.moderation.helpers import World, comment_row, make_world, person, submit

LETTER = "We call for stronger commitments on affordable connectivity for rural communities."


@pytest.fixture
async def world(state: AppState) -> World:
    return await make_world(state)


async def flag(client: httpx.AsyncClient, comment_id: str, headers: dict[str, str], **body: str):
    return await client.post(
        f"/v1/comments/{comment_id}/flags", json={"reason": "spam", **body}, headers=headers
    )


async def test_a_registered_user_flags_a_published_comment(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    response = await flag(client, comment["id"], world.registered.headers, note="Advertising.")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["reason"] == "spam"
    assert body["note"] == "Advertising."
    assert body["comment_status"] == "published"
    assert body["flag_count"] is None
    assert body["created_at"].endswith("Z")
    assert (await comment_row(state, comment["id"])).flag_count == 1


async def test_one_flag_per_person(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    assert (await flag(client, comment["id"], world.registered.headers)).status_code == 201
    again = await flag(client, comment["id"], world.registered.headers, reason="offensive")
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert (await comment_row(state, comment["id"])).flag_count == 1


async def test_authors_cannot_flag_their_own_comment(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    own = await flag(client, comment["id"], world.representative.headers)
    assert own.status_code == 403
    assert own.headers["content-type"] == "application/problem+json"
    assert (await comment_row(state, comment["id"])).flag_count == 0


async def test_anonymous_callers_cannot_flag(client: httpx.AsyncClient, world: World) -> None:
    comment = await submit(client, world, LETTER)
    response = await flag(client, comment["id"], {})
    assert response.status_code == 401
    assert "WWW-Authenticate" in response.headers


async def test_flagging_needs_a_token_that_may_write(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    """Flags can hide a comment, so a read-only token (``reports:read`` alone) raises none;
    any scope that may change something does, whichever it is."""
    comment = await submit(client, world, LETTER)
    for scopes in [(), ("reports:read",)]:
        reader = await person(state, scopes=scopes)
        refused = await flag(client, comment["id"], reader.headers)
        assert refused.status_code == 403
        assert 'error="insufficient_scope"' in refused.headers["WWW-Authenticate"]
    writer = await person(state, scopes=("consultations:write",))
    assert (await flag(client, comment["id"], writer.headers)).status_code == 201
    assert (await comment_row(state, comment["id"])).flag_count == 1


async def test_unknown_reason_and_extra_fields_are_422(
    client: httpx.AsyncClient, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    headers = world.registered.headers
    assert (await flag(client, comment["id"], headers, reason="boring")).status_code == 422
    assert (await flag(client, comment["id"], headers, colour="red")).status_code == 422


async def test_unknown_comment_is_404(client: httpx.AsyncClient, world: World) -> None:
    headers = world.registered.headers
    assert (await flag(client, "not-an-id", headers)).status_code == 404
    unknown = "01a20486-f6f2-7bf9-a2b9-2a41aa8e5457"
    assert (await flag(client, unknown, headers)).status_code == 404


async def test_threshold_of_distinct_flags_hides_the_comment(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    assert state.settings.flag_threshold == 3
    comment = await submit(client, world, LETTER)
    statuses = []
    for _ in range(3):
        flagger = await person(state)
        response = await flag(client, comment["id"], flagger.headers)
        statuses.append(response.json()["comment_status"])
    assert statuses == ["published", "published", "hidden"]
    row = await comment_row(state, comment["id"])
    assert (row.status, row.flag_count, row.revision) == ("hidden", 3, 2)
    # Hidden: out of public view, so no longer flaggable by the public.
    late = await flag(client, comment["id"], world.registered.headers)
    assert late.status_code == 404
    audit = await client.get(
        "/v1/audit", params={"event": "comment.hidden_by_flags"}, headers=world.secretariat.headers
    )
    [entry] = audit.json()["items"]
    assert entry["subject_id"] == comment["id"]
    assert entry["actor_id"] is None
    assert entry["data"]["threshold"] == 3


async def test_a_moderator_sees_a_hidden_comment_but_cannot_flag_it(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    for _ in range(3):
        await flag(client, comment["id"], (await person(state)).headers)
    response = await flag(client, comment["id"], world.facilitator.headers)
    assert response.status_code == 409
    assert "hidden" in response.json()["detail"]


async def test_pending_comments_are_not_flaggable(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    comment = await submit(client, world, LETTER)
    assert comment["status"] == "pending"
    assert (await flag(client, comment["id"], world.registered.headers)).status_code == 404
    assert (await flag(client, comment["id"], world.representative.headers)).status_code == 403
    assert (await flag(client, comment["id"], world.secretariat.headers)).status_code == 409


async def test_flags_answered_by_a_decision_no_longer_count(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    for _ in range(3):
        await flag(client, comment["id"], (await person(state)).headers)
    restored = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "publish", "reason": "Legitimate policy input."},
        headers=world.secretariat.headers,
    )
    assert restored.status_code == 201, restored.text
    after = await flag(client, comment["id"], world.registered.headers)
    assert after.json()["comment_status"] == "published"
    assert (await comment_row(state, comment["id"])).flag_count == 4


async def test_the_threshold_is_a_parameter_of_the_service(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    flagger = Principal(
        role="registered", user_id=world.registered.user.id, scopes=frozenset(WRITE_SCOPES)
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        result = await flag_comment(
            session, flagger, comment["id"], FlagCreate(reason="offensive"), threshold=1
        )
        await session.commit()
    assert result.comment_status == "hidden"
    async with AsyncSession(state.engine) as session:
        with pytest.raises(NotFound):
            await flag_comment(
                session, flagger, comment["id"], FlagCreate(reason="spam"), threshold=1
            )
