"""Consultation rounds: a window of time in which one version of one document takes comments.

Choices
- ``status`` is never stored: it is read from the clock. ``scheduled`` before ``opens_at``,
  ``open`` while ``opens_at <= now < closes_at``, ``closed`` from ``closes_at`` on.
- ``number`` is 1, 2, ... per consultation, in order of creation. Creating and changing rounds
  of one consultation is serialised (a row lock on the consultation on PostgreSQL; SQLite
  writers are serialised anyway), so numbers and overlap checks hold under concurrency.
- Two rounds of one consultation may overlap in time only when they are on different
  documents or different versions of one document (409 otherwise, on creation and on every
  change of the times): late comments on the zero draft while Rev.1 is out are common practice.
  Nothing needs one open round per document: a comment belongs to its round and is anchored in
  that round's version, and reports, exports, filters and re-anchoring all go by round. Two
  rounds on the same version would only split one reading's comments in two. Intervals are
  half-open: a round may open at the very instant the previous one closes.
- Creation: ``closes_at`` after ``opens_at`` and in the future (a round that can never take a
  comment is a mistake); the document must belong to the consultation and the version exist
  (422 naming the field). ``opens_at`` may be in the past: the round is then open at once, and
  its opening time is stored as the moment of creation, not as sent: a round that did not exist
  took no comment, and reports and exports must not claim it was open before.
- A round's ETag names its stored revision and its status at the time of the response
  (``"<id>.<revision>.<status>"``), so it changes when the clock opens or closes the round, and
  an ``If-Match`` read before that is stale.
- Changes (``PATCH``, ``If-Match`` required: 428 without, 412 when stale): rename; extend or
  shorten ``closes_at``, also reopening a closed round; move ``opens_at`` only while the round
  is still scheduled (409 once it has opened), a past one opening it at once and being stored
  as the moment of the change, as on creation. A new ``closes_at`` may not lie in the past,
  beyond ``CLOCK_SKEW`` of tolerance: closing "now" is done by sending the current time. A closing
  time that has passed when the change takes effect is stored as that moment, unless the round
  had closed already: then it keeps its closing time (nothing was accepted since).
"""

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.principal import Principal
from consultations.consultations import (
    consultation_seen_through,
    get_managed_consultation,
    get_visible_consultation,
)
from consultations.models import Document, DocumentVersion, Round
from consultations.schemas import RoundCreate, RoundRead, RoundStatus, RoundUpdate
from core.clock import rfc3339, utcnow
from core.db import table_of
from core.errors import Conflict, FieldError, NotFound, Unprocessable
from core.etag import check_if_match, make_etag
from core.events import DomainEvent, record
from core.ids import parse_id
from core.pagination import Page, decode_id_cursor, filtered_listing, keyset_page, split_page

CLOCK_SKEW = timedelta(minutes=5)


def round_status(round_: Round, now: datetime) -> RoundStatus:
    if now < round_.opens_at:
        return "scheduled"
    if now < round_.closes_at:
        return "open"
    return "closed"


def round_etag(round_: Round, now: datetime) -> str:
    """The stored revision and the status derived at ``now``: a client comparing ETags sees the
    round open and close, and an ``If-Match`` read before the clock moved the round on is stale
    (412) like one read before another writer's change."""
    return make_etag(round_.id, round_.revision, round_status(round_, now))


def round_read(round_: Round, now: datetime | None = None) -> RoundRead:
    return RoundRead(
        id=round_.id,
        consultation_id=round_.consultation_id,
        number=round_.number,
        title=round_.title,
        document_id=round_.document_id,
        version=round_.version_number,
        opens_at=round_.opens_at,
        closes_at=round_.closes_at,
        status=round_status(round_, now or utcnow()),
        created_at=round_.created_at,
        updated_at=round_.updated_at,
    )


def _event(name: str, principal: Principal, round_: Round, data: dict[str, Any]) -> DomainEvent:
    return DomainEvent(
        name=name,
        actor_id=principal.user_id,
        subject_type="round",
        subject_id=str(round_.id),
        consultation_id=round_.consultation_id,
        data=data,
    )


