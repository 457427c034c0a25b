"""Editing and withdrawing comments, and their history."""

from datetime import timedelta
from typing import Any

import httpx
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import Membership
from consultations.receipts import text_sha256
from core.clock import utcnow
from tests.consultations.test_comments import (
    World,
    captured_events,
    make_world,
    set_round_window,
    submit,
)
from tests.consultations.test_comments_read import listing, staff
from tests.factories import bearer, make_comment, make_organization, make_user, token_for


async def submitted(client: httpx.AsyncClient, world: World, **overrides: Any) -> httpx.Response:
    response = await submit(client, world.round.id, world.token, world.body(**overrides))
    assert response.status_code == 201, response.text
    return response


def with_etag(token: str, etag: str | None) -> dict[str, str]:
    headers = bearer(token)
    if etag is not None:
        headers["If-Match"] = etag
    return headers


async def test_edit_needs_if_match_and_keeps_history(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = captured_events(state, "comment.edited")
    world = await make_world(state)
    created = await submitted(client, world, position="oppose")
    location, etag = created.headers["Location"], created.headers["ETag"]
    original = created.json()

    missing = await client.patch(location, json={"body": "New"}, headers=bearer(world.token))
    assert missing.status_code == 428
    stale = await client.patch(
        location, json={"body": "New"}, headers=with_etag(world.token, '"nope.1"')
    )
    assert stale.status_code == 412

    edited = await client.patch(
        location,
        json={"body": "We now support it.", "position": "support"},
        headers=with_etag(world.token, etag),
    )
    assert edited.status_code == 200, edited.text
    comment = edited.json()
    assert comment["body"] == "We now support it."
    assert comment["position"] == "support"
    assert comment["anchor"] == "1"
    assert comment["status"] == "published"
    assert edited.headers["ETag"] == f'"{comment["id"]}.2"'
    assert comment["receipt"] == original["receipt"]
    assert comment["tracking_number"] == original["tracking_number"]
    assert comment["submitted_at"] == original["submitted_at"]
    assert comment["updated_at"] >= original["updated_at"]

    again = await client.patch(location, json={"body": "x"}, headers=with_etag(world.token, etag))
    assert again.status_code == 412

    anonymous = await client.get(f"{location}/history")
    assert anonymous.status_code == 401
    assert anonymous.headers["WWW-Authenticate"] == "Bearer"
    history = await client.get(f"{location}/history", headers=bearer(world.token))
    assert history.status_code == 200
    assert history.json()["current_revision"] == 2
    (previous,) = history.json()["items"]
    assert previous["revision"] == 1
    assert previous["body"] == "We welcome this paragraph."
    assert previous["position"] == "oppose"
    assert previous["edited_by"] == str(world.representative.id)

    receipt = (await client.get(f"/v1/receipts/{original['tracking_number']}")).json()
    assert receipt["valid"] is True
    assert receipt["body_sha256"] == text_sha256("We welcome this paragraph.")

    (event,) = events
    assert event.subject_id == comment["id"]
    assert event.data["revision"] == 2


async def test_edit_validates_anchor_and_quote(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    created = await submitted(client, world, quote={"exact": "transforming"})
    location, etag = created.headers["Location"], created.headers["ETag"]
    headers = with_etag(world.token, etag)
    assert (await client.patch(location, json={"anchor": "99"}, headers=headers)).status_code == 422
    bad_quote = await client.patch(location, json={"quote": {"exact": "absent"}}, headers=headers)
    assert bad_quote.status_code == 422
    assert (await client.patch(location, json={"body": None}, headers=headers)).status_code == 422
    assert (
        await client.patch(location, json={"proposed_text": "x"}, headers=headers)
    ).status_code == 422
    assert (
        await client.patch(location, json={"kind": "amendment"}, headers=headers)
    ).status_code == 422
    for change in ({"anchor": "2"}, {"anchor": None}):
        refused = await client.patch(location, json=change, headers=headers)
        assert refused.status_code == 422, change
        assert refused.json()["errors"][0]["loc"] == ["body", "quote"]
    unchanged = (await client.get(location, headers=bearer(world.token))).json()
    assert (unchanged["anchor"], unchanged["quote"]["exact"]) == ("1", "transforming")
    moved = await client.patch(location, json={"anchor": "2", "quote": None}, headers=headers)
    assert moved.status_code == 200, moved.text
    assert (moved.json()["anchor"], moved.json()["quote"]) == ("2", None)
    general = await client.patch(
        location, json={"anchor": None}, headers=with_etag(world.token, moved.headers["ETag"])
    )
    assert general.json()["anchor"] is None


async def test_a_comment_read_can_be_sent_back_as_it_is(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """Responses carry the selector's ``type``; a client that edits what it read sends it
    back, and only that literal type is accepted."""
    world = await make_world(state)
    created = await submitted(client, world, quote={"exact": "transforming"})
    read = (await client.get(created.headers["Location"], headers=bearer(world.token))).json()
    assert read["quote"]["type"] == "TextQuoteSelector"
    headers = with_etag(world.token, created.headers["ETag"])
    edited = await client.patch(
        created.headers["Location"],
        json={"body": read["body"] + " Edited.", "quote": read["quote"]},
        headers=headers,
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["quote"] == read["quote"]
    wrong_type = dict(read["quote"], type="TextPositionSelector")
    refused = await client.patch(
        created.headers["Location"],
        json={"quote": wrong_type},
        headers=with_etag(world.token, edited.headers["ETag"]),
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "quote", "type"]


async def test_a_moved_comment_keeps_its_quote_where_it_occurs(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world, anchor="3.a", quote={"exact": "digital"})
    headers = with_etag(world.token, created.headers["ETag"])
    moved = await client.patch(created.headers["Location"], json={"anchor": "3.b"}, headers=headers)
    assert moved.status_code == 200, moved.text
    assert (moved.json()["anchor"], moved.json()["quote"]["exact"]) == ("3.b", "digital")


async def test_only_the_organizations_representatives_change_a_comment(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    location, etag = created.headers["Location"], created.headers["ETag"]
    other_rep = await make_user(state)
    await make_organization(state, representatives=[other_rep])
    secretariat, _, _ = await staff(state, world)
    for token in (await token_for(state, other_rep), secretariat):
        headers = with_etag(token, etag)
        assert (
            await client.patch(location, json={"body": "x"}, headers=headers)
        ).status_code == 403
        assert (await client.delete(location, headers=headers)).status_code == 403
    assert (await client.patch(location, json={"body": "x"})).status_code == 401
    reader = await token_for(state, world.representative, scopes=["reports:read"])
    assert (
        await client.patch(location, json={"body": "x"}, headers=with_etag(reader, etag))
    ).status_code == 403
    colleague = await make_user(state)
    async with AsyncSession(state.engine) as session:
        session.add(Membership(organization_id=world.organization.id, user_id=colleague.id))
        await session.commit()
    by_colleague = await client.patch(
        location,
        json={"body": "Edited by a colleague"},
        headers=with_etag(await token_for(state, colleague), etag),
    )
    assert by_colleague.status_code == 200


async def test_changes_stop_when_the_round_closes(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    location, etag = created.headers["Location"], created.headers["ETag"]
    await set_round_window(state, world.round, closes_at=utcnow() - timedelta(seconds=1))
    headers = with_etag(world.token, etag)
    assert (await client.patch(location, json={"body": "late"}, headers=headers)).status_code == 409
    assert (await client.delete(location, headers=headers)).status_code == 409


async def test_pre_moderated_edits_go_back_to_review(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    comment = await make_comment(state, world.round, world.organization, status="published")
    location = f"/v1/comments/{comment.id}"
    edited = await client.patch(
        location, json={"body": "Changed"}, headers=with_etag(world.token, f'"{comment.id}.1"')
    )
    assert edited.json()["status"] == "pending"
    assert (await client.get(location)).status_code == 404


async def test_moderated_out_comments_cannot_be_edited(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    for status in ("hidden", "rejected"):
        comment = await make_comment(state, world.round, world.organization, status=status)
        response = await client.patch(
            f"/v1/comments/{comment.id}",
            json={"body": "Try again"},
            headers=with_etag(world.token, f'"{comment.id}.1"'),
        )
        assert response.status_code == 409


async def test_withdrawal_keeps_the_comment_out_of_public_view(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = captured_events(state, "comment.withdrawn")
    world = await make_world(state)
    created = await submitted(client, world)
    location, etag = created.headers["Location"], created.headers["ETag"]
    assert (await client.delete(location, headers=bearer(world.token))).status_code == 428
    withdrawn = await client.delete(location, headers=with_etag(world.token, etag))
    assert withdrawn.status_code == 200
    assert withdrawn.json()["status"] == "withdrawn"
    assert withdrawn.headers["ETag"].endswith('.2"')
    assert (await client.get(location)).status_code == 404
    assert await listing(client, world) == []
    assert [c["status"] for c in await listing(client, world, world.token)] == ["withdrawn"]
    twice = await client.delete(location, headers=with_etag(world.token, withdrawn.headers["ETag"]))
    assert twice.status_code == 409
    edit = await client.patch(
        location, json={"body": "x"}, headers=with_etag(world.token, withdrawn.headers["ETag"])
    )
    assert edit.status_code == 409
    receipt = await client.get(f"/v1/receipts/{created.json()['tracking_number']}")
    assert receipt.json()["valid"] is True
    (event,) = events
    assert event.data == {"round_id": str(world.round.id), "from_status": "published"}


async def test_history_is_for_the_organization_the_secretariat_and_co_facilitators(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    path = f"{created.headers['Location']}/history"
    secretariat, facilitator, _ = await staff(state, world)
    assert (await client.get(path, headers=bearer(world.token))).json()["items"] == []
    assert (await client.get(path, headers=bearer(secretariat))).status_code == 200
    assert (await client.get(path, headers=bearer(facilitator))).status_code == 200
    assert (await client.get(path)).status_code == 401
    pending = await make_comment(state, world.round, world.organization, status="pending")
    assert (await client.get(f"/v1/comments/{pending.id}/history")).status_code == 404


async def test_a_quote_is_stored_and_edited_as_the_paragraph_prints_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    # Paragraph 3.a: "Closing all digital divides and accelerating progress."
    sloppy = {
        "exact": "all \n\t digital  divides",
        "prefix": "Closing",
        "suffix": "and  accelerating",
    }
    created = await submitted(client, world, anchor="3.a", quote=sloppy)
    assert created.json()["quote"] == {
        "type": "TextQuoteSelector",
        "exact": "all digital divides",
        "prefix": "Closing",
        "suffix": " and accelerating",
    }
    read = await client.get(created.headers["Location"], headers=bearer(world.token))
    assert read.json()["quote"] == created.json()["quote"]
    edited = await client.patch(
        created.headers["Location"],
        json={"quote": {"exact": "accelerating   progress"}},
        headers=with_etag(world.token, created.headers["ETag"]),
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["quote"]["exact"] == "accelerating progress"
