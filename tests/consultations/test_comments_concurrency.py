"""Concurrent submissions over one app: idempotency under contention, sequence numbers, and the
deadline race (a submission racing ``closes_at`` is stored with a receipt or refused, never
both, never neither)."""

import asyncio
import time
import uuid
from datetime import datetime, timedelta

import httpx

from api.state import AppState
from consultations.receipts import verify_receipt
from core.clock import utcnow
from tests.consultations.test_comments import comment_rows, make_world, set_round_window, submit


async def test_fifty_parallel_submissions_with_one_key_create_one_comment(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    body = world.body(body="Sent fifty times at once.")
    responses = await asyncio.gather(
        *(submit(client, world.round.id, world.token, body, key="one-key") for _ in range(50))
    )
    statuses = [response.status_code for response in responses]
    assert set(statuses) <= {201, 409}, statuses
    created = [r for r in responses if r.status_code == 201]
    originals = [r for r in created if "Idempotent-Replayed" not in r.headers]
    assert len(originals) == 1
    assert {r.json()["id"] for r in created} == {originals[0].json()["id"]}
    rows = await comment_rows(state)
    assert [str(row.id) for row in rows] == [originals[0].json()["id"]]
    # Whoever got 409 can retry and gets the original.
    retry = await submit(client, world.round.id, world.token, body, key="one-key")
    assert retry.status_code == 201
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert retry.json() == originals[0].json()


async def test_parallel_submissions_get_distinct_consecutive_numbers(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    responses = await asyncio.gather(
        *(
            submit(client, world.round.id, world.token, world.body(body=f"Comment {index}"))
            for index in range(20)
        )
    )
    assert [r.status_code for r in responses] == [201] * 20
    sequences = sorted(int(r.json()["tracking_number"].split("-")[2]) for r in responses)
    assert sequences == list(range(1, 21))


async def test_submissions_racing_the_deadline_are_stored_or_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    closes_at = utcnow() + timedelta(seconds=1)
    await set_round_window(state, world.round, closes_at=closes_at)
    outcomes: dict[str, httpx.Response] = {}
    stop = time.monotonic() + 1.6

    async def worker() -> None:
        while time.monotonic() < stop:
            marker = uuid.uuid4().hex
            response = await submit(client, world.round.id, world.token, world.body(body=marker))
            outcomes[marker] = response

    await asyncio.gather(*(worker() for _ in range(6)))
    accepted = {m: r for m, r in outcomes.items() if r.status_code == 201}
    refused = {m: r for m, r in outcomes.items() if r.status_code == 409}
    assert accepted.keys() | refused.keys() == outcomes.keys()
    assert accepted, "no submission got in before the deadline"
    assert refused, "no submission was late"
    rows = {row.body: row for row in await comment_rows(state, world.round.id)}
    assert rows.keys() == accepted.keys()
    for marker, response in accepted.items():
        comment = response.json()
        row = rows[marker]
        assert str(row.id) == comment["id"]
        assert row.submitted_at < closes_at
        assert datetime.fromisoformat(comment["submitted_at"]) < closes_at
        claims = await verify_receipt(state.keys, row.receipt)
        assert claims is not None
        assert claims.comment_id == comment["id"]
    for response in refused.values():
        assert "closed" in response.json()["detail"]
