"""Comments: submission, reading, listing, edits, withdrawal, history and receipt checks.

Who may do what is ``consultations.comment_policy``; idempotency is
``consultations.idempotency``; tracking numbers and receipts are ``consultations.receipts``.

Submission
    Checks, in order: the round exists and its consultation is visible (404); ``comments:write``,
    representative of the organization, organization verified, group eligible (403); the round
    is open (409); the anchor exists in the round's document version and the quote occurs in
    that paragraph (422). An anchor exists when the version has a paragraph with it in the
    version's original language (translations share anchors); a quote may be taken from the
    paragraph in any language the version has. New comments are ``pending`` under
    pre-moderation, ``published`` otherwise.

    The checks (``check_submissions``) and the storing (``store_submissions``) run in one
    writing transaction, which the API shares among the submissions waiting at that moment
    (``consultations.submissions``). The checks hold the consultation's row (FOR SHARE) until
    the commit, so a change of its settings (attribution, visibility, moderation, eligible
    groups) applies entirely before or entirely after a submission: a comment is never stored
    under settings other than those it was checked under.

The deadline, on the server clock at the moment of writing
    The last steps of a submission, after every check, run in the storing transaction:
    ``UPDATE rounds SET next_sequence = next_sequence + n ... RETURNING`` (``n`` submissions of
    the round stored together) takes the round's row lock (on SQLite the unit of work already
    holds the database's write lock) and reads the round's *current* window; only then is the
    clock read, and that instant is ``submitted_at``. The comments are inserted only if
    ``opens_at <= submitted_at < closes_at``, and the clock is read once more after the insert:
    if ``closes_at`` has passed by then, the submissions are refused (409) and the transaction
    rolls back. A concurrent change of ``closes_at`` waits for
    the row lock, so it applies entirely before or entirely after the submission. What follows
    until the commit is the event subscribers and the commit itself. The comment, its sequence
    number, its idempotency record and its receipt commit together or not at all: a submission
    racing ``closes_at`` is either stored with a receipt or refused, never both, never neither.

Receipts
    ``tracking_number`` and ``receipt`` (see ``consultations.receipts``) are fixed at submission.
    ``body_sha256`` is the hash of the body as first submitted; edits keep it, so a receipt
    stays valid and keeps proving what was submitted and when.

Edits and withdrawal
    ``PATCH`` and ``DELETE`` need ``If-Match`` (428 without, 412 when stale), a representative
    of the comment's organization and an open round (409 otherwise). Pending and published
    comments can be edited; hidden, rejected and withdrawn ones cannot (409). Every edit keeps
    the previous text in ``comment_revisions``; a patch that, normalised, changes no stored
    value is no edit (no revision, no event), as an empty one. Under pre-moderation an edited
    published comment goes back to ``pending`` for review, since the text moderators approved
    has changed; its ``comment.edited`` event then carries ``from_status`` and ``to_status``.
    Withdrawing keeps the comment with status ``withdrawn`` (out of reports), from any status
    but ``withdrawn``; it answers 200 with the comment.

Later versions
    ``?version=n`` follows the anchor (and quote) through the document's versions from the
    comment's version to ``n`` with ``consultations.anchoring.resolve_anchor``, over paragraph
    texts in each version's original language; a quote is followed in the language it quotes
    when every version has that language (otherwise only the anchor is, until the missing
    translations exist). ``resolved_quote`` is the quote where it was found in version ``n``
    (``anchoring.quote_at``: its text there and up to 32 characters of context), null when
    there is none to give: no quote, dropped, or followed only by its anchor. When following the
    quoted translation loses the paragraph (translators recast whole sentences, so a translation
    may share too little with its predecessor to be paired), the paragraph is where the original
    languages' comparison puts it, without the quote (``modified``, or ``moved``). A general
    comment has
    no anchor to follow: its ``resolved_anchor`` is null and its ``anchor_status``
    ``unchanged``.

Lists
    Ordered by id (time-ordered UUIDs, hence by submission), keyset pagination. Filters combine
    with AND. Under ``group_only`` attribution, a caller who may not see attribution filtering by
    ``organization_id`` sees only comments of organizations they represent, so the filter cannot
    reveal who said what.
"""

import functools
import hashlib
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from itertools import pairwise
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from joserfc.jwk import ECKey
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.keys import KeyRing
from auth.models import Membership, Organization, User
from auth.organizations import country_groups_as_of, in_country_group_on
from auth.policy import can_see_organization
from auth.principal import Principal, account_gone, holding_accounts
from consultations import comment_policy as policy
from consultations.anchoring import (
    QuoteMatch,
    TextQuote,
    VersionParagraph,
    locate_quote,
    quote_as_printed,
    quote_at,
    quote_occurs,
    resolve_anchor,
)
from consultations.comment_schemas import (
    CommentCreate,
    CommentHistory,
    CommentRead,
    CommentRevisionRead,
    CommentUpdate,
    OrganizationSummary,
    QuoteIn,
    QuoteOut,
    ReceiptCheck,
    ResolvedQuote,
)
from consultations.consultations import consultation_access
from consultations.models import (
    Comment,
    CommentRevision,
    Consultation,
    DocumentVersion,
    Paragraph,
    Round,
)
from consultations.receipts import (
    ReceiptClaims,
    is_well_formed_tracking_number,
    make_tracking_number,
    normalize_tracking_number,
    sign_receipt,
    text_sha256,
    verify_receipt,
)
from consultations.similarity import comment_signature_bytes
from core.clock import rfc3339, utcnow
from core.db import metadata, one_of, table_of
from core.errors import (
    Conflict,
    DomainError,
    FieldError,
    NotFound,
    PreconditionFailed,
    Unprocessable,
)
from core.etag import check_if_match, make_etag
from core.events import DomainEvent, EventBus, record
from core.ids import new_id
from core.languages import normalize_language_tag
from core.pagination import (
    DEFAULT_LIMIT,
    Page,
    decode_cursor,
    decode_id_cursor,
    filtered_listing,
    keyset_page,
    split_page,
)

_comments = table_of(Comment)
_rounds = table_of(Round)
_users = table_of(User)
_consultations = table_of(Consultation)
_versions = table_of(DocumentVersion)
_paragraphs = table_of(Paragraph)
_organizations = table_of(Organization)
_memberships = table_of(Membership)
_revisions = table_of(CommentRevision)

EDITABLE_STATUSES = frozenset({"pending", "published"})
WITHDRAWABLE_STATUSES = frozenset({"pending", "published", "hidden", "rejected"})


def author_pseudonym(user_id: uuid.UUID | None, client_id: str | None) -> str:
    """A stable stand-in for the submitting person that survives erasure of their account: the
    SHA-256 of the (random, unguessable) user id, or of the client id for machine clients."""
    source = f"user:{user_id}" if user_id is not None else f"client:{client_id}"
    return hashlib.sha256(f"plenary-author:{source}".encode()).hexdigest()


def comment_etag(comment_id: uuid.UUID, revision: int) -> str:
    return make_etag(comment_id, revision)


@dataclass(frozen=True, slots=True)
class CommentResult:
    comment: CommentRead
    etag: str


@dataclass(frozen=True, slots=True)
class _ConsultationFacts:
    """What visibility rules read, without loading the consultation row into the session."""

    id: uuid.UUID
    visibility: str
    eligible_groups: list[str]


