"""`representation_targets: null` in a new consultation means none, as `eligible_groups: null`
means all (it was 422 "Input should be a valid dictionary")."""

import httpx

from api.state import AppState
from tests.factories import bearer, make_user, token_for


async def test_null_targets_are_no_targets(client: httpx.AsyncClient, state: AppState) -> None:
    staff = await make_user(state, role="secretariat")
    response = await client.post(
        "/v1/consultations",
        json={
            "slug": "null-targets",
            "title": "Null targets",
            "eligible_groups": None,
            "representation_targets": None,
        },
        headers=bearer(await token_for(state, staff)),
    )
    assert response.status_code == 201, response.text
    assert response.json()["representation_targets"] == {}
