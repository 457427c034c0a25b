"""Privacy of submitters (the privacy audit's findings): receipts of comments the caller cannot
see, what `group_only` attribution leaves visible, small-cell suppression of the complement,
relaxing a consultation's protective settings, and submitting for an organization the caller
cannot see."""

import itertools

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import Facilitator
from consultations.representation_math import CategoryCount, summarize
from tests.consultations.test_comments import World, make_world
from tests.factories import (
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
