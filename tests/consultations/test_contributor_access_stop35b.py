"""An organization keeps its own comments when a restricted consultation narrows its eligible
groups: its representatives still see, edit and withdraw them, and verify their receipts."""

from dataclasses import dataclass

import httpx

from api.state import AppState
from consultations.models import Comment, Consultation, Round
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


@dataclass(frozen=True, slots=True)
class Narrowed:
    consultation: Consultation
    round: Round
    comment: Comment
    author: dict[str, str]
    outsider: dict[str, str]


async def _narrowed(state: AppState, client: httpx.AsyncClient) -> Narrowed:
    """An academia comment in an open round, then academia dropped from the eligible groups."""
    consultation = await make_consultation(
        state, visibility="restricted", eligible_groups=("civil_society", "academia", "government")
    )
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    author = await make_user(state)
    academia = await make_organization(
        state, stakeholder_group="academia", representatives=[author]
    )
    comment = await make_comment(state, round_, academia, author=author, body="Our view.")
    outsider = await make_user(state)
    await make_organization(state, stakeholder_group="academia", representatives=[outsider])
    staff = await secretariat_headers(state)
    current = await client.get(f"/v1/consultations/{consultation.id}", headers=staff)
    narrowed = await client.patch(
        f"/v1/consultations/{consultation.id}",
        json={"eligible_groups": ["government"]},
        headers={**staff, "If-Match": current.headers["ETag"]},
    )
    assert narrowed.status_code == 200, narrowed.text
    return Narrowed(
        consultation,
        round_,
        comment,
        bearer(await token_for(state, author)),
        bearer(await token_for(state, outsider)),
    )


async def test_the_author_still_reads_edits_and_withdraws(
    state: AppState, client: httpx.AsyncClient
) -> None:
    case = await _narrowed(state, client)
    comment, author = case.comment, case.author
    read = await client.get(f"/v1/comments/{comment.id}", headers=author)
    assert read.status_code == 200, read.text
    listed = await client.get(f"/v1/rounds/{case.round.id}/comments", headers=author)
    assert [item["id"] for item in listed.json()["items"]] == [str(comment.id)]
    edited = await client.patch(
        f"/v1/comments/{comment.id}",
        json={"body": "Our revised view."},
        headers={**author, "If-Match": read.headers["ETag"]},
    )
    assert edited.status_code == 200, edited.text
    withdrawn = await client.delete(
        f"/v1/comments/{comment.id}",
        headers={**author, "If-Match": edited.headers["ETag"]},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["status"] == "withdrawn"


async def test_the_receipt_still_verifies_for_the_author(
    state: AppState, client: httpx.AsyncClient
) -> None:
    case = await _narrowed(state, client)
    comment = case.comment
    checked = await client.get(
        f"/v1/receipts/{comment.tracking_number}",
        headers=case.author,
    )
    assert checked.status_code == 200, checked.text
    assert checked.json()["valid"] is True
    assert checked.json()["comment_id"] == str(comment.id)


async def test_others_of_a_dropped_group_no_longer_see_the_consultation(
    state: AppState, client: httpx.AsyncClient
) -> None:
    case = await _narrowed(state, client)
    consultation, outsider = case.consultation, case.outsider
    seen = await client.get(f"/v1/consultations/{consultation.id}", headers=outsider)
    assert seen.status_code == 404
    receipt = await client.get(
        f"/v1/receipts/{case.comment.tracking_number}",
        headers=outsider,
    )
    assert receipt.status_code == 404
    anonymous = await client.get(f"/v1/receipts/{case.comment.tracking_number}")
    assert anonymous.status_code == 404


async def test_the_contributor_still_finds_the_consultation_listed(
    state: AppState, client: httpx.AsyncClient
) -> None:
    case = await _narrowed(state, client)
    consultation = case.consultation
    seen = await client.get(f"/v1/consultations/{consultation.id}", headers=case.author)
    assert seen.status_code == 200
    listed = await client.get("/v1/consultations?limit=200", headers=case.author)
    assert str(consultation.id) in [item["id"] for item in listed.json()["items"]]
    outsider_list = await client.get("/v1/consultations?limit=200", headers=case.outsider)
    assert str(consultation.id) not in [item["id"] for item in outsider_list.json()["items"]]
