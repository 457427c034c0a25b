"""Accounts: registration, sign-in checks, the caller's view of themselves, export and erasure.

Choices made where the contract is silent:

- A duplicate e-mail address is answered 409 with a neutral message that names no account.
  Registration is rate limited per IP and per address, which bounds what enumeration through
  409 can learn; answering 201 for duplicates would leave people who mistyped or forgot they had
  an account with no explanation and no mail to receive it (the platform sends none).
- Erasure (``DELETE /v1/me``) removes the account row. The database then deletes memberships,
  sign-ins, refresh tokens and pending authorization codes (ON DELETE CASCADE) and clears the
  author of comments, flags, decisions and organizations (ON DELETE SET NULL); the erasure
  deletes what names the person without a foreign key (rate-limit counters here; their
  Idempotency-Keys and stored responses by the ``user.erased`` event's subscriber in
  ``consultations.idempotency``); access tokens
  stop working at their next request, which finds no account. Comments stay, attributed
  to their organization and the stable ``author_pseudonym`` only. Erasing the last
  representative of an organization is allowed: the organization and its comments stay, with no
  representative until the secretariat adds one. The audit log records ``user.erased`` with the
  opaque account id and counts, never the name or address; the append-only log keeps that id
  as the actor (and subject) of the person's past entries.
- The last admin cannot erase their account (409, nothing changed): nobody would be left to
  grant roles. Another admin must be appointed first (``plenary users set-role``). The admin
  rows are locked (``FOR NO KEY UPDATE``, in id order) and counted in the erasing
  transaction, so two admins erasing themselves at once on PostgreSQL are serialised: the
  second counts after the first has committed and is refused. SQLite serialises writers
  anyway. Secretariat accounts are not guarded: an admin can grant the role again. For the
  same reason ``set_role_by_email`` refuses to demote the last admin (409), under the same
  locks.
- ``GET /v1/users?email=`` finds one account by its exact address, for the secretariat (who
  appoints co-facilitators and registers clients) and admins (who change roles), with a token
  that may do one of those (``consultations:write`` or ``admin``). It answers a list, as every
  list, of at most one item; nothing else is searchable, so the accounts cannot be enumerated.
  Adding a representative by address tells anyone who may add one whether the address has an
  account: it is rate limited per account (``PLENARY_RATE_LIMIT_REPRESENTATIVES``), as
  registration is.
- The export reads comments, comment revisions and flags through the shared metadata by table
  name, because ``auth`` sits below ``consultations`` and ``moderation`` and must not import them.
"""

import asyncio
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth import policy
from auth.models import (
    Membership,
    OAuthClient,
    OAuthGrant,
    Organization,
    RefreshToken,
    User,
    VerificationDecision,
)
from auth.passwords import hash_password, verify_password
from auth.principal import Principal
from auth.schemas import (
    Credentials,
    MembershipRead,
    MeRead,
    OrganizationRead,
    RoleUpdate,
    UserCreate,
    UserFound,
    UserRead,
    normalize_email,
)
from auth.sign_ins import revoke_sign_ins_of_user
from core.clock import rfc3339, utcnow
from core.db import metadata, table_of
from core.errors import Conflict, NotFound
from core.events import DomainEvent, record
from core.ratelimit import RateLimitWindow, person_key_prefixes, person_keys

_DUPLICATE = "This e-mail address cannot be used for a new account."
# Verifying against this keeps sign-in time the same whether or not the address exists.
_DUMMY_HASH = hash_password("not a real password, only spends the same time")


