"""Representation and coverage reports of a round, counted in SQL while the round runs.

Both reports are computed on every request from the committed comments (no cache), so a
submission shows as soon as it is committed. Comment rows never travel to Python: the database
counts per organization (per anchor and organization for coverage), and only those aggregates,
at most one row per organization, are combined with the organizations' categories, also in SQL.
The arithmetic of shares, targets, status, balance and suppression is
:mod:`consultations.representation_math`.

What counts
    Published comments only: pending, hidden, rejected and withdrawn ones never count. Every
    published comment counts, copies of one form letter (a near-duplicate campaign) included, so
    that representation, coverage and the synthesis of a round give the same totals; the
    organization share, on which status and balance rest, counts each organization once ("one
    organization, one voice"), so a form letter sent many times never inflates its group there.
Dimensions
    ``stakeholder_group`` (eligible: the consultation's eligible groups, all ten when it names
    none), ``regional_group`` (the five UN regional groups; ``none`` shows as an extra row),
    ``country_group`` (``ldc``, ``lldc``, ``sids``, ``developing``, ``developed``) and ``gender``
    (``woman``, ``man``, ``non_binary``, ``undisclosed``). Country groups overlap (a country can be
    an LDC, landlocked and developing), so their shares need not sum to 1: the report says
    ``overlapping: true`` and carries a note. They are read from each organization's country
    as of the round (:func:`auth.organizations.country_groups_as_of`: its close, or today while
    it is open, in UTC), not from the classification stored when the organization was verified:
    an LDC that graduates leaves the group on its graduation day for every organization of that
    country, whenever each was verified.
Gender
    Counts distinct submitting people (``unit: "people"``), identified by the comment's
    ``author_pseudonym``, by the self-declared gender of their account. People who declared
    nothing and people whose account was erased (their comments keep the pseudonym but lose the
    account) count as ``undisclosed``. Comments of machine clients (``client_credentials``: no
    account from the start, and the pseudonym of their client, see
    :func:`consultations.comments.author_pseudonym`) are no one's and count nowhere in this
    dimension, so its comment total can be below the other dimensions'. For anyone but the
    secretariat, cells of 1 to 4 people are suppressed (with the empty cells, or all of them,
    see representation_math).
One paragraph under ``group_only`` attribution
    Its comments show their stakeholder group only, and the comment list refuses the
    ``regional_group`` and ``country_group`` filters to everyone but the secretariat, the
    co-facilitators and the organization itself: the public registry would name an organization
    alone in its group and region. A paragraph often has few commenters, so its
    ``regional_group`` and ``country_group`` reports are suppressed as gender is (cells of 1 to 4
    organizations) for everyone but the staff (secretariat and co-facilitators with
    ``reports:read``); the whole round's reports are not. Country groups overlap and are tied
    together (a country is developing or developed, an LDC is developing), so a small cell there
    hides every cell; ``none`` is listed as a regional group whenever cells are suppressed, lest
    its row show up only when it holds someone.
Targets
    From ``consultation.representation_targets[dimension]``, else an equal share of every eligible
    category. Targets that cannot be applied (a gender key outside the four categories, say)
    make the report answer 409 with the reason rather than silently use other targets.
Who may read (see :func:`report_access`)
    Representation and coverage of a *public* consultation are public reports: anyone, anonymous
    callers included. Of a *restricted* consultation: the secretariat and its co-facilitators,
    with a token carrying ``reports:read``; representatives who take part in it get 403 (the
    reports describe who else took part). The unsuppressed gender report needs the secretariat
    role and the ``reports:read`` scope; everyone else gets the suppressed one. The unsuppressed
    regional and country groups of one paragraph under ``group_only``, the staff's.
Coverage
    Per paragraph of the round's version, in document order: published comments, distinct
    organizations, and the same per stakeholder group (only groups with input appear in
    ``by_group``). ``no_input`` lists paragraphs without a published comment (but headings that are
    titles, the document's own included, and the chapeau, which ask for none; a heading that is a
    sentence, "Action 1. We will …", does),
    ``single_voice`` those whose input all comes from one stakeholder group. General comments
    are summed apart in ``general``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import Organization, User
from auth.organizations import country_groups_as_of, in_country_group_on
from auth.principal import Principal
from auth.schemas import GENDERS, STAKEHOLDER_GROUPS
from consultations.comments import author_pseudonym
from consultations.consultations import consultation_seen_through
from consultations.models import Comment, Consultation, Document, DocumentVersion, Paragraph, Round
from consultations.parser_text import TERMINAL_PUNCTUATION, is_chapeau
from consultations.policy import ConsultationAccess
from consultations.representation_math import (
    CategoryCount,
    InvalidTargets,
    RepresentationSummary,
    summarize,
)
from consultations.schemas import COUNTRY_GROUPS, REGIONAL_GROUPS
from core.db import table_of
from core.errors import Conflict, FieldError, Forbidden, NotFound, Unauthorized, Unprocessable
from core.ids import parse_id

Dimension = Literal["stakeholder_group", "regional_group", "country_group", "gender"]
DIMENSIONS: tuple[Dimension, ...] = (
    "stakeholder_group",
    "regional_group",
    "country_group",
    "gender",
)
UNDISCLOSED = "undisclosed"
COUNTED_STATUS = "published"
REPORT_SCOPE = "reports:read"
SUPPRESS_BELOW = 5
# Finer than the stakeholder group: with it, they let the public registry name an organization.
ATTRIBUTION_REVEALING_DIMENSIONS: tuple[Dimension, ...] = ("regional_group", "country_group")
NO_REGIONAL_GROUP = "none"
OVERLAPPING_NOTE = (
    "Country groups overlap (a country can be an LDC, landlocked and developing at once): an "
    "organization counts in every group its country belongs to, so shares need not sum to 1."
)


# --------------------------------------------------------------------------- the round and policy


@dataclass(frozen=True, slots=True)
class RoundContext:
    """A round with what every report of it needs."""

    round: Round
    consultation: Consultation
    access: ConsultationAccess
    document: Document
    version: DocumentVersion


async def round_context(
    session: AsyncSession, round_id: uuid.UUID, access: ConsultationAccess | None = None
) -> RoundContext:
    """The round and its consultation, document and version, without any access check (for the
    CLI and background jobs, which act for an operator or re-check the requester)."""
    round_ = await session.get(Round, round_id)
    if round_ is None:
        raise NotFound("No such round.")
    consultation = await session.get(Consultation, round_.consultation_id)
    document = await session.get(Document, round_.document_id)
    version = (
        await session.exec(
            select(DocumentVersion).where(
                DocumentVersion.document_id == round_.document_id,
                DocumentVersion.number == round_.version_number,
            )
        )
    ).first()
    if consultation is None or document is None or version is None:
        raise NotFound("No such round.")
    return RoundContext(round_, consultation, access or ConsultationAccess(), document, version)


async def visible_round(
    session: AsyncSession, principal: Principal, round_ref: str
) -> RoundContext:
    """The round if the caller may see its consultation; 404 otherwise (existence never leaks)."""
    round_id = parse_id(round_ref)
    if round_id is None:
        raise NotFound("No such round.")
    context = await round_context(session, round_id)
    visible = await consultation_seen_through(
        session, principal, context.consultation.id, not_found="No such round."
    )
    return RoundContext(
        context.round, context.consultation, visible.access, context.document, context.version
    )


@dataclass(frozen=True, slots=True)
class ReportAccess:
    """How much of a public-or-staff report the caller gets."""

    staff: bool  # secretariat or co-facilitator, with reports:read
    secretariat: bool  # sees gender cells below the suppression threshold


def _is_staff(principal: Principal, access: ConsultationAccess) -> bool:
    return principal.is_secretariat or access.is_facilitator


def report_access(
    principal: Principal, consultation: Consultation, access: ConsultationAccess
) -> ReportAccess:
    """Representation and coverage (see the module docstring). The caller already sees the
    consultation."""
    staff = _is_staff(principal, access) and REPORT_SCOPE in principal.scopes
    if consultation.visibility != "public":
        if not _is_staff(principal, access):
            raise Forbidden(
                "The reports of a restricted consultation are for the secretariat and its "
                "co-facilitators."
            )
        principal.require_scope(REPORT_SCOPE)
    return ReportAccess(staff=staff, secretariat=staff and principal.is_secretariat)


def can_read_staff_reports(
    principal: Principal, consultation: Consultation, access: ConsultationAccess
) -> None:
    """Bulk exports and export jobs: the secretariat and the consultation's co-facilitators,
    with a ``reports:read`` token. The caller already sees the consultation."""
    if principal.is_anonymous:
        raise Unauthorized(
            "Sign in: exports need a bearer token with the reports:read scope.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not _is_staff(principal, access):
        raise Forbidden(
            "Only the secretariat and this consultation's co-facilitators read its exports."
        )
    principal.require_scope(REPORT_SCOPE)


async def public_report_round(
    session: AsyncSession, principal: Principal, round_ref: str
) -> RoundContext:
    """The round of a report readable as representation and coverage are (``report_access``):
    by anyone for a public consultation, by its staff for a restricted one."""
    context = await visible_round(session, principal, round_ref)
    report_access(principal, context.consultation, context.access)
    return context


async def staff_round(session: AsyncSession, principal: Principal, round_ref: str) -> RoundContext:
    context = await visible_round(session, principal, round_ref)
    can_read_staff_reports(principal, context.consultation, context.access)
    return context


# --------------------------------------------------------------------------- SQL aggregates


@dataclass(frozen=True, slots=True)
class CategoryTotals:
    counts: dict[str, CategoryCount]
    total_comments: int
    total_organizations: int


async def execute_core(session: AsyncSession, statement: sa.Executable) -> list[Any]:
    """The rows of a Core statement run on the session's connection (in its transaction)."""
    connection = await session.connection()
    return list((await connection.execute(statement)).all())


