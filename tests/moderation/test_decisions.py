"""Moderation decisions: the state machine, who may decide, and what a decision leaves behind."""

import itertools

import httpx
import pytest

from api.state import AppState
from core.errors import Conflict
from moderation.decisions import allowed_decisions, next_status
from tests.moderation.helpers import World, comment_row, make_world, person, submit

LETTER = "Paragraph 1 should name the digital divide between and within countries."
STATUSES = ("pending", "published", "hidden", "rejected", "withdrawn")
EXPECTED = {
    ("publish", "pending"): "published",
    ("publish", "hidden"): "published",
    ("hide", "published"): "hidden",
    ("hide", "pending"): "hidden",
    ("reject", "pending"): "rejected",
    ("reject", "hidden"): "rejected",
    ("reject", "published"): "rejected",
    ("restore", "hidden"): "published",
    ("restore", "rejected"): "published",
}


@pytest.mark.parametrize(
    ("decision", "status"),
    list(itertools.product(("publish", "hide", "reject", "restore"), STATUSES)),
)
def test_state_machine(decision: str, status: str) -> None:
    expected = EXPECTED.get((decision, status))
    if expected is None:
        with pytest.raises(Conflict) as raised:
            next_status(decision, status, has_open_flags=False)
        assert status in raised.value.detail
    else:
        transition = next_status(decision, status, has_open_flags=False)
        assert (transition.from_status, transition.to_status) == (status, expected)


def test_publishing_a_published_comment_dismisses_open_flags_only() -> None:
    transition = next_status("publish", "published", has_open_flags=True)
    assert (transition.from_status, transition.to_status) == ("published", "published")
    with pytest.raises(Conflict, match="hide, reject"):
        next_status("publish", "published", has_open_flags=False)
    assert allowed_decisions("published", has_open_flags=True) == ["publish", "hide", "reject"]


def test_withdrawn_comments_are_never_moderated() -> None:
    for decision in ("publish", "hide", "reject", "restore"):
        with pytest.raises(Conflict, match="withdrawn"):
            next_status(decision, "withdrawn", has_open_flags=True)


async def decide(
    client: httpx.AsyncClient, comment_id: str, headers: dict[str, str], decision: str
) -> httpx.Response:
    return await client.post(
        f"/v1/comments/{comment_id}/moderation",
        json={"decision": decision, "reason": "Reviewed against the code of conduct."},
        headers=headers,
    )


@pytest.fixture
async def world(state: AppState) -> World:
    return await make_world(state)


