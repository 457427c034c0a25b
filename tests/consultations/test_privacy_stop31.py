"""Privacy of submitters (the privacy audit's findings): what `group_only` attribution leaves
visible, small-cell suppression of the complement, relaxing a consultation's protective
settings, and submitting for an organization the caller cannot see."""

import csv
import io
import itertools
import uuid
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import User
from consultations.models import Facilitator
from consultations.representation_math import CategoryCount, summarize
from tests.consultations.test_comments import World, make_world, submit
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_organization,
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


# --------------------------------------------------------------------------- F2 group_only


async def _group_only_world(state: AppState) -> tuple[World, User]:
    world = await make_world(state, attribution="group_only")
    await make_comment(state, world.round, world.organization, body="ours")
    outsider = await make_user(state)
    other = await make_organization(
        state, name="Other", regional_group="asia_pacific", representatives=[outsider]
    )
    await make_comment(state, world.round, other, body="theirs")
    return world, outsider


def _regions(items: list[dict[str, Any]]) -> dict[str, str | None]:
    return {item["body"]: item["organization"]["regional_group"] for item in items}


async def test_group_only_shows_no_regional_group_to_who_cannot_see_the_organization(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world, outsider = await _group_only_world(state)
    url = f"/v1/rounds/{world.round.id}/comments"

    anonymous = (await client.get(url)).json()["items"]
    assert _regions(anonymous) == {"ours": None, "theirs": None}
    single = await client.get(f"/v1/comments/{anonymous[0]['id']}")
    assert single.json()["organization"]["regional_group"] is None
    assert single.json()["organization"]["stakeholder_group"] == "civil_society"

    own = (await client.get(url, headers=bearer(world.token))).json()["items"]
    assert _regions(own) == {"ours": "african", "theirs": None}
    staff = (await client.get(url, headers=bearer(await _secretariat(state)))).json()["items"]
    assert _regions(staff) == {"ours": "african", "theirs": "asia_pacific"}
    outsider_view = await client.get(url, headers=bearer(await token_for(state, outsider)))
    assert _regions(outsider_view.json()["items"]) == {"ours": None, "theirs": "asia_pacific"}


@pytest.mark.parametrize(
    ("name", "value"), [("regional_group", "african"), ("country_group", "developing")]
)
async def test_group_only_refuses_filters_finer_than_the_group(
    client: httpx.AsyncClient, state: AppState, name: str, value: str
) -> None:
    world, _ = await _group_only_world(state)
    url = f"/v1/rounds/{world.round.id}/comments"
    for headers in ({}, bearer(world.token)):
        refused = await client.get(url, params={name: value}, headers=headers)
        assert refused.status_code == 403, refused.text
        assert refused.json()["errors"][0]["loc"] == ["query", name]
        assert "group_only" in refused.json()["detail"]
    for token in (await _secretariat(state), await _facilitator(state, world)):
        allowed = await client.get(url, params={name: value}, headers=bearer(token))
        assert allowed.status_code == 200, allowed.text
    named = await make_world(state)
    assert (
        await client.get(f"/v1/rounds/{named.round.id}/comments", params={name: value})
    ).status_code == 200


async def test_group_only_organization_filter_is_for_its_own_people_and_the_staff(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world, outsider = await _group_only_world(state)
    url = f"/v1/rounds/{world.round.id}/comments"
    params = {"organization_id": str(world.organization.id)}
    for headers in ({}, bearer(await token_for(state, outsider))):
        refused = await client.get(url, params=params, headers=headers)
        assert refused.status_code == 403, refused.text
        assert refused.json()["errors"][0]["loc"] == ["query", "organization_id"]
    unknown = await client.get(url, params={"organization_id": str(uuid.uuid4())})
    assert unknown.json() == {**refused.json(), "instance": unknown.json().get("instance")}
    for token in (world.token, await _secretariat(state)):
        own = await client.get(url, params=params, headers=bearer(token))
        assert own.status_code == 200
        assert [item["body"] for item in own.json()["items"]] == ["ours"]


async def test_group_only_files_carry_no_regional_group(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world, _ = await _group_only_world(state)
    round_url = f"/v1/rounds/{world.round.id}"

    synthesis = (await client.get(f"{round_url}/synthesis", params={"format": "json"})).json()
    assert {comment["regional_group"] for comment in synthesis["comments"]} == {None}
    rows = list(
        csv.DictReader(
            io.StringIO(
                (await client.get(f"{round_url}/synthesis", params={"format": "csv"})).text.lstrip(
                    "\ufeff"
                )
            )
        )
    )
    assert {row["regional_group"] for row in rows} == {""}
    markdown = (await client.get(f"{round_url}/synthesis", params={"format": "markdown"})).text
    assert "regional_group=" not in markdown
    assert "country_group=" not in markdown

    staff = bearer(await _secretariat(state))
    ndjson = await client.get(
        f"{round_url}/comments/export", params={"format": "ndjson"}, headers=staff
    )
    assert ndjson.status_code == 200
    assert "asia_pacific" not in ndjson.text
    assert '"regional_group":null' in ndjson.text
    exported = await client.get(
        f"{round_url}/comments/export", params={"format": "csv"}, headers=staff
    )
    assert "asia_pacific" not in exported.text
    assert "african" not in exported.text

    # The aggregate stays: counts by regional group, for everyone.
    report = await client.get(f"{round_url}/representation", params={"dimension": "regional_group"})
    assert report.status_code == 200
    assert any(row["key"] == "african" for row in report.json()["categories"])


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


# --------------------------------------------------------------------------- F5 settings


async def _patch(
    client: httpx.AsyncClient, token: str, consultation_id: object, changes: dict[str, Any]
) -> httpx.Response:
    url = f"/v1/consultations/{consultation_id}"
    current = await client.get(url, headers=bearer(token))
    return await client.patch(
        url, json=changes, headers={**bearer(token), "If-Match": current.headers["etag"]}
    )


@pytest.mark.parametrize(
    ("setting", "protective", "relaxed"),
    [("attribution", "group_only", "named"), ("visibility", "restricted", "public")],
)
async def test_relaxing_a_protective_setting_after_comments_is_409(
    client: httpx.AsyncClient, state: AppState, setting: str, protective: str, relaxed: str
) -> None:
    token = await _secretariat(state)
    world = await make_world(state, **{setting: protective})
    await make_comment(state, world.round, world.organization, status="withdrawn")

    refused = await _patch(client, token, world.consultation.id, {setting: relaxed})

    assert refused.status_code == 409, refused.text
    assert setting in refused.json()["detail"]
    unchanged = await client.get(
        f"/v1/consultations/{world.consultation.id}", headers=bearer(token)
    )
    assert unchanged.json()[setting] == protective
    # Without comments it may still change, and tightening is always allowed.
    empty = await make_consultation(state, **{setting: protective})
    assert (await _patch(client, token, empty.id, {setting: relaxed})).status_code == 200
    loose = await make_world(state, **{setting: relaxed})
    await make_comment(state, loose.round, loose.organization)
    assert (
        await _patch(client, token, loose.consultation.id, {setting: protective})
    ).status_code == 200


# --------------------------------------------------------------------------- F7 submissions


@pytest.mark.parametrize("verification", ["pending", "rejected"])
async def test_submitting_for_an_unseen_organization_answers_as_for_an_unknown_one(
    client: httpx.AsyncClient, state: AppState, verification: str
) -> None:
    world = await make_world(state)
    member = await make_user(state)
    unseen = await make_organization(state, verification=verification, representatives=[member])
    body = {"kind": "comment", "anchor": "1", "body": "x", "language": "en"}

    hidden = await submit(
        client, world.round.id, world.token, {**body, "organization_id": str(unseen.id)}
    )
    unknown = await submit(
        client, world.round.id, world.token, {**body, "organization_id": str(uuid.uuid4())}
    )

    assert hidden.status_code == unknown.status_code == 422
    assert hidden.json() == unknown.json()
    # Its own people, who can see it, are told why.
    own = await submit(
        client,
        world.round.id,
        await token_for(state, member),
        {**body, "organization_id": str(unseen.id)},
    )
    assert own.status_code == 403
    assert "verified" in own.json()["detail"]