async def _check_overlap(
    session: AsyncSession,
    consultation_id: uuid.UUID,
    document_id: uuid.UUID,
    version_number: int,
    opens_at: datetime,
    closes_at: datetime,
    excluding: uuid.UUID | None,
) -> None:
    statement = select(Round).where(
        Round.consultation_id == consultation_id,
        Round.document_id == document_id,
        Round.version_number == version_number,
        col(Round.opens_at) < closes_at,
        col(Round.closes_at) > opens_at,
    )
    if excluding is not None:
        statement = statement.where(Round.id != excluding)
    clash = (await session.exec(statement.order_by(col(Round.number)))).first()
    if clash is not None:
        raise Conflict(
            f"Round {clash.number} ({rfc3339(clash.opens_at)} to {rfc3339(clash.closes_at)}) "
            f"is on the same document, version {version_number}, at an overlapping time; rounds "
            "of one consultation may overlap only on different documents or different versions "
            "of a document."
        )


def _not_past(value: datetime, now: datetime, field: str) -> None:
    if value < now - CLOCK_SKEW:
        raise Unprocessable(
            f"{field} {rfc3339(value)} lies in the past.",
            errors=[FieldError(("body", field), "must not lie in the past")],
        )


def _ordered(opens_at: datetime, closes_at: datetime) -> None:
    if closes_at <= opens_at:
        raise Unprocessable(
            "A round must close after it opens.",
            errors=[FieldError(("body", "closes_at"), "must be later than opens_at")],
        )


async def create_round(
    session: AsyncSession, principal: Principal, consultation_ref: str, data: RoundCreate
) -> Round:
    consultation = await get_managed_consultation(session, principal, consultation_ref, lock=True)
    now = utcnow()
    opens_at = max(data.opens_at, now)
    _ordered(opens_at, data.closes_at)
    if data.closes_at <= now:
        raise Unprocessable(
            "The round would already be closed.",
            errors=[FieldError(("body", "closes_at"), "must lie in the future")],
        )
    document = await session.get(Document, data.document_id)
    if document is None or document.consultation_id != consultation.id:
        raise Unprocessable(
            "The document is not one of this consultation's.",
            errors=[FieldError(("body", "document_id"), "no such document in this consultation")],
        )
    version = (
        await session.exec(
            select(DocumentVersion.id).where(
                DocumentVersion.document_id == document.id,
                DocumentVersion.number == data.version,
            )
        )
    ).first()
    if version is None:
        raise Unprocessable(
            f"The document has no version {data.version}; its latest is {document.latest_version}.",
            errors=[FieldError(("body", "version"), "no such version of the document")],
        )
    await _check_overlap(
        session,
        consultation.id,
        document.id,
        data.version,
        opens_at,
        data.closes_at,
        excluding=None,
    )
    highest = (
        await session.exec(
            select(sa.func.max(col(Round.number))).where(Round.consultation_id == consultation.id)
        )
    ).one()
    round_ = Round(
        consultation_id=consultation.id,
        document_id=document.id,
        version_number=data.version,
        number=(highest or 0) + 1,
        title=data.title,
        opens_at=opens_at,
        closes_at=data.closes_at,
        created_by=principal.user_id,
    )
    session.add(round_)
    await session.flush()
    record(
        session,
        _event(
            "round.created",
            principal,
            round_,
            {
                "number": round_.number,
                "document_id": str(document.id),
                "version": data.version,
                "opens_at": rfc3339(round_.opens_at),
                "closes_at": rfc3339(round_.closes_at),
            },
        ),
    )
    return round_


async def _find_round(session: AsyncSession, round_ref: str) -> Round:
    round_id = parse_id(round_ref)
    round_ = await session.get(Round, round_id) if round_id is not None else None
    if round_ is None:
        raise NotFound("No such round.")
    return round_


async def get_round(session: AsyncSession, principal: Principal, round_ref: str) -> Round:
    """The round if the principal may see its consultation (404 otherwise)."""
    round_ = await _find_round(session, round_ref)
    await consultation_seen_through(
        session, principal, round_.consultation_id, not_found="No such round."
    )
    return round_


