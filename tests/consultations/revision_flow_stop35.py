"""A zero draft with comments on it, its Rev.1 and what the API says became of each: the shared
steps of the stop-35 re-anchoring tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_revisions import open_first_reading, submit
from tests.factories import bearer, make_consultation, make_organization, make_user, token_for


@dataclass(frozen=True, slots=True)
class Revised:
    """Rev.1's response, its changes by old anchor, and each comment as ``?version=2`` reads it
    (by the label the test gave it)."""

    response: dict[str, Any]
    changes: dict[str, dict[str, Any]]
    added: list[str]
    comments: dict[str, dict[str, Any]]


async def revise_with_comments(
    client: httpx.AsyncClient,
    state: AppState,
    zero_draft: str,
    revision: str,
    comments: dict[str, tuple[str, str | None]] | None = None,
) -> Revised:
    """Imports ``zero_draft``, comments on it (label -> (anchor, quote)), posts ``revision`` as
    Rev.1 and reads the changes and every comment at version 2."""
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Outcome", "language": "en", "content": zero_draft},
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    document_id = imported.json()["document"]["id"]
    submitted: dict[str, dict[str, Any]] = {}
    if comments:
        opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
        assert opened.status_code == 201, opened.text
        representative = await make_user(state)
        organization = await make_organization(state, representatives=[representative])
        headers = bearer(await token_for(state, representative))
        for label, (anchor, quote) in comments.items():
            submitted[label] = await submit(
                client, headers, opened.json()["id"], organization.id, anchor, "en", quote
            )
    revised = await client.post(
        f"/v1/documents/{document_id}/versions",
        json={"label": "Rev.1", "language": "en", "content": revision},
        headers={**secretariat, "If-Match": imported.headers["etag"]},
    )
    assert revised.status_code == 201, revised.text
    changes = await client.get(f"/v1/documents/{document_id}/versions/2/changes")
    assert changes.status_code == 200, changes.text
    followed = {}
    for label, comment in submitted.items():
        resolved = await client.get(f"/v1/comments/{comment['id']}?version=2")
        assert resolved.status_code == 200, resolved.text
        followed[label] = resolved.json()
    return Revised(
        revised.json(),
        {item["old_anchor"]: item for item in changes.json()["items"]},
        changes.json()["added"],
        followed,
    )
