"""Deleting a document a round uses: the 409 says what keeps it, the round, and the comments
only when there are some (it said "the comments on it keep it" of a round without any)."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit


async def test_the_409_names_the_round_and_counts_only_comments_there_are(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    url = f"/v1/documents/{world.round.document_id}"
    headers = world.secretariat.headers

    async def refused() -> str:
        etag = (await client.get(url, headers=headers)).headers["etag"]
        response = await client.delete(url, headers={**headers, "If-Match": etag})
        assert response.status_code == 409, response.text
        detail: str = response.json()["detail"]
        return detail

    assert await refused() == (
        "Round 1 of this consultation uses the document; rounds cannot be deleted, so the "
        "document they consult on stays."
    )
    await submit(client, world, "We support this paragraph.")
    assert await refused() == (
        "Round 1 of this consultation uses the document, and the 1 comment made in it is "
        "anchored in its text; rounds cannot be deleted, so the document they consult on stays."
    )