def _counted(comments: sa.Table, round_id: uuid.UUID, anchor: str | None) -> list[Any]:
    conditions: list[Any] = [
        comments.c.round_id == round_id,
        comments.c.status == COUNTED_STATUS,
    ]
    if anchor is not None:
        conditions.append(comments.c.anchor == anchor)
    return conditions


def _int(value: object) -> int:
    # PostgreSQL sums bigints into numeric; an empty sum is NULL.
    return int(value) if value is not None else 0  # type: ignore[call-overload]


async def category_counts(
    session: AsyncSession,
    round_: Round,
    dimension: Dimension,
    anchor: str | None = None,
) -> CategoryTotals:
    """Comments and distinct organizations (people for gender) per category of ``dimension``,
    and the totals, over the published comments of a round or one anchor."""
    round_id = round_.id
    if dimension == "gender":
        return await _gender_counts(session, round_id, anchor)
    comments = table_of(Comment)
    organizations = table_of(Organization)
    per_organization = (
        sa.select(
            comments.c.organization_id.label("organization_id"),
            sa.func.count().label("comment_count"),
        )
        .where(*_counted(comments, round_id, anchor))
        .group_by(comments.c.organization_id)
        .subquery("per_organization")
    )
    joined = per_organization.join(
        organizations, organizations.c.id == per_organization.c.organization_id
    )
    if dimension == "country_group":
        return await _country_group_counts(
            session, per_organization, joined, organizations, country_groups_as_of(round_.closes_at)
        )
    key = organizations.c[dimension]
    statement = (
        sa.select(key, sa.func.sum(per_organization.c.comment_count), sa.func.count())
        .select_from(joined)
        .group_by(key)
    )
    counts = {
        str(category): CategoryCount(comments=_int(comment_count), organizations=_int(members))
        for category, comment_count, members in await execute_core(session, statement)
    }
    # The categories of these dimensions do not overlap: the totals are their sums.
    return CategoryTotals(
        counts=counts,
        total_comments=sum(count.comments for count in counts.values()),
        total_organizations=sum(count.organizations for count in counts.values()),
    )


