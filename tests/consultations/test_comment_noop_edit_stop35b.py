"""A comment PATCH that changes nothing, once its fields are normalised as an edit's are, is
answered as `{}` is: 200 with the comment as it is, the same ETag, no revision, no event."""

from typing import Any

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_comments import captured_events, make_world
from tests.consultations.test_comments_edit import submitted, with_etag
from tests.factories import bearer


@pytest.mark.parametrize(
    "same",
    [
        {"body": "We welcome this paragraph."},
        {"body": "We welcome this paragraph.", "position": "support"},
        # The quote's spacing is normalised before comparing, as an edit stores it.
        {"anchor": "3.a", "quote": {"exact": "all \n digital  divides"}},
        {"body": "We welcome this paragraph.", "anchor": "3.a", "position": "support"},
    ],
)
async def test_an_edit_to_the_same_values_keeps_the_etag_and_the_history(
    client: httpx.AsyncClient, state: AppState, same: dict[str, Any]
) -> None:
    world = await make_world(state)
    created = await submitted(
        client, world, anchor="3.a", position="support", quote={"exact": "all digital divides"}
    )
    location, etag = created.headers["Location"], created.headers["ETag"]
    events = captured_events(state, "comment.edited")

    unchanged = await client.patch(location, json=same, headers=with_etag(world.token, etag))

    assert unchanged.status_code == 200, unchanged.text
    assert unchanged.headers["ETag"] == etag
    assert unchanged.json() == (await client.get(location, headers=bearer(world.token))).json()
    history = await client.get(f"{location}/history", headers=bearer(world.token))
    assert history.json()["items"] == []
    assert history.json()["current_revision"] == 1
    assert events == []


async def test_a_body_in_another_unicode_form_is_the_same_body(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world, body="Caf\u00e9 consensus.")
    location, etag = created.headers["Location"], created.headers["ETag"]

    unchanged = await client.patch(
        location, json={"body": "Cafe\u0301 consensus."}, headers=with_etag(world.token, etag)
    )

    assert unchanged.status_code == 200, unchanged.text
    assert unchanged.headers["ETag"] == etag


async def test_a_real_change_among_same_values_is_still_an_edit(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    location, etag = created.headers["Location"], created.headers["ETag"]

    edited = await client.patch(
        location,
        json={"body": "We welcome this paragraph.", "position": "oppose"},
        headers=with_etag(world.token, etag),
    )

    assert edited.status_code == 200, edited.text
    assert edited.headers["ETag"] != etag
    assert edited.json()["position"] == "oppose"


async def test_a_no_op_edit_still_needs_a_current_if_match(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    location = created.headers["Location"]
    changed = await client.patch(
        location, json={"body": "Changed."}, headers=with_etag(world.token, created.headers["ETag"])
    )
    assert changed.status_code == 200

    stale = await client.patch(
        location, json={"body": "Changed."}, headers=with_etag(world.token, created.headers["ETag"])
    )

    assert stale.status_code == 412, stale.text
