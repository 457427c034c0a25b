"""The synthesis as a secretariat reads it: when its data are from, how its paragraphs are
headed, what its representation summary says and how its Word tables are laid out."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx

from api.state import AppState
from core.clock import utcnow
from tests.consultations.test_reports_helpers import Caller, Row, caller, insert_comments
from tests.factories import make_consultation, make_document, make_organization, make_round


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


async def _synthesis(
    client: httpx.AsyncClient, staff: Caller, round_id: object, fmt: str = "json"
) -> httpx.Response:
    response = await client.get(
        f"/v1/rounds/{round_id}/synthesis?format={fmt}", headers=staff.headers
    )
    assert response.status_code == 200, response.text
    return response


async def _round_with_staff(state: AppState, **round_times: Any) -> tuple[Caller, Any]:
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    draft = await make_document(state, consultation)
    return staff, await make_round(state, consultation, draft, **round_times)


async def test_data_as_of_a_scheduled_round_is_not_in_the_future(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _round_with_staff(
        state, opens_at=utcnow() + timedelta(days=3), closes_at=utcnow() + timedelta(days=10)
    )
    synthesis = (await _synthesis(client, staff, round_.id)).json()
    assert _moment(synthesis["generated_for"]) <= utcnow()


async def test_data_as_of_moves_when_a_comment_is_hidden(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff, round_ = await _round_with_staff(state)
    organization = await make_organization(state)
    earlier, _later = await insert_comments(
        state, round_, [Row(organization.id, body="First."), Row(organization.id, body="Second.")]
    )
    before = (await _synthesis(client, staff, round_.id)).json()
    assert before == (await _synthesis(client, staff, round_.id)).json()  # unchanged data

    hidden = await client.post(
        f"/v1/comments/{earlier}/moderation",
        json={"decision": "hide", "reason": "Off topic."},
        headers=staff.headers,
    )
    assert hidden.status_code == 201, hidden.text
    after = (await _synthesis(client, staff, round_.id)).json()
    assert after["totals"]["comments"] == before["totals"]["comments"] - 1
    assert _moment(after["generated_for"]) > _moment(before["generated_for"])
    assert _moment(after["generated_for"]) <= utcnow()