async def register(session: AsyncSession, data: UserCreate, *, role: str = "registered") -> User:
    """Creates an account (role ``registered`` unless the command line bootstraps another)."""
    existing = await session.exec(select(User.id).where(User.email == data.email))
    if existing.first() is not None:
        raise Conflict(_DUPLICATE)
    user = User(
        email=data.email,
        password_hash=await asyncio.to_thread(hash_password, data.password),
        display_name=data.display_name,
        role=role,
        gender=data.gender,
        birth_year=data.birth_year,
        languages=data.languages or [],
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(_DUPLICATE) from exc
    record(
        session,
        DomainEvent(
            name="user.registered",
            actor_id=user.id,
            subject_type="user",
            subject_id=str(user.id),
            data={"role": role},
        ),
    )
    return user


async def authenticate(session: AsyncSession, email: str, password: str) -> User | None:
    """The account with this address and password, or None (same time either way). The
    account is held (FOR KEY SHARE) until the commit, for the authorization code naming it:
    an erasure under way finishes first and the address is unknown."""
    account = select(User).where(User.email == normalize_email(email))
    user = (await session.exec(account.with_for_update(read=True, key_share=True))).first()
    stored = user.password_hash if user is not None else _DUMMY_HASH
    valid = await asyncio.to_thread(verify_password, stored, password)
    return user if valid and user is not None else None


async def memberships_of(session: AsyncSession, user_id: uuid.UUID) -> list[MembershipRead]:
    """The person's memberships, each named by what it makes them now: the people of a
    rejected organization are no longer its representatives, though the membership stays
    (the organization may be verified again)."""
    rows = await session.exec(
        select(Membership, Organization)
        .join(Organization, col(Organization.id) == col(Membership.organization_id))
        .where(Membership.user_id == user_id)
        .order_by(col(Membership.created_at))
    )
    return [
        MembershipRead(
            organization_id=str(organization.id),
            organization_name=organization.name,
            verification=organization.verification,
            role="member" if organization.verification == "rejected" else "representative",
            created_at=rfc3339(membership.created_at),
        )
        for membership, organization in rows.all()
    ]


async def _facilitated(session: AsyncSession, user_id: uuid.UUID) -> list[str]:
    """Ids of the consultations the user co-facilitates."""
    facilitators = metadata.tables.get("consultation_facilitators")
    if facilitators is None:
        return []
    found = await (await session.connection()).execute(
        sa.select(facilitators.c.consultation_id)
        .where(facilitators.c.user_id == user_id)
        .order_by(facilitators.c.consultation_id)
    )
    return [str(consultation_id) for (consultation_id,) in found]


def _roles(user: User, memberships: list[MembershipRead], facilitates: list[str]) -> list[str]:
    """Every role the person holds, as ``/v1/me`` names them."""
    # An admin may do everything the secretariat does, and holds its role too.
    roles = {"admin": ["admin", "secretariat"], "secretariat": ["secretariat"]}.get(user.role, [])
    roles.append("registered")
    if any(m.verification == "verified" for m in memberships):
        roles.append("representative")
    if facilitates:
        roles.append("co-facilitator")
    return roles


async def find_by_email(session: AsyncSession, principal: Principal, email: str) -> list[UserFound]:
    """The account with this address (compared as sign-in compares them), as a list of at most
    one: for the secretariat to name a person in an appointment or a role change. No other
    search is offered, so the people registered cannot be listed."""
    policy.require_can_find_users(principal)
    user = (await session.exec(select(User).where(User.email == normalize_email(email)))).first()
    if user is None:
        return []
    memberships = await memberships_of(session, user.id)
    facilitates = await _facilitated(session, user.id)
    return [
        UserFound(
            id=str(user.id),
            email=user.email,
            display_name=user.display_name,
            role=user.role,
            roles=_roles(user, memberships, facilitates),
        )
    ]


async def me(session: AsyncSession, principal: Principal) -> MeRead:
    scopes = sorted(principal.scopes)
    if principal.user_id is None:
        organization = (
            await session.get(Organization, principal.bound_organization_id)
            if principal.bound_organization_id
            else None
        )
        memberships = []
        roles = []
        if organization is not None:
            memberships.append(
                MembershipRead(
                    organization_id=str(organization.id),
                    organization_name=organization.name,
                    verification=organization.verification,
                    role="client",
                    created_at=rfc3339(organization.created_at),
                )
            )
            if policy.is_representative(principal, organization, is_member=False):
                roles.append("representative")
        return MeRead(
            kind="client",
            id=None,
            client_id=principal.client_id,
            email=None,
            display_name=None,
            role="client",
            roles=roles,
            scopes=scopes,
            gender=None,
            birth_year=None,
            languages=[],
            created_at=None,
            memberships=memberships,
            facilitates=[],
        )
    user = await session.get(User, principal.user_id)
    if user is None:
        raise NotFound("This account no longer exists.")
    memberships = await memberships_of(session, user.id)
    facilitates = await _facilitated(session, user.id)
    roles = _roles(user, memberships, facilitates)
    account = UserRead.from_row(user)
    return MeRead(
        kind="user",
        id=account.id,
        client_id=principal.client_id,
        email=account.email,
        display_name=account.display_name,
        role=account.role,
        roles=roles,
        scopes=scopes,
        gender=account.gender,
        birth_year=account.birth_year,
        languages=account.languages,
        created_at=account.created_at,
        memberships=memberships,
        facilitates=facilitates,
    )


def _json_safe(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat") and hasattr(value, "tzinfo"):
        return rfc3339(value)
    return value


async def _rows_where(
    session: AsyncSession,
    table_name: str,
    column: str,
    value: Any,
) -> list[dict[str, Any]]:
    table = metadata.tables.get(table_name)
    if table is None:
        return []
    result = await (await session.connection()).execute(
        sa.select(table).where(table.c[column] == value).order_by(*table.primary_key.columns)
    )
    return [{key: _json_safe(item) for key, item in row._mapping.items()} for row in result.all()]


async def export(session: AsyncSession, principal: Principal) -> dict[str, Any]:
    """Everything the platform holds about the calling person, without any secret."""
    user_id = policy.require_person(principal)
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("This account no longer exists.")
    created = await session.exec(
        select(Organization)
        .where(Organization.created_by == user_id)
        .order_by(col(Organization.id))
    )
    sessions = await session.exec(
        select(RefreshToken)
        .where(RefreshToken.user_id == user_id)
        .order_by(col(RefreshToken.created_at))
    )
    sign_ins = await session.exec(
        select(OAuthGrant).where(OAuthGrant.user_id == user_id).order_by(col(OAuthGrant.created_at))
    )
    decisions = await session.exec(
        select(VerificationDecision).where(VerificationDecision.decided_by == user_id)
    )
    clients = await session.exec(select(OAuthClient).where(OAuthClient.created_by == user_id))
    comments = await _rows_where(session, "comments", "author_id", user_id)
    return {
        "exported_at": rfc3339(utcnow()),
        "account": UserRead.from_row(user).model_dump(),
        "memberships": [m.model_dump() for m in await memberships_of(session, user_id)],
        "organizations_created": [
            OrganizationRead.from_row(o, show_note=True).model_dump(mode="json")
            for o in created.all()
        ],
        "comments": comments,
        "comment_revisions": await _rows_where(session, "comment_revisions", "edited_by", user_id),
        "flags": await _rows_where(session, "flags", "user_id", user_id),
        "verification_decisions": [
            {
                "organization_id": str(d.organization_id),
                "decision": d.decision,
                "note": d.note,
                "decided_at": rfc3339(d.decided_at),
            }
            for d in decisions.all()
        ],
        "clients_registered": [
            {"client_id": c.client_id, "name": c.name, "created_at": rfc3339(c.created_at)}
            for c in clients.all()
        ],
        "sign_ins": [
            {
                "id": str(g.id),
                "client_id": g.client_id,
                "created_at": rfc3339(g.created_at),
                "revoked_at": rfc3339(g.revoked_at) if g.revoked_at else None,
            }
            for g in sign_ins.all()
        ],
        "sessions": [
            {
                "id": str(t.id),
                "family_id": str(t.family_id),
                "client_id": t.client_id,
                "scope": t.scope,
                "created_at": rfc3339(t.created_at),
                "expires_at": rfc3339(t.expires_at),
                "rotated_at": rfc3339(t.rotated_at) if t.rotated_at else None,
                "revoked_at": rfc3339(t.revoked_at) if t.revoked_at else None,
            }
            for t in sessions.all()
        ],
        # What the person did in consultations: appointments, what they created, decided and
        # requested, and the audit log's entries naming them as the actor or as the person
        # concerned.
        "co_facilitator_appointments": await _rows_where(
            session, "consultation_facilitators", "user_id", user_id
        ),
        "consultations_created": await _rows_where(session, "consultations", "created_by", user_id),
        "documents_created": await _rows_where(session, "documents", "created_by", user_id),
        "document_versions_created": await _rows_where(
            session, "document_versions", "created_by", user_id
        ),
        "rounds_created": await _rows_where(session, "rounds", "created_by", user_id),
        "moderation_decisions": await _rows_where(
            session, "moderation_decisions", "decided_by", user_id
        ),
        "export_jobs": await _rows_where(session, "export_jobs", "requested_by", user_id),
        "audit_entries": await _audit_entries_about(session, str(user_id)),
    }


async def _audit_entries_about(session: AsyncSession, user_id: str) -> list[dict[str, Any]]:
    """The audit entries the person acted in or that are about them (both columns indexed)."""
    entries = metadata.tables.get("audit_entries")
    if entries is None:
        return []
    result = await (await session.connection()).execute(
        sa.select(entries)
        .where(sa.or_(entries.c.actor_id == user_id, entries.c.concerns_user_id == user_id))
        .order_by(entries.c.seq)
    )
    return [{key: _json_safe(item) for key, item in row._mapping.items()} for row in result.all()]


async def _locked_admin_ids(session: AsyncSession) -> Sequence[uuid.UUID]:
    # Locked, not only counted: a concurrent erasure or demotion of another admin waits here
    # until it commits, and this statement then no longer sees that admin's row. NO KEY UPDATE,
    # not UPDATE: every write holds its caller's account FOR KEY SHARE (``api.deps.get_session``),
    # and two admins erasing themselves at once would each wait for the other's hold.
    return (
        await session.exec(
            select(User.id)
            .where(User.role == "admin")
            .order_by(col(User.id))
            .with_for_update(key_share=True)
        )
    ).all()


async def _refuse_erasing_the_last_admin(session: AsyncSession, user: User) -> None:
    if user.role != "admin":
        return
    admins = await _locked_admin_ids(session)
    if all(admin == user.id for admin in admins):
        raise Conflict(
            "The last administrator cannot erase their account; appoint another admin first "
            "(`plenary users set-role --email ... --role admin`)."
        )


async def _forget_counters(session: AsyncSession, user_id: uuid.UUID, email: str) -> None:
    """The rate-limit counters of the person's id and address, which name them without a
    foreign key to the account (their Idempotency-Keys go with the ``user.erased`` event:
    ``consultations.idempotency.forget_erased_callers_keys``)."""
    counters = table_of(RateLimitWindow)
    keys = person_keys(str(user_id), email)
    naming = sa.or_(
        counters.c.key.in_(keys),
        *(
            counters.c.key.startswith(prefix, autoescape=True)
            for prefix in person_key_prefixes(email)
        ),
    )
    await (await session.connection()).execute(sa.delete(counters).where(naming))


async def erase(session: AsyncSession, principal: Principal) -> None:
    user_id = policy.require_can_erase(principal)
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("This account no longer exists.")
    await _refuse_erasing_the_last_admin(session, user)
    memberships = len(await memberships_of(session, user_id))
    comments = metadata.tables.get("comments")
    authored = 0
    if comments is not None:
        authored = (
            await (await session.connection()).execute(
                sa.select(sa.func.count())
                .select_from(comments)
                .where(comments.c.author_id == user_id)
            )
        ).scalar_one()
    await session.delete(user)
    await session.flush()
    await _forget_counters(session, user_id, user.email)
    record(
        session,
        DomainEvent(
            name="user.erased",
            actor_id=user_id,
            subject_type="user",
            subject_id=str(user_id),
            data={"memberships_removed": memberships, "comments_pseudonymised": authored},
        ),
    )


async def _locked_user(session: AsyncSession, which: sa.ColumnElement[bool]) -> User | None:
    """The account whose role is to change, locked: of two changes at once the second reads the
    role the first stored, so no change is recorded twice and each names the role it replaced.
    NO KEY UPDATE leaves the foreign key checks of rows naming the account unblocked."""
    statement = (
        select(User)
        .where(which)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    return (await session.exec(statement)).first()


async def set_role(
    session: AsyncSession, principal: Principal, user_id: uuid.UUID | None, change: RoleUpdate
) -> User:
    policy.require_can_set_role(principal, user_id)
    user = await _locked_user(session, col(User.id) == user_id) if user_id is not None else None
    if user is None:
        raise NotFound("No account has this id.")
    if user.role == "admin":
        raise Conflict("Admins are managed with the command line (`plenary users`).")
    await _change_role(session, user, change.role, actor_id=principal.user_id)
    return user


async def set_role_by_email(session: AsyncSession, email: str, role: str) -> User:
    """The command line's way to grant or withdraw a role, admin included. The last admin
    keeps the role (409): nobody could grant roles through the API any more."""
    # The admins are locked before the account, in id order as erasure does: two demotions of
    # different admins at once then queue instead of each holding the row the other counts.
    demoting = role != "admin"
    admins = await _locked_admin_ids(session) if demoting else []
    user = await _locked_user(session, col(User.email) == normalize_email(email))
    if user is None:
        raise NotFound(f"No account has the e-mail address {normalize_email(email)}.")
    if demoting and user.role == "admin" and all(admin == user.id for admin in admins):
        raise Conflict(
            "The last administrator cannot lose the admin role; appoint another admin first "
            "(`plenary users set-role --email ... --role admin`)."
        )
    await _change_role(session, user, role, actor_id=None)
    return user


async def _change_role(
    session: AsyncSession, user: User, role: str, *, actor_id: uuid.UUID | None
) -> None:
    """Gives the account ``role`` and records ``user.role_changed``; nothing when it has it."""
    if user.role == role:
        return
    previous = user.role
    user.role = role
    user.updated_at = utcnow()
    user.revision += 1
    session.add(user)
    await session.flush()
    record(
        session,
        DomainEvent(
            name="user.role_changed",
            actor_id=actor_id,
            subject_type="user",
            subject_id=str(user.id),
            data={"from": previous, "to": role},
        ),
    )


async def set_password_by_email(session: AsyncSession, change: Credentials) -> tuple[User, int]:
    """The command line's way to replace a forgotten or leaked password. Every sign-in of the
    person ends with it (refresh tokens at once, access tokens at their next request), since
    whoever knew the old password may hold one; returns the account and how many sign-ins
    were still standing. Audited as ``user.password_set``, the password nowhere."""
    user = await _locked_user(session, col(User.email) == change.email)
    if user is None:
        raise NotFound(f"No account has the e-mail address {change.email}.")
    user.password_hash = await asyncio.to_thread(hash_password, change.password)
    session.add(user)
    await session.flush()
    revoked = await revoke_sign_ins_of_user(session, user.id)
    record(
        session,
        DomainEvent(
            name="user.password_set",
            actor_id=None,
            subject_type="user",
            subject_id=str(user.id),
            data={"sign_ins_revoked": revoked},
        ),
    )
    return user, revoked
