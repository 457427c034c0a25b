"""The audit chain: every state change appended and hash-linked, verifiable, never forked."""

import asyncio
import itertools
import uuid
from datetime import UTC, datetime

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.principal import Principal
from core.db import table_of
from moderation.audit import GENESIS_HASH, canonical_bytes, entry_hash, verify_chain
from moderation.models import AuditEntry
from tests.moderation.helpers import World, make_world, person, submit

entries = table_of(AuditEntry)


@pytest.fixture
async def world(state: AppState) -> World:
    return await make_world(state)


async def all_entries(client: httpx.AsyncClient, world: World, **params: object) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        query = {**params, "limit": 200, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/v1/audit", params=query, headers=world.secretariat.headers)
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


async def verify(client: httpx.AsyncClient, world: World) -> dict:
    response = await client.get("/v1/audit/verify", headers=world.secretariat.headers)
    assert response.status_code == 200, response.text
    result: dict = response.json()
    return result


def test_hash_is_sha256_of_sorted_canonical_json() -> None:
    fields = {
        "seq": 1,
        "occurred_at": datetime(2026, 3, 1, 9, 0, 0, 250, tzinfo=UTC),
        "event": "comment.submitted",
        "actor_id": "u1",
        "consultation_id": uuid.UUID(int=7),
        "subject_type": "comment",
        "subject_id": "c1",
        "data": {"z": 1, "a": "日本"},
        "prev_hash": GENESIS_HASH,
    }
    raw = canonical_bytes(**fields)
    assert raw.startswith(
        b'{"actor_id":"u1","consultation_id":"00000000-0000-0000-0000-000000000007"'
    )
    assert b'"data":{"a":"\xe6\x97\xa5\xe6\x9c\xac","z":1}' in raw
    assert b'"occurred_at":"2026-03-01T09:00:00.000250Z"' in raw
    assert entry_hash(**fields) == entry_hash(**{**fields, "data": {"a": "日本", "z": 1}})
    assert entry_hash(**fields) != entry_hash(**{**fields, "seq": 2})


async def test_api_actions_produce_a_valid_chain(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    created = await client.post(
        "/v1/consultations",
        json={
            "slug": "audited-consultation",
            "title": "Audited",
            "description": "",
            "visibility": "public",
            "moderation": "post",
            "attribution": "named",
        },
        headers=world.secretariat.headers,
    )
    assert created.status_code == 201, created.text
    comment = await submit(client, world, "A comment that will be flagged and moderated.")
    await client.post(
        f"/v1/comments/{comment['id']}/flags",
        json={"reason": "spam"},
        headers=world.registered.headers,
    )
    await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": "Spam."},
        headers=world.secretariat.headers,
    )
    items = await all_entries(client, world)
    assert [item["event"] for item in items] == [
        "consultation.created",
        "comment.submitted",
        "comment.flagged",
        "comment.moderated",
    ]
    assert [item["seq"] for item in items] == [1, 2, 3, 4]
    assert items[0]["prev_hash"] == GENESIS_HASH
    for previous, current in itertools.pairwise(items):
        assert current["prev_hash"] == previous["hash"]
    for item in items:
        fields = {k: v for k, v in item.items() if k != "hash"}
        fields["occurred_at"] = datetime.fromisoformat(fields["occurred_at"])
        assert entry_hash(**fields) == item["hash"]
    result = await verify(client, world)
    assert result == {
        "valid": True,
        "entries": 4,
        "head": items[-1]["hash"],
        "head_seq": 4,
        "first_broken": None,
    }
    mine = await all_entries(client, world, consultation_id=str(world.consultation.id))
    assert [item["event"] for item in mine] == [
        "comment.submitted",
        "comment.flagged",
        "comment.moderated",
    ]
    assert await all_entries(client, world, consultation_id=world.consultation.slug) == mine
    for unknown in ["no-such-consultation", str(uuid.uuid4())]:
        missing = await client.get(
            "/v1/audit", params={"consultation_id": unknown}, headers=world.secretariat.headers
        )
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"


async def test_a_failed_request_leaves_no_entry(client: httpx.AsyncClient, world: World) -> None:
    comment = await submit(client, world, "Only this comment.")
    refused = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "restore", "reason": "Nothing to restore."},
        headers=world.secretariat.headers,
    )
    assert refused.status_code == 409
    assert [item["event"] for item in await all_entries(client, world)] == ["comment.submitted"]


