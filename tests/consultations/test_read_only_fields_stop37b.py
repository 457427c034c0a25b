"""A field the server sets (an id, a number, a timestamp, a tracking number...), sent back in
a PATCH of a consultation, a document, a round or a comment, is refused as read-only; it used
to be "Extra inputs are not permitted", as if the API did not know the field it had returned.
Every field of a resource's read schema that its PATCH does not change is refused so, or as a
fixed field saying how to change it instead."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
import pytest
from pydantic import BaseModel

from api.state import AppState
from consultations.comment_schemas import CommentRead, CommentUpdate
from consultations.schemas import (
    READ_ONLY,
    Changes,
    ConsultationRead,
    ConsultationUpdate,
    DocumentRead,
    DocumentUpdate,
    RoundRead,
    RoundUpdate,
)
from tests.consultations.test_comments import make_world
from tests.consultations.test_comments_edit import submitted, with_etag
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation, make_document, make_round


@pytest.mark.parametrize(
    ("update", "read"),
    [
        (ConsultationUpdate, ConsultationRead),
        (DocumentUpdate, DocumentRead),
        (RoundUpdate, RoundRead),
        (CommentUpdate, CommentRead),
    ],
)
def test_every_field_read_is_changed_fixed_or_read_only(
    update: type[Changes], read: type[BaseModel]
) -> None:
    changed, fixed = update.model_fields.keys(), update.fixed.keys()
    assert read.model_fields.keys() - changed - fixed == update.read_only
    assert not update.read_only & (changed | fixed)


@dataclass(frozen=True)
class Patchable:
    url: str
    headers: dict[str, str]
    change: dict[str, str]


async def a_consultation(client: httpx.AsyncClient, state: AppState) -> Patchable:
    consultation = await make_consultation(state)
    headers = await secretariat_headers(state)
    return Patchable(f"/v1/consultations/{consultation.id}", headers, {"title": "Renamed"})


async def a_document(client: httpx.AsyncClient, state: AppState) -> Patchable:
    draft = await make_document(state, await make_consultation(state))
    headers = await secretariat_headers(state)
    return Patchable(f"/v1/documents/{draft.document.id}", headers, {"title": "Renamed"})


async def a_round(client: httpx.AsyncClient, state: AppState) -> Patchable:
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    headers = await secretariat_headers(state)
    return Patchable(f"/v1/rounds/{round_.id}", headers, {"title": "Renamed"})


async def a_comment(client: httpx.AsyncClient, state: AppState) -> Patchable:
    world = await make_world(state)
    created = await submitted(client, world)
    return Patchable(created.headers["Location"], with_etag(world.token, None), {"body": "Edited"})


Make = Callable[[httpx.AsyncClient, AppState], Awaitable[Patchable]]
CASES: list[tuple[Make, str]] = [
    *((a_consultation, name) for name in sorted(ConsultationUpdate.read_only)),
    *((a_document, name) for name in sorted(DocumentUpdate.read_only)),
    *((a_round, name) for name in sorted(RoundUpdate.read_only)),
    *((a_comment, name) for name in sorted(CommentUpdate.read_only)),
]


@pytest.mark.parametrize(
    ("make", "field"), CASES, ids=[f"{make.__name__}.{field}" for make, field in CASES]
)
async def test_a_read_only_field_sent_back_is_refused_as_read_only(
    client: httpx.AsyncClient, state: AppState, make: Make, field: str
) -> None:
    patchable = await make(client, state)
    before = await client.get(patchable.url, headers=patchable.headers)
    assert before.status_code == 200, before.text
    sent = patchable.change | {field: before.json().get(field)}

    refused = await client.patch(
        patchable.url, json=sent, headers=patchable.headers | {"If-Match": before.headers["etag"]}
    )

    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"] == [{"loc": ["body", field], "msg": READ_ONLY}]
    after = await client.get(patchable.url, headers=patchable.headers)
    assert after.json() == before.json()
