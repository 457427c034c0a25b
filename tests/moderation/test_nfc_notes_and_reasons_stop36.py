"""A flag's note and a moderation decision's reason are NFC-normalised as a comment's body is,
and their limits count characters after it: the same words are stored in one form whatever
form the client sent."""

import unicodedata

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, submit

# "é" as "e" and a combining acute accent: two code points that NFC composes into one.
DECOMPOSED_E = "e\u0301"


async def test_a_flag_note_is_stored_in_nfc_and_measured_after_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment someone will flag.")
    note = "Le re\u0301sume\u0301 est faux. " + DECOMPOSED_E * 1900
    assert len(note) > 2000 >= len(unicodedata.normalize("NFC", note))

    flagged = await client.post(
        f"/v1/comments/{comment['id']}/flags",
        json={"reason": "misattributed", "note": note},
        headers=world.registered.headers,
    )
    assert flagged.status_code == 201, flagged.text
    assert flagged.json()["note"] == unicodedata.normalize("NFC", note)


async def test_a_decision_reason_is_stored_in_nfc_and_measured_after_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = await submit(client, world, "A comment the moderators will hide.")
    reason = "Propos injurieux envers un de\u0301le\u0301gue\u0301. " + DECOMPOSED_E * 3900
    assert len(reason) > 4000 >= len(unicodedata.normalize("NFC", reason))

    decided = await client.post(
        f"/v1/comments/{comment['id']}/moderation",
        json={"decision": "hide", "reason": reason},
        headers=world.secretariat.headers,
    )
    assert decided.status_code in (200, 201), decided.text
    assert decided.json()["reason"] == unicodedata.normalize("NFC", reason)
