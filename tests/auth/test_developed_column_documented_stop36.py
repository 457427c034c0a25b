"""developed / developing comes from M49's historical column, which UNSD retired in December
2021: the API says so where clients read country groups, since the data gives Moldova and North
Macedonia both developed and lldc."""

import httpx

from auth.countries import classify


async def test_the_retired_column_is_documented_where_country_groups_are_read(
    client: httpx.AsyncClient,
) -> None:
    document = (await client.get("/openapi.json")).json()
    read = document["components"]["schemas"]["OrganizationRead"]["properties"]["country_groups"]
    report = document["paths"]["/v1/rounds/{round_id}/representation"]["get"]["description"]

    assert "retired" in read["description"]
    assert "retired" in report
    assert {"developed", "lldc"} <= set(classify("MDA").country_groups)
    assert {"developed", "lldc"} <= set(classify("MKD").country_groups)
