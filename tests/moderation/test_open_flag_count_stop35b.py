"""Next to `flag_count` (every flag ever), staff see `open_flag_count`: the flags no moderation
decision has answered yet, those that count towards the threshold."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, person, submit
from tests.moderation.test_queue import decide, flag, queue_url


async def test_flags_a_decision_answered_are_counted_apart(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment_id = (await submit(client, world, "Flagged, reviewed, flagged again."))["id"]
    quiet_id = (await submit(client, world, "Never flagged."))["id"]
    for reason in ("spam", "spam"):
        await flag(client, comment_id, (await person(state)).headers, reason, "")
    await decide(client, world, comment_id, "publish")
    await flag(client, comment_id, (await person(state)).headers, "offensive", "Rude.")

    queue = await client.get(queue_url(world), headers=world.secretariat.headers)
    (item,) = queue.json()["items"]
    assert item["comment_id"] == comment_id
    assert (item["status"], item["flag_count"], item["open_flag_count"]) == ("published", 3, 1)
    assert item["flag_reasons"] == {"spam": 2, "offensive": 1}

    url = f"/v1/comments/{comment_id}"
    for staff in (world.secretariat, world.facilitator):
        read = (await client.get(url, headers=staff.headers)).json()
        assert (read["flag_count"], read["open_flag_count"]) == (3, 1)
    listed = await client.get(
        f"/v1/rounds/{world.round.id}/comments", headers=world.facilitator.headers
    )
    counts = {
        item["id"]: (item["flag_count"], item["open_flag_count"]) for item in listed.json()["items"]
    }
    assert counts == {comment_id: (3, 1), quiet_id: (0, 0)}
    public = (await client.get(url)).json()
    assert (public["flag_count"], public["open_flag_count"]) == (None, None)

    await decide(client, world, comment_id, "publish")
    read = (await client.get(url, headers=world.secretariat.headers)).json()
    assert (read["flag_count"], read["open_flag_count"]) == (3, 0)
