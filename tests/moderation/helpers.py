"""A consultation with every kind of participant, and comments submitted through the API."""

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import sqlalchemy as sa

from api.state import AppState
from auth.models import Organization, User
from consultations.models import Comment, Consultation, Round
from core.db import table_of
from tests.factories import (
    DEFAULT_PARAGRAPHS,
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)


@dataclass
class Person:
    user: User
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)


@dataclass
class World:
    consultation: Consultation
    round: Round
    secretariat: Person
    facilitator: Person
    other_facilitator: Person
    registered: Person
    representative: Person
    organization: Organization


async def person(state: AppState, role: str = "registered", scopes: Any = None) -> Person:
    user = await make_user(state, role=role)
    token = await token_for(state, user) if scopes is None else await token_for(state, user, scopes)
    return Person(user, token)


async def make_world(
    state: AppState,
    *,
    moderation: str = "post",
    visibility: str = "public",
    paragraphs: Sequence[tuple[str, str]] = DEFAULT_PARAGRAPHS,
) -> World:
    secretariat = await person(state, "secretariat")
    facilitator = await person(state)
    other_facilitator = await person(state)
    registered = await person(state)
    representative = await person(state)
    consultation = await make_consultation(
        state, moderation=moderation, visibility=visibility, facilitators=[facilitator.user]
    )
    await make_consultation(state, facilitators=[other_facilitator.user])
    organization = await make_organization(state, representatives=[representative.user])
    draft = await make_document(state, consultation, paragraphs=paragraphs)
    round_ = await make_round(state, consultation, draft)
    return World(
        consultation=consultation,
        round=round_,
        secretariat=secretariat,
        facilitator=facilitator,
        other_facilitator=other_facilitator,
        registered=registered,
        representative=representative,
        organization=organization,
    )


async def submit(
    client: httpx.AsyncClient,
    world: World,
    body: str,
    *,
    author: Person | None = None,
    organization: Organization | None = None,
    proposed_text: str | None = None,
    language: str = "en",
) -> dict[str, Any]:
    author = author or world.representative
    payload: dict[str, Any] = {
        "organization_id": str((organization or world.organization).id),
        "anchor": "1",
        "kind": "amendment" if proposed_text else "comment",
        "body": body,
        "language": language,
    }
    if proposed_text:
        payload["proposed_text"] = proposed_text
    response = await client.post(
        f"/v1/rounds/{world.round.id}/comments",
        json=payload,
        headers={**author.headers, "Idempotency-Key": uuid.uuid4().hex},
    )
    assert response.status_code == 201, response.text
    comment: dict[str, Any] = response.json()
    return comment


async def representative_of_new_organization(
    state: AppState, name: str | None = None, stakeholder_group: str = "civil_society"
) -> tuple[Person, Organization]:
    member = await person(state)
    organization = await make_organization(
        state, name=name, stakeholder_group=stakeholder_group, representatives=[member.user]
    )
    return member, organization


async def comment_row(state: AppState, comment_id: str) -> sa.Row[Any]:
    comments = table_of(Comment)
    async with state.engine.connect() as connection:
        row = (
            await connection.execute(
                sa.select(comments).where(comments.c.id == uuid.UUID(comment_id))
            )
        ).one()
    return row


def random_words(rng: random.Random, count: int) -> str:
    """``count`` made-up words: texts that share nothing but what a test puts in both."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join("".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(count))
