"""Once the secretariat rejects an organization its people are no longer its representatives:
its pending, hidden and rejected comments are 404 to them through the moderation endpoints too,
as they are through the comment endpoints."""

import httpx

from api.state import AppState
from tests.moderation.helpers import World, make_world, person, submit


async def _reject_organization(client: httpx.AsyncClient, world: World) -> None:
    rejected = await client.post(
        f"/v1/organizations/{world.organization.id}/verification",
        json={"decision": "rejected", "note": "Not an organization."},
        headers=world.secretariat.headers,
    )
    assert rejected.status_code in (200, 201), rejected.text


async def test_a_pending_comment_of_a_rejected_organization_is_404_to_its_author(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    comment = await submit(client, world, "A comment waiting for the moderators.")
    assert comment["status"] == "pending"
    await _reject_organization(client, world)
    headers = world.representative.headers

    read = await client.get(f"/v1/comments/{comment['id']}", headers=headers)
    assert read.status_code == 404, read.text
    flagged = await client.post(
        f"/v1/comments/{comment['id']}/flags", json={"reason": "spam"}, headers=headers
    )
    assert flagged.status_code == 404, flagged.text
    decided = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "publish", "reason": "Mine."},
        headers=headers,
    )
    assert decided.status_code == 404, decided.text


async def test_a_hidden_comment_of_a_rejected_organization_is_404_to_its_people(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    colleague = await person(state)
    added = await client.post(
        f"/v1/organizations/{world.organization.id}/representatives",
        json={"email": colleague.user.email},
        headers=world.representative.headers,
    )
    assert added.status_code in (200, 201), added.text
    comment = await submit(client, world, "A comment the moderators will hide.")
    hidden = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": "Off topic."},
        headers=world.secretariat.headers,
    )
    assert hidden.status_code in (200, 201), hidden.text
    await _reject_organization(client, world)

    for someone in (world.representative, colleague):
        read = await client.get(f"/v1/comments/{comment['id']}", headers=someone.headers)
        assert read.status_code == 404, read.text
        flagged = await client.post(
            f"/v1/comments/{comment['id']}/flags",
            json={"reason": "misattributed"},
            headers=someone.headers,
        )
        assert flagged.status_code == 404, flagged.text
        assert flagged.json()["detail"].startswith("No such comment")
