"""A moderation reason and a flag's note lose their control characters, as a comment's body
does: a reason of nothing else is blank, and no terminal escape reaches the moderators."""

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.state import AppState
from moderation.schemas import DecisionCreate
from tests.moderation.helpers import make_world, person, submit
from tests.moderation.test_audit import all_entries
from tests.moderation.test_queue import queue_url

CONTROL_CHARACTERS = [chr(code) for code in [*range(0x20), *range(0x7F, 0xA0)]]


@pytest.mark.parametrize("reason", ["\u001b\u0007", "\u0001\u007f\u0085", "\u001b \u200b"])
async def test_a_reason_of_control_characters_only_is_blank(
    client: httpx.AsyncClient, state: AppState, reason: str
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment a moderator looks at.")
    response = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": reason},
        headers=world.secretariat.headers,
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "reason"]


async def test_reasons_and_notes_are_stored_without_control_characters(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment flagged, then hidden.")
    flagged = await client.post(
        f"/v1/comments/{comment['id']}/flags",
        json={"reason": "spam", "note": "ok\u001b[31mRED\u0007\nsecond line"},
        headers=(await person(state)).headers,
    )
    assert flagged.status_code == 201, flagged.text
    assert flagged.json()["note"] == "ok[31mRED\nsecond line"

    queue = await client.get(queue_url(world), headers=world.secretariat.headers)
    assert queue.json()["items"][0]["flag_notes"] == ["ok[31mRED\nsecond line"]

    decided = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": "\u001b[2JOff\u0007 topic."},
        headers=world.secretariat.headers,
    )
    assert decided.status_code == 201, decided.text
    assert decided.json()["reason"] == "[2JOff topic."

    (moderated,) = [
        entry["data"]
        for entry in await all_entries(client, world)
        if entry["event"] == "comment.moderated"
    ]
    assert moderated["reason"] == "[2JOff topic."


@settings(max_examples=200)
@given(st.text(st.sampled_from([*CONTROL_CHARACTERS, "a", "é", " ", "\u200b"]), min_size=1))
def test_no_control_character_but_line_feed_and_tab_survives_in_a_reason(text: str) -> None:
    visible = "".join(c for c in text if c not in CONTROL_CHARACTERS or c in "\n\t")
    try:
        reason = DecisionCreate(decision="hide", reason=text).reason
    except ValueError:
        assert not visible.strip(" \n\t\u200b")
        return
    assert set(reason) <= set(visible) | {"\n"}
    assert not set(reason) & (set(CONTROL_CHARACTERS) - {"\n", "\t"})
