"""Privacy of submitters (the privacy audit's findings): receipts of comments the caller cannot
see, what `group_only` attribution leaves visible, small-cell suppression of the complement,
relaxing a consultation's protective settings, and submitting for an organization the caller
cannot see."""

import itertools

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import Facilitator
from consultations.representation_math import CategoryCount, summarize
from tests.consultations.test_comments import World, make_world
from tests.factories import (
    bearer,
    make_comment,
    make_user,
    token_for,
)

SUPPRESS_BELOW = 5


async def _secretariat(state: AppState) -> str:
    return await token_for(state, await make_user(state, role="secretariat"))


async def _facilitator(state: AppState, world: World) -> str:
    facilitator = await make_user(state)
    async with AsyncSession(state.engine) as session:
        session.add(Facilitator(consultation_id=world.consultation.id, user_id=facilitator.id))
        await session.commit()
    return await token_for(state, facilitator)


# --------------------------------------------------------------------------- F1 receipts

WITHHELD = ("comment_id", "body_sha256", "proposed_text_sha256")


@pytest.mark.parametrize("status", ["pending", "hidden", "rejected", "withdrawn"])
async def test_a_receipt_of_an_unseen_comment_says_only_that_it_was_issued(
    client: httpx.AsyncClient, state: AppState, status: str
) -> None:
    world = await make_world(state)
    comment = await make_comment(state, world.round, world.organization, status=status, body="x")
    hidden = await client.get(f"/v1/comments/{comment.id}")
    assert hidden.status_code == 404

    answer = await client.get(f"/v1/receipts/{comment.tracking_number}")

    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["valid"] is True
    assert body["details_withheld"] is True
    assert body["tracking_number"] == comment.tracking_number
    assert body["round_id"] == str(world.round.id)
    assert body["consultation_id"] == str(world.consultation.id)
    assert body["submitted_at"]
    assert all(body[field] is None for field in WITHHELD), body
    assert str(comment.id) not in answer.text
    assert comment.body_sha256 not in answer.text


async def test_presenting_the_receipt_proves_holding_it_and_shows_everything(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await make_comment(state, world.round, world.organization, status="pending")
    other = await make_comment(state, world.round, world.organization, status="pending")

    held = await client.get(
        f"/v1/receipts/{comment.tracking_number}", params={"receipt": comment.receipt}
    )
    assert held.status_code == 200, held.text
    assert held.json()["details_withheld"] is False
    assert held.json()["comment_id"] == str(comment.id)
    assert held.json()["body_sha256"] == comment.body_sha256
    assert held.json()["valid"] is True

    # Another comment's receipt proves nothing about this number, nor does a forged string.
    for wrong in (other.receipt, comment.receipt[:-4] + "AAAA", "not-a-jws"):
        answer = await client.get(
            f"/v1/receipts/{comment.tracking_number}", params={"receipt": wrong}
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["valid"] is False
        assert answer.json()["details_withheld"] is True
        assert all(answer.json()[field] is None for field in WITHHELD)


async def test_callers_who_see_the_comment_get_the_receipt_as_before(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    published = await make_comment(state, world.round, world.organization)
    pending = await make_comment(state, world.round, world.organization, status="pending")

    anonymous = await client.get(f"/v1/receipts/{published.tracking_number}")
    assert anonymous.json()["comment_id"] == str(published.id)
    assert anonymous.json()["details_withheld"] is False
    for token in (world.token, await _secretariat(state), await _facilitator(state, world)):
        own = await client.get(f"/v1/receipts/{pending.tracking_number}", headers=bearer(token))
        assert own.json()["comment_id"] == str(pending.id)
        assert own.json()["body_sha256"] == pending.body_sha256
        assert own.json()["valid"] is True

    # A presented receipt that is not this one's makes `valid` false even for those who see it.
    mismatch = await client.get(
        f"/v1/receipts/{published.tracking_number}", params={"receipt": pending.receipt}
    )
    assert mismatch.json()["valid"] is False


# --------------------------------------------------------------------------- F3 complement


def _suppressed_total(people: list[int], threshold: int) -> tuple[int, bool]:
    """What a reader learns of the suppressed rows: the people they hold together (the total
    minus the shown rows), and whether every row is suppressed."""
    summary = summarize(
        {
            f"k{index}": CategoryCount(comments=n * 3, organizations=n)
            for index, n in enumerate(people)
        },
        total_comments=sum(people) * 3,
        total_organizations=sum(people),
        eligible=[f"k{index}" for index in range(len(people))],
        targets=None,
        overlapping=False,
        suppress_below=threshold,
    )
    shown = [row for row in summary.categories if not row.suppressed]
    for row in summary.categories:
        if row.suppressed:
            assert row.comments is None
            assert row.organizations is None
    hidden = summary.totals_organizations - sum(row.organizations or 0 for row in shown)
    return hidden, not shown


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=6),
    st.integers(min_value=2, max_value=6),
)
def test_suppressed_cells_together_hold_at_least_the_threshold(
    people: list[int], threshold: int
) -> None:
    hidden, all_suppressed = _suppressed_total(people, threshold)
    if any(1 <= n < threshold for n in people):
        assert all_suppressed or hidden >= threshold, (people, hidden)
    else:
        assert hidden == 0


def test_the_audited_gender_report_hides_a_third_cell() -> None:
    # woman 21, man 12, non_binary 1, undisclosed 0: hiding the last two showed 1 person.
    hidden, all_suppressed = _suppressed_total([21, 12, 1, 0], SUPPRESS_BELOW)
    assert not all_suppressed
    assert hidden == 13
    # Exhaustively on small reports too.
    for people in itertools.product(range(8), repeat=3):
        hidden, all_suppressed = _suppressed_total(list(people), SUPPRESS_BELOW)
        if any(1 <= n < SUPPRESS_BELOW for n in people):
            assert all_suppressed or hidden >= SUPPRESS_BELOW, people


async def test_gender_report_suppresses_the_complement(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    declared = ["woman"] * 6 + ["man"] * 7 + ["non_binary"]
    for gender in declared:
        person = await make_user(state, gender=gender)
        await make_comment(state, world.round, world.organization, author=person)
    report = (
        await client.get(
            f"/v1/rounds/{world.round.id}/representation", params={"dimension": "gender"}
        )
    ).json()
    shown = [row for row in report["categories"] if not row["suppressed"]]
    hidden_people = report["totals"]["organizations"] - sum(row["organizations"] for row in shown)
    hidden_comments = report["totals"]["comments"] - sum(row["comments"] for row in shown)
    assert hidden_people >= SUPPRESS_BELOW, report
    assert hidden_comments >= SUPPRESS_BELOW
    assert [row["key"] for row in shown] == ["man"]