async def _country_group_counts(
    session: AsyncSession,
    per_organization: sa.Subquery,
    joined: sa.Join,
    organizations: sa.Table,
    as_of: date,
) -> CategoryTotals:
    columns: list[Any] = []
    for group in COUNTRY_GROUPS:
        member = in_country_group_on(organizations.c.country, group, as_of)
        columns.append(sa.func.sum(sa.case((member, per_organization.c.comment_count), else_=0)))
        columns.append(sa.func.sum(sa.case((member, 1), else_=0)))
    columns += [sa.func.sum(per_organization.c.comment_count), sa.func.count()]
    row = (await execute_core(session, sa.select(*columns).select_from(joined)))[0]
    counts = {
        group: CategoryCount(comments=_int(row[2 * index]), organizations=_int(row[2 * index + 1]))
        for index, group in enumerate(COUNTRY_GROUPS)
    }
    return CategoryTotals(
        counts=counts, total_comments=_int(row[-2]), total_organizations=_int(row[-1])
    )


async def _gender_counts(
    session: AsyncSession, round_id: uuid.UUID, anchor: str | None
) -> CategoryTotals:
    """People are counted by account while it exists (the covering index orders the comments by
    organization and author, and only the aggregates meet the users table), and by pseudonym
    once the account is gone, as ``undisclosed``. A person is one or the other, never both:
    erasure clears the author of every comment of that person at once. Comments without an
    account whose pseudonym is their client's come from machine clients and are left out."""
    comments = table_of(Comment)
    users = table_of(User)
    counted = _counted(comments, round_id, anchor)
    known = (
        sa.select(
            comments.c.organization_id,
            comments.c.author_id,
            sa.func.count().label("comment_count"),
        )
        .where(*counted, comments.c.author_id.is_not(None))
        .group_by(comments.c.organization_id, comments.c.author_id)
        .subquery("known")
    )
    gender = sa.func.coalesce(users.c.gender, UNDISCLOSED)
    by_gender = (
        sa.select(
            gender,
            sa.func.sum(known.c.comment_count),
            sa.func.count(sa.distinct(known.c.author_id)),
        )
        .select_from(known.outerjoin(users, users.c.id == known.c.author_id))
        .group_by(gender)
    )
    # An account has one gender, so the distinct people of the genders add up to the total.
    counts = {
        str(key): CategoryCount(comments=_int(comment_count), organizations=_int(people))
        for key, comment_count, people in await execute_core(session, by_gender)
    }
    # One row per erased person or machine client (and client each used): few, whatever the
    # number of comments.
    without_account = sa.select(
        comments.c.author_pseudonym, comments.c.client_id, sa.func.count()
    ).where(*counted, comments.c.author_id.is_(None))
    erased_comments = 0
    erased_people: set[str] = set()
    for pseudonym, client_id, comment_count in await execute_core(
        session,
        without_account.group_by(comments.c.author_pseudonym, comments.c.client_id),
    ):
        if pseudonym != author_pseudonym(None, client_id):
            erased_comments += _int(comment_count)
            erased_people.add(pseudonym)
    if erased_people:
        known_undisclosed = counts.get(UNDISCLOSED, CategoryCount(comments=0, organizations=0))
        counts[UNDISCLOSED] = CategoryCount(
            comments=known_undisclosed.comments + erased_comments,
            organizations=known_undisclosed.organizations + len(erased_people),
        )
    return CategoryTotals(
        counts=counts,
        total_comments=sum(count.comments for count in counts.values()),
        total_organizations=sum(count.organizations for count in counts.values()),
    )