# --------------------------------------------------------------------------- shared lookups


async def _connection(session: AsyncSession) -> AsyncConnection:
    return await session.connection()


async def _verified_organizations(
    connection: AsyncConnection, principal: Principal
) -> frozenset[uuid.UUID]:
    organizations = _organizations
    statement = sa.select(organizations.c.id).where(organizations.c.verification == "verified")
    if principal.bound_organization_id is not None:
        statement = statement.where(organizations.c.id == principal.bound_organization_id)
    elif principal.user_id is not None:
        statement = statement.join(
            _memberships, _memberships.c.organization_id == organizations.c.id
        ).where(_memberships.c.user_id == principal.user_id)
    else:
        return frozenset()
    return frozenset((await connection.execute(statement)).scalars())


async def load_viewer(
    session: AsyncSession, principal: Principal, consultation_id: uuid.UUID
) -> policy.Viewer:
    if principal.is_anonymous:
        return policy.Viewer(principal)
    consultation = await session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFound("No such consultation.")
    access = await consultation_access(session, principal, consultation)
    organizations = await _verified_organizations(await _connection(session), principal)
    return policy.Viewer(principal, access, organizations)


def _quote_of(row: Any) -> TextQuote | None:
    if row.quote_exact is None:
        return None
    return TextQuote(row.quote_exact, row.quote_prefix, row.quote_suffix)


def _quote_out(exact: str | None, prefix: str | None, suffix: str | None) -> QuoteOut | None:
    if exact is None:
        return None
    return QuoteOut(exact=exact, prefix=prefix, suffix=suffix)


def _present(
    row: Any,
    viewer: policy.Viewer,
    attribution: str,
    version: int,
    open_flags: int = 0,
) -> CommentRead:
    attributed = policy.shows_attribution(viewer, attribution, row.organization_id)
    return CommentRead(
        id=str(row.id),
        round_id=str(row.round_id),
        consultation_id=str(row.consultation_id),
        organization_id=str(row.organization_id) if attributed else None,
        organization=OrganizationSummary(
            name=row.organization_name if attributed else None,
            stakeholder_group=row.stakeholder_group,
            regional_group=row.regional_group if attributed else None,
        ),
        anchor=row.anchor,
        kind=row.kind,
        position=row.position,
        body=row.body,
        proposed_text=row.proposed_text,
        quote=_quote_out(row.quote_exact, row.quote_prefix, row.quote_suffix),
        language=row.language,
        status=row.status,
        tracking_number=row.tracking_number,
        receipt=row.receipt,
        submitted_at=rfc3339(row.submitted_at),
        updated_at=rfc3339(row.updated_at),
        version=version,
        campaign_id=str(row.campaign_id) if row.campaign_id is not None else None,
        flag_count=row.flag_count if policy.shows_moderation_details(viewer) else None,
        open_flag_count=open_flags if policy.shows_moderation_details(viewer) else None,
    )


async def _open_flag_counts(
    connection: AsyncConnection, viewer: policy.Viewer, rows: Sequence[Any]
) -> dict[uuid.UUID, int]:
    """Per comment of ``rows``, the flags no moderation decision has answered (none decided at
    or after the flag), for a viewer shown moderation details. The flags and decisions are
    ``moderation``'s tables, found by name: ``consultations`` does not import ``moderation``
    (it depends on this package), and a comment with a flag implies they exist."""
    flagged = [row.id for row in rows if row.flag_count > 0]
    if not flagged or not policy.shows_moderation_details(viewer):
        return {}
    flags, decisions = metadata.tables["flags"], metadata.tables["moderation_decisions"]
    answered = sa.exists().where(
        decisions.c.comment_id == flags.c.comment_id,
        decisions.c.decided_at >= flags.c.created_at,
    )
    counted = await connection.execute(
        sa.select(flags.c.comment_id, sa.func.count())
        .where(one_of(flags.c.comment_id, "ids", connection.dialect.name), ~answered)
        .group_by(flags.c.comment_id),
        {"ids": flagged},
    )
    return {comment_id: count for comment_id, count in counted}


async def _anchor_paragraphs(
    connection: AsyncConnection, version_id: uuid.UUID, anchor: str
) -> dict[str, str]:
    """The paragraph ``anchor`` of a version: its text per language."""
    rows = await connection.execute(
        sa.select(_paragraphs.c.language, _paragraphs.c.text).where(
            _paragraphs.c.version_id == version_id, _paragraphs.c.anchor == anchor
        )
    )
    return {row.language: row.text for row in rows}


def _squashed(reference: str) -> str:
    return "".join(character for character in reference.casefold() if character.isalnum())


async def _unknown_anchor(
    connection: AsyncConnection, version_id: uuid.UUID, anchor: str
) -> Unprocessable:
    """The 422 for an anchor the version lacks, naming the anchor the client probably meant:
    the one whose anchor or printed label has the same letters and digits ("8C" or "8(c)" for
    ``8.c``, labelled "8 (c)"). Read only on this error path."""
    rows = await connection.execute(
        sa.select(_paragraphs.c.anchor, _paragraphs.c.label)
        .where(_paragraphs.c.version_id == version_id)
        .distinct()
    )
    wanted = _squashed(anchor)
    meant = sorted(
        {
            row.anchor
            for row in rows
            if wanted and wanted in (_squashed(row.anchor), _squashed(row.label or ""))
        }
    )
    suggestion = f"did you mean {' or '.join(repr(m) for m in meant)}?" if meant else ""
    return Unprocessable(
        f"The round's document version has no paragraph '{anchor}'. "
        + (suggestion.capitalize() + " " if suggestion else "")
        + "Anchors are listed by GET /v1/documents/{id}/versions/{n}/paragraphs.",
        errors=[
            FieldError(
                ("body", "anchor"),
                "no such paragraph in the round's version" + (f"; {suggestion}" if meant else ""),
            )
        ],
    )


async def _check_anchor(
    connection: AsyncConnection,
    version_id: uuid.UUID,
    original_language: str,
    anchor: str | None,
    quote: QuoteIn | None,
) -> tuple[str | None, QuoteIn | None]:
    """The anchored paragraph's text in the version's original language (None for a general
    comment) and the quote as printed, once ``_check_anchor_text`` has passed."""
    if anchor is None:
        return None, quote
    texts = await _anchor_paragraphs(connection, version_id, anchor)
    original_text = texts.get(original_language)
    printed = await _check_anchor_text(connection, version_id, anchor, quote, original_text, texts)
    return original_text, printed


