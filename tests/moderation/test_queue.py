"""The moderation queue: what waits for a decision, oldest first, and who may see it."""

import httpx
import pytest

from api.state import AppState
from tests.moderation.helpers import World, make_world, person, submit


def queue_url(world: World) -> str:
    return f"/v1/consultations/{world.consultation.id}/moderation/queue"


async def flag(
    client: httpx.AsyncClient, comment_id: str, headers: dict[str, str], reason: str, note: str
) -> None:
    response = await client.post(
        f"/v1/comments/{comment_id}/flags", json={"reason": reason, "note": note}, headers=headers
    )
    assert response.status_code == 201, response.text


async def decide(client: httpx.AsyncClient, world: World, comment_id: str, decision: str) -> None:
    response = await client.post(
        f"/v1/comments/{comment_id}/moderation",
        json={"decision": decision, "reason": "Reviewed."},
        headers=world.facilitator.headers,
    )
    assert response.status_code == 201, response.text


async def queue_ids(client: httpx.AsyncClient, world: World, **params: object) -> list[str]:
    response = await client.get(queue_url(world), params=params, headers=world.facilitator.headers)
    assert response.status_code == 200, response.text
    return [item["comment_id"] for item in response.json()["items"]]


async def test_pending_comments_wait_oldest_first_until_decided(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    ids = [
        (await submit(client, world, f"Comment number {n} on the draft."))["id"] for n in range(5)
    ]
    assert await queue_ids(client, world) == ids
    await decide(client, world, ids[1], "publish")
    await decide(client, world, ids[3], "reject")
    assert await queue_ids(client, world) == [ids[0], ids[2], ids[4]]
    item = (await client.get(queue_url(world), headers=world.secretariat.headers)).json()["items"][
        0
    ]
    assert item["queued_because"] == "pending"
    assert item["status"] == "pending"
    assert item["flag_count"] == 0
    assert item["flag_reasons"] == {}
    assert item["submitted_at"].endswith("Z")


async def test_flagged_comments_join_the_queue_with_their_flags(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    quiet, flagged, hidden = [
        (await submit(client, world, f"Published comment {n}."))["id"] for n in range(3)
    ]
    await flag(client, flagged, world.registered.headers, "off_topic", "About something else.")
    for reason in ("spam", "spam", "offensive"):
        await flag(client, hidden, (await person(state)).headers, reason, "")
    response = await client.get(queue_url(world), headers=world.secretariat.headers)
    items = response.json()["items"]
    assert [item["comment_id"] for item in items] == [flagged, hidden]
    assert quiet not in [item["comment_id"] for item in items]
    first, second = items
    assert first["queued_because"] == "flagged"
    assert (first["status"], first["flag_count"]) == ("published", 1)
    assert first["flag_reasons"] == {"off_topic": 1}
    assert first["flag_notes"] == ["About something else."]
    assert first["last_flagged_at"].endswith("Z")
    assert (second["status"], second["flag_count"]) == ("hidden", 3)
    assert second["flag_reasons"] == {"spam": 2, "offensive": 1}
    assert second["flag_notes"] == []
    assert "user_id" not in str(second)

    await decide(client, world, flagged, "publish")
    await decide(client, world, hidden, "restore")
    assert await queue_ids(client, world) == []
    # A new flag after the decision brings the comment back.
    await flag(client, flagged, (await person(state)).headers, "misattributed", "Not theirs.")
    assert await queue_ids(client, world) == [flagged]


async def test_keyset_pagination(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state, moderation="pre")
    ids = [(await submit(client, world, f"Pending comment {n}."))["id"] for n in range(5)]
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, object] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(
            queue_url(world), params=params, headers=world.facilitator.headers
        )
        body = response.json()
        seen += [item["comment_id"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            assert "Link" not in response.headers
            break
        assert 'rel="next"' in response.headers["Link"]
    assert (seen, pages) == (ids, 3)
    bad = await client.get(
        queue_url(world), params={"cursor": "nonsense"}, headers=world.facilitator.headers
    )
    assert bad.status_code == 400


@pytest.mark.parametrize("visibility", ["public", "restricted"])
async def test_permissions(client: httpx.AsyncClient, state: AppState, visibility: str) -> None:
    world = await make_world(state, visibility=visibility, moderation="pre")
    hidden_status = 404 if visibility == "restricted" else 403
    expected = [
        ({}, 401),
        (world.registered.headers, hidden_status),
        (world.other_facilitator.headers, hidden_status),
        (world.representative.headers, 403),
        (world.facilitator.headers, 200),
        (world.secretariat.headers, 200),
    ]
    for headers, status in expected:
        response = await client.get(queue_url(world), headers=headers)
        assert response.status_code == status, (headers, response.text)
    assert (
        await client.get(
            "/v1/consultations/no-such-thing/moderation/queue", headers=world.secretariat.headers
        )
    ).status_code == 404


async def test_hiding_a_comment_the_flags_hid_confirms_it_and_empties_the_queue(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    hidden = (await submit(client, world, "A comment three people flag."))["id"]
    for reason in ("spam", "offensive", "spam"):
        await flag(client, hidden, (await person(state)).headers, reason, "")
    assert await queue_ids(client, world) == [hidden]
    await decide(client, world, hidden, "hide")
    assert await queue_ids(client, world) == []
    comment = await client.get(f"/v1/comments/{hidden}", headers=world.secretariat.headers)
    assert comment.json()["status"] == "hidden"
    again = await client.post(
        f"/v1/comments/{hidden}/moderation",
        json={"decision": "hide", "reason": "Twice."},
        headers=world.facilitator.headers,
    )
    assert again.status_code == 409
    assert "publish, reject, restore" in again.json()["detail"]
