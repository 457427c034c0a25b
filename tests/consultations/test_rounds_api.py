"""Consultation rounds through the HTTP API: clock-derived status, If-Match, overlap rules."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from api.state import AppState
from consultations.models import Round
from consultations.rounds import round_status
from core.clock import rfc3339, utcnow
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_round,
    make_user,
    token_for,
)


def at(hours: float) -> str:
    return rfc3339(utcnow() + timedelta(hours=hours))


def round_body(
    document_id: object, opens: float = -1, closes: float = 24, **extra: Any
) -> dict[str, Any]:
    return {
        "title": "First reading",
        "document_id": str(document_id),
        "version": 1,
        "opens_at": at(opens),
        "closes_at": at(closes),
        **extra,
    }


def test_status_follows_the_clock() -> None:
    opens = datetime(2026, 3, 1, 9, tzinfo=UTC)
    closes = datetime(2026, 3, 15, 18, tzinfo=UTC)
    round_ = Round(
        consultation_id=uuid.uuid4(),
        document_id=uuid.uuid4(),
        version_number=1,
        number=1,
        title="r",
        opens_at=opens,
        closes_at=closes,
    )
    assert round_status(round_, opens - timedelta(microseconds=1)) == "scheduled"
    assert round_status(round_, opens) == "open"
    assert round_status(round_, closes - timedelta(microseconds=1)) == "open"
    assert round_status(round_, closes) == "closed"
    assert round_status(round_, closes + timedelta(seconds=1)) == "closed"


async def test_create_and_read_rounds(client: httpx.AsyncClient, state: AppState) -> None:
    events = capture_events(state)
    facilitator = await make_user(state)
    consultation = await make_consultation(state, facilitators=[facilitator])
    draft = await make_document(state, consultation)
    headers = bearer(await token_for(state, facilitator))
    url = f"/v1/consultations/{consultation.id}/rounds"

    opened = await client.post(url, json=round_body(draft.document.id), headers=headers)
    assert opened.status_code == 201, opened.text
    body = opened.json()
    assert body["number"] == 1
    assert body["status"] == "open"
    assert body["version"] == 1
    assert body["opens_at"].endswith("Z")
    assert opened.headers["location"] == f"/v1/rounds/{body['id']}"
    assert [e.name for e in events] == ["round.created"]

    other_draft = await make_document(state, consultation)
    scheduled = await client.post(
        url, json=round_body(other_draft.document.id, opens=48, closes=96), headers=headers
    )
    assert scheduled.status_code == 201, scheduled.text
    assert scheduled.json()["number"] == 2
    assert scheduled.json()["status"] == "scheduled"

    closed = await make_round(
        state,
        consultation,
        draft,
        opens_at=utcnow() - timedelta(days=30),
        closes_at=utcnow() - timedelta(days=20),
        number=3,
    )
    read = await client.get(f"/v1/rounds/{closed.id}")
    assert read.status_code == 200
    assert read.json()["status"] == "closed"
    assert read.headers["etag"]

    listing = await client.get(url)
    assert [item["number"] for item in listing.json()["items"]] == [1, 2, 3]
    for status, numbers in (("open", [1]), ("scheduled", [2]), ("closed", [3])):
        filtered = await client.get(f"{url}?status={status}")
        assert [item["number"] for item in filtered.json()["items"]] == numbers
    assert (await client.get(f"{url}?status=later")).status_code == 422
    assert (await client.get("/v1/rounds/nope")).status_code == 404


async def test_invalid_rounds_are_422(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    elsewhere = await make_consultation(state)
    draft = await make_document(state, consultation)
    foreign = await make_document(state, elsewhere)
    url = f"/v1/consultations/{consultation.id}/rounds"
    cases = [
        (round_body(draft.document.id, opens=5, closes=2), ["body", "closes_at"]),
        (round_body(draft.document.id, opens=-5, closes=-2), ["body", "closes_at"]),
        (round_body(foreign.document.id), ["body", "document_id"]),
        (round_body(draft.document.id, version=9), ["body", "version"]),
        (round_body(draft.document.id, version=2**31), ["body", "version"]),
        # Version 1 exists: only the spelling is wrong.
        (round_body(draft.document.id, version="1"), ["body", "version"]),
        (round_body(draft.document.id, version=1.0), ["body", "version"]),
        (round_body(draft.document.id, version=True), ["body", "version"]),
        (round_body(draft.document.id, status="open"), ["body", "status"]),
        ({**round_body(draft.document.id), "opens_at": "tomorrow"}, ["body", "opens_at"]),
        ({**round_body(draft.document.id), "closes_at": 1893456000}, ["body", "closes_at"]),
        ({**round_body(draft.document.id), "closes_at": "2030-01-01"}, ["body", "closes_at"]),
    ]
    for body, loc in cases:
        response = await client.post(url, json=body, headers=headers)
        assert response.status_code == 422, (body, response.text)
        assert loc in [error["loc"] for error in response.json()["errors"]]


async def test_overlap_is_allowed_only_on_different_documents(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    annex = await make_document(state, consultation)
    url = f"/v1/consultations/{consultation.id}/rounds"

    first = await client.post(url, json=round_body(draft.document.id, 1, 10), headers=headers)
    assert first.status_code == 201
    clash = await client.post(url, json=round_body(draft.document.id, 5, 20), headers=headers)
    assert clash.status_code == 409
    parallel = await client.post(url, json=round_body(annex.document.id, 5, 20), headers=headers)
    assert parallel.status_code == 201
    adjacent = await client.post(
        url,
        json={**round_body(draft.document.id), "opens_at": first.json()["closes_at"]},
        headers=headers,
    )
    assert adjacent.status_code == 201, adjacent.text
    assert adjacent.json()["number"] == 3

    stretched = await client.patch(
        f"/v1/rounds/{first.json()['id']}",
        json={"closes_at": at(30)},
        headers={**headers, "If-Match": first.headers["etag"]},
    )
    assert stretched.status_code == 409


async def test_patch_needs_if_match_and_respects_the_clock(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/rounds",
        json=round_body(draft.document.id, -2, 24),
        headers=headers,
    )
    url = f"/v1/rounds/{created.json()['id']}"
    etag = created.headers["etag"]

    assert (await client.patch(url, json={"title": "x"}, headers=headers)).status_code == 428
    for null in ({"title": None}, {"closes_at": None}, {"opens_at": None}):
        refused = await client.patch(url, json=null, headers={**headers, "If-Match": etag})
        assert refused.status_code == 422, null
        assert "cannot be null" in refused.json()["errors"][0]["msg"]
    offset = await client.patch(
        url,
        json={"closes_at": rfc3339(utcnow() + timedelta(hours=30)).replace("Z", "+02:00")},
        headers={**headers, "If-Match": etag},
    )
    assert offset.status_code == 200, offset.text
    etag = offset.headers["etag"]
    stale = await client.patch(url, json={"title": "x"}, headers={**headers, "If-Match": '"a.1"'})
    assert stale.status_code == 412
    new_close = at(72)
    extended = await client.patch(
        url,
        json={"closes_at": new_close, "title": "Second reading"},
        headers={**headers, "If-Match": etag},
    )
    assert extended.status_code == 200, extended.text
    assert extended.json()["closes_at"] == new_close
    assert extended.json()["title"] == "Second reading"
    assert extended.headers["etag"] != etag
    assert events[-1].name == "round.updated"
    assert set(events[-1].data["changes"]) == {"closes_at", "title"}
    etag = extended.headers["etag"]
    assert (await client.get(url)).headers["etag"] == etag

    reopen_start = await client.patch(
        url, json={"opens_at": at(1)}, headers={**headers, "If-Match": etag}
    )
    assert reopen_start.status_code == 409
    into_past = await client.patch(
        url, json={"closes_at": at(-3)}, headers={**headers, "If-Match": etag}
    )
    assert into_past.status_code == 422
    close_now = await client.patch(
        url, json={"closes_at": at(0)}, headers={**headers, "If-Match": etag}
    )
    assert close_now.status_code == 200
    assert close_now.json()["status"] == "closed"
    reopened = await client.patch(
        url, json={"closes_at": at(5)}, headers={**headers, "If-Match": close_now.headers["etag"]}
    )
    assert reopened.json()["status"] == "open"

    later = await make_document(state, consultation)
    scheduled = await client.post(
        f"/v1/consultations/{consultation.id}/rounds",
        json=round_body(later.document.id, 24, 48),
        headers=headers,
    )
    moved = await client.patch(
        f"/v1/rounds/{scheduled.json()['id']}",
        json={"opens_at": at(12)},
        headers={**headers, "If-Match": scheduled.headers["etag"]},
    )
    assert moved.status_code == 200
    assert moved.json()["status"] == "scheduled"
    inverted = await client.patch(
        f"/v1/rounds/{scheduled.json()['id']}",
        json={"opens_at": at(60)},
        headers={**headers, "If-Match": moved.headers["etag"]},
    )
    assert inverted.status_code == 422


async def test_the_clock_opening_and_closing_a_round_changes_its_etag(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The ETag carries the status derived at the time of the response, so a client comparing
    ETags sees the round open and close; an `If-Match` read before the clock moved the round on
    is stale (412), and the ETag read since applies."""
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    now = utcnow()
    round_ = await make_round(
        state,
        consultation,
        draft,
        opens_at=now + timedelta(seconds=1),
        closes_at=now + timedelta(seconds=2),
    )
    url = f"/v1/rounds/{round_.id}"

    scheduled = await client.get(url)
    assert scheduled.json()["status"] == "scheduled"
    assert scheduled.headers["etag"] == f'"{round_.id}.1.scheduled"'
    await asyncio.sleep(max(0.0, (round_.opens_at - utcnow()).total_seconds()) + 0.05)
    opened = await client.get(url)
    assert opened.json()["status"] == "open"
    assert opened.headers["etag"] == f'"{round_.id}.1.open"'
    await asyncio.sleep(max(0.0, (round_.closes_at - utcnow()).total_seconds()) + 0.05)
    closed = await client.get(url)
    assert closed.json()["status"] == "closed"
    assert closed.headers["etag"] == f'"{round_.id}.1.closed"'
    listed = await client.get(f"/v1/consultations/{consultation.id}/rounds")
    assert listed.json()["items"][0]["status"] == "closed"

    for stale in (scheduled, opened):
        refused = await client.patch(
            url, json={"closes_at": at(5)}, headers={**headers, "If-Match": stale.headers["etag"]}
        )
        assert refused.status_code == 412, refused.text
        assert closed.headers["etag"] in refused.json()["detail"]
    reopened = await client.patch(
        url, json={"closes_at": at(5)}, headers={**headers, "If-Match": closed.headers["etag"]}
    )
    assert reopened.status_code == 200, reopened.text
    assert reopened.json()["status"] == "open"
    assert reopened.headers["etag"] == f'"{round_.id}.2.open"'
    assert (await client.get(url)).headers["etag"] == reopened.headers["etag"]