async def _check_anchor_text(
    connection: AsyncConnection,
    version_id: uuid.UUID,
    anchor: str,
    quote: QuoteIn | None,
    original_text: str | None,
    texts: dict[str, str] | None = None,
) -> QuoteIn | None:
    """422 unless the paragraph exists (``original_text``, in the version's original language)
    and the quote occurs in it or in one of its translations (loaded only when needed); the
    quote as the first text it occurs in prints it (``quote_as_printed``)."""
    if original_text is None:
        raise await _unknown_anchor(connection, version_id, anchor)
    if quote is None:
        return None
    selector = TextQuote(quote.exact, quote.prefix, quote.suffix)
    printed = quote_as_printed(selector, original_text)
    if printed is None:
        if texts is None:
            texts = await _anchor_paragraphs(connection, version_id, anchor)
        printed = next(
            (found for text in texts.values() if (found := quote_as_printed(selector, text))),
            None,
        )
    if printed is not None:
        return QuoteIn.model_construct(
            exact=printed.exact, prefix=printed.prefix, suffix=printed.suffix
        )
    context_given = " and ".join(
        part for part, value in (("prefix", quote.prefix), ("suffix", quote.suffix)) if value
    )
    with_context = f" with the {context_given} given" if context_given else ""
    raise Unprocessable(
        f"The quote does not occur in paragraph '{anchor}'{with_context}. A quote must match the "
        "paragraph's text as printed, its characters and punctuation; spacing, full-width and "
        "half-width forms and curly quotation marks may differ.",
        errors=[FieldError(("body", "quote"), "does not occur in the anchored paragraph")],
    )


def _require_open(opens_at: datetime, closes_at: datetime, now: datetime) -> None:
    if now < opens_at:
        raise Conflict(f"The round opens at {rfc3339(opens_at)}; it takes no comments yet.")
    if now >= closes_at:
        raise Conflict(f"The round closed at {rfc3339(closes_at)}; it takes no more changes.")


# --------------------------------------------------------------------------- submission


@dataclass(frozen=True, slots=True)
class _RoundFacts:
    id: uuid.UUID
    number: int
    opens_at: datetime
    closes_at: datetime
    version_number: int
    version_id: uuid.UUID
    version_language: str
    consultation: _ConsultationFacts
    moderation: str
    attribution: str
    tracking_prefix: str


def _round_select(*extra: Any) -> sa.Select[Any]:
    """The round with its consultation's rules and its document version, plus ``extra``."""
    r, c, v = _rounds, _consultations, _versions
    return (
        sa.select(
            r.c.id,
            r.c.number,
            r.c.opens_at,
            r.c.closes_at,
            r.c.version_number,
            r.c.consultation_id,
            c.c.visibility,
            c.c.moderation,
            c.c.attribution,
            c.c.eligible_groups,
            c.c.tracking_prefix,
            v.c.id.label("version_id"),
            v.c.language.label("version_language"),
            *extra,
        )
        .select_from(r)
        .join(c, c.c.id == r.c.consultation_id)
        .join(v, (v.c.document_id == r.c.document_id) & (v.c.number == r.c.version_number))
    )


async def _round_facts(connection: AsyncConnection, round_id: uuid.UUID) -> _RoundFacts | None:
    row = (await connection.execute(_round_select().where(_rounds.c.id == round_id))).one_or_none()
    return _round_from_row(row) if row is not None else None


def _round_from_row(row: Any) -> _RoundFacts:
    return _RoundFacts(
        id=row.id,
        number=row.number,
        opens_at=row.opens_at,
        closes_at=row.closes_at,
        version_number=row.version_number,
        version_id=row.version_id,
        version_language=row.version_language,
        consultation=_ConsultationFacts(
            row.consultation_id, row.visibility, list(row.eligible_groups or [])
        ),
        moderation=row.moderation,
        attribution=row.attribution,
        tracking_prefix=row.tracking_prefix,
    )


@dataclass(frozen=True, slots=True)
class _Submitter:
    """The organization a comment is submitted for, as its response shows it."""

    id: uuid.UUID
    name: str
    stakeholder_group: str
    regional_group: str | None


@dataclass(frozen=True, slots=True)
class CheckedSubmission:
    """A submission that passed every check (see the module docstring). The round's window is
    checked again when it is stored."""

    principal: Principal
    round: _RoundFacts
    organization: _Submitter
    payload: CommentCreate
    signature: bytes


class RoundClosed(Conflict):
    """The round's window was shut when a submission was being stored (see "The deadline")."""

    def __init__(self, round_id: uuid.UUID, detail: str) -> None:
        super().__init__(detail)
        self.round_id = round_id


@dataclass(frozen=True, slots=True)
class SubmissionRequest:
    """A submission as it arrives: who, on which round, what, and the MinHash signature of
    what it says (for campaign detection; computed with the request, before the transaction
    that stores it, where it would hold up the submissions stored with it). An anchored
    amendment's signature covers what it changes in its paragraph
    (``similarity.comment_signature_bytes``): ``paragraph_text`` is the text it was computed
    against."""

    principal: Principal
    round_id: uuid.UUID
    payload: CommentCreate
    signature: bytes
    paragraph_text: str | None = None

    @classmethod
    def of(
        cls,
        principal: Principal,
        round_id: uuid.UUID,
        payload: CommentCreate,
        paragraph_text: str | None = None,
    ) -> "SubmissionRequest":
        signature = comment_signature_bytes(payload.body, payload.proposed_text, paragraph_text)
        return cls(principal, round_id, payload, signature, paragraph_text)

    @classmethod
    async def read(
        cls, engine: AsyncEngine, principal: Principal, round_id: uuid.UUID, payload: CommentCreate
    ) -> "SubmissionRequest":
        """``of``, with the anchored paragraph of an amendment read first, on a connection of
        its own: one statement before the writer's turn, none inside it. The check compares
        it with the paragraph it reads for the batch (``_check``)."""
        paragraph_text = None
        if payload.proposed_text is not None and payload.anchor is not None:
            async with engine.connect() as connection:
                paragraph_text = (
                    await connection.execute(
                        _AMENDED_PARAGRAPH, {"round_id": round_id, "anchor": payload.anchor}
                    )
                ).scalar_one_or_none()
        return cls.of(principal, round_id, payload, paragraph_text)

    @property
    def organization_id(self) -> uuid.UUID | None:
        return self.payload.organization_id or self.principal.bound_organization_id


@dataclass(frozen=True, slots=True)
class _SubmissionFacts:
    """What the checks of a batch of submissions read, in one statement per table."""

    accounts: frozenset[uuid.UUID]
    rounds: dict[uuid.UUID, _RoundFacts]
    organizations: dict[uuid.UUID, Any]
    memberships: frozenset[tuple[uuid.UUID, uuid.UUID]]
    anchor_texts: dict[tuple[uuid.UUID, str], str]


async def check_submissions(
    session: AsyncSession, requests: Sequence[SubmissionRequest]
) -> list[CheckedSubmission | DomainError]:
    """Every check of each submission but the final window check, in the order of the module
    docstring, in the transaction that will store them; writes nothing. What the checks read
    is read for the whole batch at once; each submission gets its own result, or the error
    that refuses it."""
    if not requests:
        return []
    facts = await _submission_facts(await _connection(session), requests)
    checked: list[CheckedSubmission | DomainError] = []
    for request in requests:
        try:
            checked.append(await _check(session, facts, request))
        except DomainError as refusal:
            checked.append(refusal)
    return checked


