"""The stakeholder registry: organizations, their verification and their representatives.

An organization's derived classification (UN regional group, M49 region and sub-region) is
computed from its country by ``auth.countries.classify`` and stored, again at every verification
decision. Its country groups (LDC / LLDC / SIDS and developing / developed) are not stored: LDC
status changes on graduation dates, so an organization's reading classifies its country as of
today (UTC), and the representation reports and the comment list's ``country_group`` filter
classify it as of their round (:func:`in_country_group_on`), so a graduation counts for every
organization at once.

Choices made where the contract is silent:

- One name per country: a second organization whose name is the same once NFKC-normalised,
  case-folded and with its runs of whitespace made one space, in the same country, is 409
  naming the first one's id when it is verified (its representatives can add the person), and
  without the id while it is pending (a pending organization is not shown to others). A
  rejected organization does not hold its name; verifying it again while another holds the
  name is 409 naming that one. Checked before the write for the message, and enforced by a
  unique index on the name's key and the country among the organizations not rejected, so
  that of two registrations (or decisions) racing each other one is 409 too. Organizations
  registered twice before the index existed keep their rows (migration 0009): the later ones
  hold no name until a decision, which is 409 while the earliest holds it.
- Any decision may follow any other (a verified organization can later be rejected, a rejected
  one verified after it explains itself); every decision is kept as a ``VerificationDecision``
  row and announced as ``organization.verified`` / ``organization.rejected``.
- Adding a representative names an existing account by e-mail; an unknown address is 422 (the
  caller is a representative, so this reveals no more than the invitation would), an existing
  member 409. While the organization is pending, its representatives can add colleagues (who
  speak for it once it is verified); once it is rejected, nobody can (409) until it is verified.
- A membership ends when the person leaves or a representative or the secretariat removes
  them, whatever the organization's state (``representative.removed``). The last
  representative may leave too: the organization keeps its state and its comments, nobody
  speaks for it, and the secretariat can add a representative. Memberships are read at every
  request, so the person's tokens lose the organization at their next request.
"""

import hashlib
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth import policy
from auth.countries import classify, countries_in_group, graduated_from_ldc, normalize_country
from auth.models import Membership, Organization, User, VerificationDecision
from auth.principal import Principal
from auth.schemas import (
    INVISIBLE_IN_NAMES,
    OrganizationCreate,
    RepresentativeCreate,
    VerificationCreate,
)
from core.clock import to_utc, utcnow
from core.db import table_of
from core.errors import Conflict, FieldError, NotFound, Unprocessable
from core.etag import check_optional_if_match, make_etag
from core.events import DomainEvent, record
from core.pagination import Page, decode_id_cursor, filtered_listing, keyset_page, split_page


@dataclass(frozen=True, slots=True)
class OrganizationFilters:
    stakeholder_group: str | None = None
    country: str | None = None
    regional_group: str | None = None
    country_group: str | None = None
    verification: str | None = None
    name: str | None = None


def _classify_into(organization: Organization) -> None:
    info = classify(organization.country)
    organization.regional_group = info.regional_group
    organization.m49_region = info.m49_region
    organization.m49_subregion = info.m49_subregion


async def is_member(
    session: AsyncSession, principal: Principal, organization_id: uuid.UUID
) -> bool:
    if principal.user_id is None:
        return False
    found = await session.exec(
        select(Membership.user_id).where(
            Membership.organization_id == organization_id, Membership.user_id == principal.user_id
        )
    )
    return found.first() is not None


async def get_visible(
    session: AsyncSession, principal: Principal, organization_id: uuid.UUID | None
) -> tuple[Organization, bool]:
    """The organization and whether the caller is its member; 404 when not visible."""
    organization = (
        await session.get(Organization, organization_id) if organization_id is not None else None
    )
    member = organization is not None and await is_member(session, principal, organization.id)
    return policy.require_visible_organization(principal, organization, member), member


def name_key(name: str) -> str:
    """What makes two organization names the same name: NFKC (full-width letters are their
    ASCII twins), letter case and runs of whitespace aside."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True, slots=True)
class NameClaim:
    """An organization's claim on its name, read before its write: a savepoint rolled back
    expires the organization's attributes."""

    organization_id: uuid.UUID
    country: str
    key: str


