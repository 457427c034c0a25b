"""The flag response carries `open_flag_count` next to `flag_count`, the same two numbers
`GET /v1/comments/{id}` shows the staff: a moderator who flags sees whether earlier flags were
answered; anyone else sees neither count, as on the comment."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, person, submit
from tests.moderation.test_queue import decide, flag


async def test_flag_response_counts_the_flags_no_decision_answered(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment_id = (await submit(client, world, "Flagged twice, reviewed, flagged again."))["id"]
    for reason in ("spam", "spam"):
        await flag(client, comment_id, (await person(state)).headers, reason, "")
    await decide(client, world, comment_id, "publish")

    response = await client.post(
        f"/v1/comments/{comment_id}/flags",
        json={"reason": "offensive", "note": "Rude."},
        headers=world.secretariat.headers,
    )
    assert response.status_code == 201, response.text
    flagged = response.json()
    assert (flagged["comment_status"], flagged["flag_count"], flagged["open_flag_count"]) == (
        "published",
        3,
        1,
    )
    read = await client.get(f"/v1/comments/{comment_id}", headers=world.secretariat.headers)
    assert (read.json()["flag_count"], read.json()["open_flag_count"]) == (
        flagged["flag_count"],
        flagged["open_flag_count"],
    )


async def test_a_flagger_who_does_not_moderate_sees_no_counts(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment_id = (await submit(client, world, "Flagged by two people."))["id"]
    await flag(client, comment_id, (await person(state)).headers, "spam", "")

    response = await client.post(
        f"/v1/comments/{comment_id}/flags",
        json={"reason": "spam"},
        headers=(await person(state)).headers,
    )

    assert response.status_code == 201, response.text
    flagged = response.json()
    assert (flagged["flag_count"], flagged["open_flag_count"]) == (None, None)
    read = await client.get(f"/v1/comments/{comment_id}", headers=world.secretariat.headers)
    assert (read.json()["flag_count"], read.json()["open_flag_count"]) == (2, 2)
