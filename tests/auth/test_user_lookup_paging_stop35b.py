"""GET /v1/users?email= answers a list, so it takes `limit` and `cursor` as every list does: a
limit out of range or not in digits is 422, and a cursor it never issued (it issues none: one
address names one account at most) is 400."""

import httpx
import pytest

from api.state import AppState
from tests.auth.test_user_lookup_stop33 import staff_headers
from tests.factories import make_user


@pytest.mark.parametrize("limit", ["201", "0", "abc", "5.0"])
async def test_a_limit_no_list_takes_is_422(
    client: httpx.AsyncClient, state: AppState, limit: str
) -> None:
    await make_user(state, email="lookup.limit@example.org")
    refused = await client.get(
        "/v1/users",
        params={"email": "lookup.limit@example.org", "limit": limit},
        headers=await staff_headers(state),
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["query", "limit"]


@pytest.mark.parametrize("cursor", ["garbage", "WyJ1c2VycyJd", "WyJvcmdhbml6YXRpb25zIiwgIjAxIl0"])
async def test_every_cursor_is_400_as_none_was_issued(
    client: httpx.AsyncClient, state: AppState, cursor: str
) -> None:
    await make_user(state, email="lookup.cursor@example.org")
    refused = await client.get(
        "/v1/users",
        params={"email": "lookup.cursor@example.org", "cursor": cursor},
        headers=await staff_headers(state),
    )
    assert refused.status_code == 400, refused.text
    assert refused.headers["content-type"] == "application/problem+json"


async def test_a_valid_limit_and_an_empty_cursor_answer_the_account(
    client: httpx.AsyncClient, state: AppState
) -> None:
    person = await make_user(state, email="lookup.ok@example.org")
    found = await client.get(
        "/v1/users",
        params={"email": "lookup.ok@example.org", "limit": "1", "cursor": ""},
        headers=await staff_headers(state),
    )
    assert found.status_code == 200, found.text
    assert [item["id"] for item in found.json()["items"]] == [str(person.id)]
    assert found.json()["next_cursor"] is None
