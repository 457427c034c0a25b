"""A member named twice in one JSON object is 400 (`malformed-json`), as RFC 7493 (I-JSON)
asks: Python's reader keeps the last value without a word, so a receipt would vouch for a
text the client may not have meant. Names repeated in different objects are fine."""

import uuid

import httpx

from api.middleware import _not_i_json
from api.state import AppState
from tests.consultations.test_comments import make_world, submit


async def _post_raw(client: httpx.AsyncClient, url: str, token: str, raw: str) -> httpx.Response:
    return await client.post(
        url,
        content=raw.encode(),
        headers={
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": uuid.uuid4().hex,
            "Content-Type": "application/json",
        },
    )


async def test_a_member_given_twice_is_400_and_nothing_is_stored(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    url = f"/v1/rounds/{world.round.id}/comments"
    start = f'{{"organization_id": "{world.organization.id}", "kind": "comment", '
    for raw, name in [
        (start + '"body": "Keep 8 (c).", "body": "Delete 8 (c).", "language": "en"}', "body"),
        (
            start + '"body": "On 1.", "language": "en", "quote": {"exact": "a", "exact": "b"}}',
            "exact",
        ),
    ]:
        response = await _post_raw(client, url, world.token, raw)
        assert response.status_code == 400, response.text
        problem = response.json()
        assert problem["type"].endswith("/malformed-json")
        assert problem["errors"][0]["loc"] == ["body"]
        assert f"the member {name!r} is given twice" in problem["errors"][0]["msg"]
    listed = await client.get(url, headers={"Authorization": f"Bearer {world.token}"})
    assert listed.json()["items"] == []


def test_names_repeated_in_different_objects_are_i_json() -> None:
    assert _not_i_json(b'{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}') is None
    assert _not_i_json(b'{"a": 1, "b": {"c": 2, "c": 3}}') is not None
    assert _not_i_json(b'{"a": NaN}') is not None
    assert _not_i_json(b"{not json") is None  # FastAPI's own 400


async def test_a_plain_submission_still_passes(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    accepted = await submit(client, world.round.id, world.token, world.body(body="Plain text."))
    assert accepted.status_code == 201, accepted.text
