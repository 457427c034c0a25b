"""Audit of the gender report: machine clients are no people."""

from __future__ import annotations

import httpx

from api.state import AppState
from tests.consultations.test_comments import bound_client_token, submit
from tests.consultations.test_reports_helpers import caller
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)


async def test_gender_counts_people_not_machine_clients(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await caller(state, role="secretariat")
    woman = await make_user(state, gender="woman")
    leaver = await make_user(state, gender="man")
    organization = await make_organization(state, representatives=[woman, leaver])
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    leaver_token = await token_for(state, leaver)
    machine_token = await bound_client_token(state, organization)
    body = {
        "organization_id": str(organization.id),
        "anchor": "1",
        "kind": "comment",
        "body": "We welcome this paragraph.",
        "language": "en",
    }
    for token in (await token_for(state, woman), leaver_token, machine_token, machine_token):
        submitted = await submit(client, round_.id, token, body)
        assert submitted.status_code == 201, submitted.text
    erased = await client.delete("/v1/me", headers=bearer(leaver_token))
    assert erased.status_code == 204, erased.text

    report = await client.get(
        f"/v1/rounds/{round_.id}/representation",
        params={"dimension": "gender"},
        headers=secretariat.headers,
    )
    assert report.status_code == 200, report.text
    people = {row["key"]: row["organizations"] for row in report.json()["categories"]}
    # The erased account was a person, who declared nothing the report can still read.
    assert people == {"woman": 1, "man": 0, "non_binary": 0, "undisclosed": 1}
    assert report.json()["totals"] == {"comments": 2, "organizations": 2}
