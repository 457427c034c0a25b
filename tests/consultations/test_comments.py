"""Comment submission through the API: the contract's rules, limits, receipts and events.

The helpers at the top are shared with the other test_comments_* modules.
"""

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlmodel.ext.asyncio.session import AsyncSession

from api.app import create_app
from api.state import AppState
from auth.models import OAuthClient, Organization, User
from auth.tokens import issue_access_token
from consultations.models import Comment, Consultation, IdempotencyRecord, Paragraph, Round
from consultations.receipts import normalize_tracking_number, text_sha256, verify_receipt
from core.clock import utcnow
from core.db import table_of
from core.events import DomainEvent
from tests.conftest import BASE_URL, make_settings
from tests.factories import (
    DraftFixture,
    bearer,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)

# --------------------------------------------------------------------------- shared helpers


@dataclass
class World:
    """A consultation with an open round and a verified organization with one representative."""

    state: AppState
    consultation: Consultation
    draft: DraftFixture
    round: Round
    organization: Organization
    representative: User
    token: str
    keys: list[str] = field(default_factory=list)

    def body(self, **overrides: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "organization_id": str(self.organization.id),
            "anchor": "1",
            "kind": "comment",
            "body": "We welcome this paragraph.",
            "language": "en",
        }
        values.update(overrides)
        return {k: v for k, v in values.items() if v is not ...}


async def make_world(
    state: AppState,
    *,
    stakeholder_group: str = "civil_society",
    paragraphs: Sequence[tuple[str, str]] | None = None,
    **consultation: Any,
) -> World:
    representative = await make_user(state)
    organization = await make_organization(
        state, representatives=[representative], stakeholder_group=stakeholder_group
    )
    made = await make_consultation(state, **consultation)
    draft = (
        await make_document(state, made, paragraphs=paragraphs)
        if paragraphs
        else await make_document(state, made)
    )
    round_ = await make_round(state, made, draft)
    token = await token_for(state, representative)
    return World(state, made, draft, round_, organization, representative, token)


async def submit(
    client: httpx.AsyncClient,
    round_id: object,
    token: str | None,
    body: dict[str, Any],
    *,
    key: str | None = "auto",
) -> httpx.Response:
    headers = bearer(token) if token else {}
    if key == "auto":
        headers["Idempotency-Key"] = uuid.uuid4().hex
    elif key is not None:
        headers["Idempotency-Key"] = key
    return await client.post(f"/v1/rounds/{round_id}/comments", json=body, headers=headers)


async def submit_raw(client: httpx.AsyncClient, world: World, raw: bytes) -> httpx.Response:
    """Posts ``raw`` as the body, bytes the JSON encoder of a client would not produce."""
    return await client.post(
        f"/v1/rounds/{world.round.id}/comments",
        content=raw,
        headers={
            **bearer(world.token),
            "Idempotency-Key": uuid.uuid4().hex,
            "Content-Type": "application/json",
        },
    )


async def bound_client_token(
    state: AppState, organization: Organization, scopes: Sequence[str] = ("comments:write",)
) -> str:
    """A client-credentials token of a client bound to ``organization``."""
    client_id = f"client-{uuid.uuid4().hex[:8]}"
    async with AsyncSession(state.engine) as session:
        session.add(
            OAuthClient(
                client_id=client_id,
                name="Bound client",
                grant_types=["client_credentials"],
                scopes=list(scopes),
                organization_id=organization.id,
            )
        )
        await session.commit()
    token, _ = await issue_access_token(
        state.keys,
        issuer=state.settings.public_url,
        audience=state.settings.public_url,
        subject=client_id,
        client_id=client_id,
        scopes=tuple(scopes),
        ttl_seconds=600,
    )
    return token


async def comment_rows(state: AppState, round_id: object | None = None) -> list[Any]:
    comments = table_of(Comment)
    statement = sa.select(comments)
    if round_id is not None:
        statement = statement.where(comments.c.round_id == round_id)
    async with state.engine.connect() as connection:
        return list((await connection.execute(statement)).all())


async def execute(state: AppState, statement: sa.Executable) -> None:
    async with state.engine.begin() as connection:
        await connection.execute(statement)


async def set_round_window(state: AppState, round_: Round, **values: Any) -> None:
    rounds = table_of(Round)
    await execute(state, sa.update(rounds).where(rounds.c.id == round_.id).values(**values))


