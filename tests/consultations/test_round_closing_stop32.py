"""Closing a round that has closed already: a closing time that has passed keeps the time the
round really closed at, instead of moving it to the moment of the change."""

from datetime import timedelta

import httpx
import pytest

from api.state import AppState
from core.clock import rfc3339, utcnow
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.factories import make_consultation, make_document, make_round


async def closed_round(state: AppState) -> str:
    """A round that closed two minutes ago, after an hour open."""
    consultation = await make_consultation(state)
    now = utcnow()
    round_ = await make_round(
        state,
        consultation,
        await make_document(state, consultation),
        opens_at=now - timedelta(hours=1),
        closes_at=now - timedelta(minutes=2),
    )
    return str(round_.id)


@pytest.mark.parametrize(
    "requested",
    [
        pytest.param(timedelta(minutes=-3), id="before-it-closed"),
        pytest.param(timedelta(minutes=-1), id="after-it-closed"),
        pytest.param(timedelta(0), id="now"),
    ],
)
async def test_a_passed_closing_time_leaves_a_closed_round_as_it_is(
    client: httpx.AsyncClient, state: AppState, requested: timedelta
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    url = f"/v1/rounds/{await closed_round(state)}"
    before = await client.get(url, headers=headers)
    assert before.json()["status"] == "closed"
    changed = await client.patch(
        url,
        json={"closes_at": rfc3339(utcnow() + requested)},
        headers=headers | {"If-Match": before.headers["etag"]},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json() == before.json()
    assert changed.headers["etag"] == before.headers["etag"]
    assert events == []


async def test_a_closed_round_renamed_with_a_passed_closing_time_keeps_its_closing_time(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    url = f"/v1/rounds/{await closed_round(state)}"
    before = await client.get(url, headers=headers)
    changed = await client.patch(
        url,
        json={"title": "First reading", "closes_at": rfc3339(utcnow())},
        headers=headers | {"If-Match": before.headers["etag"]},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"] == "First reading"
    assert changed.json()["closes_at"] == before.json()["closes_at"]
    assert [event.data["changes"] for event in events] == [
        {"title": [before.json()["title"], "First reading"]}
    ]