async def _check(
    session: AsyncSession, facts: _SubmissionFacts, request: SubmissionRequest
) -> CheckedSubmission:
    principal, payload = request.principal, request.payload
    if principal.user_id is not None and principal.user_id not in facts.accounts:
        raise account_gone()
    round_ = facts.rounds.get(request.round_id)
    if round_ is None:
        raise NotFound("No such round.")
    if round_.consultation.visibility != "public":
        viewer = await load_viewer(session, principal, round_.consultation.id)
        policy.require_consultation_readable(viewer, round_.consultation, "round")
    organization_id = request.organization_id
    if organization_id is None:
        raise Unprocessable(
            "Say which organization this comment is for.",
            errors=[FieldError(("body", "organization_id"), "required")],
        )
    organization = facts.organizations.get(organization_id)
    is_member = (
        principal.user_id is not None and (organization_id, principal.user_id) in facts.memberships
    )
    # A pending or rejected organization the caller may not see answers as an unknown id,
    # as everywhere else: a different refusal would tell that it exists.
    if organization is None or not can_see_organization(principal, organization, is_member):
        raise Unprocessable(
            "No organization has this id.",
            errors=[FieldError(("body", "organization_id"), "unknown organization")],
        )
    policy.require_can_submit(
        principal,
        policy.SubmittingOrganization(
            organization.id, organization.verification, organization.stakeholder_group
        ),
        is_representative=is_member,
        eligible_groups=round_.consultation.eligible_groups,
    )
    _require_open(round_.opens_at, round_.closes_at, utcnow())
    if payload.anchor is not None:
        printed = await _check_anchor_text(
            await _connection(session),
            round_.version_id,
            payload.anchor,
            payload.quote,
            facts.anchor_texts.get((round_.version_id, payload.anchor)),
        )
        if printed != payload.quote:
            payload = payload.model_copy(update={"quote": printed})
    submitter = _Submitter(
        organization.id,
        organization.name,
        organization.stakeholder_group,
        organization.regional_group,
    )
    signature = _signature(facts, round_, request)
    return CheckedSubmission(principal, round_, submitter, payload, signature)


def _signature(facts: _SubmissionFacts, round_: _RoundFacts, request: SubmissionRequest) -> bytes:
    """The request's signature, computed again if its amendment's paragraph is not the one the
    batch read (a request made without reading it: ``submit_comment``)."""
    payload = request.payload
    if payload.proposed_text is None or payload.anchor is None:
        return request.signature
    paragraph_text = facts.anchor_texts.get((round_.version_id, payload.anchor))
    if paragraph_text == request.paragraph_text:
        return request.signature
    return comment_signature_bytes(payload.body, payload.proposed_text, paragraph_text)


async def _submission_facts(
    connection: AsyncConnection, requests: Sequence[SubmissionRequest]
) -> _SubmissionFacts:
    statements = _submission_statements(connection.dialect.name)
    user_ids = sorted({u for request in requests if (u := request.principal.user_id) is not None})
    accounts: frozenset[uuid.UUID] = frozenset()
    if user_ids:
        held = await connection.execute(statements.accounts, {"ids": user_ids})
        accounts = frozenset(held.scalars())
    round_ids = sorted({request.round_id for request in requests})
    rounds = {
        row.id: _round_from_row(row)
        for row in await connection.execute(statements.rounds, {"ids": round_ids})
    }
    organization_ids = sorted(
        {o for request in requests if (o := request.organization_id) is not None}
    )
    organizations: dict[uuid.UUID, Any] = {}
    memberships: frozenset[tuple[uuid.UUID, uuid.UUID]] = frozenset()
    if organization_ids:
        organizations = {
            row.id: row
            for row in await connection.execute(statements.organizations, {"ids": organization_ids})
        }
    if organization_ids and user_ids:
        rows = await connection.execute(
            statements.memberships, {"organization_ids": organization_ids, "user_ids": user_ids}
        )
        memberships = frozenset((row.organization_id, row.user_id) for row in rows)
    anchors = sorted({a for request in requests if (a := request.payload.anchor) is not None})
    version_ids = sorted({facts.version_id for facts in rounds.values()})
    anchor_texts: dict[tuple[uuid.UUID, str], str] = {}
    if anchors and version_ids:
        rows = await connection.execute(
            statements.anchor_texts, {"version_ids": version_ids, "anchors": anchors}
        )
        anchor_texts = {(row.version_id, row.anchor): row.text for row in rows}
    return _SubmissionFacts(accounts, rounds, organizations, memberships, anchor_texts)


async def store_submissions(
    session: AsyncSession, submissions: Sequence[CheckedSubmission], *, signing_key: ECKey
) -> list[CommentResult]:
    """Stores checked submissions in the session's transaction, in order, under the deadline
    protocol of the module docstring: each round's sequence numbers are taken in one statement
    (which takes the round's row lock), the clock is read, and every comment is inserted only
    inside its round's window; the clock is read again after the inserts. Raises
    :class:`RoundClosed` for the first round found shut, after which the transaction must be
    rolled back. ``signing_key`` is fetched by the caller before the transaction."""
    connection = await _connection(session)
    counts = Counter(submission.round.id for submission in submissions)
    # Rounds locked in one order in every process: two batches cannot deadlock on two rounds.
    windows = {
        round_id: (
            await connection.execute(_TAKE_SEQUENCES, {"round_id": round_id, "count": count})
        ).one()
        for round_id, count in sorted(counts.items())
    }
    submitted_at = utcnow()
    for round_id, window in windows.items():
        _require_round_open(round_id, window.opens_at, window.closes_at, submitted_at)
    next_sequence = {
        round_id: window.next_sequence - counts[round_id] for round_id, window in windows.items()
    }
    rows = []
    for submission in submissions:
        round_ = submission.round
        sequence = next_sequence[round_.id]
        next_sequence[round_.id] += 1
        rows.append(_comment_values(submission, sequence, submitted_at, signing_key))
    await connection.execute(_INSERT_COMMENT, rows)
    after_insert = utcnow()
    for round_id, window in windows.items():
        if after_insert >= window.closes_at:
            raise RoundClosed(
                round_id,
                f"The round closed at {rfc3339(window.closes_at)} during the submission.",
            )
    results = []
    for submission, values in zip(submissions, rows, strict=True):
        principal, round_, organization = (
            submission.principal,
            submission.round,
            submission.organization,
        )
        record(
            session,
            DomainEvent(
                name="comment.submitted",
                actor_id=principal.user_id,
                subject_type="comment",
                subject_id=str(values["id"]),
                consultation_id=round_.consultation.id,
                data={
                    "round_id": str(round_.id),
                    "kind": submission.payload.kind,
                    "anchor": submission.payload.anchor,
                },
                context={"signature": submission.signature},
            ),
        )
        row = SimpleNamespace(
            **values,
            organization_name=organization.name,
            stakeholder_group=organization.stakeholder_group,
            regional_group=organization.regional_group,
        )
        author_view = policy.Viewer(principal, organization_ids=frozenset({organization.id}))
        results.append(
            CommentResult(
                _present(row, author_view, round_.attribution, round_.version_number),
                comment_etag(values["id"], 1),
            )
        )
    return results


def _require_round_open(
    round_id: uuid.UUID, opens_at: datetime, closes_at: datetime, now: datetime
) -> None:
    try:
        _require_open(opens_at, closes_at, now)
    except Conflict as refusal:
        raise RoundClosed(round_id, refusal.detail) from None


