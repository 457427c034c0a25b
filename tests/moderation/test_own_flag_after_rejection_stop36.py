"""An author whose organization was rejected still cannot flag their own comment, and the 403
no longer tells them to edit or withdraw it, which they cannot do either: it sends them to the
moderators."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit


async def test_the_author_of_a_rejected_organization_is_sent_to_the_moderators(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment its author would now take down.")
    url = f"/v1/comments/{comment['id']}/flags"
    headers = world.representative.headers

    while_verified = await client.post(url, json={"reason": "spam"}, headers=headers)
    assert while_verified.status_code == 403, while_verified.text
    assert "edit or withdraw it instead" in while_verified.json()["detail"]

    rejected = await client.post(
        f"/v1/organizations/{world.organization.id}/verification",
        json={"decision": "rejected", "note": "Not an organization."},
        headers=world.secretariat.headers,
    )
    assert rejected.status_code in (200, 201), rejected.text
    withdrawn = await client.delete(f"/v1/comments/{comment['id']}", headers=headers)
    assert withdrawn.status_code == 403, withdrawn.text

    refused = await client.post(url, json={"reason": "spam"}, headers=headers)
    assert refused.status_code == 403, refused.text
    detail = refused.json()["detail"]
    assert "instead" not in detail
    assert "ask the secretariat or a co-facilitator" in detail