def _claim_of(organization: Organization) -> NameClaim:
    return NameClaim(organization.id, organization.country, name_key(organization.name))


def hold_name(organization: Organization) -> NameClaim:
    """Stores the organization's name key and the digest the one-name-per-country index holds
    (:class:`auth.models.Organization`), from its name."""
    claim = _claim_of(organization)
    organization.name_key = claim.key
    organization.name_digest = hashlib.sha256(claim.key.encode()).hexdigest()
    return claim


async def _name_holder(
    session: AsyncSession, claim: NameClaim
) -> tuple[uuid.UUID, str, str] | None:
    """The id, name and verification of another organization, not rejected, with the same
    name key in the same country: the earliest registered, if several were before the index.
    A rejected one does not count: it may have been an impostor, and the organization it
    claimed to be must be able to register."""
    holders = (
        select(Organization.id, Organization.name, Organization.verification)
        .where(
            Organization.country == claim.country,
            Organization.name_key == claim.key,
            Organization.verification != "rejected",
            Organization.id != claim.organization_id,
        )
        .order_by(col(Organization.created_at), col(Organization.id))
        .limit(1)
    )
    found = (await session.exec(holders)).first()
    return None if found is None else (found[0], found[1], found[2])


async def _refuse_duplicate(session: AsyncSession, claim: NameClaim) -> None:
    """409 when another organization holds the name of the one being registered."""
    holder = await _name_holder(session, claim)
    if holder is None:
        return
    holder_id, holder_name, verification = holder
    country = claim.country
    if verification == "verified":
        raise Conflict(
            f"An organization named {holder_name!r} is already registered in {country}: "
            f"{holder_id}. Ask its representatives to add you "
            "(POST /v1/organizations/{id}/representatives) instead of registering it again."
        )
    # A pending organization is 404 to all but its representatives and the staff: its id
    # stays unsaid, and its name only echoes the caller's own.
    raise Conflict(
        f"An organization of this name awaits verification in {country}. Ask the "
        "secretariat, or the person who registered it, to add you as its representative."
    )


async def _refuse_verifying_duplicate(session: AsyncSession, claim: NameClaim) -> None:
    """409 when another organization holds the name of the one the secretariat would verify
    (the secretariat sees every organization: the holder is named)."""
    holder = await _name_holder(session, claim)
    if holder is None:
        return
    holder_id, holder_name, verification = holder
    raise Conflict(
        f"The {verification} organization {holder_id}, named {holder_name!r}, holds this name "
        f"in {claim.country}: reject one of the two before verifying the other."
    )


async def create(
    session: AsyncSession, principal: Principal, data: OrganizationCreate
) -> Organization:
    creator = policy.require_can_create_organization(principal)
    organization = Organization(
        name=data.name,
        stakeholder_group=data.stakeholder_group,
        country=data.country,
        website=data.website,
        accreditation=data.stored_accreditation(),
        regional_group="none",
        created_by=principal.user_id,
    )
    claim = hold_name(organization)
    await _refuse_duplicate(session, claim)
    _classify_into(organization)
    try:
        async with session.begin_nested():
            session.add(organization)
    except IntegrityError:
        # Registered by a concurrent request since the check above: refused as if it had come
        # first (on PostgreSQL the insert waited for its commit, so it is read now).
        await _refuse_duplicate(session, claim)
        raise
    session.add(
        Membership(
            organization_id=organization.id,
            user_id=creator,
            added_by=creator,
        )
    )
    await session.flush()
    record(
        session,
        DomainEvent(
            name="organization.created",
            actor_id=principal.user_id,
            subject_type="organization",
            subject_id=str(organization.id),
            data={
                "stakeholder_group": organization.stakeholder_group,
                "country": organization.country,
            },
        ),
    )
    return organization


