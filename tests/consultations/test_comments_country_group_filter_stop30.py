"""`GET /v1/rounds/{id}/comments?country_group=` selects the comments the representation report
counts in that country group, so the synthesis's country-group rows link to their comments (they
linked to the report itself: the listing had no such filter)."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import make_world
from tests.consultations.test_comments_read import bodies, listing
from tests.factories import make_comment, make_organization


async def test_country_groups_filter_as_the_report_counts(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    nepal_like = await make_organization(state, name="Landlocked LDC", country="MWI")
    island = await make_organization(state, name="Island", country="FJI")
    north = await make_organization(
        state,
        name="North",
        country="CHE",
        regional_group="western_european_others",
    )
    await make_comment(state, world.round, nepal_like, body="a", anchor="1")
    await make_comment(state, world.round, island, body="b", anchor="1")
    await make_comment(state, world.round, north, body="c", anchor="2")
    assert bodies(await listing(client, world, country_group="ldc")) == ["a"]
    assert bodies(await listing(client, world, country_group="lldc")) == ["a"]
    assert bodies(await listing(client, world, country_group="sids")) == ["b"]
    assert bodies(await listing(client, world, country_group="developing")) == ["a", "b"]
    assert bodies(await listing(client, world, country_group="developed")) == ["c"]
    assert bodies(await listing(client, world, country_group="developing", anchor="1")) == [
        "a",
        "b",
    ]
    report = await client.get(
        f"/v1/rounds/{world.round.id}/representation", params={"dimension": "country_group"}
    )
    counted = {row["key"]: row["comments"] for row in report.json()["categories"]}
    for group, comments in counted.items():
        assert len(await listing(client, world, country_group=group)) == comments, group


async def test_an_unknown_country_group_is_422(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    response = await client.get(
        f"/v1/rounds/{world.round.id}/comments", params={"country_group": "poor"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "country_group"]


async def test_the_filter_reads_country_groups_as_the_report_does(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Nepal left the LDC list on 2026-11-24: for an organization verified before that day, the
    open round's report and filter read today's classification."""
    world = await make_world(state)
    verified_before = await make_organization(state, name="Kathmandu forum", country="NPL")
    await make_comment(state, world.round, verified_before, body="a", anchor="1")
    report = await client.get(
        f"/v1/rounds/{world.round.id}/representation", params={"dimension": "country_group"}
    )
    counted = {row["key"]: row["comments"] for row in report.json()["categories"]}
    assert counted["ldc"] == 0
    assert counted["lldc"] == 1
    assert bodies(await listing(client, world, country_group="ldc")) == []
    assert bodies(await listing(client, world, country_group="lldc")) == ["a"]
