"""Consultations and their co-facilitators.

Choices
- A consultation is addressed by its id; its slug is accepted wherever an id is (slugs can never
  look like ids, so the two never collide).
- ``tracking_prefix`` is derived once from the slug and never changes (the slug cannot change
  either): the upper-cased alphanumerics of the slug when they fit in 8 characters, otherwise
  the first characters of each hyphenated part (3 each for two parts, fewer for more) cut to 8:
  ``gdc-review`` -> ``GDCREV``, ``global-digital-compact`` -> ``GLDICO``. Tracking numbers must
  be unique across consultations, so a prefix already in use gets a number (``GDCREV2``).
- ``representation_targets`` are validated against the consultation's eligible groups and the
  fixed vocabularies (see ``consultations.schemas``); shares in 0..1; non-overlapping dimensions
  sum to at most 1 (``country_group`` overlaps: only ``developing`` + ``developed`` <= 1). Sent
  targets that fail are the body's fault (422); stored targets that a change of the eligible
  groups would leave inapplicable are a conflict with the stored state (409).
- The list is ordered by creation (ids are time-ordered) with keyset pagination; it holds what
  the caller may see (``consultations.policy``): public ones, plus for the secretariat every one,
  for co-facilitators theirs, for representatives the restricted ones open to their group.
- Changes need ``If-Match`` (428 without, 412 on mismatch), as for every mutable resource.
- Appointing a co-facilitator twice is a no-op (PUT is idempotent). Removing someone who is not
  appointed (an unknown or malformed user id included) is 404, as for an organization's
  representatives: a repeated DELETE says the appointment is gone. Events are recorded only for
  real changes.
- Once a consultation holds a comment (in any round, any status), the settings its
  contributors relied on when they wrote cannot be relaxed (409): ``attribution`` from
  ``group_only`` to ``named`` would name organizations that chose to speak as their group,
  ``visibility`` from ``restricted`` to ``public`` would publish what was written for a closed
  circle. Tightening them stays allowed, as does any change before the first comment. A
  submission holds the consultation's row from its checks to its commit
  (``consultations.comments``), so a comment being stored while a change is made is waited for
  and counts; one submitted during the change is checked under the new settings.
"""

import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import Membership, Organization, User
from auth.principal import Principal
from auth.schemas import GENDERS, STAKEHOLDER_GROUPS
from consultations import policy
from consultations.models import (
    Comment,
    Consultation,
    Document,
    DocumentVersion,
    Facilitator,
    VersionText,
)
from consultations.policy import ConsultationAccess
from consultations.receipts import text_sha256
from consultations.schemas import (
    COUNTRY_GROUPS,
    REGIONAL_GROUPS,
    UN_LANGUAGES,
    ConsultationCreate,
    ConsultationUpdate,
)
from core.clock import utcnow
from core.db import table_of
from core.errors import Conflict, FieldError, NotFound, Unprocessable
from core.etag import check_if_match, make_etag
from core.events import DomainEvent, record
from core.ids import parse_id
from core.pagination import Page, decode_id_cursor, keyset_page, split_page

PREFIX_LENGTH = 8
_TARGET_ALLOWANCE = 1e-9
_EXCLUSIVE_DIMENSIONS = {"stakeholder_group", "regional_group", "gender"}