async def list_visible(
    session: AsyncSession,
    principal: Principal,
    filters: OrganizationFilters,
    *,
    cursor: str | None,
    limit: int,
) -> Page[Organization]:
    statement = select(Organization)
    visible = policy.visible_organizations_clause(principal)
    if visible is not None:
        statement = statement.where(visible)
    if filters.stakeholder_group is not None:
        statement = statement.where(Organization.stakeholder_group == filters.stakeholder_group)
    country = None
    if filters.country is not None:
        try:
            country = normalize_country(filters.country)
        except ValueError as exc:
            raise Unprocessable(
                "Unknown country.", errors=[FieldError(("query", "country"), str(exc))]
            ) from exc
        statement = statement.where(Organization.country == country)
    if filters.regional_group is not None:
        statement = statement.where(Organization.regional_group == filters.regional_group)
    if filters.country_group is not None:
        # As of today, as each organization's country_groups is read.
        in_group = countries_in_group(filters.country_group, utcnow().date())
        statement = statement.where(col(Organization.country).in_(in_group))
    if filters.verification is not None:
        statement = statement.where(Organization.verification == filters.verification)
    name_part = None
    if filters.name is not None:
        # Compared as registration compares names: "ｋｅｎｙａ" and "KENYA" find "Kenya".
        name_part = name_key(filters.name.translate(INVISIBLE_IN_NAMES))
        statement = statement.where(col(Organization.name_key).contains(name_part, autoescape=True))
    listing = filtered_listing(
        "organizations",
        {
            "stakeholder_group": filters.stakeholder_group,
            "country": country,
            "regional_group": filters.regional_group,
            "country_group": filters.country_group,
            "verification": filters.verification,
            "name": name_part,
        },
    )
    after = [decode_id_cursor(cursor, listing)] if cursor is not None else None
    id_column: sa.ColumnElement[uuid.UUID] = col(Organization.id)  # type: ignore[assignment]
    paged = keyset_page(statement, [id_column], after, limit)
    rows = (await session.exec(paged)).all()
    return split_page(list(rows), limit, key=lambda o: [o.id], listing=listing)


def in_country_group_on(
    country: sa.ColumnElement[Any], group: str, as_of: date
) -> sa.ColumnElement[bool]:
    """Whether an organization's ``country`` is in ``group`` on ``as_of``, from the country data
    rather than the classification stored at its last verification decision: LDC status ends on
    a graduation date, and two organizations of one country verified on either side of it must
    count alike."""
    return country.in_(countries_in_group(group, as_of))


def country_groups_as_of(closes_at: datetime) -> date:
    """The day a round's country groups are read on: its close, or today (UTC) while it is open
    or scheduled, so what a closed round counted does not change with later graduations. The
    representation report and the comment list's ``country_group`` filter read the same day, so
    a report's row and the comments it links to agree."""
    return min(to_utc(closes_at), utcnow()).date()


# The state parts of the ETag of a reading: after its country's LDC graduation, and without the
# verification note the organization has.
LDC_GRADUATED = "ldc-graduated"
NOTE_WITHHELD = "note-withheld"


def organization_etag(organization: Organization, *, show_note: bool = True) -> str:
    """``"<id>.<revision>"`` for the organization as the secretariat and its representatives
    read it (what a decision's If-Match names); ``"<id>.<revision>.note-withheld"`` for everyone
    else when it has a verification note they are not shown. A person who becomes a
    representative or joins the secretariat reads the note without a new revision, so the
    ETag must name the reading, not the revision only. For the same reason, once its country
    has graduated from the LDC list (``country_groups`` is read as of today), the state holds
    ``ldc-graduated``: a copy cached before the graduation is not revalidated with a 304."""
    states = []
    if graduated_from_ldc(organization.country, utcnow().date()):
        states.append(LDC_GRADUATED)
    if not show_note and organization.verification_note is not None:
        states.append(NOTE_WITHHELD)
    return make_etag(organization.id, organization.revision, ".".join(states) or None)


