"""Idempotency-Key: the claim protocol directly, and its behaviour through the submission API."""

import uuid
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa

from api.state import AppState
from consultations import idempotency
from consultations.comment_schemas import CommentCreate
from consultations.idempotency import Claim, StoredResponse
from consultations.models import IdempotencyRecord
from core.clock import utcnow
from core.db import table_of
from core.errors import BadRequest, Conflict, Unprocessable
from tests.consultations.test_comments import comment_rows, execute, make_world, submit

TTL = timedelta(hours=24)
records = table_of(IdempotencyRecord)


async def record_rows(state: AppState) -> list[sa.Row[tuple[object, ...]]]:
    async with state.engine.connect() as connection:
        return list((await connection.execute(sa.select(records))).all())


async def complete(state: AppState, claim: Claim, response: StoredResponse) -> None:
    """Completes a claim the way a stored submission does: locked as still owned, then done."""
    async with state.engine.begin() as connection:
        assert await idempotency.still_owned(connection, [claim]) == {claim.record_id}
        await idempotency.complete_owned(connection, [(claim, response)])


# --------------------------------------------------------------------------- the header


@pytest.mark.parametrize("key", ["a", "x" * 255, "order 42/retry:1", "~!#$%&'*+-.^_`|"])
def test_printable_ascii_keys_are_accepted(key: str) -> None:
    assert idempotency.parse_key(key, copies=1) == key


@pytest.mark.parametrize("key", [None, "", "x" * 256, "clé", " leading", "trailing ", "a\tb"])
def test_missing_or_malformed_keys_are_refused(key: str | None) -> None:
    with pytest.raises(BadRequest):
        idempotency.parse_key(key, copies=1)


def test_fingerprint_ignores_json_formatting_but_not_content() -> None:
    path = "/v1/rounds/r/comments"
    first = idempotency.request_fingerprint("POST", path, b'{"a": 1, "b": [1, 2]}')
    assert first == idempotency.request_fingerprint("POST", path, b'{"b":[1,2],"a":1}')
    assert first != idempotency.request_fingerprint("POST", path, b'{"a": 2, "b": [1, 2]}')
    assert first != idempotency.request_fingerprint("POST", "/v1/rounds/s/comments", b'{"a":1}')
    assert idempotency.request_fingerprint("POST", path, b"\xff") != first


# --------------------------------------------------------------------------- the protocol


async def test_claim_then_replay_after_completion(state: AppState) -> None:
    claim = await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL)
    assert isinstance(claim, Claim)
    with pytest.raises(Conflict) as in_flight:
        await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL)
    assert in_flight.value.headers == {"Retry-After": "1"}
    with pytest.raises(Unprocessable):
        await state.claims.claim(caller="u", key="k", fingerprint="other", ttl=TTL)
    stored = StoredResponse(201, {"id": "c1", "数": "字"}, {"Location": "/v1/comments/c1"})
    await complete(state, claim, stored)
    assert await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL) == stored
    with pytest.raises(Unprocessable):
        await state.claims.claim(caller="u", key="k", fingerprint="other", ttl=TTL)
    other_caller = await state.claims.claim(caller="v", key="k", fingerprint="h", ttl=TTL)
    assert isinstance(other_caller, Claim)


async def test_released_claims_can_be_claimed_again(state: AppState) -> None:
    claim = await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL)
    assert isinstance(claim, Claim)
    await idempotency.release(state.engine, claim)
    assert await record_rows(state) == []
    again = await state.claims.claim(caller="u", key="k", fingerprint="h2", ttl=TTL)
    assert isinstance(again, Claim)


async def test_abandoned_claims_are_taken_over_and_the_old_owner_loses(state: AppState) -> None:
    long_ago = utcnow() - idempotency.ABANDONED_AFTER - timedelta(seconds=1)
    crashed = await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL, now=long_ago)
    assert isinstance(crashed, Claim)
    successor = await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL)
    assert isinstance(successor, Claim)
    assert successor.record_id == crashed.record_id
    async with state.engine.begin() as connection:
        owned = await idempotency.still_owned(connection, [crashed, successor])
    assert owned == {successor.record_id}
    assert crashed.record_id == successor.record_id  # the same record: only the claim time differs
    await idempotency.release(state.engine, crashed)  # a stale release changes nothing
    await complete(state, successor, StoredResponse(201, {"ok": 1}, {}))
    (row,) = await record_rows(state)
    assert row.state == "done"
    assert row.response_body == {"ok": 1}


async def test_a_fresh_claim_is_not_abandoned(state: AppState) -> None:
    recent = utcnow() - idempotency.ABANDONED_AFTER + timedelta(seconds=5)
    await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL, now=recent)
    with pytest.raises(Conflict):
        await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL)


