"""A comment's body, proposed text and quote lose their control characters, as a document's
content does: line feeds and tabs stay, other line breaks become line feeds."""

import hashlib

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit

PARAGRAPH = "Requests the Secretary-General to appoint forty experts and to report annually."


async def test_control_characters_are_removed_on_submit_and_edit(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    comment = await submit(
        client,
        world,
        "a\u001b[31mred\u0007\u007f\u0085line\r\nnext\tcolumn\u009b",
        proposed_text=PARAGRAPH.replace("forty", "fifty\u001b[0m"),
    )
    assert comment["body"] == "a[31mred\nline\nnext\tcolumn"
    assert comment["proposed_text"] == PARAGRAPH.replace("forty", "fifty[0m")
    receipt = await client.get(f"/v1/receipts/{comment['tracking_number']}")
    assert receipt.json()["body_sha256"] == hashlib.sha256(comment["body"].encode()).hexdigest()

    response = await client.patch(
        f"/v1/comments/{comment['id']}",
        json={
            "body": "edited\u0007 text\u2028again",
            "quote": {"exact": "forty\u0001 experts", "prefix": "appoint\u001b "},
        },
        headers={**world.representative.headers, "If-Match": f'"{comment["id"]}.1"'},
    )
    assert response.status_code == 200, response.text
    edited = response.json()
    assert edited["body"] == "edited text\nagain"
    assert (edited["quote"]["exact"], edited["quote"]["prefix"]) == ("forty experts", "appoint ")
    stored = await client.get(f"/v1/comments/{comment['id']}", headers=world.representative.headers)
    assert stored.json()["body"] == "edited text\nagain"


async def test_a_body_of_control_characters_only_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    response = await client.post(
        f"/v1/rounds/{world.round.id}/comments",
        json={
            "organization_id": str(world.organization.id),
            "anchor": None,
            "body": "\u001b\u0007",
            "language": "en",
        },
        headers={**world.representative.headers, "Idempotency-Key": "controls-only"},
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "body"]
