"""Shared helpers of the report, synthesis and export tests: bulk comment rows and callers.

Report tests need many comments with chosen statuses, campaigns, authors and organizations; the
submission path (and its receipts) is not their subject, so rows are written in one Core insert.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
import sqlalchemy as sa

from api.state import AppState
from auth.models import User
from consultations.comments import author_pseudonym
from consultations.models import Comment, Round
from core.clock import utcnow
from core.db import table_of
from core.ids import new_id
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_round,
    make_user,
    token_for,
)


@dataclass(frozen=True, slots=True)
class Row:
    organization_id: uuid.UUID
    author_id: uuid.UUID | None = None
    anchor: str | None = "1"
    status: str = "published"
    campaign_id: uuid.UUID | None = None
    kind: str = "comment"
    position: str | None = None
    body: str = "A comment."
    proposed_text: str | None = None
    language: str = "en"
    quote_exact: str | None = None
    # The author's account was erased: the comment keeps the pseudonym, loses the account.
    erased: bool = False
    submitted_at: datetime | None = None


async def insert_comments(state: AppState, round_: Round, rows: Sequence[Row]) -> list[uuid.UUID]:
    """Inserts the rows, submitted one second apart in the order given; returns their ids."""
    if not rows:
        return []
    start = utcnow() - timedelta(seconds=len(rows) + 1)
    values = []
    for index, row in enumerate(rows):
        moment = row.submitted_at or start + timedelta(seconds=index)
        values.append(
            {
                "id": new_id(),
                "round_id": round_.id,
                "consultation_id": round_.consultation_id,
                "organization_id": row.organization_id,
                "author_id": None if row.erased else row.author_id,
                "author_pseudonym": author_pseudonym(row.author_id, "tests"),
                "anchor": row.anchor,
                "kind": row.kind,
                "position": row.position,
                "body": row.body,
                "proposed_text": row.proposed_text,
                "quote_exact": row.quote_exact,
                "language": row.language,
                "status": row.status,
                "sequence": index + 1,
                "tracking_number": f"T{uuid.uuid4().hex[:20].upper()}",
                "body_sha256": "0" * 64,
                "receipt": "not-a-receipt",
                "campaign_id": row.campaign_id,
                "submitted_at": moment,
                "updated_at": moment,
            }
        )
    async with state.engine.begin() as connection:
        await connection.execute(sa.insert(table_of(Comment)), values)
    return [value["id"] for value in values]


@dataclass(frozen=True, slots=True)
class Caller:
    user: User
    headers: dict[str, str]


async def caller(
    state: AppState, role: str = "registered", scopes: Sequence[str] | None = None
) -> Caller:
    user = await make_user(state, role=role)
    token = await token_for(state, user) if scopes is None else await token_for(state, user, scopes)
    return Caller(user, bearer(token))


async def facilitated_round(
    state: AppState, paragraphs: Sequence[tuple[str, str]] | None = None
) -> tuple[Caller, Round]:
    """An open round of a new consultation (on ``paragraphs``, else the default draft) and a
    co-facilitator of it, who reads its syntheses and exports."""
    staff = await caller(state)
    consultation = await make_consultation(state, facilitators=[staff.user])
    draft = (
        await make_document(state, consultation, paragraphs=paragraphs)
        if paragraphs is not None
        else await make_document(state, consultation)
    )
    return staff, await make_round(state, consultation, draft)


async def get_json(
    client: httpx.AsyncClient, url: str, headers: dict[str, str] | None = None
) -> object:
    response = await client.get(url, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()
