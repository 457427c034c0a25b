"""Rounds on different versions of one document may run at the same time (late comments on the
zero draft while Rev.1 is out); rounds on the same version may not."""

from datetime import timedelta

import httpx

from api.state import AppState
from core.clock import utcnow
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_revisions import revise
from tests.consultations.test_rounds_api import at, round_body
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)

REV_1 = (
    "1. Digital technologies are dramatically transforming our world.\n\n"
    "2. We can only achieve this through strengthened international cooperation and solidarity.\n"
)


async def test_rounds_on_two_versions_of_a_document_run_side_by_side(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    await revise(client, headers, str(draft.document.id), "en", REV_1)
    url = f"/v1/consultations/{consultation.id}/rounds"

    zero_draft = await client.post(url, json=round_body(draft.document.id, -1, 10), headers=headers)
    assert zero_draft.status_code == 201, zero_draft.text
    rev_1 = await client.post(
        url, json=round_body(draft.document.id, -1, 48, version=2), headers=headers
    )
    assert rev_1.status_code == 201, rev_1.text
    same_version = await client.post(
        url, json=round_body(draft.document.id, 5, 20, version=2), headers=headers
    )
    assert same_version.status_code == 409
    assert "version 2" in same_version.json()["detail"]

    author = await make_user(state)
    organization = await make_organization(state, representatives=[author])
    for created, anchor in ((zero_draft, "3.a"), (rev_1, "2")):
        submitted = await client.post(
            f"/v1/rounds/{created.json()['id']}/comments",
            json={
                "organization_id": str(organization.id),
                "anchor": anchor,
                "kind": "comment",
                "body": f"On {anchor}.",
                "language": "en",
            },
            headers={**bearer(await token_for(state, author)), "Idempotency-Key": anchor},
        )
        assert submitted.status_code == 201, submitted.text
        assert submitted.json()["version"] == created.json()["version"]
        listed = await client.get(f"/v1/rounds/{created.json()['id']}/comments")
        assert [item["anchor"] for item in listed.json()["items"]] == [anchor]


async def test_a_closed_round_is_extended_while_a_later_version_runs(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    await revise(client, headers, str(draft.document.id), "en", REV_1)
    url = f"/v1/consultations/{consultation.id}/rounds"
    closed = await make_round(
        state,
        consultation,
        draft,
        opens_at=utcnow() - timedelta(days=2),
        closes_at=utcnow() - timedelta(hours=1),
    )
    rev_1 = await client.post(
        url, json=round_body(draft.document.id, 1, 48, version=2), headers=headers
    )
    assert rev_1.status_code == 201, rev_1.text

    zero_draft = await client.get(f"/v1/rounds/{closed.id}")
    assert zero_draft.json()["status"] == "closed"
    extended = await client.patch(
        f"/v1/rounds/{closed.id}",
        json={"closes_at": at(24)},
        headers={**headers, "If-Match": zero_draft.headers["etag"]},
    )
    assert extended.status_code == 200, extended.text
    assert extended.json()["status"] == "open"
    moved = await client.patch(
        f"/v1/rounds/{rev_1.json()['id']}",
        json={"opens_at": at(2)},
        headers={**headers, "If-Match": rev_1.headers["etag"]},
    )
    assert moved.status_code == 200, moved.text
