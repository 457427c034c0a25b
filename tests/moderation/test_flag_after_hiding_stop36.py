"""A flag arriving after the threshold hid the comment is 404, saying that a comment hidden for
review is no longer shown, in the same words as for an unknown comment (nothing leaks)."""

import uuid

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, person, submit
from tests.moderation.test_queue import flag


async def test_a_flag_late_for_the_threshold_is_told_the_comment_may_have_been_hidden(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment four people read and flag.")
    late = await person(state)
    assert (
        await client.get(f"/v1/comments/{comment['id']}", headers=late.headers)
    ).status_code == 200
    for _ in range(3):
        await flag(client, comment["id"], (await person(state)).headers, "spam", "")

    refused = await client.post(
        f"/v1/comments/{comment['id']}/flags", json={"reason": "spam"}, headers=late.headers
    )
    assert refused.status_code == 404, refused.text
    assert "hidden for review" in refused.json()["detail"]

    unknown = await client.post(
        f"/v1/comments/{uuid.uuid4()}/flags", json={"reason": "spam"}, headers=late.headers
    )
    assert unknown.status_code == 404
    assert unknown.json()["detail"] == refused.json()["detail"]
