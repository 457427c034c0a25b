"""GET /v1/organizations?q=: the organizations whose name contains it, compared as
registration compares names, paged by keyset with the filter held in the cursor."""

import httpx

from api.state import AppState
from tests.auth.test_organizations import _headers
from tests.factories import make_organization, make_user


async def _names(client: httpx.AsyncClient, headers: dict[str, str], **params: object) -> list[str]:
    listed = await client.get("/v1/organizations", params=params, headers=headers)
    assert listed.status_code == 200, listed.text
    return [o["name"] for o in listed.json()["items"]]


async def test_q_finds_part_of_the_name_in_any_case_or_width(
    client: httpx.AsyncClient, state: AppState
) -> None:
    for name in ("Kenya ICT Action Network", "Red Cross of KENYA", "Uganda Youth Forum"):
        await make_organization(state, name=name)
    headers = await _headers(state, await make_user(state))

    for q in ("kenya", "ＫＥＮＹＡ", "Ken\u200bya"):
        assert sorted(await _names(client, headers, q=q)) == [
            "Kenya ICT Action Network",
            "Red Cross of KENYA",
        ]
    assert await _names(client, headers, q="ict  ACTION") == ["Kenya ICT Action Network"]
    assert await _names(client, headers, q="Nairobi") == []


async def test_q_holds_percent_and_underscore_as_letters(
    client: httpx.AsyncClient, state: AppState
) -> None:
    await make_organization(state, name="100% Youth")
    await make_organization(state, name="1000 Youth")
    await make_organization(state, name="Open_Data Kenya")
    await make_organization(state, name="Open Data Kenya")
    headers = await _headers(state, await make_user(state))

    assert await _names(client, headers, q="100%") == ["100% Youth"]
    assert await _names(client, headers, q="open_") == ["Open_Data Kenya"]


async def test_q_sees_what_the_caller_sees(client: httpx.AsyncClient, state: AppState) -> None:
    await make_organization(state, name="Pending Forum", verification="pending")
    await make_organization(state, name="Verified Forum")
    await make_organization(state, name="Verified Alliance")
    headers = await _headers(state, await make_user(state))
    staff = await _headers(state, await make_user(state, role="secretariat"))

    assert await _names(client, headers, q="forum") == ["Verified Forum"]
    assert sorted(await _names(client, staff, q="forum")) == ["Pending Forum", "Verified Forum"]


async def test_q_pages_in_registration_order_and_its_cursor_holds_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    matching = []
    for index in range(5):
        matching.append((await make_organization(state, name=f"Coalition {index}")).name)
        await make_organization(state, name=f"Alliance {index}")
    headers = await _headers(state, await make_user(state))

    seen: list[str] = []
    params: dict[str, object] = {"q": "COALITION", "limit": 2}
    while True:
        page = await client.get("/v1/organizations", params=params, headers=headers)
        assert page.status_code == 200, page.text
        seen += [o["name"] for o in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
        params["cursor"] = cursor
    assert seen == matching

    first = await client.get(
        "/v1/organizations", params={"q": "coalition", "limit": 2}, headers=headers
    )
    cursor = first.json()["next_cursor"]
    same_filter = await client.get(
        "/v1/organizations",
        params={"q": "Ｃｏａｌｉｔｉｏｎ", "cursor": cursor, "limit": 2},
        headers=headers,
    )
    assert [o["name"] for o in same_filter.json()["items"]] == matching[2:4]
    other_filter = await client.get(
        "/v1/organizations", params={"q": "alliance", "cursor": cursor}, headers=headers
    )
    assert other_filter.status_code == 400, other_filter.text


async def test_an_empty_q_is_422(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await client.get("/v1/organizations", params={"q": ""}, headers=headers)
    assert refused.status_code == 422, refused.text