async def test_round_authorization(client: httpx.AsyncClient, state: AppState) -> None:
    facilitator = await make_user(state)
    own = await make_consultation(state, facilitators=[facilitator])
    other = await make_consultation(state)
    hidden = await make_consultation(state, visibility="restricted")
    own_draft = await make_document(state, own)
    other_draft = await make_document(state, other)
    hidden_draft = await make_document(state, hidden)
    headers = bearer(await token_for(state, facilitator))

    def create(consultation: object, draft: object, auth: dict[str, str]) -> Any:
        return client.post(
            f"/v1/consultations/{consultation}/rounds",
            json=round_body(draft),
            headers=auth,
        )

    assert (await create(own.id, own_draft.document.id, headers)).status_code == 201
    assert (await create(other.id, other_draft.document.id, headers)).status_code == 403
    assert (await create(hidden.id, hidden_draft.document.id, headers)).status_code == 404
    registered = bearer(await token_for(state, await make_user(state)))
    assert (await create(own.id, own_draft.document.id, registered)).status_code == 403
    assert (await create(own.id, own_draft.document.id, {})).status_code == 401

    other_round = await make_round(state, other, other_draft)
    hidden_round = await make_round(state, hidden, hidden_draft)
    for round_, expected in ((other_round, 403), (hidden_round, 404)):
        response = await client.patch(
            f"/v1/rounds/{round_.id}", json={"title": "Mine"}, headers={**headers, "If-Match": "*"}
        )
        assert response.status_code == expected
    assert (await client.get(f"/v1/rounds/{hidden_round.id}")).status_code == 404
    assert (await client.get(f"/v1/rounds/{other_round.id}")).status_code == 200
    secretariat = await secretariat_headers(state)
    assert (
        await client.patch(
            f"/v1/rounds/{hidden_round.id}",
            json={"title": "Renamed"},
            headers={**secretariat, "If-Match": "*"},
        )
    ).status_code == 200
    assert (await create(hidden.id, hidden_draft.document.id, secretariat)).status_code == 409
