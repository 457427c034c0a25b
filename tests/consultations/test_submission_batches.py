"""Group commit of submissions (``consultations.submissions``): what a batch stores, what it
refuses, and that one submission's failure or departure costs the others nothing."""

import asyncio
import dataclasses
import random
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from api.state import AppState
from api.unit_of_work import unit_of_work
from auth.principal import Principal
from consultations import idempotency
from consultations.comment_schemas import CommentCreate
from consultations.comments import CheckedSubmission, RoundClosed, check_submission
from consultations.idempotency import Claim
from consultations.models import IdempotencyRecord, Round
from consultations.receipts import verify_receipt
from consultations.similarity import CAMPAIGN_THRESHOLD, estimated_jaccard, signature
from core.clock import utcnow
from core.db import table_of, writer_turn
from core.errors import Conflict
from moderation.models import AuditEntry, Campaign
from tests.consultations.test_comments import (
    World,
    comment_rows,
    make_world,
    set_round_window,
    submit,
)
from tests.factories import bearer, make_user, token_for

audit_entries = table_of(AuditEntry)


def principal_of(world: World) -> Principal:
    return Principal(
        role="registered",
        user_id=world.representative.id,
        scopes=frozenset({"comments:write"}),
    )


async def checked(state: AppState, world: World, **body: Any) -> CheckedSubmission:
    payload = CommentCreate.model_validate(world.body(**body))
    async with unit_of_work(state.engine, state.events, writes=False) as session:
        return await check_submission(session, principal_of(world), world.round.id, payload)


async def claimed(state: AppState, world: World) -> Claim:
    claim = await idempotency.claim(
        state.engine,
        caller=str(world.representative.id),
        key=uuid.uuid4().hex,
        fingerprint=uuid.uuid4().hex,
        ttl=timedelta(hours=24),
    )
    assert isinstance(claim, Claim)
    return claim


async def submit_together(
    state: AppState, submissions: list[tuple[CheckedSubmission, Claim]]
) -> list[Any]:
    """Queued in one go, so that the writer finds them all waiting: one batch."""
    return await asyncio.gather(
        *(state.submissions.submit(submission, claim) for submission, claim in submissions),
        return_exceptions=True,
    )


async def submitted_at_moments(state: AppState) -> list[Any]:
    """The instant each transaction appended its submissions to the audit chain."""
    async with state.engine.connect() as connection:
        rows = await connection.execute(
            sa.select(audit_entries.c.occurred_at).where(
                audit_entries.c.event == "comment.submitted"
            )
        )
        return [row.occurred_at for row in rows]


async def record_states(state: AppState) -> dict[uuid.UUID, str]:
    records = table_of(IdempotencyRecord)
    async with state.engine.connect() as connection:
        rows = await connection.execute(sa.select(records.c.id, records.c.state))
        return {row.id: row.state for row in rows}


