"""A decision's If-Match names the comment as the moderator read it: any change since (the
author's edit, another decision, the flag threshold hiding it) makes that view stale (412), and
a weak tag of the current ETag is said to be weak, not stale."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from core.errors import PreconditionFailed
from core.etag import check_if_match, make_etag
from tests.moderation.helpers import comment_row, make_world, person, submit
from tests.moderation.test_queue import flag, queue_url


async def test_a_decision_on_a_comment_the_flag_threshold_hid_since_it_was_read_is_412(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment three people will flag.")
    await flag(client, comment["id"], (await person(state)).headers, "spam", "")
    (item,) = (await client.get(queue_url(world), headers=world.secretariat.headers)).json()[
        "items"
    ]
    for _ in range(2):
        await flag(client, comment["id"], (await person(state)).headers, "spam", "")
    assert (await comment_row(state, comment["id"])).status == "hidden"
    url = f"/v1/comments/{comment['id']}/moderation"
    decision = {"decision": "reject", "reason": "Spam."}

    stale = await client.post(
        url, json=decision, headers={**world.secretariat.headers, "If-Match": item["etag"]}
    )
    assert stale.status_code == 412
    current = (
        await client.get(f"/v1/comments/{comment['id']}", headers=world.secretariat.headers)
    ).headers["ETag"]
    assert "changed since you read it" in stale.json()["detail"]
    assert current in stale.json()["detail"]

    weak = await client.post(
        url, json=decision, headers={**world.secretariat.headers, "If-Match": f"W/{current}"}
    )
    assert weak.status_code == 412
    assert "weak" in weak.json()["detail"]
    assert "changed" not in weak.json()["detail"]
    assert (await comment_row(state, comment["id"])).status == "hidden"

    decided = await client.post(
        url, json=decision, headers={**world.secretariat.headers, "If-Match": current}
    )
    assert decided.status_code == 201, decided.text
    assert (await comment_row(state, comment["id"])).status == "rejected"


@given(st.uuids(), st.integers(min_value=1, max_value=10**6))
def test_a_weak_copy_of_the_current_tag_is_refused_as_weak(
    identifier: object, revision: int
) -> None:
    current = make_etag(identifier, revision)
    with pytest.raises(PreconditionFailed, match="weak") as refused:
        check_if_match(f"W/{current}", current)
    assert "changed" not in str(refused.value)
    with pytest.raises(PreconditionFailed, match="changed since you read it"):
        check_if_match(f"W/{make_etag(identifier, revision + 1)}", current)
