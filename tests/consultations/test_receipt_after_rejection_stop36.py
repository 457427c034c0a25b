"""The author of a comment in a restricted consultation still has its receipt confirmed after
their organization was rejected (and so lost sight of the consultation); nobody else outside
it does."""

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)


async def test_a_rejected_organizations_author_still_checks_the_receipt(
    state: AppState, client: httpx.AsyncClient
) -> None:
    consultation = await make_consultation(state, visibility="restricted")
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    author, colleague = await make_user(state), await make_user(state)
    organization = await make_organization(
        state, stakeholder_group="civil_society", representatives=[author, colleague]
    )
    comment = await make_comment(state, round_, organization, author=author, body="Our view.")
    rejected = await client.post(
        f"/v1/organizations/{organization.id}/verification",
        json={"decision": "rejected", "note": "Not the organization it claims to be."},
        headers=await secretariat_headers(state),
    )
    assert rejected.status_code in (200, 201), rejected.text
    author_headers = bearer(await token_for(state, author))
    assert (
        await client.get(f"/v1/consultations/{consultation.id}", headers=author_headers)
    ).status_code == 404

    checked = await client.get(f"/v1/receipts/{comment.tracking_number}", headers=author_headers)

    assert checked.status_code == 200, checked.text
    assert checked.json()["valid"] is True
    assert checked.json()["comment_id"] == str(comment.id)
    colleague_headers = bearer(await token_for(state, colleague))
    for headers in (colleague_headers, {}):
        refused = await client.get(f"/v1/receipts/{comment.tracking_number}", headers=headers)
        assert refused.status_code == 404, refused.text