def captured_events(state: AppState, *names: str) -> list[DomainEvent]:
    events: list[DomainEvent] = []

    async def capture(_session: Any, event: DomainEvent) -> None:
        events.append(event)

    for name in names:
        state.events.subscribe(capture, name=name)
    return events


# --------------------------------------------------------------------------- happy paths


async def test_submission_returns_201_with_location_etag_and_receipt(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, slug="gdc")
    response = await submit(client, world.round.id, world.token, world.body(position="support"))
    assert response.status_code == 201, response.text
    comment = response.json()
    assert response.headers["Location"] == f"/v1/comments/{comment['id']}"
    assert response.headers["ETag"] == f'"{comment["id"]}.1"'
    assert "Idempotent-Replayed" not in response.headers
    assert comment["round_id"] == str(world.round.id)
    assert comment["consultation_id"] == str(world.consultation.id)
    assert comment["organization_id"] == str(world.organization.id)
    assert comment["organization"] == {
        "name": world.organization.name,
        "stakeholder_group": "civil_society",
        "regional_group": "african",
    }
    assert comment["anchor"] == "1"
    assert comment["kind"] == "comment"
    assert comment["position"] == "support"
    assert comment["status"] == "published"
    assert comment["version"] == 1
    assert comment["quote"] is None
    assert comment["campaign_id"] is None
    assert comment["submitted_at"].endswith("Z")
    assert normalize_tracking_number(comment["tracking_number"]) == comment["tracking_number"]
    assert comment["tracking_number"].startswith("GDC-R1-000001-")
    claims = await verify_receipt(state.keys, comment["receipt"])
    assert claims is not None
    assert claims.comment_id == comment["id"]
    assert claims.tracking_number == comment["tracking_number"]
    assert claims.submitted_at == comment["submitted_at"]
    assert claims.body_sha256 == text_sha256("We welcome this paragraph.")
    fetched = await client.get(response.headers["Location"])
    assert fetched.status_code == 200
    assert fetched.json() == comment
    assert fetched.headers["ETag"] == response.headers["ETag"]


async def test_tracking_numbers_follow_the_round_sequence(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, slug="seq")
    numbers = []
    for index in range(3):
        response = await submit(client, world.round.id, world.token, world.body(body=f"#{index}"))
        numbers.append(response.json()["tracking_number"])
    assert [n.split("-")[2] for n in numbers] == ["000001", "000002", "000003"]