async def test_tampering_is_reported_at_the_first_broken_seq(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    for n in range(5):
        await submit(client, world, f"Comment {n} for the record.")
    assert (await verify(client, world))["valid"] is True
    async with state.engine.begin() as connection:
        await connection.execute(
            sa.update(entries).where(entries.c.seq == 3).values(data={"round_id": "forged"})
        )
    result = await verify(client, world)
    assert (result["valid"], result["first_broken"], result["entries"]) == (False, 3, 5)


async def test_a_recomputed_hash_breaks_the_next_link(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    for n in range(4):
        await submit(client, world, f"Comment {n} for the record.")
    async with state.engine.begin() as connection:
        row = (await connection.execute(sa.select(entries).where(entries.c.seq == 2))).one()
        # The hashed fields: concerns_user_id is an index derived from them.
        fields = {c: getattr(row, c) for c in row._fields if c not in {"hash", "concerns_user_id"}}
        fields["actor_id"] = "someone-else"
        await connection.execute(
            sa.update(entries)
            .where(entries.c.seq == 2)
            .values(actor_id="someone-else", hash=entry_hash(**fields))
        )
    assert (await verify(client, world))["first_broken"] == 3


async def test_a_deleted_entry_is_a_gap(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    for n in range(4):
        await submit(client, world, f"Comment {n} for the record.")
    async with state.engine.begin() as connection:
        await connection.execute(sa.delete(entries).where(entries.c.seq == 2))
    result = await verify(client, world)
    assert (result["valid"], result["first_broken"], result["entries"]) == (False, 3, 3)


async def test_verification_streams_in_batches(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    for n in range(7):
        await submit(client, world, f"Comment {n} for the record.")
    async with state.engine.begin() as connection:
        await connection.execute(sa.update(entries).where(entries.c.seq == 6).values(event="x"))
    secretariat = Principal(
        role="secretariat", user_id=world.secretariat.user.id, scopes=frozenset({"reports:read"})
    )
    async with AsyncSession(state.engine) as session:
        result = await verify_chain(session, secretariat, batch_size=2)
    assert (result.entries, result.first_broken, result.head_seq) == (7, 6, 7)


async def test_concurrent_changes_keep_one_unforked_chain(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comments = [await submit(client, world, f"Comment {n} to flag.") for n in range(3)]
    flaggers = [await person(state) for _ in range(10)]

    async def flag(comment_id: str, flagger_headers: dict[str, str]) -> int:
        response = await client.post(
            f"/v1/comments/{comment_id}/flags",
            json={"reason": "off_topic"},
            headers=flagger_headers,
        )
        return response.status_code

    statuses = await asyncio.gather(
        *(flag(c["id"], f.headers) for c in comments for f in flaggers[:10])
    )
    # Three flags hide a comment; later flaggers no longer see it.
    assert statuses.count(201) == 9
    assert set(statuses) == {201, 404}
    items = await all_entries(client, world)
    assert [item["seq"] for item in items] == list(range(1, len(items) + 1))
    assert len({item["prev_hash"] for item in items}) == len(items)
    result = await verify(client, world)
    assert result["valid"] is True
    assert result["entries"] == 3 + 9 + 3


async def test_only_the_secretariat_reads_the_log(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    submitting_only = await person(state, "secretariat", scopes=("comments:write",))
    admin_scope = await person(state, "secretariat", scopes=("admin",))
    for path in ("/v1/audit", "/v1/audit/verify"):
        assert (await client.get(path)).status_code == 401
        for someone in (world.registered, world.facilitator, world.representative):
            assert (await client.get(path, headers=someone.headers)).status_code == 403
        refused = await client.get(path, headers=submitting_only.headers)
        assert refused.status_code == 403
        assert "insufficient_scope" in refused.headers["WWW-Authenticate"]
        assert (await client.get(path, headers=admin_scope.headers)).status_code == 200
        assert (await client.get(path, headers=world.secretariat.headers)).status_code == 200


async def test_pagination_by_seq(client: httpx.AsyncClient, world: World) -> None:
    for n in range(5):
        await submit(client, world, f"Comment {n}.")
    first = await client.get("/v1/audit", params={"limit": 2}, headers=world.secretariat.headers)
    assert [item["seq"] for item in first.json()["items"]] == [1, 2]
    assert 'rel="next"' in first.headers["Link"]
    second = await client.get(
        "/v1/audit",
        params={"limit": 2, "cursor": first.json()["next_cursor"]},
        headers=world.secretariat.headers,
    )
    assert [item["seq"] for item in second.json()["items"]] == [3, 4]