async def decide_verification(
    session: AsyncSession,
    principal: Principal,
    organization_id: uuid.UUID | None,
    data: VerificationCreate,
    *,
    if_match: str | None = None,
) -> Organization:
    found, _ = await get_visible(session, principal, organization_id)
    policy.require_can_decide_verification(principal)
    # Locked before If-Match is compared: of two decisions sent with one ETag, the second
    # reads the first's revision and is refused (412), and no two decisions share a revision.
    # NO KEY UPDATE leaves the foreign key checks of memberships and comments unblocked.
    locked = (
        select(Organization)
        .where(Organization.id == found.id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    organization = (await session.exec(locked)).one()
    check_optional_if_match(if_match, organization_etag(organization))
    claim = _claim_of(organization)
    if data.decision != "rejected":
        await _refuse_verifying_duplicate(session, claim)
    now = utcnow()
    try:
        # Opened before the organization changes: opening it flushes what is pending.
        async with session.begin_nested():
            organization.verification = data.decision
            organization.verification_note = data.note
            organization.verified_at = now if data.decision == "verified" else None
            organization.updated_at = now
            organization.revision += 1
            _classify_into(organization)
            # Also gives a name to an organization registered twice before the index existed.
            hold_name(organization)
            session.add(organization)
    except IntegrityError:
        # Another organization took the name since the check (a concurrent registration, or a
        # concurrent decision verifying it): refused as if it had come first.
        await _refuse_verifying_duplicate(session, claim)
        raise
    session.add(
        VerificationDecision(
            organization_id=organization.id,
            decision=data.decision,
            note=data.note,
            decided_by=principal.user_id,
            decided_at=now,
        )
    )
    await session.flush()
    record(
        session,
        DomainEvent(
            name=f"organization.{data.decision}",
            actor_id=principal.user_id,
            subject_type="organization",
            subject_id=str(organization.id),
            data={"decision": data.decision, "note": data.note},
        ),
    )
    return organization


_ALREADY_REPRESENTS = "This person already represents the organization."


async def add_representative(
    session: AsyncSession,
    principal: Principal,
    organization_id: uuid.UUID | None,
    data: RepresentativeCreate,
) -> tuple[Membership, User]:
    organization, member = await get_visible(session, principal, organization_id)
    policy.require_can_add_representative(principal, member)
    if organization.verification == "rejected":
        raise Conflict(
            "The organization was rejected; representatives can be added again once the "
            "secretariat verifies it."
        )
    # Held (FOR KEY SHARE) until the membership commits: an erasure of the account already
    # under way finishes first and the address is unknown (422), instead of the membership
    # failing on its foreign key.
    kept = select(User).where(User.email == data.email).with_for_update(read=True, key_share=True)
    user = (await session.exec(kept)).first()
    if user is None:
        raise Unprocessable(
            "No registered account has this e-mail address; ask them to register first.",
            errors=[FieldError(("body", "email"), "no registered account has this address")],
        )
    if await session.get(Membership, (organization.id, user.id)) is not None:
        raise Conflict(_ALREADY_REPRESENTS)
    membership = Membership(
        organization_id=organization.id, user_id=user.id, added_by=principal.user_id
    )
    session.add(membership)
    try:
        await session.flush()
    except IntegrityError as exc:
        # Added by a concurrent request since the check above: answered as if it came first.
        raise Conflict(_ALREADY_REPRESENTS) from exc
    record(
        session,
        DomainEvent(
            name="representative.added",
            actor_id=principal.user_id,
            subject_type="organization",
            subject_id=str(organization.id),
            data={"user_id": str(user.id)},
        ),
    )
    return membership, user


async def remove_representative(
    session: AsyncSession,
    principal: Principal,
    organization_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
) -> None:
    organization, member = await get_visible(session, principal, organization_id)
    policy.require_can_remove_representative(principal, member, user_id)
    memberships = table_of(Membership)
    # One statement, counted: of two concurrent removals, the second finds nothing (404).
    removed = await session.exec(
        sa.delete(memberships).where(
            memberships.c.organization_id == organization.id, memberships.c.user_id == user_id
        )
    )
    if removed.rowcount != 1:
        raise NotFound("This person does not represent the organization.")
    record(
        session,
        DomainEvent(
            name="representative.removed",
            actor_id=principal.user_id,
            subject_type="organization",
            subject_id=str(organization.id),
            data={"user_id": str(user_id)},
        ),
    )
