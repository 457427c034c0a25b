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
from auth.principal import Principal
from consultations.comment_schemas import CommentCreate
from consultations.comments import RoundClosed
from consultations.idempotency import Claim
from consultations.models import IdempotencyRecord, Round
from consultations.receipts import verify_receipt
from consultations.similarity import CAMPAIGN_THRESHOLD, estimated_jaccard, signature
from core.clock import utcnow
from core.db import table_of, writer_turn
from core.errors import Conflict, Forbidden, Unprocessable
from moderation.models import AuditEntry, Campaign
from tests.consultations.test_comments import (
    World,
    comment_rows,
    make_world,
    set_round_window,
    submit,
)
from tests.factories import bearer, make_user, token_for
from tests.moderation.helpers import random_words

audit_entries = table_of(AuditEntry)


def principal_of(world: World) -> Principal:
    return Principal(
        role="registered",
        user_id=world.representative.id,
        scopes=frozenset({"comments:write"}),
    )


@dataclasses.dataclass(frozen=True)
class Submission:
    principal: Principal
    round_id: uuid.UUID
    payload: CommentCreate
    claim: Claim


async def submission(state: AppState, world: World, **body: Any) -> Submission:
    payload = CommentCreate.model_validate(world.body(**body))
    return Submission(principal_of(world), world.round.id, payload, await claimed(state, world))


async def claimed(state: AppState, world: World) -> Claim:
    claim = await state.claims.claim(
        caller=str(world.representative.id),
        key=uuid.uuid4().hex,
        fingerprint=uuid.uuid4().hex,
        ttl=timedelta(hours=24),
    )
    assert isinstance(claim, Claim)
    return claim


