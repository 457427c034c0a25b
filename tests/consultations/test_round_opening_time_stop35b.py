"""A round never claims to have opened before it existed: an ``opens_at`` in the past, on
creation or on a scheduled round's change, means "open now" and is stored as that moment."""

from datetime import datetime, timedelta

import httpx

from api.state import AppState
from core.clock import utcnow
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.consultations.test_rounds_api import at, round_body
from tests.factories import make_consultation, make_document


def _stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_a_backdated_opening_is_stored_as_the_moment_of_creation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    before = utcnow()
    created = await client.post(
        f"/v1/consultations/{consultation.id}/rounds",
        json=round_body(draft.document.id, opens=-24 * 30, closes=24),
        headers=headers,
    )
    after = utcnow()
    assert created.status_code == 201, created.text
    round_ = created.json()
    assert round_["status"] == "open"
    assert before <= _stamp(round_["opens_at"]) <= after
    assert _stamp(round_["opens_at"]) >= _stamp(round_["created_at"]) - timedelta(seconds=1)
    assert events[-1].data["opens_at"] == round_["opens_at"]


async def test_a_scheduled_round_moved_into_the_past_opens_now(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/rounds",
        json=round_body(draft.document.id, opens=2, closes=24),
        headers=headers,
    )
    assert created.json()["status"] == "scheduled"
    before = utcnow()
    moved = await client.patch(
        f"/v1/rounds/{created.json()['id']}",
        json={"opens_at": at(-24 * 30)},
        headers={**headers, "If-Match": created.headers["etag"]},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["status"] == "open"
    assert _stamp(moved.json()["opens_at"]) >= before