async def list_rounds(
    session: AsyncSession,
    principal: Principal,
    consultation_ref: str,
    *,
    status: RoundStatus | None,
    cursor: str | None,
    limit: int,
) -> Page[Round]:
    visible = await get_visible_consultation(session, principal, consultation_ref)
    statement = select(Round).where(Round.consultation_id == visible.consultation.id)
    now = utcnow()
    if status == "scheduled":
        statement = statement.where(col(Round.opens_at) > now)
    elif status == "open":
        statement = statement.where(col(Round.opens_at) <= now, col(Round.closes_at) > now)
    elif status == "closed":
        statement = statement.where(col(Round.closes_at) <= now)
    listing = filtered_listing(f"rounds/{visible.consultation.id}", {"status": status})
    after = [decode_id_cursor(cursor, listing)] if cursor is not None else None
    paged = keyset_page(statement, [table_of(Round).c.id], after, limit)
    rows = (await session.exec(paged)).all()
    return split_page(rows, limit, lambda row: [row.id], listing=listing)


async def get_managed_round(
    session: AsyncSession, principal: Principal, round_ref: str, *, lock: bool = False
) -> Round:
    """The round if the principal may manage its consultation (404/403 otherwise), as read
    before any lock on it. ``lock`` takes the consultation's (``get_managed_consultation``)."""
    found = await _find_round(session, round_ref)
    # Consultation first, then the round: the order every writer of rounds takes locks in.
    try:
        await get_managed_consultation(session, principal, str(found.consultation_id), lock=lock)
    except NotFound as exc:
        raise NotFound("No such round.") from exc
    return found


async def update_round(
    session: AsyncSession,
    principal: Principal,
    round_ref: str,
    data: RoundUpdate,
    *,
    if_match: str | None,
) -> Round:
    found = await get_managed_round(session, principal, round_ref, lock=True)
    locked = (
        select(Round)
        .where(Round.id == found.id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    round_ = (await session.exec(locked)).one()
    now = utcnow()
    check_if_match(if_match, round_etag(round_, now))
    opens_at = data.opens_at if data.opens_at is not None else round_.opens_at
    closes_at = data.closes_at if data.closes_at is not None else round_.closes_at
    if opens_at != round_.opens_at:
        if round_status(round_, now) != "scheduled":
            raise Conflict(
                f"The round opened at {rfc3339(round_.opens_at)}; its opening time can no "
                "longer change (change closes_at instead)."
            )
        opens_at = max(opens_at, now)
    if closes_at != round_.closes_at:
        _not_past(closes_at, now, "closes_at")
        if closes_at <= now and round_status(round_, now) == "closed":
            # Already closed: it has accepted nothing since its closing time, which stays
            # (storing now would move the close later than it happened).
            closes_at = round_.closes_at
        else:
            # Comments accepted until now stay inside the round: a closing time that passed
            # while this change waited for the round's lock (or within the clock-skew
            # tolerance) becomes now.
            closes_at = max(closes_at, now)
    _ordered(opens_at, closes_at)
    times_changed = (opens_at, closes_at) != (round_.opens_at, round_.closes_at)
    if times_changed:
        await _check_overlap(
            session,
            round_.consultation_id,
            round_.document_id,
            round_.version_number,
            opens_at,
            closes_at,
            round_.id,
        )
    changes: dict[str, list[str]] = {}
    if data.title is not None and data.title != round_.title:
        changes["title"] = [round_.title, data.title]
        round_.title = data.title
    if opens_at != round_.opens_at:
        changes["opens_at"] = [rfc3339(round_.opens_at), rfc3339(opens_at)]
        round_.opens_at = opens_at
    if closes_at != round_.closes_at:
        changes["closes_at"] = [rfc3339(round_.closes_at), rfc3339(closes_at)]
        round_.closes_at = closes_at
    if not changes:
        return round_
    round_.revision += 1
    round_.updated_at = now
    session.add(round_)
    await session.flush()
    record(session, _event("round.updated", principal, round_, {"changes": changes}))
    return round_