def _comment_values(
    submission: CheckedSubmission, sequence: int, submitted_at: datetime, signing_key: ECKey
) -> dict[str, Any]:
    principal, round_, payload = submission.principal, submission.round, submission.payload
    comment_id = new_id()
    tracking_number = make_tracking_number(round_.tracking_prefix, round_.number, sequence)
    digest = text_sha256(payload.body)
    proposed_digest = (
        text_sha256(payload.proposed_text) if payload.proposed_text is not None else None
    )
    quote = payload.quote
    return {
        "id": comment_id,
        "round_id": round_.id,
        "consultation_id": round_.consultation.id,
        "organization_id": submission.organization.id,
        "author_id": principal.user_id,
        "author_pseudonym": author_pseudonym(principal.user_id, principal.client_id),
        "client_id": principal.client_id,
        "anchor": payload.anchor,
        "kind": payload.kind,
        "position": payload.position,
        "body": payload.body,
        "proposed_text": payload.proposed_text,
        "quote_exact": quote.exact if quote else None,
        "quote_prefix": quote.prefix if quote else None,
        "quote_suffix": quote.suffix if quote else None,
        "language": payload.language,
        "status": "pending" if round_.moderation == "pre" else "published",
        "sequence": sequence,
        "tracking_number": tracking_number,
        "body_sha256": digest,
        "proposed_text_sha256": proposed_digest,
        "receipt": sign_receipt(
            signing_key,
            ReceiptClaims.of(tracking_number, comment_id, digest, submitted_at, proposed_digest),
        ),
        "campaign_id": None,
        "flag_count": 0,
        "submitted_at": submitted_at,
        "updated_at": submitted_at,
        "revision": 1,
    }


async def submit_comment(
    session: AsyncSession,
    principal: Principal,
    round_id: uuid.UUID,
    payload: CommentCreate,
    *,
    signing_key: ECKey,
) -> CommentResult:
    """Checks and stores one submission in the session's transaction (the demo loader; the API
    stores concurrent submissions together, see ``consultations.submissions``)."""
    (checked,) = await check_submissions(
        session, [SubmissionRequest.of(principal, round_id, payload)]
    )
    if isinstance(checked, DomainError):
        raise checked
    (result,) = await store_submissions(session, [checked], signing_key=signing_key)
    return result


# The submission's statements are built once (the checks' once per dialect) and reused with
# bound parameters: building a statement costs more than executing it, and SQLAlchemy memoises
# the cache key of a statement object, which a fresh statement has to compute again on every
# execution.


@dataclass(frozen=True, slots=True)
class _SubmissionStatements:
    """What the checks of a batch read, one statement each, lists as one parameter each
    (``core.db.one_of``):

    - ``accounts``: the submitters' accounts that exist, held until the commit
      (``auth.principal.hold_account``; parameter ``ids``);
    - ``rounds``: the rounds with their consultations' rules, held until the commit, and
      document versions (parameter ``ids``);
    - ``organizations``: the organizations submitted for (``ids``);
    - ``memberships``: which of the callers represent which of them (``organization_ids``,
      ``user_ids``);
    - ``anchor_texts``: the anchored paragraphs' texts in their versions' original languages
      (``version_ids``, ``anchors``)."""

    accounts: sa.Select[Any]
    rounds: sa.Select[Any]
    organizations: sa.Select[Any]
    memberships: sa.Select[Any]
    anchor_texts: sa.Select[Any]


@functools.cache
def _submission_statements(dialect: str) -> _SubmissionStatements:
    o, m, p, v = _organizations, _memberships, _paragraphs, _versions
    return _SubmissionStatements(
        accounts=holding_accounts(one_of(_users.c.id, "ids", dialect)),
        # FOR SHARE of the consultations: a change of their settings (PATCH, which holds the
        # row FOR NO KEY UPDATE) waits for the submissions checked under the settings they
        # read, and sees their comments; a submission arriving during a change waits for it
        # and is checked under the new settings. The comments' foreign key check alone (FOR
        # KEY SHARE) blocks neither.
        rounds=_round_select()
        .where(one_of(_rounds.c.id, "ids", dialect))
        .with_for_update(read=True, of=_consultations),
        organizations=sa.select(
            o.c.id, o.c.name, o.c.verification, o.c.stakeholder_group, o.c.regional_group
        ).where(one_of(o.c.id, "ids", dialect)),
        memberships=sa.select(m.c.organization_id, m.c.user_id).where(
            one_of(m.c.organization_id, "organization_ids", dialect),
            one_of(m.c.user_id, "user_ids", dialect),
        ),
        anchor_texts=sa.select(p.c.version_id, p.c.anchor, p.c.text)
        .join(v, (v.c.id == p.c.version_id) & (v.c.language == p.c.language))
        .where(
            one_of(p.c.version_id, "version_ids", dialect),
            one_of(p.c.anchor, "anchors", dialect),
        ),
    )


# The text of the paragraph ``anchor`` of round ``round_id``'s version, in the version's original
# language (``SubmissionRequest.read``).
_AMENDED_PARAGRAPH = (
    sa.select(_paragraphs.c.text)
    .select_from(_rounds)
    .join(
        _versions,
        (_versions.c.document_id == _rounds.c.document_id)
        & (_versions.c.number == _rounds.c.version_number),
    )
    .join(
        _paragraphs,
        (_paragraphs.c.version_id == _versions.c.id)
        & (_paragraphs.c.language == _versions.c.language),
    )
    .where(_rounds.c.id == sa.bindparam("round_id"), _paragraphs.c.anchor == sa.bindparam("anchor"))
)

# Takes ``count`` sequence numbers and the round's row lock (the deadline protocol of the module
# docstring). Parameters: ``round_id``, ``count``.
_TAKE_SEQUENCES = (
    sa.update(_rounds)
    .where(_rounds.c.id == sa.bindparam("round_id"))
    .values(next_sequence=_rounds.c.next_sequence + sa.bindparam("count", type_=sa.Integer()))
    .returning(_rounds.c.next_sequence, _rounds.c.opens_at, _rounds.c.closes_at)
)
_INSERT_COMMENT = sa.insert(_comments)


# --------------------------------------------------------------------------- reading


def _comment_columns() -> list[Any]:
    c, o = _comments, _organizations
    return [
        c.c.id,
        c.c.round_id,
        c.c.consultation_id,
        c.c.organization_id,
        c.c.anchor,
        c.c.kind,
        c.c.position,
        c.c.body,
        c.c.proposed_text,
        c.c.quote_exact,
        c.c.quote_prefix,
        c.c.quote_suffix,
        c.c.language,
        c.c.status,
        c.c.tracking_number,
        c.c.receipt,
        c.c.submitted_at,
        c.c.updated_at,
        c.c.campaign_id,
        c.c.flag_count,
        c.c.revision,
        o.c.name.label("organization_name"),
        o.c.stakeholder_group,
        o.c.regional_group,
    ]


@dataclass(frozen=True, slots=True)
class _Located:
    row: Any
    viewer: policy.Viewer
    round: _RoundFacts


async def _visible_comment(
    session: AsyncSession, principal: Principal, comment_id: uuid.UUID
) -> _Located:
    connection = await _connection(session)
    row = (
        await connection.execute(
            sa.select(*_comment_columns())
            .join(_organizations, _organizations.c.id == _comments.c.organization_id)
            .where(_comments.c.id == comment_id)
        )
    ).one_or_none()
    if row is None:
        raise NotFound("No such comment.")
    round_ = await _round_facts(connection, row.round_id)
    if round_ is None:
        raise NotFound("No such comment.")
    viewer = await load_viewer(session, principal, round_.consultation.id)
    policy.require_consultation_readable(viewer, round_.consultation, "comment")
    if not policy.can_see_comment(viewer, row.status, row.organization_id):
        raise NotFound("No such comment.")
    return _Located(row, viewer, round_)


