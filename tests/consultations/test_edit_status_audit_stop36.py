"""An edit that sends a published comment back to review says so in the audit log, as every
other change of a comment's status does."""

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit
from tests.moderation.test_audit import all_entries
from tests.moderation.test_queue import decide


async def test_an_edit_under_pre_moderation_records_the_comment_leaving_publication(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    comment = await submit(client, world, "The first text, approved by a moderator.")
    await decide(client, world, comment["id"], "publish")
    read = await client.get(f"/v1/comments/{comment['id']}", headers=world.representative.headers)
    edited = await client.patch(
        f"/v1/comments/{comment['id']}",
        json={"body": "Now something else, which nobody has reviewed."},
        headers={**world.representative.headers, "If-Match": read.headers["ETag"]},
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["status"] == "pending"

    again = await client.patch(
        f"/v1/comments/{comment['id']}",
        json={"body": "Changed once more while still pending."},
        headers={**world.representative.headers, "If-Match": edited.headers["ETag"]},
    )
    assert again.status_code == 200, again.text

    edits = [
        entry["data"]
        for entry in await all_entries(client, world)
        if entry["event"] == "comment.edited" and entry["subject_id"] == comment["id"]
    ]
    assert [(edit.get("from_status"), edit.get("to_status")) for edit in edits] == [
        ("published", "pending"),
        (None, None),
    ]


async def test_an_edit_under_post_moderation_records_no_status_change(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "Published at once, edited later.")
    read = await client.get(f"/v1/comments/{comment['id']}", headers=world.representative.headers)
    edited = await client.patch(
        f"/v1/comments/{comment['id']}",
        json={"body": "Edited, still published."},
        headers={**world.representative.headers, "If-Match": read.headers["ETag"]},
    )
    assert edited.json()["status"] == "published"
    (edit,) = [
        entry["data"]
        for entry in await all_entries(client, world)
        if entry["event"] == "comment.edited"
    ]
    assert "from_status" not in edit
    assert "to_status" not in edit