async def test_expired_keys_start_afresh_and_are_purged(
    state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(idempotency, "PURGE_PROBABILITY", 0.0)  # only the explicit purge here
    day_ago = utcnow() - timedelta(hours=25)
    old = await state.claims.claim(caller="u", key="k", fingerprint="h", ttl=TTL, now=day_ago)
    assert isinstance(old, Claim)
    await complete(state, old, StoredResponse(201, {"n": 1}, {}))
    for key in ("k2", "k3"):
        await state.claims.claim(caller="u", key=key, fingerprint="h", ttl=TTL, now=day_ago)
    fresh = await state.claims.claim(caller="u", key="k", fingerprint="h2", ttl=TTL)
    assert isinstance(fresh, Claim)
    await state.claims.claim(caller="u", key="k4", fingerprint="h", ttl=TTL)
    assert await idempotency.purge_expired(state.engine) == 2
    assert sorted(row.key for row in await record_rows(state)) == ["k", "k4"]


# --------------------------------------------------------------------------- through the API


async def test_missing_and_malformed_keys_are_400(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    missing = await submit(client, world.round.id, world.token, world.body(), key=None)
    assert missing.status_code == 400
    assert missing.json()["errors"] == [{"loc": ["header", "Idempotency-Key"], "msg": "missing"}]
    too_long = await submit(client, world.round.id, world.token, world.body(), key="k" * 256)
    assert too_long.status_code == 400
    assert await comment_rows(state) == []


async def test_same_key_and_body_replays_the_original_201(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    first = await submit(client, world.round.id, world.token, world.body(), key="retry-1")
    assert first.status_code == 201
    reordered = dict(reversed(list(world.body().items())))
    again = await submit(client, world.round.id, world.token, reordered, key="retry-1")
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["ETag"] == first.headers["ETag"]
    assert len(await comment_rows(state)) == 1


async def test_nulls_and_defaults_written_out_are_the_same_request(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """A retry from a serialiser that writes absent fields as null, or the defaults out, replays
    the original rather than being taken for another request."""
    world = await make_world(state)
    first = await submit(client, world.round.id, world.token, world.body(kind=...), key="k")
    spelled_out = world.body(kind="comment", position=None, quote=None, proposed_text=None)
    again = await submit(client, world.round.id, world.token, spelled_out, key="k")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert len(await comment_rows(state)) == 1


async def test_same_key_with_another_body_is_422(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    await submit(client, world.round.id, world.token, world.body(), key="k")
    changed = await submit(client, world.round.id, world.token, world.body(body="Other"), key="k")
    assert changed.status_code == 422
    assert changed.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assert len(await comment_rows(state)) == 1


async def test_keys_belong_to_their_caller(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    other = await make_world(state)
    first = await submit(client, world.round.id, world.token, world.body(), key="shared")
    second = await submit(
        client,
        world.round.id,
        other.token,
        world.body(organization_id=str(other.organization.id)),
        key="shared",
    )
    assert first.status_code == second.status_code == 201
    assert "Idempotent-Replayed" not in second.headers
    assert first.json()["id"] != second.json()["id"]


async def test_a_failed_submission_gives_the_key_back(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    failed = await submit(client, world.round.id, world.token, world.body(anchor="99"), key="k")
    assert failed.status_code == 422
    assert await record_rows(state) == []
    fixed = await submit(client, world.round.id, world.token, world.body(), key="k")
    assert fixed.status_code == 201
    assert "Idempotent-Replayed" not in fixed.headers
    (row,) = await record_rows(state)
    assert row.state == "done"
    assert row.caller == str(world.representative.id)


async def test_an_in_flight_key_is_409_and_an_abandoned_one_is_taken_over(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    body = world.body()
    path = f"/v1/rounds/{world.round.id}/comments"
    fingerprint = idempotency.model_fingerprint("POST", path, CommentCreate.model_validate(body))
    caller = str(world.representative.id)
    await state.claims.claim(caller=caller, key="k", fingerprint=fingerprint, ttl=TTL)
    busy = await submit(client, world.round.id, world.token, body, key="k")
    assert busy.status_code == 409
    assert busy.headers["Retry-After"] == "1"
    await execute(
        state,
        sa.update(records).values(created_at=utcnow() - timedelta(minutes=3)),
    )
    taken_over = await submit(client, world.round.id, world.token, body, key="k")
    assert taken_over.status_code == 201
    assert len(await comment_rows(state)) == 1


async def test_replay_outlives_edits_and_expiry_starts_afresh(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    first = await submit(client, world.round.id, world.token, world.body(), key="k")
    await client.patch(
        first.headers["Location"],
        json={"body": "Edited"},
        headers={"If-Match": first.headers["ETag"], "Authorization": f"Bearer {world.token}"},
    )
    replay = await submit(client, world.round.id, world.token, world.body(), key="k")
    assert replay.json()["body"] == first.json()["body"]
    await execute(state, sa.update(records).values(expires_at=utcnow() - timedelta(seconds=1)))
    fresh = await submit(client, world.round.id, world.token, world.body(), key="k")
    assert fresh.status_code == 201
    assert "Idempotent-Replayed" not in fresh.headers
    assert fresh.json()["id"] != first.json()["id"]
    assert uuid.UUID(fresh.json()["id"])