async def get_comment(
    session: AsyncSession,
    principal: Principal,
    comment_id: uuid.UUID,
    *,
    version: int | None = None,
) -> CommentResult:
    located = await _visible_comment(session, principal, comment_id)
    row, round_ = located.row, located.round
    open_flags = await _open_flag_counts(await _connection(session), located.viewer, [row])
    comment = _present(
        row, located.viewer, round_.attribution, round_.version_number, open_flags.get(row.id, 0)
    )
    if version is not None:
        resolved = await _resolve_in_version(await _connection(session), row, round_, version)
        comment = comment.model_copy(
            update={
                "resolved_anchor": resolved.anchor,
                "anchor_status": resolved.status,
                "resolved_quote": resolved.quote,
            }
        )
    return CommentResult(comment, comment_etag(row.id, row.revision))


async def _document_of_round(connection: AsyncConnection, round_id: uuid.UUID) -> uuid.UUID:
    document_id: uuid.UUID = (
        await connection.execute(sa.select(_rounds.c.document_id).where(_rounds.c.id == round_id))
    ).scalar_one()
    return document_id


@dataclass(frozen=True, slots=True)
class _InVersion:
    anchor: str | None
    status: str
    quote: ResolvedQuote | None = None


async def _resolve_in_version(
    connection: AsyncConnection, row: Any, round_: _RoundFacts, target: int
) -> _InVersion:
    start = round_.version_number
    document_id = await _document_of_round(connection, round_.id)
    exists = (
        await connection.execute(
            sa.select(_versions.c.id).where(
                _versions.c.document_id == document_id, _versions.c.number == target
            )
        )
    ).one_or_none()
    if exists is None:
        raise NotFound(f"The document has no version {target}.")
    if target < start:
        raise Unprocessable(
            f"The comment was made on version {start}; it can only be followed forward.",
            errors=[FieldError(("query", "version"), f"must be at least {start}")],
        )
    if row.anchor is None:
        return _InVersion(None, "unchanged")
    v, p = _versions, _paragraphs
    rows = await connection.execute(
        sa.select(v.c.number, v.c.language, p.c.language, p.c.anchor, p.c.text)
        .select_from(p)
        .join(v, v.c.id == p.c.version_id)
        .where(v.c.document_id == document_id, v.c.number.between(start, target))
        .order_by(v.c.number, p.c.ordinal)
    )
    original: dict[int, str] = {}
    texts: defaultdict[tuple[int, str], list[VersionParagraph]] = defaultdict(list)
    for number, version_language, language, anchor, text in rows:
        original[number] = version_language
        texts[(number, language)].append(VersionParagraph(anchor, text))
    numbers = sorted(original)
    quote = _quote_of(row)
    at_start = sorted(
        (language for number, language in texts if number == start),
        key=lambda language: language != original[start],
    )
    quoted_in = quoted_language(
        {language: {p.anchor: p.text for p in texts[(start, language)]} for language in at_start},
        row.anchor,
        quote,
    )
    if quoted_in is None or not all((number, quoted_in) in texts for number in numbers):
        # A quote in a language some version lacks cannot be followed: the anchor is. Not even
        # one in the comment's version's original language, through versions compared in another
        # (a revision submitted in French): its words would be looked for among French ones.
        quote = None
        quoted_in = None

    def in_original_languages(before: int, after: int) -> tuple[str, str]:
        # Each version was re-anchored against the one before in its own original language (see
        # ``consultations.documents``): follow the same comparisons, so that a Rev.1 submitted
        # in French, compared with the zero draft's French translation, is followed like any
        # other.
        language = original[after]
        return (language if (before, language) in texts else original[before]), language

    def chain_in(languages: Callable[[int, int], tuple[str, str]]) -> list[Any]:
        chain = []
        for before, after in pairwise(numbers):
            old_language, new_language = languages(before, after)
            chain.append(
                (tuple(texts[(before, old_language)]), tuple(texts[(after, new_language)]))
            )
        return chain

    def placed(anchor: str | None, match: QuoteMatch | None, language: str) -> ResolvedQuote | None:
        """The quote as the target version's paragraph ``anchor`` in ``language`` prints it."""
        text = next((p.text for p in texts[(target, language)] if p.anchor == anchor), None)
        if match is None or text is None:
            return None
        found = quote_at(match, text)
        return ResolvedQuote(
            exact=found.exact, prefix=found.prefix, suffix=found.suffix, language=language
        )

    if target == start:
        # No revision to follow: the quote is where it was submitted.
        language = quoted_in or original[start]
        own = next((p.text for p in texts[(start, language)] if p.anchor == row.anchor), "")
        match = locate_quote(quote, own) if quote is not None else None
        return _InVersion(row.anchor, "unchanged", placed(row.anchor, match, language))
    followed = chain_in(in_original_languages)
    if quoted_in is None:
        resolved = resolve_anchor(row.anchor, None, followed)
        return _InVersion(resolved.anchor, resolved.status)
    # A quote is followed in the language it quotes, through every version's text in it.
    resolved = resolve_anchor(
        row.anchor, quote, chain_in(lambda _before, _after: (quoted_in, quoted_in))
    )
    if resolved.anchor is not None:
        return _InVersion(
            resolved.anchor, resolved.status, placed(resolved.anchor, resolved.quote, quoted_in)
        )
    # Translators recast whole sentences, so a translation can differ from its predecessor more
    # than the original does: where the quoted translation loses the paragraph, the paragraph
    # is still where the original languages' comparison puts it, without the quote.
    by_paragraph = resolve_anchor(row.anchor, None, followed)
    if by_paragraph.anchor is None:
        return _InVersion(None, by_paragraph.status)
    status = "moved" if by_paragraph.anchor != row.anchor else "modified"
    return _InVersion(by_paragraph.anchor, status)


def quoted_language(
    texts: Mapping[str, Mapping[str, str]], anchor: str, quote: TextQuote | None
) -> str | None:
    """The language whose paragraph ``anchor`` the quote occurs in, if any: the first in the
    order of ``texts`` (a version's paragraph texts by anchor, by language), so that a quote
    printed alike in several ("70/1") is given the one put first, the original."""
    if quote is None:
        return None
    for language, paragraphs in texts.items():
        text = paragraphs.get(anchor)
        if text is not None and quote_occurs(quote, text):
            return language
    return None


@dataclass(frozen=True, slots=True)
class CommentFilters:
    anchor: str | None = None
    general: bool | None = None
    kind: str | None = None
    stakeholder_group: str | None = None
    regional_group: str | None = None
    country_group: str | None = None
    organization_id: uuid.UUID | None = None
    language: str | None = None
    status: str | None = None


