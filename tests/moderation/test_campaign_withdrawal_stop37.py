"""A withdrawn comment leaves its campaign; moderation decisions and erasure do not."""

import random
from typing import Any

import httpx

from api.state import AppState
from tests.comment_texts import english_variant
from tests.factories import bearer, token_for
from tests.moderation.helpers import (
    Person,
    World,
    make_world,
    representative_of_new_organization,
    submit,
)


async def _campaign_id(client: httpx.AsyncClient, world: World, comment: dict[str, Any]) -> Any:
    response = await client.get(f"/v1/comments/{comment['id']}", headers=world.secretariat.headers)
    assert response.status_code == 200, response.text
    return response.json()["campaign_id"]


async def _listed(client: httpx.AsyncClient, world: World) -> list[dict[str, Any]]:
    response = await client.get(
        f"/v1/rounds/{world.round.id}/campaigns", headers=world.secretariat.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def _withdraw(client: httpx.AsyncClient, author: Person, comment: dict[str, Any]) -> Any:
    response = await client.delete(
        f"/v1/comments/{comment['id']}",
        headers={**author.headers, "If-Match": f'"{comment["id"]}.1"'},
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _letters(
    client: httpx.AsyncClient, state: AppState, world: World, count: int
) -> list[tuple[Person, dict[str, Any]]]:
    rng = random.Random(37)
    sent = []
    for _ in range(count):
        # Named by the factory: each call of a test brings new organizations, and one name
        # per country holds among those not rejected.
        author, organization = await representative_of_new_organization(state)
        comment = await submit(
            client, world, english_variant(rng), author=author, organization=organization
        )
        sent.append((author, comment))
    return sent


async def test_a_campaign_of_two_is_dissolved_when_one_is_withdrawn(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    (first_author, first), (_, second) = await _letters(client, state, world, 2)
    assert second["campaign_id"] is not None
    assert [item["size"] for item in await _listed(client, world)] == [2]

    withdrawn = await _withdraw(client, first_author, first)

    assert withdrawn["campaign_id"] is None
    assert await _listed(client, world) == []
    assert await _campaign_id(client, world, first) is None
    assert await _campaign_id(client, world, second) is None
    export = await client.get(
        f"/v1/rounds/{world.round.id}/comments/export?format=csv", headers=world.secretariat.headers
    )
    assert export.status_code == 200, export.text
    assert second["campaign_id"] not in export.text


async def test_the_others_stay_together_and_the_withdrawn_copy_is_no_candidate(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    (first_author, first), (_, second), (_, third) = await _letters(client, state, world, 3)
    campaign = third["campaign_id"]

    await _withdraw(client, first_author, first)

    [listed] = await _listed(client, world)
    assert (listed["id"], listed["comment_ids"]) == (campaign, [second["id"], third["id"]])
    assert await _campaign_id(client, world, first) is None
    (_, fourth), *_ = await _letters(client, state, world, 1)
    assert fourth["campaign_id"] == campaign
    assert await _campaign_id(client, world, first) is None


async def test_moderation_decisions_and_erasure_keep_campaigns(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    (first_author, first), (_, second), (_, third) = await _letters(client, state, world, 3)
    campaign = third["campaign_id"]
    for comment, decision in ((first, "hide"), (second, "reject")):
        response = await client.post(
            f"/v1/comments/{comment['id']}/moderation",
            json={"decision": decision, "reason": "Off topic."},
            headers=world.secretariat.headers,
        )
        assert response.status_code == 201, response.text
    erased = await client.delete(
        "/v1/me", headers=bearer(await token_for(state, first_author.user))
    )
    assert erased.status_code == 204, erased.text

    for comment in (first, second, third):
        assert await _campaign_id(client, world, comment) == campaign
