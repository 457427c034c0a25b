"""A comment's history counts every change in `current_revision` but lists earlier texts only,
and its documentation says so: a comment hidden unedited is at revision 2 with no items."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit
from tests.moderation.test_queue import decide


async def test_a_hidden_comment_never_edited_has_a_revision_and_no_earlier_text(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "Hidden by a moderator, never edited.")
    await decide(client, world, comment["id"], "hide")

    history = await client.get(
        f"/v1/comments/{comment['id']}/history", headers=world.secretariat.headers
    )
    assert history.status_code == 200, history.text
    assert (history.json()["current_revision"], history.json()["items"]) == (2, [])

    document = (await client.get("/openapi.json")).json()
    described = document["paths"]["/v1/comments/{comment_id}/history"]["get"]["description"]
    assert "its status included" in described
    assert "earlier texts only" in described
    fields = document["components"]["schemas"]["CommentHistory"]["properties"]
    assert "status changes" in fields["current_revision"]["description"]