async def test_permissions_on_a_published_comment(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    no_scope = await person(state, "secretariat", scopes=("comments:write",))
    expected = [
        ({}, 401),
        (world.registered.headers, 403),
        (world.representative.headers, 403),
        (world.other_facilitator.headers, 403),
        (no_scope.headers, 403),
        (world.facilitator.headers, 201),
        (world.secretariat.headers, 201),
    ]
    decisions = iter(("hide", "publish"))
    for headers, status in expected:
        decision = next(decisions) if status == 201 else "hide"
        response = await decide(client, comment["id"], headers, decision)
        assert response.status_code == status, (headers, response.text)


async def test_permissions_on_a_comment_the_public_cannot_see(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    comment = await submit(client, world, LETTER)
    assert (
        await decide(client, comment["id"], world.registered.headers, "publish")
    ).status_code == 404
    other = await decide(client, comment["id"], world.other_facilitator.headers, "publish")
    assert other.status_code == 404
    own = await decide(client, comment["id"], world.representative.headers, "publish")
    assert own.status_code == 403
    assert (
        await decide(client, comment["id"], world.facilitator.headers, "publish")
    ).status_code == 201


async def test_restricted_consultation_hides_its_comments_from_outsiders(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, visibility="restricted")
    comment = await submit(client, world, LETTER)
    for headers in (world.registered.headers, world.other_facilitator.headers):
        assert (await decide(client, comment["id"], headers, "hide")).status_code == 404
    assert (
        await decide(client, comment["id"], world.secretariat.headers, "hide")
    ).status_code == 201


async def test_a_decision_changes_the_status_and_is_stored_and_audited(
    client: httpx.AsyncClient, state: AppState, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    response = await decide(client, comment["id"], world.facilitator.headers, "reject")
    assert response.status_code == 201
    decision = response.json()
    assert decision["comment_id"] == comment["id"]
    assert (decision["from_status"], decision["to_status"]) == ("published", "rejected")
    assert decision["decided_by"] == str(world.facilitator.user.id)
    assert decision["reason"] == "Reviewed against the code of conduct."
    row = await comment_row(state, comment["id"])
    assert (row.status, row.revision) == ("rejected", 2)
    read = await client.get(f"/v1/comments/{comment['id']}", headers=world.secretariat.headers)
    assert read.json()["status"] == "rejected"
    assert read.headers["ETag"] != comment_etag_of(comment)
    restored = await decide(client, comment["id"], world.secretariat.headers, "restore")
    assert restored.json()["to_status"] == "published"
    audit = await client.get(
        "/v1/audit", params={"event": "comment.moderated"}, headers=world.secretariat.headers
    )
    entries = audit.json()["items"]
    assert [entry["data"]["decision"] for entry in entries] == ["reject", "restore"]
    assert entries[0]["data"]["decision_id"] == decision["id"]
    assert entries[0]["actor_id"] == str(world.facilitator.user.id)
    assert entries[0]["consultation_id"] == str(world.consultation.id)


def comment_etag_of(comment: dict[str, object]) -> str:
    return f'"{comment["id"]}.1"'


async def test_invalid_transitions_are_409_with_the_possible_decisions(
    client: httpx.AsyncClient, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    response = await decide(client, comment["id"], world.secretariat.headers, "restore")
    assert response.status_code == 409
    assert response.json()["detail"] == (
        "A published comment cannot be restored; decisions possible now: hide, reject."
    )


async def test_withdrawn_comments_cannot_be_moderated(
    client: httpx.AsyncClient, world: World
) -> None:
    comment = await submit(client, world, LETTER)
    withdrawn = await client.delete(
        f"/v1/comments/{comment['id']}",
        headers={**world.representative.headers, "If-Match": comment_etag_of(comment)},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    response = await decide(client, comment["id"], world.secretariat.headers, "reject")
    assert response.status_code == 409
    assert "withdrawn" in response.json()["detail"]


@pytest.mark.parametrize("reason", ["", "   "])
async def test_a_reason_is_required(client: httpx.AsyncClient, world: World, reason: str) -> None:
    comment = await submit(client, world, LETTER)
    response = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": reason},
        headers=world.secretariat.headers,
    )
    assert response.status_code == 422
    missing = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide"},
        headers=world.secretariat.headers,
    )
    assert missing.status_code == 422


async def test_a_decision_with_if_match_applies_only_to_the_text_the_moderator_read(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, moderation="pre")
    comment = await submit(client, world, LETTER)
    queue = await client.get(
        f"/v1/consultations/{world.consultation.id}/moderation/queue",
        headers=world.secretariat.headers,
    )
    [item] = queue.json()["items"]
    read = await client.get(f"/v1/comments/{comment['id']}", headers=world.secretariat.headers)
    assert (item["id"], item["comment_id"]) == (comment["id"], comment["id"])
    assert (item["revision"], item["etag"]) == (1, read.headers["ETag"])
    edited = await client.patch(
        f"/v1/comments/{comment['id']}",
        json={"body": "A different text the moderator never saw."},
        headers={**world.representative.headers, "If-Match": item["etag"]},
    )
    assert edited.status_code == 200, edited.text

    stale = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "publish", "reason": "Looks fine."},
        headers={**world.secretariat.headers, "If-Match": item["etag"]},
    )
    assert stale.status_code == 412
    assert stale.headers["Content-Type"] == "application/problem+json"
    assert edited.headers["ETag"] in stale.json()["detail"]
    assert (await comment_row(state, comment["id"])).status == "pending"

    current = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "publish", "reason": "Read the edited text."},
        headers={**world.secretariat.headers, "If-Match": edited.headers["ETag"]},
    )
    assert current.status_code == 201, current.text
    assert (await comment_row(state, comment["id"])).status == "published"


@pytest.mark.parametrize("if_match", ["not-an-etag", "  ", 'W/"x", nonsense'])
async def test_a_malformed_if_match_on_a_decision_is_400(
    client: httpx.AsyncClient, state: AppState, world: World, if_match: str
) -> None:
    comment = await submit(client, world, LETTER)
    response = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": "Off topic."},
        headers={**world.secretariat.headers, "If-Match": if_match},
    )
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert (await comment_row(state, comment["id"])).status == "published"


def test_hiding_a_comment_hidden_by_flags_confirms_it() -> None:
    transition = next_status("hide", "hidden", has_open_flags=True)
    assert (transition.from_status, transition.to_status) == ("hidden", "hidden")
    with pytest.raises(Conflict, match="publish, reject, restore"):
        next_status("hide", "hidden", has_open_flags=False)
    assert allowed_decisions("hidden", has_open_flags=True) == [
        "hide",
        "publish",
        "reject",
        "restore",
    ]
