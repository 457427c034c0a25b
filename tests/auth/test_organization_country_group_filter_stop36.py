"""GET /v1/organizations?country_group=: the organizations whose country is in the group as of
today, an unknown group 422, and a cursor bound to the group."""

import httpx

from api.state import AppState
from auth.countries import classify
from tests.factories import bearer, make_organization, make_user, token_for


async def test_the_list_filters_by_country_group_as_of_today(
    client: httpx.AsyncClient, state: AppState
) -> None:
    countries = ["MWI", "FJI", "DEU", "KEN", "NPL", "BOL"]
    for country in countries:
        # The stored groups are wrong on purpose: the filter reads the country, not them.
        await make_organization(state, name=f"From {country}", country=country)
    headers = bearer(await token_for(state, await make_user(state)))

    for group in ["ldc", "lldc", "sids", "developing", "developed"]:
        listed = await client.get(
            "/v1/organizations", params={"country_group": group}, headers=headers
        )
        assert listed.status_code == 200, listed.text
        expected = [c for c in countries if group in classify(c).country_groups]
        assert [o["country"] for o in listed.json()["items"]] == expected, group
        assert all(group in o["country_groups"] for o in listed.json()["items"])


async def test_an_unknown_country_group_is_422(client: httpx.AsyncClient, state: AppState) -> None:
    await make_organization(state)
    refused = await client.get("/v1/organizations", params={"country_group": "least_developed"})
    assert refused.status_code == 422, refused.text


async def test_a_cursor_is_bound_to_its_country_group(
    client: httpx.AsyncClient, state: AppState
) -> None:
    for number in range(3):
        await make_organization(state, name=f"Fijian {number}", country="FJI")
    first = await client.get("/v1/organizations", params={"country_group": "sids", "limit": 1})
    cursor = first.json()["next_cursor"]
    assert cursor is not None

    same = await client.get(
        "/v1/organizations", params={"country_group": "sids", "limit": 1, "cursor": cursor}
    )
    other = await client.get(
        "/v1/organizations", params={"country_group": "developing", "limit": 1, "cursor": cursor}
    )
    unfiltered = await client.get("/v1/organizations", params={"limit": 1, "cursor": cursor})

    assert same.status_code == 200, same.text
    assert [o["name"] for o in same.json()["items"]] == ["Fijian 1"]
    assert other.status_code == 400, other.text
    assert unfiltered.status_code == 400, unfiltered.text
