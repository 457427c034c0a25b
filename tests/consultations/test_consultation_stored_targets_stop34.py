"""Narrowing a consultation's eligible groups under a stored representation target for a group
it drops conflicts with the consultation's state (stop 34): 409 naming the stored target, not
422 pointing into a body that holds no targets. Targets the body sends stay the body's: 422."""

from __future__ import annotations

from typing import Any

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import consultation_body, secretariat_headers

TARGETS = {"stakeholder_group": {"government": 0.4, "civil_society": 0.3}}


async def _consultation(
    client: httpx.AsyncClient, state: AppState
) -> tuple[str, dict[str, str], str]:
    headers = await secretariat_headers(state)
    created = await client.post(
        "/v1/consultations",
        json=consultation_body(representation_targets=TARGETS),
        headers=headers,
    )
    assert created.status_code == 201, created.text
    return f"/v1/consultations/{created.json()['id']}", headers, created.headers["etag"]


async def _patch(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], etag: str, body: dict[str, Any]
) -> httpx.Response:
    return await client.patch(url, json=body, headers={**headers, "If-Match": etag})


async def test_dropping_a_group_a_stored_target_names_is_409(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, headers, etag = await _consultation(client, state)
    response = await _patch(
        client, url, headers, etag, {"eligible_groups": ["government", "academia"]}
    )
    assert response.status_code == 409, response.text
    problem = response.json()
    assert "civil_society" in problem["detail"]
    assert "stakeholder_group" in problem["detail"]
    assert not problem.get("errors")
    # Nothing changed.
    unchanged = await client.get(url, headers=headers)
    assert unchanged.json()["eligible_groups"] != ["government", "academia"]
    assert unchanged.json()["representation_targets"] == TARGETS


async def test_targets_sent_with_the_groups_are_checked_as_the_bodys(
    client: httpx.AsyncClient, state: AppState
) -> None:
    url, headers, etag = await _consultation(client, state)
    wrong = await _patch(
        client,
        url,
        headers,
        etag,
        {"eligible_groups": ["government"], "representation_targets": TARGETS},
    )
    assert wrong.status_code == 422, wrong.text
    assert [error["loc"] for error in wrong.json()["errors"]] == [
        ["body", "representation_targets", "stakeholder_group", "civil_society"]
    ]
    fixed = await _patch(
        client,
        url,
        headers,
        etag,
        {
            "eligible_groups": ["government", "academia"],
            "representation_targets": {"stakeholder_group": {"government": 0.4}},
        },
    )
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["eligible_groups"] == ["government", "academia"]