async def test_general_comment_and_amendment_with_quote(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    general = await submit(client, world.round.id, world.token, world.body(anchor=None))
    assert general.status_code == 201, general.text
    assert general.json()["anchor"] is None
    amendment = await submit(
        client,
        world.round.id,
        world.token,
        world.body(
            anchor="3.a",
            kind="amendment",
            proposed_text="Closing all digital divides, including the gender divide.",
            quote={"exact": "digital divides", "prefix": "Closing all", "suffix": "and"},
        ),
    )
    assert amendment.status_code == 201, amendment.text
    created = amendment.json()
    assert created["kind"] == "amendment"
    assert created["proposed_text"].endswith("gender divide.")
    assert created["quote"] == {
        "type": "TextQuoteSelector",
        "exact": "digital divides",
        "prefix": "Closing all",
        "suffix": "and",
    }


async def test_quote_may_come_from_a_translation_of_the_paragraph(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    async with AsyncSession(state.engine) as session:
        session.add(
            Paragraph(
                version_id=world.draft.version.id,
                language="zh",
                anchor="1",
                kind="operative",
                ordinal=1,
                text="数字技术正在深刻改变我们的世界。",
            )
        )
        await session.commit()
    response = await submit(
        client,
        world.round.id,
        world.token,
        world.body(language="zh-hans", body="我们欢迎这一段。", quote={"exact": "深刻改变"}),
    )
    assert response.status_code == 201, response.text
    assert response.json()["language"] == "zh-Hans"


async def test_a_locale_written_with_an_underscore_is_read_as_its_language_tag(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    response = await submit(client, world.round.id, world.token, world.body(language="en_us"))
    assert response.status_code == 201, response.text
    assert response.json()["language"] == "en-US"


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("overrides", "loc"),
    [
        ({"kind": "amendment"}, ["body"]),
        ({"proposed_text": "Replace it."}, ["body"]),
        ({"body": "x" * 20_001}, ["body", "body"]),
        ({"body": "   \n "}, ["body", "body"]),
        ({"body": "\u200b\u200b\ufeff"}, ["body", "body"]),
        ({"body": ...}, ["body", "body"]),
        ({"kind": "amendment", "proposed_text": "y" * 10_001}, ["body", "proposed_text"]),
        ({"language": "klingon"}, ["body", "language"]),
        ({"language": "xx"}, ["body", "language"]),
        ({"language": ...}, ["body", "language"]),
        ({"kind": "opinion"}, ["body", "kind"]),
        ({"position": "maybe"}, ["body", "position"]),
        ({"anchor": None, "quote": {"exact": "Digital"}}, ["body"]),
        ({"quote": {"exact": ""}}, ["body", "quote", "exact"]),
        ({"organization_id": "not-an-id"}, ["body", "organization_id"]),
        ({"surprise": True}, ["body", "surprise"]),
    ],
)
async def test_invalid_bodies_are_422_with_field_errors(
    client: httpx.AsyncClient, state: AppState, overrides: dict[str, Any], loc: list[str]
) -> None:
    world = await make_world(state)
    response = await submit(client, world.round.id, world.token, world.body(**overrides))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert any(error["loc"][: len(loc)] == loc for error in response.json()["errors"])
    assert await comment_rows(state) == []


async def test_a_body_that_is_not_json_is_400(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    for raw in [b'{"body": "unterminated', b'{"body": "\\ud80"}', b"\xff\xfe"]:
        response = await submit_raw(client, world, raw)
        assert response.status_code == 400, raw
        assert response.json()["type"].endswith("/malformed-json")
    assert await comment_rows(state) == []


async def test_a_lone_surrogate_is_422_naming_the_field(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """JSON can carry a lone UTF-16 surrogate escape: the field is invalid, not the document,
    as on every other endpoint."""
    world = await make_world(state)
    raw = json.dumps(world.body(body="A lone \ud800 surrogate")).encode()
    response = await submit_raw(client, world, raw)
    assert response.status_code == 422, response.text
    assert [error["loc"] for error in response.json()["errors"]] == [["body", "body"]]
    assert await comment_rows(state) == []


async def test_length_errors_count_characters(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    response = await submit(client, world.round.id, world.token, world.body(body="x" * 20_001))
    (error,) = response.json()["errors"]
    assert error["msg"] == "String should have at most 20000 characters"


async def test_limits_count_characters_after_nfc(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    decomposed = "e\u0301" * 20_000  # 40,000 code points, 20,000 characters in NFC
    response = await submit(client, world.round.id, world.token, world.body(body=decomposed))
    assert response.status_code == 201, response.text[:300]
    assert response.json()["body"] == "\u00e9" * 20_000
    amendment = world.body(kind="amendment", body="ok", proposed_text="數" * 10_000)
    assert (await submit(client, world.round.id, world.token, amendment)).status_code == 201


async def test_unknown_anchor_and_missing_quote_are_422(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    unknown = await submit(client, world.round.id, world.token, world.body(anchor="99"))
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "anchor"]
    misquoted = await submit(
        client, world.round.id, world.token, world.body(quote={"exact": "not in the text"})
    )
    assert misquoted.status_code == 422
    assert misquoted.json()["errors"][0]["loc"] == ["body", "quote"]
    wrong_prefix = await submit(
        client,
        world.round.id,
        world.token,
        world.body(quote={"exact": "transforming", "prefix": "slowly"}),
    )
    assert wrong_prefix.status_code == 422
    assert await comment_rows(state) == []


# --------------------------------------------------------------------------- who may submit


async def test_anonymous_is_401_and_missing_scope_is_403(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    anonymous = await submit(client, world.round.id, None, world.body())
    assert anonymous.status_code == 401
    assert "WWW-Authenticate" in anonymous.headers
    reader = await token_for(state, world.representative, scopes=["reports:read"])
    unscoped = await submit(client, world.round.id, reader, world.body())
    assert unscoped.status_code == 403
    assert unscoped.headers["WWW-Authenticate"] == (
        'Bearer error="insufficient_scope", scope="comments:write"'
    )


async def test_only_representatives_of_verified_eligible_organizations_submit(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, eligible_groups=["civil_society", "academia"])
    stranger = await token_for(state, await make_user(state))
    response = await submit(client, world.round.id, stranger, world.body())
    assert response.status_code == 403
    secretariat = await token_for(state, await make_user(state, role="secretariat"))
    assert (await submit(client, world.round.id, secretariat, world.body())).status_code == 403

    pending_rep = await make_user(state)
    pending = await make_organization(state, representatives=[pending_rep], verification="pending")
    response = await submit(
        client,
        world.round.id,
        await token_for(state, pending_rep),
        world.body(organization_id=str(pending.id)),
    )
    assert response.status_code == 403
    assert "verified" in response.json()["detail"]

    business_rep = await make_user(state)
    business = await make_organization(
        state, representatives=[business_rep], stakeholder_group="private_sector"
    )
    response = await submit(
        client,
        world.round.id,
        await token_for(state, business_rep),
        world.body(organization_id=str(business.id)),
    )
    assert response.status_code == 403
    assert "eligible" in response.json()["detail"]

    unknown = await submit(
        client, world.round.id, world.token, world.body(organization_id=str(uuid.uuid4()))
    )
    assert unknown.status_code == 422
    assert (await submit(client, world.round.id, world.token, world.body())).status_code == 201
    assert len(await comment_rows(state)) == 1


async def test_empty_eligible_groups_admit_every_group(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, stakeholder_group="private_sector", eligible_groups=[])
    assert (await submit(client, world.round.id, world.token, world.body())).status_code == 201


async def test_a_bound_client_submits_for_its_organization_only(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    token = await bound_client_token(state, world.organization)
    implicit = await submit(client, world.round.id, token, world.body(organization_id=...))
    assert implicit.status_code == 201, implicit.text
    assert implicit.json()["organization_id"] == str(world.organization.id)
    other = await make_organization(state, name="Other")
    foreign = await submit(client, world.round.id, token, world.body(organization_id=str(other.id)))
    assert foreign.status_code == 403
    person_without_org = await submit(
        client, world.round.id, world.token, world.body(organization_id=...)
    )
    assert person_without_org.status_code == 422
    rows = await comment_rows(state)
    assert len(rows) == 1
    assert rows[0].author_id is None
    assert rows[0].client_id is not None


async def test_restricted_consultation_is_404_for_outsiders(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, visibility="restricted")
    outsider = await token_for(state, await make_user(state))
    assert (await submit(client, world.round.id, outsider, world.body())).status_code == 404
    assert (await submit(client, world.round.id, world.token, world.body())).status_code == 201


async def test_unknown_round_is_404(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    assert (await submit(client, uuid.uuid4(), world.token, world.body())).status_code == 404
    assert (await submit(client, "nonsense", world.token, world.body())).status_code == 404


# --------------------------------------------------------------------------- the round's window


async def test_only_open_rounds_take_comments(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    now = utcnow()
    await set_round_window(
        state, world.round, opens_at=now + timedelta(hours=1), closes_at=now + timedelta(days=1)
    )
    scheduled = await submit(client, world.round.id, world.token, world.body())
    assert scheduled.status_code == 409
    assert "opens" in scheduled.json()["detail"]
    await set_round_window(
        state, world.round, opens_at=now - timedelta(days=1), closes_at=now - timedelta(seconds=1)
    )
    closed = await submit(client, world.round.id, world.token, world.body())
    assert closed.status_code == 409
    assert "closed" in closed.json()["detail"]
    assert await comment_rows(state) == []


async def test_closed_round_is_409_before_anchor_validation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    now = utcnow()
    await set_round_window(state, world.round, closes_at=now - timedelta(seconds=1))
    response = await submit(client, world.round.id, world.token, world.body(anchor="99"))
    assert response.status_code == 409


# --------------------------------------------------------------------------- moderation, limits


async def test_pre_moderation_starts_pending(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state, moderation="pre")
    response = await submit(client, world.round.id, world.token, world.body())
    assert response.json()["status"] == "pending"
    location = response.headers["Location"]
    assert (await client.get(location)).status_code == 404
    assert (await client.get(location, headers=bearer(world.token))).status_code == 200


async def test_submissions_are_rate_limited_per_account(database_url: str, state: AppState) -> None:
    world = await make_world(state)
    limited: FastAPI = create_app(
        make_settings(database_url, rate_limits="on", rate_limit_submission="2/60")
    )
    async with (
        limited.router.lifespan_context(limited),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=limited), base_url=BASE_URL) as http,
    ):
        first = await submit(http, world.round.id, world.token, world.body(), key="first")
        invalid = await submit(http, world.round.id, world.token, world.body(kind="opinion"))
        statuses = [
            (await submit(http, world.round.id, world.token, world.body())).status_code
            for _ in range(2)
        ]
        assert (first.status_code, invalid.status_code, statuses) == (201, 422, [201, 429])
        refused_key = "refused"
        refused = await submit(http, world.round.id, world.token, world.body(), key=refused_key)
        assert int(refused.headers["Retry-After"]) >= 1
        # Replays store nothing: a client whose response was lost gets its receipt back even
        # when its quota is spent. A refused submission gave its key back.
        replay = await submit(http, world.round.id, world.token, world.body(), key="first")
        assert replay.status_code == 201
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert replay.json() == first.json()
        async with state.engine.connect() as connection:
            keys = (await connection.execute(sa.select(table_of(IdempotencyRecord).c.key))).all()
        assert (refused_key,) not in keys
        other_rep = await make_user(state)
        other = await make_organization(state, representatives=[other_rep])
        response = await submit(
            http,
            world.round.id,
            await token_for(state, other_rep),
            world.body(organization_id=str(other.id)),
        )
        assert response.status_code == 201
    assert len(await comment_rows(state)) == 3


async def test_refused_submissions_cost_no_quota(database_url: str, state: AppState) -> None:
    """An unknown anchor, a quote not in the paragraph, an organization the caller does not
    speak for or a round shut meanwhile is found only once the submission is checked, after the
    quota was counted: the hit is given back, as for a malformed body (clients refused at a
    round's close found their quota spent when it was extended)."""
    world = await make_world(state)
    stranger = await make_organization(state, name="Not theirs")
    limited: FastAPI = create_app(
        make_settings(database_url, rate_limits="on", rate_limit_submission="2/60")
    )
    async with (
        limited.router.lifespan_context(limited),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=limited), base_url=BASE_URL) as http,
    ):
        refused = [
            (await submit(http, world.round.id, world.token, body)).status_code
            for body in (
                world.body(anchor="8.zz"),
                world.body(anchor="zzz"),
                world.body(quote={"exact": "words this paragraph never had"}),
                world.body(organization_id=str(stranger.id)),
                world.body(organization_id=str(stranger.id)),
            )
        ]
        opened_at, closes_at = world.round.opens_at, world.round.closes_at
        await set_round_window(state, world.round, closes_at=utcnow() - timedelta(seconds=1))
        closed = [
            (await submit(http, world.round.id, world.token, world.body())).status_code
            for _ in range(3)
        ]
        await set_round_window(state, world.round, opens_at=opened_at, closes_at=closes_at)
        accepted = [
            (await submit(http, world.round.id, world.token, world.body())).status_code
            for _ in range(3)
        ]
    assert refused == [422, 422, 422, 403, 403]
    assert closed == [409, 409, 409]
    assert accepted == [201, 201, 429]


# --------------------------------------------------------------------------- events, receipts


async def test_submission_records_a_domain_event(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = captured_events(state, "comment.submitted")
    world = await make_world(state)
    response = await submit(client, world.round.id, world.token, world.body(anchor="3.b"))
    (event,) = events
    assert event.subject_type == "comment"
    assert event.subject_id == response.json()["id"]
    assert event.actor_id == world.representative.id
    assert event.consultation_id == world.consultation.id
    assert event.data == {"round_id": str(world.round.id), "kind": "comment", "anchor": "3.b"}


async def test_receipts_are_confirmed_publicly(client: httpx.AsyncClient, state: AppState) -> None:
    world = await make_world(state)
    created = (await submit(client, world.round.id, world.token, world.body())).json()
    number = created["tracking_number"]
    response = await client.get(f"/v1/receipts/{number.lower()}")
    assert response.status_code == 200
    assert response.json() == {
        "tracking_number": number,
        "comment_id": created["id"],
        "submitted_at": created["submitted_at"],
        "body_sha256": text_sha256("We welcome this paragraph."),
        "proposed_text_sha256": None,
        "valid": True,
    }
    assert (await client.get("/v1/receipts/GDC-R9-000001-Z")).status_code == 404
    assert (await client.get("/v1/receipts/garbage")).status_code == 404


async def test_a_receipt_that_does_not_match_the_comment_is_invalid(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    first = (await submit(client, world.round.id, world.token, world.body())).json()
    second = (await submit(client, world.round.id, world.token, world.body(body="B"))).json()
    comments = table_of(Comment)
    await execute(
        state,
        sa.update(comments)
        .where(comments.c.id == uuid.UUID(first["id"]))
        .values(receipt=second["receipt"]),
    )
    response = await client.get(f"/v1/receipts/{first['tracking_number']}")
    assert response.json()["valid"] is False
    assert (await client.get(f"/v1/receipts/{second['tracking_number']}")).json()["valid"]