# --------------------------------------------------------------------------- representation


@dataclass(frozen=True, slots=True)
class RepresentationReport:
    round_id: uuid.UUID
    dimension: Dimension
    anchor: str | None
    unit: Literal["organizations", "people"]
    summary: RepresentationSummary
    suppress_below: int | None
    note: str | None


def dimension_categories(dimension: Dimension) -> tuple[str, ...]:
    """Every category an organization (a person, for gender) can count in."""
    if dimension == "stakeholder_group":
        return STAKEHOLDER_GROUPS
    if dimension == "regional_group":
        return (*REGIONAL_GROUPS, NO_REGIONAL_GROUP)
    if dimension == "country_group":
        return COUNTRY_GROUPS
    return GENDERS


def eligible_categories(consultation: Consultation, dimension: Dimension) -> tuple[str, ...]:
    if dimension == "stakeholder_group":
        chosen = set(consultation.eligible_groups or STAKEHOLDER_GROUPS)
        return tuple(group for group in STAKEHOLDER_GROUPS if group in chosen)
    if dimension == "regional_group":
        return REGIONAL_GROUPS
    if dimension == "country_group":
        return COUNTRY_GROUPS
    return GENDERS


async def require_anchor(session: AsyncSession, context: RoundContext, anchor: str) -> None:
    """422 unless ``anchor`` is a paragraph of the round's version."""
    found = (
        await session.exec(
            select(Paragraph.id).where(
                Paragraph.version_id == context.version.id,
                Paragraph.language == context.version.language,
                Paragraph.anchor == anchor,
            )
        )
    ).first()
    if found is None:
        raise Unprocessable(
            f"The round's document version has no paragraph {anchor!r}.",
            errors=[FieldError(("query", "anchor"), "no such paragraph in this round's version")],
        )


