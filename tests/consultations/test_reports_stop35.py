"""Gender small-cell suppression that subtraction cannot undo."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.state import AppState
from consultations.reports import SUPPRESS_BELOW
from consultations.representation_math import CategoryCount, summarize
from tests.consultations.test_reports_helpers import Row, caller, insert_comments
from tests.factories import (
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
)

GENDER_ORDER = ("woman", "man", "non_binary", "undisclosed")


async def _gender_round(state: AppState, people: dict[str, int]) -> str:
    """A public round in which ``people[gender]`` people each wrote two comments."""
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    organization = await make_organization(state)
    rows: list[Row] = []
    for gender, count in people.items():
        declared = None if gender == "undisclosed" else gender
        for _ in range(count):
            person = await make_user(state, gender=declared)
            rows += [Row(organization.id, author_id=person.id)] * 2
    await insert_comments(state, round_, rows)
    return str(round_.id)


async def _gender_report(
    client: httpx.AsyncClient, round_id: str, headers: dict[str, str] | None = None
) -> dict[str, Any]:
    response = await client.get(
        f"/v1/rounds/{round_id}/representation",
        params={"dimension": "gender"},
        headers=headers or {},
    )
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    return report


def _assert_hidden_cells_cannot_be_worked_out(report: dict[str, Any]) -> None:
    rows = report["categories"]
    hidden = [row for row in rows if row["suppressed"]]
    if not hidden or len(hidden) == len(rows):
        return
    visible = [row for row in rows if not row["suppressed"]]
    hidden_people = report["totals"]["organizations"] - sum(row["organizations"] for row in visible)
    assert hidden_people == 0 or hidden_people >= SUPPRESS_BELOW, (hidden_people, rows)
    hidden_comments = report["totals"]["comments"] - sum(row["comments"] for row in visible)
    assert hidden_comments == 0 or hidden_people >= SUPPRESS_BELOW
    for row in visible:
        assert row["organizations"] == 0 or row["organizations"] >= SUPPRESS_BELOW


@pytest.mark.parametrize(
    "people",
    [
        {"woman": 6, "man": 5, "non_binary": 1, "undisclosed": 0},
        {"woman": 21, "man": 12, "non_binary": 1, "undisclosed": 0},
        {"woman": 3, "man": 3, "non_binary": 0, "undisclosed": 0},
        {"woman": 6, "man": 2, "non_binary": 0, "undisclosed": 1},
    ],
)
async def test_small_gender_cells_that_add_up_to_fewer_than_five_hide_every_cell(
    client: httpx.AsyncClient, state: AppState, people: dict[str, int]
) -> None:
    round_id = await _gender_round(state, people)
    public = await _gender_report(client, round_id)
    assert public["suppressed"] is True
    assert all(row["suppressed"] for row in public["categories"]), public["categories"]
    for row in public["categories"]:
        assert row["comments"] is None
        assert row["organizations"] is None
        assert row["comment_share"] is None
        assert row["organization_share"] is None
        assert row["status"] is None
    assert public["balance_index"] is None
    assert public["under_represented"] == []
    assert public["totals"] == {
        "comments": 2 * sum(people.values()),
        "organizations": sum(people.values()),
    }


async def test_hidden_cells_that_hold_at_least_five_people_keep_the_large_cells_visible(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_id = await _gender_round(
        state, {"woman": 20, "man": 10, "non_binary": 3, "undisclosed": 2}
    )
    public = await _gender_report(client, round_id)
    by_key = {row["key"]: row for row in public["categories"]}
    assert (by_key["woman"]["organizations"], by_key["man"]["organizations"]) == (20, 10)
    assert by_key["non_binary"]["suppressed"]
    assert by_key["undisclosed"]["suppressed"]
    _assert_hidden_cells_cannot_be_worked_out(public)

    secretariat = await caller(state, role="secretariat")
    full = await _gender_report(client, round_id, secretariat.headers)
    assert full["suppressed"] is False
    assert {row["key"]: row["organizations"] for row in full["categories"]} == {
        "woman": 20,
        "man": 10,
        "non_binary": 3,
        "undisclosed": 2,
    }


@settings(max_examples=300)
@given(st.lists(st.integers(min_value=0, max_value=14), min_size=2, max_size=6))
def test_hidden_cells_together_hold_none_or_at_least_the_threshold(people: list[int]) -> None:
    keys = tuple(f"c{index}" for index in range(len(people)))
    summary = summarize(
        {
            key: CategoryCount(comments=3 * n, organizations=n)
            for key, n in zip(keys, people, strict=True)
        },
        total_comments=3 * sum(people),
        total_organizations=sum(people),
        eligible=keys,
        targets=None,
        overlapping=False,
        suppress_below=SUPPRESS_BELOW,
    )
    hidden = [index for index, row in enumerate(summary.categories) if row.suppressed]
    if not hidden or len(hidden) == len(people):
        return
    hidden_people = sum(people[index] for index in hidden)
    assert hidden_people >= SUPPRESS_BELOW, (people, hidden)
    # No hidden cell is pinned to one value either: none is forced to hold the most it can.
    assert hidden_people < len(hidden) * (SUPPRESS_BELOW - 1), (people, hidden)


async def test_categories_without_a_target_are_measured_against_zero_and_kept_out_of_balance(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """`none` (no UN regional group) cannot be given a target: its row shows `target_share` 0,
    its status is measured against it, and neither `balance_index` nor `under_represented`
    counts it. `undisclosed` is a gender category like the others."""
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    african = [await make_organization(state, country=code) for code in ("KEN", "GHA", "SEN")]
    european = await make_organization(
        state, country="FRA", regional_group="western_european_others"
    )
    territory = await make_organization(state, country="PRI", regional_group="none")
    people = [await make_user(state, gender="woman") for _ in range(4)] + [await make_user(state)]
    organizations = [*african, european, territory]
    await insert_comments(
        state,
        round_,
        [
            Row(organization.id, author_id=person.id)
            for organization, person in zip(organizations, people, strict=True)
        ],
    )
    secretariat = await caller(state, role="secretariat")
    regional = (
        await client.get(
            f"/v1/rounds/{round_.id}/representation",
            params={"dimension": "regional_group"},
        )
    ).json()
    rows = {row["key"]: row for row in regional["categories"]}
    assert list(rows)[-1] == "none"
    assert rows["none"]["organization_share"] == 0.2
    assert rows["none"]["target_share"] == 0
    assert rows["none"]["status"] == "over"
    assert "none" not in regional["under_represented"]
    # Pielou over the five groups alone: 3 and 1 of 4 organizations.
    shares = (0.75, 0.25)
    expected = -sum(p * math.log(p) for p in shares) / math.log(5)
    assert regional["balance_index"] == round(expected, 4)

    gender = await _gender_report(client, str(round_.id), secretariat.headers)
    rows = {row["key"]: row for row in gender["categories"]}
    assert rows["undisclosed"]["target_share"] == 0.25
    assert rows["undisclosed"]["status"] == "balanced"
    assert rows["man"]["status"] == "absent"
    assert gender["under_represented"] == ["man", "non_binary"]
