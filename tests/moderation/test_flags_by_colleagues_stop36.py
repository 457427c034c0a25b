"""The representatives of a comment's organization cannot flag it, as its author cannot: they
may edit or withdraw it, and their flags would need fewer outsiders to hide it."""

import httpx

from api.state import AppState
from tests.moderation.helpers import comment_row, make_world, person, submit


async def test_a_colleague_of_the_author_cannot_flag_the_comment(
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
    comment = await submit(client, world, "A comment of the organization.")
    url = f"/v1/comments/{comment['id']}/flags"

    refused = await client.post(url, json={"reason": "misattributed"}, headers=colleague.headers)
    assert refused.status_code == 403, refused.text
    assert "organization you represent" in refused.json()["detail"]
    assert (await comment_row(state, comment["id"])).flag_count == 0

    outsider = await client.post(url, json={"reason": "spam"}, headers=world.registered.headers)
    assert outsider.status_code == 201, outsider.text


async def test_once_the_organization_is_rejected_its_people_may_flag_what_they_cannot_withdraw(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    colleague = await person(state)
    await client.post(
        f"/v1/organizations/{world.organization.id}/representatives",
        json={"email": colleague.user.email},
        headers=world.representative.headers,
    )
    comment = await submit(client, world, "A comment the organization can no longer withdraw.")
    rejected = await client.post(
        f"/v1/organizations/{world.organization.id}/verification",
        json={"decision": "rejected", "note": "Not an organization."},
        headers=world.secretariat.headers,
    )
    assert rejected.status_code in (200, 201), rejected.text

    flagged = await client.post(
        f"/v1/comments/{comment['id']}/flags",
        json={"reason": "misattributed"},
        headers=colleague.headers,
    )
    assert flagged.status_code == 201, flagged.text
