"""A moderation queue's cursor belongs to its consultation's queue: on another consultation's
it is 400, as the cursor of any other list of another parent, not an empty page."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit
from tests.moderation.test_queue import queue_url


async def test_a_cursor_of_another_consultations_queue_is_400(
    client: httpx.AsyncClient, state: AppState
) -> None:
    first = await make_world(state, moderation="pre")
    for n in range(2):
        await submit(client, first, f"Pending comment {n}.")
    page = await client.get(
        queue_url(first), params={"limit": 1}, headers=first.facilitator.headers
    )
    cursor = page.json()["next_cursor"]
    assert cursor is not None
    other = await make_world(state, moderation="pre")
    answer = await client.get(
        queue_url(other), params={"cursor": cursor}, headers=other.facilitator.headers
    )
    assert answer.status_code == 400, answer.text
    same = await client.get(
        queue_url(first), params={"cursor": cursor}, headers=first.facilitator.headers
    )
    assert same.status_code == 200, same.text
