"""An amendment's receipt also proves the wording it proposed: `proposed_text_sha256`, a claim
of the signed receipt and a field of the public receipt check."""

from __future__ import annotations

import uuid

import httpx
import sqlalchemy as sa

from api.state import AppState
from consultations.models import Comment
from consultations.receipts import text_sha256, verify_receipt
from core.db import table_of
from tests.consultations.test_comments import execute, make_world, submit
from tests.factories import bearer

PROPOSED = "Digital technologies are profoundly transforming our world."


async def test_an_amendments_receipt_proves_its_proposed_text(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submit(
        client,
        world.round.id,
        world.token,
        world.body(
            kind="amendment", body="Sharper.", proposed_text=PROPOSED.replace("é", "e\u0301")
        ),
    )
    assert created.status_code == 201, created.text
    amendment = created.json()
    claims = await verify_receipt(state.keys, amendment["receipt"])
    assert claims is not None
    assert claims.proposed_text_sha256 == text_sha256(amendment["proposed_text"])
    check = (await client.get(f"/v1/receipts/{amendment['tracking_number']}")).json()
    assert check["proposed_text_sha256"] == claims.proposed_text_sha256
    assert check["valid"] is True

    edited = await client.patch(
        created.headers["Location"],
        json={"proposed_text": "Digital technologies are changing our world."},
        headers={**bearer(world.token), "If-Match": created.headers["ETag"]},
    )
    assert edited.status_code == 200, edited.text
    after_edit = (await client.get(f"/v1/receipts/{amendment['tracking_number']}")).json()
    assert after_edit == check

    comments = table_of(Comment)
    await execute(
        state,
        sa.update(comments)
        .where(comments.c.id == uuid.UUID(amendment["id"]))
        .values(proposed_text_sha256=text_sha256("Another wording.")),
    )
    tampered = (await client.get(f"/v1/receipts/{amendment['tracking_number']}")).json()
    assert tampered["valid"] is False


async def test_a_comments_receipt_has_no_proposed_text_claim(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    comment = (await submit(client, world.round.id, world.token, world.body())).json()
    claims = await verify_receipt(state.keys, comment["receipt"])
    assert claims is not None
    assert claims.proposed_text_sha256 is None
    assert "proposed_text_sha256" not in claims.as_dict()