async def list_comments(
    session: AsyncSession,
    principal: Principal,
    round_id: uuid.UUID,
    filters: CommentFilters,
    *,
    cursor: str | None,
    limit: int,
) -> Page[CommentRead]:
    connection = await _connection(session)
    round_ = await _round_facts(connection, round_id)
    if round_ is None:
        raise NotFound("No such round.")
    viewer = await load_viewer(session, principal, round_.consultation.id)
    policy.require_consultation_readable(viewer, round_.consultation, "round")
    c, o = _comments, _organizations
    statement = (
        sa.select(*_comment_columns())
        .join(o, o.c.id == c.c.organization_id)
        .where(c.c.round_id == round_id)
    )
    scope = policy.listing_scope(viewer)
    if not scope.everything:
        visible = c.c.status == "published"
        if scope.own_organizations:
            visible = visible | c.c.organization_id.in_(scope.own_organizations)
        statement = statement.where(visible)
    statement = _filtered(statement, filters, viewer, round_)
    listing = filtered_listing(f"comments/{round_id}", _filter_values(filters))
    if cursor is not None:
        statement = statement.where(c.c.id > decode_id_cursor(cursor, listing))
    statement = statement.order_by(c.c.id).limit(limit + 1)
    rows = (await connection.execute(statement)).all()
    page = split_page(rows, limit, key=lambda row: [row.id], listing=listing)
    open_flags = await _open_flag_counts(connection, viewer, page.items)
    return Page(
        [
            _present(
                row, viewer, round_.attribution, round_.version_number, open_flags.get(row.id, 0)
            )
            for row in page.items
        ],
        page.next_cursor,
    )


def _filter_values(filters: CommentFilters) -> dict[str, object]:
    """The filters as ``_filtered`` reads them (a language tag in its normal form), once it has
    accepted them."""
    values: dict[str, object] = asdict(filters)
    if filters.language is not None:
        values["language"] = normalize_language_tag(filters.language)
    return values


def _filtered(
    statement: sa.Select[Any], filters: CommentFilters, viewer: policy.Viewer, round_: _RoundFacts
) -> sa.Select[Any]:
    attribution = round_.attribution
    c, o = _comments, _organizations
    if filters.anchor is not None:
        if filters.general:
            raise Unprocessable(
                "A general comment has no anchor: filter by `anchor` or by `general=true`, "
                "not both.",
                errors=[FieldError(("query", "general"), "true excludes an anchor")],
            )
        statement = statement.where(c.c.anchor == filters.anchor)
    if filters.general is not None:
        statement = statement.where(
            c.c.anchor.is_(None) if filters.general else c.c.anchor.is_not(None)
        )
    if filters.kind is not None:
        statement = statement.where(c.c.kind == filters.kind)
    if filters.status is not None:
        statement = statement.where(c.c.status == filters.status)
    if filters.stakeholder_group is not None:
        statement = statement.where(o.c.stakeholder_group == filters.stakeholder_group)
    if filters.regional_group is not None:
        policy.require_can_filter_by_organization(viewer, attribution, "regional_group")
        statement = statement.where(o.c.regional_group == filters.regional_group)
    if filters.country_group is not None:
        policy.require_can_filter_by_organization(viewer, attribution, "country_group")
        statement = statement.where(
            in_country_group_on(
                o.c.country, filters.country_group, country_groups_as_of(round_.closes_at)
            )
        )
    if filters.language is not None:
        try:
            language = normalize_language_tag(filters.language)
        except ValueError as exc:
            raise Unprocessable(
                "The language filter is not a BCP 47 tag.",
                errors=[FieldError(("query", "language"), str(exc))],
            ) from exc
        # RFC 4647 basic filtering: "zh" also selects "zh-Hans" and "zh-CN".
        statement = statement.where(
            (c.c.language == language) | c.c.language.startswith(f"{language}-")
        )
    if filters.organization_id is not None:
        policy.require_can_filter_by_organization(
            viewer, attribution, "organization_id", filters.organization_id
        )
        statement = statement.where(c.c.organization_id == filters.organization_id)
    return statement


# --------------------------------------------------------------------------- changes


async def _changeable(
    session: AsyncSession,
    principal: Principal,
    comment_id: uuid.UUID,
    if_match: str | None,
    *,
    from_statuses: frozenset[str],
    what: str,
) -> _Located:
    connection = await _connection(session)
    # Locks in the order every writer takes them: the caller's account (held by the request's
    # unit of work), the consultation, the round, the comment; a change holding a later one
    # while waiting for an earlier one would deadlock. The consultation FOR SHARE, as
    # submissions hold it: a change of its settings (PATCH, FOR NO KEY UPDATE) under way
    # commits first and this change reads its moderation (an edit under `pre` goes back to
    # pending); a settings change arriving later waits for this one.
    await connection.execute(
        sa.select(_consultations.c.id)
        .where(
            _consultations.c.id
            == sa.select(_comments.c.consultation_id)
            .where(_comments.c.id == comment_id)
            .scalar_subquery()
        )
        .with_for_update(read=True)
    )
    # The comment is read under the round's lock: a change that held it meanwhile (another
    # worker's, with the same If-Match) has committed, and this one must see its revision to
    # answer 412.
    await connection.execute(
        sa.select(_rounds.c.id)
        .where(
            _rounds.c.id
            == sa.select(_comments.c.round_id).where(_comments.c.id == comment_id).scalar_subquery()
        )
        .with_for_update(key_share=True)
    )
    located = await _visible_comment(session, principal, comment_id)
    row = located.row
    policy.require_can_change(located.viewer, row.organization_id)
    check_if_match(if_match, comment_etag(row.id, row.revision))
    if row.status not in from_statuses:
        raise Conflict(f"A {row.status} comment cannot be {what}.")
    _require_open(located.round.opens_at, located.round.closes_at, utcnow())
    return located


async def _apply(
    session: AsyncSession, located: _Located, values: dict[str, Any]
) -> tuple[int, datetime]:
    """Updates the comment if nobody changed it meanwhile; returns its new revision."""
    row = located.row
    now = utcnow()
    result = await (await _connection(session)).execute(
        sa.update(_comments)
        .where(_comments.c.id == row.id, _comments.c.revision == row.revision)
        .values(**values, revision=row.revision + 1, updated_at=now)
    )
    if result.rowcount != 1:
        raise PreconditionFailed("The comment changed while this request was processed.")
    if utcnow() >= located.round.closes_at:
        raise Conflict(f"The round closed at {rfc3339(located.round.closes_at)}.")
    return row.revision + 1, now


