"""A comment's history is a list as api.md shapes lists: `{items, next_cursor}`, paginated with
`limit` and `cursor` and a `Link: rel="next"` header like the others."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import World, make_world
from tests.consultations.test_comments_edit import submitted, with_etag
from tests.factories import bearer


async def edited_times(client: httpx.AsyncClient, world: World, times: int) -> str:
    created = await submitted(client, world)
    location, etag = created.headers["Location"], created.headers["ETag"]
    for number in range(times):
        edited = await client.patch(
            location, json={"body": f"Edit {number}"}, headers=with_etag(world.token, etag)
        )
        assert edited.status_code == 200, edited.text
        etag = edited.headers["ETag"]
    return f"{location}/history"


async def test_a_complete_history_says_so_with_a_null_next_cursor(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    path = await edited_times(client, world, 1)
    history = await client.get(path, headers=bearer(world.token))
    assert history.status_code == 200, history.text
    assert history.json()["next_cursor"] is None
    assert [item["revision"] for item in history.json()["items"]] == [1]
    assert "link" not in history.headers


async def test_a_long_history_is_paged_oldest_first(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    path = await edited_times(client, world, 5)
    headers = bearer(world.token)
    revisions: list[int] = []
    url: str | None = f"{path}?limit=2"
    pages = 0
    while url is not None:
        page = await client.get(url, headers=headers)
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["current_revision"] == 6
        revisions += [item["revision"] for item in body["items"]]
        pages += 1
        if body["next_cursor"] is None:
            assert "link" not in page.headers
            url = None
        else:
            assert page.headers["link"].endswith('>; rel="next"')
            url = page.headers["link"][1:].split(">", 1)[0]
    assert revisions == [1, 2, 3, 4, 5]
    assert pages == 3


async def test_a_cursor_of_another_comment_is_400(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    first = await edited_times(client, world, 2)
    second = await edited_times(client, world, 2)
    headers = bearer(world.token)
    cursor = (await client.get(first, params={"limit": 1}, headers=headers)).json()["next_cursor"]
    assert cursor is not None
    refused = await client.get(second, params={"cursor": cursor}, headers=headers)
    assert refused.status_code == 400, refused.text
