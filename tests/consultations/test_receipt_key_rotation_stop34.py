"""After a rotation by another process (``plenary keys rotate``), the next receipt is signed
with the key that signs now, as the next access token is."""

import base64
import json

import httpx

from api.state import AppState
from auth.keys import KeyRing
from tests.moderation.helpers import make_world, submit


def signed_with(receipt: str) -> str:
    header = receipt.split(".")[0]
    kid: str = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))["kid"]
    return kid


async def test_the_receipt_after_a_rotation_is_signed_with_the_new_key(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    before = await submit(client, world, "The first comment, signed before the rotation.")
    retired = signed_with(before["receipt"])
    now_signing = await KeyRing(state.engine).rotate()
    assert now_signing != retired
    after = await submit(client, world, "The second comment, signed after the rotation.")
    assert signed_with(after["receipt"]) == now_signing
    assert (await client.get(f"/v1/receipts/{after['tracking_number']}")).json()["valid"]
