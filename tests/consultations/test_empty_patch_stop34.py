"""An empty PATCH changes nothing, on a comment as on a round (an empty JSON merge patch)."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit


async def test_an_empty_patch_answers_the_comment_as_it_is(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment nobody changes.")
    url = f"/v1/comments/{comment['id']}"
    etag = f'"{comment["id"]}.1"'
    for media_type in ("application/json", "application/merge-patch+json"):
        response = await client.patch(
            url,
            content=b"{}",
            headers={
                **world.representative.headers,
                "If-Match": etag,
                "Content-Type": media_type,
            },
        )
        assert response.status_code == 200, response.text
        assert response.headers["ETag"] == etag
    read = await client.get(url, headers=world.representative.headers)
    assert (read.headers["ETag"], read.json()) == (etag, response.json())
    stale = await client.patch(
        url, json={}, headers={**world.representative.headers, "If-Match": f'"{comment["id"]}.9"'}
    )
    assert stale.status_code == 412
    assert (
        await client.patch(url, json={}, headers=world.representative.headers)
    ).status_code == 428
    round_url = f"/v1/rounds/{world.round.id}"
    round_etag = (await client.get(round_url, headers=world.secretariat.headers)).headers["ETag"]
    same_round = await client.patch(
        round_url, json={}, headers={**world.secretariat.headers, "If-Match": round_etag}
    )
    assert same_round.status_code == 200, same_round.text
