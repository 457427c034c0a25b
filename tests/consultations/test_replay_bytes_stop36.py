"""An Idempotency-Key replay sends the original 201's bytes, member order included (on
PostgreSQL the stored response was jsonb, which reorders members)."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import make_world, submit


async def test_a_replay_is_the_original_response_byte_for_byte(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    first = await submit(client, world.round.id, world.token, world.body(), key="bytes-1")
    again = await submit(client, world.round.id, world.token, world.body(), key="bytes-1")

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.content == first.content
    assert list(again.json()) == list(first.json())