async def representation_for(
    session: AsyncSession,
    context: RoundContext,
    dimension: Dimension,
    anchor: str | None = None,
    *,
    suppress_below: int | None = None,
) -> RepresentationReport:
    """The report without an access check; the caller decides on suppression."""
    totals = await category_counts(session, context.round, dimension, anchor)
    overlapping = dimension == "country_group"
    targets: Mapping[str, float] | None = context.consultation.representation_targets.get(dimension)
    try:
        summary = summarize(
            totals.counts,
            total_comments=totals.total_comments,
            total_organizations=totals.total_organizations,
            eligible=eligible_categories(context.consultation, dimension),
            targets=targets,
            overlapping=overlapping,
            suppress_below=suppress_below,
            possible_others=dimension_categories(dimension),
        )
    except InvalidTargets as exc:
        raise Conflict(
            f"The consultation's {dimension} targets cannot be applied: {exc}. The secretariat "
            "can correct them with PATCH /v1/consultations/{id}."
        ) from exc
    return RepresentationReport(
        round_id=context.round.id,
        dimension=dimension,
        anchor=anchor,
        unit="people" if dimension == "gender" else "organizations",
        summary=summary,
        suppress_below=suppress_below,
        note=OVERLAPPING_NOTE if overlapping else None,
    )


async def representation_report(
    session: AsyncSession,
    principal: Principal,
    round_ref: str,
    dimension: Dimension,
    anchor: str | None = None,
) -> RepresentationReport:
    context = await visible_round(session, principal, round_ref)
    view = report_access(principal, context.consultation, context.access)
    if anchor is not None:
        await require_anchor(session, context, anchor)
    suppress = SUPPRESS_BELOW if suppresses_small_cells(view, context, dimension, anchor) else None
    return await representation_for(session, context, dimension, anchor, suppress_below=suppress)


def suppresses_small_cells(
    view: ReportAccess, context: RoundContext, dimension: Dimension, anchor: str | None
) -> bool:
    """Gender for anyone but the secretariat; under ``group_only`` attribution, the regional
    and country groups of one paragraph for anyone but the staff (see the module docstring)."""
    if dimension == "gender":
        return not view.secretariat
    return (
        anchor is not None
        and dimension in ATTRIBUTION_REVEALING_DIMENSIONS
        and context.consultation.attribution == "group_only"
        and not view.staff
    )


# --------------------------------------------------------------------------- coverage


@dataclass(frozen=True, slots=True)
class GroupCount:
    comments: int
    organizations: int


@dataclass(frozen=True, slots=True)
class AnchorCoverage:
    anchor: str | None  # None for the general comments
    comments: int
    organizations: int
    by_group: dict[str, GroupCount] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CoverageReport:
    round_id: uuid.UUID
    anchors: tuple[AnchorCoverage, ...]
    no_input: tuple[str, ...]
    single_voice: tuple[str, ...]
    general: AnchorCoverage | None


