"""An organization's ``country_groups`` is its country's classification as of today (an LDC
graduation shows on its day)."""

import httpx

from api.state import AppState
from auth.countries import classify
from tests.factories import bearer, make_organization, make_user, token_for


async def test_reading_and_listing_classify_the_country_as_of_today(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Bangladesh left the LDC list on 2026-11-24.
    organization = await make_organization(state, name="Dhaka NGO", country="BGD")
    today = sorted(classify("BGD").country_groups)
    headers = bearer(await token_for(state, await make_user(state)))

    read = await client.get(f"/v1/organizations/{organization.id}", headers=headers)
    listed = await client.get("/v1/organizations", params={"country": "BGD"}, headers=headers)

    assert read.status_code == 200, read.text
    assert read.json()["country_groups"] == today
    assert [o["country_groups"] for o in listed.json()["items"]] == [today]
    assert "sids" not in today