async def submit_together(state: AppState, submissions: list[Submission]) -> list[Any]:
    """Queued in one go, so that the writer finds them all waiting: one batch."""
    return await asyncio.gather(
        *(
            state.submissions.submit(s.principal, s.round_id, s.payload, s.claim)
            for s in submissions
        ),
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
    open_one = await submission(state, open_world)
    shut_one = await submission(state, shut_world)
    await set_round_window(state, shut_world.round, closes_at=utcnow() - timedelta(seconds=1))
    stored, refused = await submit_together(state, [open_one, shut_one])
    assert isinstance(refused, Conflict)
    assert "closed" in refused.detail
    assert stored.status == 201
    assert int(stored.body["tracking_number"].split("-")[2]) == 1
    assert [str(row.id) for row in await comment_rows(state)] == [stored.body["id"]]
    assert await next_sequence(state, shut_world.round) == 1
    states = await record_states(state)
    assert states[open_one.claim.record_id] == "done"
    assert states[shut_one.claim.record_id] == "in_flight"  # the caller's release removes it


async def test_a_round_shut_while_its_batch_waits_for_the_round_refuses_its_submissions_only(
    state: AppState,
) -> None:
    """The window is read again under the round's row lock: a round shut by a transaction that
    held that lock while the batch checked its submissions refuses that round's submissions,
    gives their sequence numbers back, and the rest of the batch is stored again. (PostgreSQL:
    on SQLite the batch holds the database's only write lock from its checks on.)"""
    if state.engine.dialect.name != "postgresql":
        pytest.skip("needs row locks")
    open_world, closing_world = await make_world(state), await make_world(state)
    rounds = table_of(Round)
    closing_round = rounds.c.id == closing_world.round.id
    async with state.engine.connect() as secretariat:
        await secretariat.begin()
        await secretariat.execute(sa.select(rounds.c.id).where(closing_round).with_for_update())
        batch = asyncio.create_task(
            submit_together(
                state, [await submission(state, open_world), await submission(state, closing_world)]
            )
        )
        await waiting_for_a_lock(state)
        await secretariat.execute(
            sa.update(rounds).where(closing_round).values(closes_at=utcnow() - timedelta(1))
        )
        await secretariat.commit()
    stored, refused = await batch
    assert stored.status == 201
    assert isinstance(refused, RoundClosed)
    assert [str(row.id) for row in await comment_rows(state)] == [stored.body["id"]]
    assert await next_sequence(state, closing_world.round) == 1


async def waiting_for_a_lock(state: AppState) -> None:
    """Until some session of this database waits for a lock (PostgreSQL)."""
    waiting = sa.text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    for _ in range(200):
        async with state.engine.connect() as connection:
            if (await connection.execute(waiting)).scalar_one():
                return
        await asyncio.sleep(0.02)
    raise AssertionError("nothing waited for the round's lock")


async def next_sequence(state: AppState, round_: Round) -> int:
    rounds = table_of(Round)
    async with state.engine.connect() as connection:
        statement = sa.select(rounds.c.next_sequence).where(rounds.c.id == round_.id)
        return int((await connection.execute(statement)).scalar_one())


async def test_one_failing_submission_does_not_fail_the_others_of_its_batch(
    state: AppState,
) -> None:
    world, other_world = await make_world(state), await make_world(state)
    first = await submission(state, other_world, body="First")
    assert (await submit_together(state, [first]))[0].status == 201
    # The other round's counter set back: its next comment repeats a tracking number, which the
    # database refuses.
    await set_round_window(state, other_world.round, next_sequence=1)
    good = [await submission(state, world, body=f"Good {n}") for n in range(3)]
    bad = await submission(state, other_world, body="Bad")
    outcomes = await submit_together(state, [good[0], bad, *good[1:]])
    assert isinstance(outcomes[1], sa.exc.IntegrityError)
    assert [outcome.status for outcome in [outcomes[0], *outcomes[2:]]] == [201, 201, 201]
    rows = await comment_rows(state, world.round.id)
    assert sorted((row.body, row.sequence) for row in rows) == [
        ("Good 0", 1),
        ("Good 1", 2),
        ("Good 2", 3),
    ]
    assert [row.body for row in await comment_rows(state, other_world.round.id)] == ["First"]


async def test_a_submission_failing_its_checks_is_refused_alone(state: AppState) -> None:
    world = await make_world(state)
    kept = await submission(state, world, body="Kept")
    unknown_anchor = await submission(state, world, body="Nowhere", anchor="99")
    stored, refused = await submit_together(state, [kept, unknown_anchor])
    assert stored.status == 201
    assert isinstance(refused, Unprocessable)
    assert [row.body for row in await comment_rows(state)] == ["Kept"]


async def test_a_batch_across_rounds_checks_each_against_its_own_round_and_organization(
    state: AppState,
) -> None:
    """The checks of a batch read the facts of every round, organization, membership and
    paragraph at once; each submission is still checked against its own."""
    world_a = await make_world(
        state, paragraphs=[("1", "Digital public goods are shared by all countries.")]
    )
    world_b = await make_world(
        state, paragraphs=[("1", "Capacity building comes before connectivity targets.")]
    )
    quoted_a = await submission(state, world_a, body="A", quote={"exact": "public goods"})
    quoted_b = await submission(state, world_b, body="B", quote={"exact": "Capacity building"})
    # A's words quoted on B's paragraph 1: the same anchor, another text.
    misquoted = await submission(state, world_b, body="Misquoted", quote={"exact": "public goods"})
    # B's representative speaking for A's organization in B's round: each is known to the
    # batch, the pair is not a membership.
    borrowed = dataclasses.replace(
        await submission(state, world_b, body="Borrowed"),
        payload=CommentCreate.model_validate(
            world_b.body(body="Borrowed", organization_id=str(world_a.organization.id))
        ),
    )
    outcomes = await submit_together(state, [quoted_a, misquoted, borrowed, quoted_b])
    assert outcomes[0].status == outcomes[3].status == 201
    assert isinstance(outcomes[1], Unprocessable)
    assert isinstance(outcomes[2], Forbidden)
    assert [row.body for row in await comment_rows(state, world_a.round.id)] == ["A"]
    assert [row.body for row in await comment_rows(state, world_b.round.id)] == ["B"]


async def test_a_claim_taken_over_before_storing_is_refused_and_the_rest_is_stored(
    state: AppState,
) -> None:
    world = await make_world(state)
    kept = await submission(state, world, body="Kept")
    lost = await submission(state, world, body="Lost")
    # Another worker took the key over: the record's claim time is no longer this claim's.
    taken_over = dataclasses.replace(lost.claim, claimed_at=lost.claim.claimed_at - timedelta(1))
    lost = dataclasses.replace(lost, claim=taken_over)
    stored, refused = await submit_together(state, [kept, lost])
    assert stored.status == 201
    assert isinstance(refused, Conflict)
    assert refused.headers == {"Retry-After": "1"}
    assert [row.body for row in await comment_rows(state)] == ["Kept"]


async def test_a_caller_gone_before_its_batch_is_taken_leaves_nothing_behind(
    state: AppState,
) -> None:
    world = await make_world(state)
    leaving = await submission(state, world, body="Gone")
    staying = await submission(state, world, body="Stays")
    async with writer_turn(state.engine.sync_engine):
        gone = asyncio.create_task(submit_together(state, [leaving]))
        await asyncio.sleep(0.05)
        gone.cancel()
        waiting = asyncio.create_task(submit_together(state, [staying]))
        await asyncio.sleep(0.05)
    assert (await waiting)[0].status == 201
    with pytest.raises(asyncio.CancelledError):
        await gone
    assert [row.body for row in await comment_rows(state)] == ["Stays"]


async def test_a_bridge_and_a_copy_stored_together_end_in_one_campaign(
    state: AppState, client: httpx.AsyncClient
) -> None:
    world = await make_world(state)
    rng = random.Random(3)

    core = random_words(rng, 150)
    left = f"{core} {random_words(rng, 70)}"
    right = f"{core} {random_words(rng, 70)}"
    longer_right = f"{right} {random_words(rng, 70)}"
    copy_of_longer_right = f"{longer_right} {random_words(rng, 130)}"

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
    bridge = await submission(state, world, body=core)
    copy = await submission(state, world, body=copy_of_longer_right)
    outcomes = await submit_together(state, [bridge, copy])
    assert [outcome.status for outcome in outcomes] == [201, 201]
    moments = await submitted_at_moments(state)
    assert len(set(moments)) == 5, "the bridge and the copy were not stored together"
    async with state.engine.connect() as connection:
        after = (await connection.execute(sa.select(campaigns.c.id))).scalars().all()
    assert len(after) == 1
    assigned = {row.body: row.campaign_id for row in await comment_rows(state)}
    assert set(assigned.values()) == set(after)