async def test_concurrent_submissions_share_transactions_and_keep_their_receipts(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    responses = await asyncio.gather(
        *(submit(client, world.round.id, world.token, world.body(body=f"N{n}")) for n in range(24))
    )
    assert [r.status_code for r in responses] == [201] * 24
    moments = await submitted_at_moments(state)
    assert len(moments) == 24
    assert len(set(moments)) < 24, "every submission had a transaction of its own"
    rows = {str(row.id): row for row in await comment_rows(state)}
    for response in responses:
        comment = response.json()
        claims = await verify_receipt(state.keys, rows[comment["id"]].receipt)
        assert claims is not None
        assert claims.tracking_number == comment["tracking_number"]
    verified = await client.get("/v1/audit/verify", headers=await secretariat_headers(state))
    assert verified.json()["valid"] is True


async def secretariat_headers(state: AppState) -> dict[str, str]:
    secretariat = await make_user(state, role="secretariat")
    return bearer(await token_for(state, secretariat))


async def test_a_round_shut_before_its_batch_is_refused_and_the_rest_is_stored(
    state: AppState,
) -> None:
    open_world, shut_world = await make_world(state), await make_world(state)
    open_one = (await checked(state, open_world), await claimed(state, open_world))
    shut_one = (await checked(state, shut_world), await claimed(state, shut_world))
    # Checked while open; shut before it is stored: the window is checked again.
    await set_round_window(state, shut_world.round, closes_at=utcnow() - timedelta(seconds=1))
    stored, refused = await submit_together(state, [open_one, shut_one])
    assert isinstance(refused, RoundClosed)
    assert refused.status == 409
    assert stored.status == 201
    assert int(stored.body["tracking_number"].split("-")[2]) == 1
    assert [str(row.id) for row in await comment_rows(state)] == [stored.body["id"]]
    rounds = table_of(Round)
    async with state.engine.connect() as connection:
        shut_sequence = (
            await connection.execute(
                sa.select(rounds.c.next_sequence).where(rounds.c.id == shut_world.round.id)
            )
        ).scalar_one()
    assert shut_sequence == 1, "the refused round's sequence number was not given back"
    states = await record_states(state)
    assert states[open_one[1].record_id] == "done"
    assert states[shut_one[1].record_id] == "in_flight"  # the caller's release removes it


async def test_one_failing_submission_does_not_fail_the_others_of_its_batch(
    state: AppState,
) -> None:
    world = await make_world(state)
    good = [
        (await checked(state, world, body=f"Good {n}"), await claimed(state, world))
        for n in range(3)
    ]
    bad_submission = await checked(state, world, body="Bad")
    # An organization that does not exist by the time it is stored: the insert fails.
    bad_submission = dataclasses.replace(
        bad_submission,
        organization=dataclasses.replace(bad_submission.organization, id=uuid.uuid4()),
    )
    outcomes = await submit_together(
        state, [good[0], (bad_submission, await claimed(state, world)), *good[1:]]
    )
    assert isinstance(outcomes[1], sa.exc.IntegrityError)
    stored = [outcomes[0], *outcomes[2:]]
    assert [outcome.status for outcome in stored] == [201, 201, 201]
    rows = await comment_rows(state)
    assert sorted(row.body for row in rows) == ["Good 0", "Good 1", "Good 2"]
    assert sorted(row.sequence for row in rows) == [1, 2, 3]


async def test_a_claim_taken_over_before_storing_is_refused_and_the_rest_is_stored(
    state: AppState,
) -> None:
    world = await make_world(state)
    kept = (await checked(state, world, body="Kept"), await claimed(state, world))
    lost_claim = await claimed(state, world)
    # Another worker took the key over: the record's claim time is no longer this claim's.
    taken_over = dataclasses.replace(lost_claim, claimed_at=lost_claim.claimed_at - timedelta(1))
    lost = (await checked(state, world, body="Lost"), taken_over)
    stored, refused = await submit_together(state, [kept, lost])
    assert stored.status == 201
    assert isinstance(refused, Conflict)
    assert refused.headers == {"Retry-After": "1"}
    assert [row.body for row in await comment_rows(state)] == ["Kept"]


async def test_a_caller_gone_before_its_batch_is_taken_leaves_nothing_behind(
    state: AppState,
) -> None:
    world = await make_world(state)
    leaving = (await checked(state, world, body="Gone"), await claimed(state, world))
    staying = (await checked(state, world, body="Stays"), await claimed(state, world))
    async with writer_turn(state.engine.sync_engine):
        gone = asyncio.create_task(state.submissions.submit(*leaving))
        await asyncio.sleep(0.05)
        gone.cancel()
        waiting = asyncio.create_task(state.submissions.submit(*staying))
        await asyncio.sleep(0.05)
    assert (await waiting).status == 201
    with pytest.raises(asyncio.CancelledError):
        await gone
    assert [row.body for row in await comment_rows(state)] == ["Stays"]


async def test_a_bridge_and_a_copy_stored_together_end_in_one_campaign(
    state: AppState, client: httpx.AsyncClient
) -> None:
    world = await make_world(state)
    rng = random.Random(3)

    def words(count: int) -> str:
        letters = "abcdefghijklmnopqrstuvwxyz"
        return " ".join("".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(count))

    core = words(150)
    left = f"{core} {words(70)}"
    right = f"{core} {words(70)}"
    longer_right = f"{right} {words(70)}"
    copy_of_longer_right = f"{longer_right} {words(130)}"

    def matches(a: str, b: str) -> bool:
        return estimated_jaccard(signature(a), signature(b)) >= CAMPAIGN_THRESHOLD

    # Preconditions of the scenario, on the pinned signatures: the bridge (the core) matches
    # the left letter and the right one but not the longer right one; the copy matches only
    # the longer right letter.
    assert not matches(left, right)
    assert matches(core, left)
    assert matches(core, right)
    assert not matches(core, longer_right)
    assert matches(right, longer_right)
    assert matches(copy_of_longer_right, longer_right)
    assert not any(matches(copy_of_longer_right, text) for text in (core, left, right))
    for text in (left, f"{left} Thanks.", right, longer_right):
        response = await submit(client, world.round.id, world.token, world.body(body=text))
        assert response.status_code == 201
    campaigns = table_of(Campaign)
    async with state.engine.connect() as connection:
        before = (await connection.execute(sa.select(campaigns.c.id))).scalars().all()
    assert len(before) == 2
    # In one batch: the bridge merges both campaigns; the copy matches a member of the right
    # campaign that the bridge does not match, and must not join the campaign merged away.
    bridge = (await checked(state, world, body=core), await claimed(state, world))
    copy = (await checked(state, world, body=copy_of_longer_right), await claimed(state, world))
    outcomes = await submit_together(state, [bridge, copy])
    assert [outcome.status for outcome in outcomes] == [201, 201]
    moments = await submitted_at_moments(state)
    assert len(set(moments)) == 5, "the bridge and the copy were not stored together"
    async with state.engine.connect() as connection:
        after = (await connection.execute(sa.select(campaigns.c.id))).scalars().all()
    assert len(after) == 1
    assigned = {row.body: row.campaign_id for row in await comment_rows(state)}
    assert set(assigned.values()) == set(after)
