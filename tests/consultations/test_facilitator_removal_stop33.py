"""Removing a co-facilitator who is not one is 404, as api.md says of what is unknown: the
appointment named by the path does not exist (as for an organization's representatives)."""

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_consultations_api import capture_events, secretariat_headers
from tests.factories import make_consultation, make_user


@pytest.mark.parametrize("user_ref", ["garbage", "-1", "0195f1d4-0000-7000-8000-000000000000"])
async def test_removing_an_unknown_or_malformed_user_is_404(
    client: httpx.AsyncClient, state: AppState, user_ref: str
) -> None:
    consultation = await make_consultation(state)
    removed = await client.delete(
        f"/v1/consultations/{consultation.id}/facilitators/{user_ref}",
        headers=await secretariat_headers(state),
    )
    assert removed.status_code == 404, removed.text
    assert removed.headers["content-type"] == "application/problem+json"


async def test_removing_a_user_who_is_not_a_co_facilitator_is_404_and_records_nothing(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    consultation = await make_consultation(state)
    person = await make_user(state)
    removed = await client.delete(
        f"/v1/consultations/{consultation.id}/facilitators/{person.id}",
        headers=await secretariat_headers(state),
    )
    assert removed.status_code == 404, removed.text
    assert events == []


async def test_a_repeated_removal_is_404(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    person = await make_user(state)
    url = f"/v1/consultations/{consultation.id}/facilitators/{person.id}"
    assert (await client.put(url, headers=headers)).status_code == 201
    assert (await client.delete(url, headers=headers)).status_code == 204
    assert (await client.delete(url, headers=headers)).status_code == 404