def is_chapeau_paragraph(kind: str, text: str) -> bool:
    """The chapeau ("The General Assembly,"): it asks for no input."""
    return kind == "unnumbered" and is_chapeau(text)


async def paragraph_anchors(session: AsyncSession, context: RoundContext) -> list[tuple[str, bool]]:
    """Anchors of the round's version in document order, each with whether the paragraph asks
    for input: titles and the chapeau ("The General Assembly,") do not; a heading that is a
    sentence ("Action 1. We will strengthen …") does."""
    # Only a heading's or an unnumbered paragraph's text decides: the others' is not read.
    deciding_text = sa.case(
        (col(Paragraph.kind).in_(("heading", "unnumbered")), Paragraph.text),
        else_=sa.literal(""),
    )
    statement = (
        select(Paragraph.anchor, Paragraph.kind, deciding_text)
        .where(
            Paragraph.version_id == context.version.id,
            Paragraph.language == context.version.language,
        )
        .order_by(Paragraph.ordinal)  # type: ignore[arg-type]
    )
    return [
        (
            anchor,
            (kind != "heading" or text.rstrip()[-1:] in TERMINAL_PUNCTUATION)
            and not is_chapeau_paragraph(kind, text),
        )
        for anchor, kind, text in (await session.exec(statement)).all()
    ]


async def coverage_for(session: AsyncSession, context: RoundContext) -> CoverageReport:
    comments = table_of(Comment)
    organizations = table_of(Organization)
    per_anchor = (
        sa.select(
            comments.c.anchor.label("anchor"),
            comments.c.organization_id.label("organization_id"),
            sa.func.count().label("comment_count"),
        )
        .where(*_counted(comments, context.round.id, None))
        .group_by(comments.c.anchor, comments.c.organization_id)
        .subquery("per_anchor")
    )
    group = organizations.c.stakeholder_group
    statement = (
        sa.select(
            per_anchor.c.anchor, group, sa.func.sum(per_anchor.c.comment_count), sa.func.count()
        )
        .select_from(
            per_anchor.join(organizations, organizations.c.id == per_anchor.c.organization_id)
        )
        .group_by(per_anchor.c.anchor, group)
    )
    groups_by_anchor: dict[str | None, dict[str, GroupCount]] = {}
    for anchor, stakeholder_group, comment_count, members in await execute_core(session, statement):
        groups_by_anchor.setdefault(anchor, {})[str(stakeholder_group)] = GroupCount(
            comments=_int(comment_count), organizations=_int(members)
        )

    anchors = await paragraph_anchors(session, context)
    rows = [_anchor_coverage(anchor, groups_by_anchor.get(anchor, {})) for anchor, _ in anchors]
    general = groups_by_anchor.get(None)
    return CoverageReport(
        round_id=context.round.id,
        anchors=tuple(rows),
        no_input=tuple(
            anchor
            for (anchor, asks_for_input), row in zip(anchors, rows, strict=True)
            if asks_for_input and row.comments == 0
        ),
        single_voice=tuple(
            anchor for (anchor, _), row in zip(anchors, rows, strict=True) if len(row.by_group) == 1
        ),
        general=_anchor_coverage(None, general) if general else None,
    )


def _anchor_coverage(anchor: str | None, groups: Mapping[str, GroupCount]) -> AnchorCoverage:
    return AnchorCoverage(
        anchor=anchor,
        comments=sum(count.comments for count in groups.values()),
        # An organization has one stakeholder group, so the groups' organizations are distinct.
        organizations=sum(count.organizations for count in groups.values()),
        by_group=dict(sorted(groups.items())),
    )


async def coverage_report(
    session: AsyncSession, principal: Principal, round_ref: str
) -> CoverageReport:
    context = await visible_round(session, principal, round_ref)
    report_access(principal, context.consultation, context.access)
    return await coverage_for(session, context)