async def edit_comment(
    session: AsyncSession,
    principal: Principal,
    comment_id: uuid.UUID,
    changes: CommentUpdate,
    *,
    if_match: str | None,
    events: EventBus,
) -> CommentResult:
    """The comment edited, as stored: its events are delivered before it is read, so the
    campaign detection gives it (``campaign_id``) is what the response shows, as a 201 does."""
    located = await _changeable(
        session, principal, comment_id, if_match, from_statuses=EDITABLE_STATUSES, what="edited"
    )
    row, round_ = located.row, located.round
    fields = changes.model_fields_set
    if not fields:
        # No revision, history entry or event for a patch that changes nothing.
        return await get_comment(session, principal, comment_id)
    anchor = changes.anchor if "anchor" in fields else row.anchor
    # Moved without a quote, a comment keeps its own, which must then occur in the new
    # paragraph: dropping it unasked would lose what the author wrote.
    quote = changes.quote if "quote" in fields else _quote_in(row)
    if quote is not None and anchor is None:
        raise Unprocessable(
            "A quote needs an anchor: general comments quote nothing."
            + ("" if "quote" in fields else ' Send "quote": null with the change to drop it.'),
            errors=[FieldError(("body", "quote"), "needs an anchor")],
        )
    if row.kind == "comment" and "proposed_text" in fields:
        raise Unprocessable(
            "proposed_text is only for amendments.",
            errors=[FieldError(("body", "proposed_text"), "only for amendments")],
        )
    paragraph_text, quote = await _check_anchor(
        await _connection(session), round_.version_id, round_.version_language, anchor, quote
    )
    values: dict[str, Any] = {
        "anchor": anchor,
        "quote_exact": quote.exact if quote else None,
        "quote_prefix": quote.prefix if quote else None,
        "quote_suffix": quote.suffix if quote else None,
    }
    for name in ("body", "proposed_text", "position"):
        if name in fields:
            values[name] = getattr(changes, name)
    if all(getattr(row, name) == value for name, value in values.items()):
        # Normalised as an edit stores it, the patch restates the comment: answered as `{}`
        # is, so a client's retry neither grows the history nor makes other editors' ETag stale.
        return await get_comment(session, principal, comment_id)
    # The audit log shows the comment leaving publication, as every other status change.
    status_change: dict[str, str] = {}
    if row.status == "published" and round_.moderation == "pre":
        values["status"] = "pending"
        status_change = {"from_status": row.status, "to_status": "pending"}
    await (await _connection(session)).execute(
        sa.insert(_revisions).values(
            id=new_id(),
            comment_id=row.id,
            revision=row.revision,
            body=row.body,
            proposed_text=row.proposed_text,
            position=row.position,
            quote_exact=row.quote_exact,
            quote_prefix=row.quote_prefix,
            quote_suffix=row.quote_suffix,
            anchor=row.anchor,
            edited_by=principal.user_id,
            replaced_at=utcnow(),
        )
    )
    revision, _ = await _apply(session, located, values)
    body, proposed_text = (
        values.get("body", row.body),
        values.get("proposed_text", row.proposed_text),
    )
    record(
        session,
        DomainEvent(
            name="comment.edited",
            actor_id=principal.user_id,
            subject_type="comment",
            subject_id=str(row.id),
            consultation_id=round_.consultation.id,
            data={
                "round_id": str(round_.id),
                "kind": row.kind,
                "anchor": anchor,
                "revision": revision,
                **status_change,
            },
            context={
                "signature": comment_signature_bytes(body, proposed_text, paragraph_text),
                "campaign_id": row.campaign_id,
            },
        ),
    )
    await events.dispatch(session)
    return await get_comment(session, principal, comment_id)


def _quote_in(row: Any) -> QuoteIn | None:
    if row.quote_exact is None:
        return None
    return QuoteIn.model_construct(
        exact=row.quote_exact, prefix=row.quote_prefix, suffix=row.quote_suffix
    )


async def withdraw_comment(
    session: AsyncSession,
    principal: Principal,
    comment_id: uuid.UUID,
    *,
    if_match: str | None,
    events: EventBus,
) -> CommentResult:
    """The comment withdrawn, as stored: its event is delivered before it is read, so the
    response shows it out of its campaign (``campaign_id`` null), as a GET then does."""
    located = await _changeable(
        session,
        principal,
        comment_id,
        if_match,
        from_statuses=WITHDRAWABLE_STATUSES,
        what="withdrawn",
    )
    row = located.row
    await _apply(session, located, {"status": "withdrawn"})
    record(
        session,
        DomainEvent(
            name="comment.withdrawn",
            actor_id=principal.user_id,
            subject_type="comment",
            subject_id=str(row.id),
            consultation_id=located.round.consultation.id,
            data={"round_id": str(located.round.id), "from_status": row.status},
            context={"campaign_id": row.campaign_id},
        ),
    )
    await events.dispatch(session)
    return await get_comment(session, principal, comment_id)


async def comment_history(
    session: AsyncSession,
    principal: Principal,
    comment_id: uuid.UUID,
    *,
    cursor: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> CommentHistory:
    """Earlier texts, oldest first, keyset-paginated by revision number like every list."""
    listing = f"history/{comment_id}"
    after = None if cursor is None else decode_cursor(cursor, listing, [int])
    located = await _visible_comment(session, principal, comment_id)
    policy.require_can_read_history(located.viewer, located.row.organization_id)
    r = _revisions
    statement = keyset_page(
        sa.select(r).where(r.c.comment_id == comment_id), [r.c.revision], after, limit
    )
    rows = (await (await _connection(session)).execute(statement)).all()
    page = split_page(rows, limit, lambda row: [row.revision], listing=listing)
    shows_editors = policy.shows_editors(located.viewer, located.row.organization_id)
    return CommentHistory(
        comment_id=str(comment_id),
        current_revision=located.row.revision,
        next_cursor=page.next_cursor,
        items=[
            CommentRevisionRead(
                revision=item.revision,
                body=item.body,
                proposed_text=item.proposed_text,
                position=item.position,
                quote=_quote_out(item.quote_exact, item.quote_prefix, item.quote_suffix),
                anchor=item.anchor,
                edited_by=(
                    str(item.edited_by) if shows_editors and item.edited_by is not None else None
                ),
                replaced_at=rfc3339(item.replaced_at),
            )
            for item in page.items
        ],
    )


# --------------------------------------------------------------------------- receipts


async def check_receipt(
    session: AsyncSession, principal: Principal, keys: KeyRing, tracking_number: str
) -> ReceiptCheck:
    """Public confirmation of a receipt: valid when the stored receipt verifies against a
    published key and states exactly the stored comment's id, original body hash and time.
    Receipts of a restricted consultation are confirmed only to those who can see it, and to
    the comment's author: anyone else could count its comments and match guessed texts against
    their hashes, while the author, who may have lost access since (their organization rejected
    or no longer eligible), learns nothing they did not submit."""
    canonical = normalize_tracking_number(tracking_number)
    unknown = NotFound("No receipt has this tracking number.")
    if canonical is None:
        if is_well_formed_tracking_number(tracking_number):
            raise NotFound(
                "No receipt has this tracking number: its check character (the last) does not "
                "match the rest of it. A typo? Compare it with the receipt."
            )
        raise unknown
    c = _comments
    connection = await _connection(session)
    row = (
        await connection.execute(
            sa.select(
                c.c.id,
                c.c.round_id,
                c.c.receipt,
                c.c.body_sha256,
                c.c.proposed_text_sha256,
                c.c.submitted_at,
                c.c.author_id,
            ).where(c.c.tracking_number == canonical)
        )
    ).one_or_none()
    round_ = await _round_facts(connection, row.round_id) if row is not None else None
    if row is None or round_ is None:
        raise unknown
    submitted_by_caller = principal.user_id is not None and principal.user_id == row.author_id
    if not submitted_by_caller:
        viewer = await load_viewer(session, principal, round_.consultation.id)
        try:
            policy.require_consultation_readable(viewer, round_.consultation, "receipt")
        except NotFound as exc:
            raise unknown from exc
    stored = ReceiptClaims.of(
        canonical, row.id, row.body_sha256, row.submitted_at, row.proposed_text_sha256
    )
    claims = await verify_receipt(keys, row.receipt)
    return ReceiptCheck(
        tracking_number=canonical,
        comment_id=str(row.id),
        submitted_at=stored.submitted_at,
        body_sha256=row.body_sha256,
        proposed_text_sha256=row.proposed_text_sha256,
        valid=claims == stored,
    )
