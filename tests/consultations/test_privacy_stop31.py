"""Privacy of submitters (the privacy audit's findings): what `group_only` attribution leaves
visible, relaxing a consultation's protective settings, and submitting for an organization the
caller cannot see."""

import csv
import io
import uuid
from typing import Any

import httpx
import pytest

from api.state import AppState
from auth.models import User
from tests.consultations.test_comments import World, make_world, submit
from tests.consultations.test_comments_read import staff
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_organization,
    make_user,
    token_for,
)

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
    staff = (await client.get(url, headers=await secretariat_headers(state))).json()["items"]
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
    secretariat, facilitator, _ = await staff(state, world)
    for token in (secretariat, facilitator):
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
    secretariat, _, _ = await staff(state, world)
    for token in (world.token, secretariat):
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

    staff = await secretariat_headers(state)
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
    world = await make_world(state, **{setting: protective})
    token, _, _ = await staff(state, world)
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
