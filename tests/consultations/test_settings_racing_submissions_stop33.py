"""A consultation's settings changed while a comment is submitted: the submission is checked
and stored entirely under the settings before the change or entirely under those after it.

Relaxing `group_only` attribution (or `restricted` visibility) is refused once the consultation
holds a comment, since its submitter wrote under that promise; a comment being stored while the
change is made must count, not slip in after the check. The PostgreSQL cases hold the audit
chain's append lock (``tests.concurrency``) so that one writer stops before its commit with its
locks held while the other runs until it waits."""

import asyncio
import uuid
from datetime import datetime

import httpx
import sqlalchemy as sa

from api.state import AppState
from consultations.models import Comment, Consultation
from core.db import table_of
from tests.concurrency import (
    first_commits_first,
    needs_concurrent_writers,
)
from tests.consultations.test_comments import make_world, submit
from tests.consultations.test_consultations_api import secretariat_headers

RACES = 5


async def _patch(
    client: httpx.AsyncClient, headers: dict[str, str], consultation_id: object, changes: object
) -> httpx.Response:
    url = f"/v1/consultations/{consultation_id}"
    current = await client.get(url, headers=headers)
    return await client.patch(
        url, json=changes, headers=headers | {"If-Match": current.headers["etag"]}
    )


async def _updated_and_submitted(state: AppState, comment_id: str) -> tuple[datetime, datetime]:
    consultations, comments = table_of(Consultation), table_of(Comment)
    async with state.engine.connect() as connection:
        row = (
            await connection.execute(
                sa.select(consultations.c.updated_at, comments.c.submitted_at)
                .join(comments, comments.c.consultation_id == consultations.c.id)
                .where(comments.c.id == uuid.UUID(comment_id))
            )
        ).one()
    return row.updated_at, row.submitted_at


async def test_attribution_is_not_relaxed_over_a_comment_being_stored_under_group_only(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state, attribution="group_only")
    staff = await secretariat_headers(state)
    etag = (await client.get(f"/v1/consultations/{world.consultation.id}")).headers["etag"]
    submitted, relaxed = await first_commits_first(
        state,
        lambda: submit(client, world.round.id, world.token, world.body()),
        lambda: other_worker.patch(
            f"/v1/consultations/{world.consultation.id}",
            json={"attribution": "named"},
            headers=staff | {"If-Match": etag},
        ),
    )
    assert submitted.status_code == 201, submitted.text
    assert relaxed.status_code == 409, relaxed.text
    consultation = await client.get(f"/v1/consultations/{world.consultation.id}", headers=staff)
    assert consultation.json()["attribution"] == "group_only"


async def test_a_comment_submitted_while_moderation_is_tightened_is_stored_under_it(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    needs_concurrent_writers(state)
    world = await make_world(state, moderation="post")
    staff = await secretariat_headers(state)
    etag = (await client.get(f"/v1/consultations/{world.consultation.id}")).headers["etag"]
    tightened, submitted = await first_commits_first(
        state,
        lambda: other_worker.patch(
            f"/v1/consultations/{world.consultation.id}",
            json={"moderation": "pre"},
            headers=staff | {"If-Match": etag},
        ),
        lambda: submit(client, world.round.id, world.token, world.body()),
    )
    assert tightened.status_code == 200, tightened.text
    assert submitted.status_code == 201, submitted.text
    assert submitted.json()["status"] == "pending"


async def test_a_submission_and_a_relaxing_change_race_in_some_order(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    """Two workers: the change is refused when the comment came first, and applied only
    before the comment was stored otherwise."""
    staff = await secretariat_headers(state)
    for race in range(RACES):
        world = await make_world(state, attribution="group_only")
        submitted, relaxed = await asyncio.gather(
            submit(client, world.round.id, world.token, world.body()),
            _patch(other_worker, staff, world.consultation.id, {"attribution": "named"}),
        )
        assert submitted.status_code == 201, (race, submitted.text)
        assert relaxed.status_code in {200, 409}, (race, relaxed.text)
        if relaxed.status_code == 200:
            updated_at, submitted_at = await _updated_and_submitted(state, submitted.json()["id"])
            assert updated_at < submitted_at, race
