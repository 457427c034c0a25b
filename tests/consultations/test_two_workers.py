"""Two workers on one database: changes racing with the same If-Match, and a round shortened
while it accepts comments. Each worker is an app of its own (its own engine and pool), as
uvicorn's workers are; on PostgreSQL their transactions really overlap."""

import asyncio
from datetime import timedelta

import httpx

from api.state import AppState
from core.clock import rfc3339, utcnow
from tests.consultations.test_comments import make_world
from tests.consultations.test_comments_edit import submitted, with_etag
from tests.consultations.test_consultations_api import consultation_body, secretariat_headers

RACES = 5


async def test_a_consultation_changed_by_two_workers_with_one_etag_changes_once(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    created = await client.post("/v1/consultations", json=consultation_body(), headers=headers)
    url = f"/v1/consultations/{created.json()['id']}"
    for race in range(RACES):
        etag = (await client.get(url, headers=headers)).headers["etag"]
        responses = await asyncio.gather(
            *(
                worker.patch(
                    url, json={"title": f"Title {race}.{n}"}, headers=headers | {"If-Match": etag}
                )
                for n, worker in enumerate((client, other_worker))
            )
        )
        assert sorted(response.status_code for response in responses) == [200, 412], race
        winner = next(response for response in responses if response.status_code == 200)
        assert (await client.get(url, headers=headers)).json()["title"] == winner.json()["title"]


async def test_a_comment_changed_by_two_workers_with_one_etag_changes_once(
    client: httpx.AsyncClient, other_worker: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    location, etag = created.headers["Location"], created.headers["ETag"]
    for race in range(RACES):
        # Each request changes the comment: one restating what is stored would be a no-op,
        # which leaves the ETag as it was, and so the other request's If-Match true.
        responses = await asyncio.gather(
            *(
                worker.patch(
                    location,
                    json={"body": f"Edited in race {race} by worker {n}."},
                    headers=with_etag(world.token, etag),
                )
                for n, worker in enumerate((client, other_worker))
            )
        )
        assert sorted(response.status_code for response in responses) == [200, 412], race
        etag = next(r for r in responses if r.status_code == 200).headers["ETag"]
    history = await client.get(f"{location}/history", headers=with_etag(world.token, None))
    assert [item["revision"] for item in history.json()["items"]] == list(range(1, RACES + 1))


async def test_a_round_closed_at_a_time_already_past_closes_when_the_change_takes_effect(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Within the clock-skew tolerance a closing time may lie in the past; comments accepted
    after it stay inside the round: the round closes when the change is made."""
    world = await make_world(state)
    accepted = await submitted(client, world)
    headers = await secretariat_headers(state)
    url = f"/v1/rounds/{world.round.id}"
    etag = (await client.get(url, headers=headers)).headers["etag"]
    before = utcnow()
    shortened = await client.patch(
        url,
        json={"closes_at": rfc3339(before - timedelta(minutes=2))},
        headers=headers | {"If-Match": etag},
    )
    assert shortened.status_code == 200, shortened.text
    closes_at = shortened.json()["closes_at"]
    assert closes_at >= rfc3339(before)
    assert accepted.json()["submitted_at"] < closes_at
    late = await client.post(
        f"/v1/rounds/{world.round.id}/comments",
        json=world.body(),
        headers=with_etag(world.token, None) | {"Idempotency-Key": "late-one"},
    )
    assert late.status_code == 409
