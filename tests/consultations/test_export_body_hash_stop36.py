"""The NDJSON export's `body_sha256` is the receipt's hash of the body as first submitted: an
edit leaves it, and the export's documentation says so."""

import hashlib

import httpx
import orjson

from api.state import AppState
from tests.moderation.helpers import make_world, submit


async def test_an_edited_comment_keeps_the_receipts_hash_and_the_docs_say_so(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    original = "-5 is the wrong number"
    comment = await submit(client, world, original)
    read = await client.get(f"/v1/comments/{comment['id']}", headers=world.representative.headers)
    edited = await client.patch(
        f"/v1/comments/{comment['id']}",
        json={"body": "EDITED body, now different"},
        headers={**world.representative.headers, "If-Match": read.headers["ETag"]},
    )
    assert edited.status_code == 200, edited.text

    export = await client.get(
        f"/v1/rounds/{world.round.id}/comments/export",
        params={"format": "ndjson"},
        headers=world.secretariat.headers,
    )
    (row,) = [orjson.loads(line) for line in export.content.splitlines()]
    receipt = (await client.get(f"/v1/receipts/{comment['tracking_number']}")).json()
    assert (row["body"], row["revision"]) == ("EDITED body, now different", 2)
    assert row["body_sha256"] == receipt["body_sha256"]
    assert row["body_sha256"] == hashlib.sha256(original.encode()).hexdigest()

    described = (await client.get("/openapi.json")).json()["paths"][
        "/v1/rounds/{round_id}/comments/export"
    ]["get"]["description"]
    assert "`body_sha256`, the receipt's hash" in described
    assert "as first submitted" in described