def derive_tracking_prefix(slug: str) -> str:
    """Upper-case tracking prefix of at most 8 characters (see the module docstring)."""
    parts = [part for part in re.split(r"[^A-Za-z0-9]+", slug.upper()) if part]
    joined = "".join(parts)
    if len(joined) <= PREFIX_LENGTH:
        return joined
    each = max(1, min(3, PREFIX_LENGTH // len(parts)))
    return "".join(part[:each] for part in parts)[:PREFIX_LENGTH]


def target_errors(
    targets: Mapping[str, Mapping[str, float]], eligible_groups: Sequence[str]
) -> list[FieldError]:
    """Everything wrong with ``representation_targets`` (empty when they are fine)."""
    allowed: dict[str, Sequence[str]] = {
        "stakeholder_group": eligible_groups,
        "regional_group": REGIONAL_GROUPS,
        "country_group": COUNTRY_GROUPS,
        "gender": GENDERS,
    }
    errors: list[FieldError] = []
    for dimension, shares in targets.items():
        loc: tuple[str | int, ...] = ("body", "representation_targets", dimension)
        categories = allowed.get(dimension, ())
        for category, share in shares.items():
            if category not in categories:
                expected = ", ".join(categories)
                errors.append(
                    FieldError((*loc, category), f"unknown category; expected {expected}")
                )
            if not math.isfinite(share) or not 0.0 <= share <= 1.0:
                errors.append(FieldError((*loc, category), "a share is a number from 0 to 1"))
        total = sum(share for share in shares.values() if math.isfinite(share))
        if dimension in _EXCLUSIVE_DIMENSIONS and total > 1.0 + _TARGET_ALLOWANCE:
            errors.append(FieldError(loc, f"shares of one dimension sum to {total:g}, over 1"))
        exclusive_pair = shares.get("developing", 0.0) + shares.get("developed", 0.0)
        if dimension == "country_group" and exclusive_pair > 1.0 + _TARGET_ALLOWANCE:
            errors.append(FieldError(loc, "developing + developed sum to more than 1"))
    return errors


def _require_stored_targets_apply(
    targets: Mapping[str, Mapping[str, float]], eligible_groups: Sequence[str]
) -> None:
    """409 when the stored targets would not apply to the changed eligible groups (a target for
    a group no longer eligible): the conflict is with the consultation's state, not with the
    body, which holds no targets to point at."""
    errors = target_errors(targets, eligible_groups)
    if errors:
        stored = ", ".join(".".join(map(str, error.loc[2:])) for error in errors)
        raise Conflict(
            f"The consultation's representation targets {stored} would no longer apply "
            f"({errors[0].msg}). Send representation_targets without them in the same request."
        )


def is_declared_language(tag: str, declared: Sequence[str]) -> bool:
    """Whether one of a consultation's declared languages covers ``tag`` (RFC 4647 basic
    filtering: a declared ``zh`` covers ``zh-Hans``); a consultation declaring none takes any."""
    return not declared or any(tag == lang or tag.startswith(f"{lang}-") for lang in declared)


async def _require_texts_declared(
    session: AsyncSession, consultation: Consultation, languages: Sequence[str]
) -> None:
    """409 when the consultation holds a document text (original or translation) in a language
    ``languages`` no longer declares: those texts were accepted under the declaration, and
    dropping it would leave them outside the consultation's own languages."""
    texts, versions, documents = (
        table_of(VersionText),
        table_of(DocumentVersion),
        table_of(Document),
    )
    connection = await session.connection()
    held = (
        await connection.execute(
            sa.select(texts.c.language)
            .distinct()
            .join(versions, versions.c.id == texts.c.version_id)
            .join(documents, documents.c.id == versions.c.document_id)
            .where(documents.c.consultation_id == consultation.id)
        )
    ).scalars()
    orphaned = sorted(tag for tag in held if not is_declared_language(tag, languages))
    if orphaned:
        raise Conflict(
            f"The consultation's documents have texts in {', '.join(orphaned)}, which the new "
            f"`languages` ({', '.join(languages)}) would not declare. Keep "
            f"{'them' if len(orphaned) > 1 else 'it'} in `languages`.",
            errors=[FieldError(("body", "languages"), f"must still cover {', '.join(orphaned)}")],
        )


def consultation_etag(consultation: Consultation) -> str:
    return make_etag(consultation.id, consultation.revision)


def _event(
    name: str,
    principal: Principal,
    consultation: Consultation,
    subject_type: str,
    subject: str,
    data: Mapping[str, object] | None = None,
) -> DomainEvent:
    return DomainEvent(
        name=name,
        actor_id=principal.user_id,
        subject_type=subject_type,
        subject_id=subject,
        consultation_id=consultation.id,
        data=dict(data or {}),
    )


# --------------------------------------------------------------------------- lookups


async def find_consultation(session: AsyncSession, ref: str) -> Consultation | None:
    """By id, or by slug."""
    consultation_id = parse_id(ref)
    if consultation_id is not None:
        return await session.get(Consultation, consultation_id)
    return (
        await session.exec(select(Consultation).where(Consultation.slug == ref.lower()))
    ).first()


def _represented(principal: Principal, *columns: Any) -> sa.Select[Any] | None:
    """``columns`` of the verified organizations the principal represents (None: none can be)."""
    organizations = table_of(Organization)
    statement = sa.select(*columns).where(organizations.c.verification == "verified")
    if principal.bound_organization_id is not None:
        return statement.where(organizations.c.id == principal.bound_organization_id)
    if principal.user_id is not None:
        memberships = table_of(Membership)
        return statement.join(
            memberships, memberships.c.organization_id == organizations.c.id
        ).where(memberships.c.user_id == principal.user_id)
    return None


async def _verified_groups(session: AsyncSession, principal: Principal) -> set[str]:
    """Stakeholder groups of the verified organizations the principal represents."""
    statement = _represented(principal, table_of(Organization).c.stakeholder_group)
    if statement is None:
        return set()
    connection = await session.connection()
    return set((await connection.execute(statement)).scalars())


def _contributed_consultations(principal: Principal) -> sa.Select[Any] | None:
    """Ids of the consultations holding a comment (any status) of an organization the
    principal represents."""
    organization_ids = _represented(principal, table_of(Organization).c.id)
    if organization_ids is None:
        return None
    comments = table_of(Comment)
    return sa.select(comments.c.consultation_id).where(
        comments.c.organization_id.in_(organization_ids)
    )


async def _has_contributed(
    session: AsyncSession, principal: Principal, consultation_id: uuid.UUID
) -> bool:
    contributed = _contributed_consultations(principal)
    if contributed is None:
        return False
    held = contributed.where(table_of(Comment).c.consultation_id == consultation_id)
    connection = await session.connection()
    return bool((await connection.execute(sa.select(sa.exists(held)))).scalar_one())


async def is_facilitator(
    session: AsyncSession, consultation_id: uuid.UUID, user: Principal
) -> bool:
    if user.user_id is None:
        return False
    row = await session.get(Facilitator, (consultation_id, user.user_id))
    return row is not None


async def consultation_access(
    session: AsyncSession, principal: Principal, consultation: Consultation
) -> ConsultationAccess:
    facilitator = await is_facilitator(session, consultation.id, principal)
    participant = False
    if consultation.visibility != "public" and not facilitator:
        groups = await _verified_groups(session, principal)
        eligible = set(consultation.eligible_groups or STAKEHOLDER_GROUPS)
        participant = bool(groups & eligible) or await _has_contributed(
            session, principal, consultation.id
        )
    return ConsultationAccess(is_facilitator=facilitator, is_participant=participant)


@dataclass(frozen=True, slots=True)
class VisibleConsultation:
    consultation: Consultation
    access: ConsultationAccess


async def get_visible_consultation(
    session: AsyncSession, principal: Principal, ref: str
) -> VisibleConsultation:
    consultation = await find_consultation(session, ref)
    if consultation is None:
        raise NotFound("No such consultation.")
    access = await consultation_access(session, principal, consultation)
    policy.can_view_consultation(principal, consultation, access)
    return VisibleConsultation(consultation, access)


async def consultation_seen_through(
    session: AsyncSession,
    principal: Principal,
    consultation_id: uuid.UUID,
    *,
    not_found: str,
) -> VisibleConsultation:
    """The consultation holding a round, document or comment, if the principal may see it.
    A consultation the principal may not see (or that is gone) is the held thing's 404, worded
    by ``not_found`` ("No such round."), so that nothing tells its things from missing ones."""
    consultation = await session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFound(not_found)
    access = await consultation_access(session, principal, consultation)
    try:
        policy.can_view_consultation(principal, consultation, access)
    except NotFound as exc:
        raise NotFound(not_found) from exc
    return VisibleConsultation(consultation, access)


async def get_administered_consultation(
    session: AsyncSession, principal: Principal, ref: str
) -> Consultation:
    """The consultation whose settings and co-facilitators the principal may change (404/403
    otherwise)."""
    visible = await get_visible_consultation(session, principal, ref)
    policy.can_administer_consultation(principal, visible.consultation, visible.access)
    return visible.consultation


async def get_managed_consultation(
    session: AsyncSession, principal: Principal, ref: str, *, lock: bool = False
) -> Consultation:
    """The consultation whose documents and rounds the principal may manage (404/403 otherwise).

    ``lock`` takes a row lock on PostgreSQL, serialising writers of one consultation's rounds.
    It is FOR NO KEY UPDATE: inserts that merely reference the consultation (comments, whose
    foreign key check takes FOR KEY SHARE) are not blocked by it, so a round change and a
    submission that already holds the round's row cannot deadlock."""
    visible = await get_visible_consultation(session, principal, ref)
    policy.can_manage_consultation(principal, visible.consultation, visible.access)
    if lock:
        await session.exec(
            select(Consultation.id)
            .where(Consultation.id == visible.consultation.id)
            .with_for_update(key_share=True)
        )
    return visible.consultation


# --------------------------------------------------------------------------- consultations


async def _unique_prefix(session: AsyncSession, base: str) -> str:
    taken = set(
        (
            await session.exec(
                select(Consultation.tracking_prefix).where(
                    col(Consultation.tracking_prefix).startswith(base)
                )
            )
        ).all()
    )
    candidate, counter = base, 1
    while candidate in taken:
        counter += 1
        candidate = f"{base}{counter}"
    return candidate


async def create_consultation(
    session: AsyncSession, principal: Principal, data: ConsultationCreate
) -> Consultation:
    policy.can_create_consultation(principal)
    eligible = list(dict.fromkeys(data.eligible_groups or STAKEHOLDER_GROUPS))
    targets: dict[str, dict[str, float]] = {
        dimension: dict(shares) for dimension, shares in (data.representation_targets or {}).items()
    }
    errors = target_errors(targets, eligible)
    if errors:
        raise Unprocessable("The representation targets cannot be applied.", errors=errors)
    existing = await session.exec(select(Consultation.id).where(Consultation.slug == data.slug))
    if existing.first() is not None:
        raise Conflict(f"The slug {data.slug!r} is already taken.")
    consultation = Consultation(
        slug=data.slug,
        title=data.title,
        description=data.description,
        visibility=data.visibility,
        moderation=data.moderation,
        attribution=data.attribution,
        eligible_groups=eligible,
        representation_targets=targets,
        languages=list(dict.fromkeys(data.languages or UN_LANGUAGES)),
        tracking_prefix=await _unique_prefix(session, derive_tracking_prefix(data.slug)),
        created_by=principal.user_id,
    )
    session.add(consultation)
    await session.flush()
    summary = {"slug": consultation.slug, "visibility": consultation.visibility}
    record(
        session,
        _event(
            "consultation.created",
            principal,
            consultation,
            "consultation",
            str(consultation.id),
            summary,
        ),
    )
    return consultation


async def list_consultations(
    session: AsyncSession, principal: Principal, *, cursor: str | None, limit: int
) -> Page[Consultation]:
    table = table_of(Consultation)
    statement = select(Consultation)
    if not principal.is_secretariat:
        visible: list[sa.ColumnElement[bool]] = [col(Consultation.visibility) == "public"]
        if principal.user_id is not None:
            facilitated = select(Facilitator.consultation_id).where(
                Facilitator.user_id == principal.user_id
            )
            visible.append(col(Consultation.id).in_(facilitated))
        groups = await _verified_groups(session, principal)
        if groups:
            # The JSON list as text on both databases: '["civil_society", "academia"]'. Group
            # names are fixed identifiers, so matching the quoted name is exact.
            groups_text = sa.cast(col(Consultation.eligible_groups), sa.String)
            eligible = [groups_text.like(f'%"{group}"%') for group in sorted(groups)]
            visible.append(sa.or_(groups_text == "[]", *eligible))
        contributed = _contributed_consultations(principal)
        if contributed is not None:
            visible.append(col(Consultation.id).in_(contributed))
        statement = statement.where(sa.or_(*visible))
    after = None
    if cursor is not None:
        after = [decode_id_cursor(cursor, "consultations")]
    page_statement = keyset_page(statement, [table.c.id], after, limit)
    rows = (await session.exec(page_statement)).all()
    return split_page(rows, limit, lambda row: [row.id], listing="consultations")


async def update_consultation(
    session: AsyncSession,
    principal: Principal,
    ref: str,
    data: ConsultationUpdate,
    *,
    if_match: str | None,
) -> Consultation:
    administered = await get_administered_consultation(session, principal, ref)
    # Locked and read again: another worker's change with the same If-Match may have committed
    # while this one waited, and must make this one 412 rather than be overwritten.
    locked = (
        select(Consultation)
        .where(Consultation.id == administered.id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    consultation = (await session.exec(locked)).one()
    check_if_match(if_match, consultation_etag(consultation))
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "eligible_groups" in changes:
        changes["eligible_groups"] = list(dict.fromkeys(changes["eligible_groups"]))
    if "languages" in changes:
        changes["languages"] = list(dict.fromkeys(changes["languages"]))
    eligible = changes.get("eligible_groups", consultation.eligible_groups)
    if "representation_targets" in changes:
        errors = target_errors(changes["representation_targets"], eligible)
        if errors:
            raise Unprocessable("The representation targets cannot be applied.", errors=errors)
    else:
        _require_stored_targets_apply(consultation.representation_targets, eligible)
    changed = sorted(
        field for field, value in changes.items() if getattr(consultation, field) != value
    )
    if not changed:
        return consultation
    await _require_no_retroactive_exposure(session, consultation, changes)
    if "languages" in changed:
        await _require_texts_declared(session, consultation, changes["languages"])
    audited = {
        field: [
            _audited_value(field, getattr(consultation, field)),
            _audited_value(field, changes[field]),
        ]
        for field in changed
    }
    for field in changed:
        setattr(consultation, field, changes[field])
    consultation.revision += 1
    consultation.updated_at = utcnow()
    session.add(consultation)
    await session.flush()
    record(
        session,
        _event(
            "consultation.updated",
            principal,
            consultation,
            "consultation",
            str(consultation.id),
            {"fields": changed, "changes": audited},
        ),
    )
    return consultation


# Free texts the audit log records by length and digest: both versions of a 20 000-character
# description in every entry would swell the chain, and the digest still proves which text it was.
_AUDITED_BY_DIGEST = frozenset({"description"})


def _audited_value(field: str, value: object) -> object:
    """``value`` as a ``consultation.updated`` audit entry records it."""
    if field in _AUDITED_BY_DIGEST and isinstance(value, str):
        return {"length": len(value), "sha256": text_sha256(value)}
    return value


# Settings whose change, once comments exist, would expose what was written under them:
# field -> (protective value, the value that relaxes it).
_PROTECTIVE_SETTINGS: Mapping[str, tuple[str, str]] = {
    "attribution": ("group_only", "named"),
    "visibility": ("restricted", "public"),
}


async def _require_no_retroactive_exposure(
    session: AsyncSession, consultation: Consultation, changes: Mapping[str, object]
) -> None:
    relaxed = [
        field
        for field, (protective, loose) in _PROTECTIVE_SETTINGS.items()
        if getattr(consultation, field) == protective and changes.get(field) == loose
    ]
    if not relaxed:
        return
    comments = table_of(Comment)
    connection = await session.connection()
    has_comments = (
        await connection.execute(
            sa.select(sa.exists().where(comments.c.consultation_id == consultation.id))
        )
    ).scalar_one()
    if has_comments:
        field = relaxed[0]
        protective, loose = _PROTECTIVE_SETTINGS[field]
        raise Conflict(
            f"This consultation has comments, written under `{field}: {protective}`; changing "
            f"it to `{loose}` would expose them retroactively. Only tightening is allowed once "
            "comments exist: open a new consultation to take comments under other settings.",
            errors=[
                FieldError(("body", name), "cannot be relaxed once comments exist")
                for name in relaxed
            ],
        )


# --------------------------------------------------------------------------- co-facilitators


@dataclass(frozen=True, slots=True)
class FacilitatorEntry:
    facilitator: Facilitator
    user: User
    appointed_now: bool = False


async def _user_kept(session: AsyncSession, user_ref: str) -> User:
    """The account, held (FOR KEY SHARE) until the appointment naming it commits: an erasure
    already under way finishes first and the account is not found (404), instead of the
    appointment failing on its foreign key."""
    user_id = parse_id(user_ref)
    kept = select(User).where(User.id == user_id).with_for_update(read=True, key_share=True)
    user = (await session.exec(kept)).first() if user_id is not None else None
    if user is None:
        raise NotFound("No such user.")
    return user


async def appoint_facilitator(
    session: AsyncSession, principal: Principal, ref: str, user_ref: str
) -> FacilitatorEntry:
    consultation = await get_administered_consultation(session, principal, ref)
    user = await _user_kept(session, user_ref)
    existing = await session.get(Facilitator, (consultation.id, user.id))
    if existing is not None:
        return FacilitatorEntry(existing, user)
    facilitator = Facilitator(
        consultation_id=consultation.id, user_id=user.id, appointed_by=principal.user_id
    )
    try:
        async with session.begin_nested():
            session.add(facilitator)
    except IntegrityError:
        # Appointed by a concurrent request since the check above: as if it had come first.
        existing = await session.get(Facilitator, (consultation.id, user.id))
        if existing is None:
            raise
        return FacilitatorEntry(existing, user)
    record(
        session,
        _event("facilitator.appointed", principal, consultation, "user", str(user.id)),
    )
    return FacilitatorEntry(facilitator, user, appointed_now=True)


async def remove_facilitator(
    session: AsyncSession, principal: Principal, ref: str, user_ref: str
) -> None:
    consultation = await get_administered_consultation(session, principal, ref)
    not_appointed = NotFound("This person is not a co-facilitator of the consultation.")
    user_id = parse_id(user_ref)
    if user_id is None:
        raise not_appointed
    facilitators = table_of(Facilitator)
    # One statement, counted: of two concurrent removals, the second finds nothing (404).
    removed = await session.exec(
        sa.delete(facilitators).where(
            facilitators.c.consultation_id == consultation.id,
            facilitators.c.user_id == user_id,
        )
    )
    if removed.rowcount != 1:
        raise not_appointed
    record(
        session,
        _event("facilitator.removed", principal, consultation, "user", str(user_id)),
    )


async def list_facilitators(
    session: AsyncSession, principal: Principal, ref: str, *, cursor: str | None, limit: int
) -> Page[FacilitatorEntry]:
    visible = await get_visible_consultation(session, principal, ref)
    policy.can_list_facilitators(principal, visible.consultation, visible.access)
    table = table_of(Facilitator)
    statement = (
        select(Facilitator, User)
        .join(User, col(User.id) == col(Facilitator.user_id))
        .where(col(Facilitator.consultation_id) == visible.consultation.id)
    )
    listing = f"facilitators/{visible.consultation.id}"
    after = None
    if cursor is not None:
        after = [decode_id_cursor(cursor, listing)]
    page_statement = keyset_page(statement, [table.c.user_id], after, limit)
    rows = (await session.exec(page_statement)).all()
    entries = [FacilitatorEntry(facilitator, user) for facilitator, user in rows]
    return split_page(entries, limit, lambda entry: [entry.user.id], listing=listing)
