"""A consultation's moderation tightened to `pre` while one of its published comments is edited:
the edit is made entirely under the setting before the change or entirely under the one after
it. An edit under `pre` sends the comment back to pending, so the secretariat sees the new text
before the public does; an edit that read `post` while the change was committing kept it
published. The edit holds the consultation as submissions do (account, consultation, round,
comment, the order every writer takes them in). PostgreSQL, made deterministic with
``tests.concurrency``."""

import httpx

from api.state import AppState
from consultations.comments import comment_etag
from tests.concurrency import first_commits_first, needs_concurrent_writers
from tests.consultations.test_comments import make_world
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import bearer, make_comment


async def test_a_comment_edited_while_moderation_is_tightened_goes_back_to_pending(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state, moderation="post")
    comment = await make_comment(
        state, world.round, world.organization, author=world.representative
    )
    staff = await secretariat_headers(state)
    url = f"/v1/consultations/{world.consultation.id}"
    etag = (await client.get(url, headers=staff)).headers["etag"]
    tightened, edited = await first_commits_first(
        state,
        lambda: client.patch(url, json={"moderation": "pre"}, headers=staff | {"If-Match": etag}),
        lambda: other_worker.patch(
            f"/v1/comments/{comment.id}",
            json={"body": "Reworded once moderation is tightened."},
            headers=bearer(world.token) | {"If-Match": comment_etag(comment.id, comment.revision)},
        ),
    )
    assert tightened.status_code == 200, tightened.text
    assert edited.status_code == 200, edited.text
    assert edited.json()["status"] == "pending"
