"""Draft texts: documents, their immutable versions, translations, paragraphs and changes.

Choices
- A document belongs to one consultation; it is visible to whoever sees the consultation and
  managed by whoever manages it (``consultations.policy``).
- Versions are immutable: version 1 comes with the document, each later one is a new POST. The
  text is parsed (``consultations.parser``) into paragraphs with anchors; parser warnings are kept
  with the text and returned. A text with no recognisable structure is refused with 422, one
  error per problem line (``loc: ["body", "content", "line", N]``). The content limit is
  ``max_document_bytes`` of UTF-8 (413 beyond it).
- A new version is re-anchored against the previous one in the new version's language
  (``consultations.anchoring.diff_versions``); the previous version must have a text in that
  language (422 otherwise). One change row per paragraph of the previous version, plus one
  ``added`` row per new paragraph, computed once and stored.
- ``If-Match`` is optional on new versions and translations: when sent, it must match the
  document's ETag (412), so two editors cannot both publish "Rev.2" from the same Rev.1 unseen.
  The document's ETag changes with every version and translation.
- Two versions of a document may not carry the same label, compared without case or spaces
  ("Rev.1", "rev. 1"): a new version whose label (given, or the default ``Rev.<n-1>``) another
  version carries is 409, naming that version, so a revision posted twice by mistake is not
  stored as two versions named alike. Version 1 may have no label.
- Translations: the same version in another language, whose anchors must be exactly the
  original's, in the same order (422 naming the missing, extra or misplaced anchors). An
  unnumbered paragraph's ``p-N`` and a preambular one's ``ppN`` count paragraphs, so one
  paragraph more or less moves all of them below it: the 422 pairs those by position, says
  they moved, and lists only the paragraphs that differ. A translation may be replaced (PUT);
  the original language may not (409); the replace answers ``broken_quotes``, the comments
  whose quote it removes from their paragraph, rather than being refused: fixing a translation
  may change the words someone quoted, and the secretariat needs to know whose. A translation
  must be in one of the consultation's
  declared ``languages`` (or a variety of one: ``zh`` covers ``zh-Hans``), 422 otherwise, as
  those are the languages the secretariat publishes in; so must a new document and a new
  version (422 on ``body.language``). Comments are not so bounded.
- Paragraph lists are returned whole, in document order (a 150-page text is about a thousand
  paragraphs), in the version's original language unless ``language`` asks for another. That
  is an RFC 4647 lookup (``zh-CN`` is served ``zh``, ``es-419`` ``es``), as a reader asking
  for their regional variety expects the language's text rather than a 404; the list says which
  language it holds.
- ``/changes`` of version 1 is 404: version 1 has no previous version.
"""

import asyncio
import difflib
import re
import unicodedata
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import sqlalchemy as sa
from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.principal import Principal
from consultations import policy
from consultations.anchoring import (
    TextQuote,
    VersionDiff,
    VersionParagraph,
    diff_versions,
    quote_occurs,
)
from consultations.consultations import (
    consultation_seen_through,
    get_managed_consultation,
    get_visible_consultation,
    is_declared_language,
)
from consultations.models import (
    Comment,
    Consultation,
    Document,
    DocumentVersion,
    Paragraph,
    ParagraphChange,
    Round,
    VersionText,
)
from consultations.parser import NoStructureError, ParsedParagraph, ParseResult, parse_document
from consultations.schemas import (
    AnchorNode,
    BrokenQuote,
    ChangeCounts,
    ChangeList,
    ChangeRead,
    DocumentCreate,
    DocumentFormat,
    DocumentRead,
    DocumentUpdate,
    ImportResult,
    ParagraphList,
    ParagraphRead,
    ParseWarningOut,
    TextRead,
    TranslationList,
    TranslationRead,
    TranslationResult,
    TranslationSet,
    VersionCreate,
    VersionRead,
    VersionSummary,
)
from consultations.similarity import excerpt
from core.clock import utcnow
from core.db import BulkInsert, table_of
from core.errors import (
    Conflict,
    FieldError,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    Unprocessable,
)
from core.etag import (
    check_if_match,
    check_if_none_match_syntax,
    if_none_match_matches,
    make_etag,
)
from core.events import DomainEvent, record
from core.ids import new_id, parse_id
from core.languages import language_parameter, lookup_language, normalize_language_tag
from core.pagination import (
    DEFAULT_LIMIT,
    Page,
    decode_cursor,
    decode_id_cursor,
    keyset_page,
    split_page,
)

MAX_LISTED_ANCHORS = 50
# A refused translation's 422 shows this many extra paragraphs and parser warnings, each cut
# to this many characters: enough to find them in the text, not the text again.
MAX_LISTED_CONTEXTS = 10
MISMATCH_EXCERPT_CHARACTERS = 80
# An anchor that numbers a paragraph by its place, not by a number printed on it: an unnumbered
# paragraph's "p-12" (its ordinal in the text), a preambular one's "pp3" (its ordinal in the
# preamble), inside an annex or not, and the items under them ("p-12.b"). One paragraph more or
# less above moves them all.
_COUNTED_ANCHOR_RE = re.compile(r"^((?:[^/]+/)*)(p-|pp)\d+(?=$|\.)")
# A preambular paragraph's anchor ("pp3", "annex-1/pp3") and those of the items under it
# ("pp3.a"): group 1 is the part of the text whose preamble it is.
_PREAMBULAR_ANCHOR_RE = re.compile(r"^((?:[^/]+/)*)pp\d+(?=$|\.)")
# What a paragraph cites the same way in every language: a document's symbol or resolution
# number ("A/RES/78/265", "78/265", "第78/265号决议") and a year ("2024", "2024年").
_CITED_NUMBER_RE = re.compile(r"(?<!\d)(?:\d+(?:/\d+)+|(?:19|20)\d\d)(?![\d/])")
_PROVEN_BY_CITED_NUMBERS = (
    "the only one whose leaving out pairs the others with paragraphs citing the same document "
    "numbers and years"
)


def document_etag(document: Document) -> str:
    return make_etag(document.id, document.revision)


# --------------------------------------------------------------------------- parsing


async def parse_content(content: str, fmt: DocumentFormat, *, max_bytes: int) -> ParseResult:
    """Parses off the event loop; 413 over the limit, 422 with line numbers without structure."""
    size = len(content.encode("utf-8"))
    if size > max_bytes:
        raise PayloadTooLarge(
            f"The content is {size} bytes of UTF-8; documents may have at most {max_bytes}."
        )
    try:
        return await asyncio.to_thread(parse_document, content, fmt)
    except NoStructureError as exc:
        errors = [
            FieldError(("body", "content", "line", problem.line), problem.message)
            for problem in exc.problems
        ] or [FieldError(("body", "content"), str(exc))]
        raise Unprocessable(f"No paragraph structure was recognised: {exc}", errors=errors) from exc


# Validated from plain dicts in one call: a long text has thousands of nodes, and building a
# model per node (and a ParagraphRead per paragraph before that) took about twice as long for a
# 9,000-paragraph import's response.
_ANCHOR_TREE = TypeAdapter(list[AnchorNode])


def anchor_tree(paragraphs: Sequence[ParsedParagraph]) -> list[AnchorNode]:
    """Paragraphs nested under their parents, in document order."""
    nodes: dict[str, dict[str, Any]] = {
        p.anchor: {"anchor": p.anchor, "label": p.label, "kind": p.kind, "children": []}
        for p in paragraphs
    }
    roots: list[dict[str, Any]] = []
    for paragraph in paragraphs:
        parent = nodes.get(paragraph.parent) if paragraph.parent else None
        (parent["children"] if parent is not None else roots).append(nodes[paragraph.anchor])
    return _ANCHOR_TREE.validate_python(roots)


def _warnings(result: ParseResult) -> list[ParseWarningOut]:
    return [
        ParseWarningOut(line=w.line, message=w.message, excerpt=w.excerpt) for w in result.warnings
    ]


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True, slots=True)
class _Loaded:
    document: Document
    consultation: Consultation


async def _visible_document(
    session: AsyncSession,
    principal: Principal,
    document_ref: str,
    *,
    manage: bool = False,
) -> _Loaded:
    document_id = parse_id(document_ref)
    statement = select(Document).where(Document.id == document_id)
    if manage:
        # NO KEY UPDATE serialises editors of the document without blocking foreign key checks
        # of rows that reference it.
        statement = statement.with_for_update(key_share=True)
    document = (await session.exec(statement)).first() if document_id is not None else None
    if document is None:
        raise NotFound("No such document.")
    visible = await consultation_seen_through(
        session, principal, document.consultation_id, not_found="No such document."
    )
    if manage:
        policy.can_manage_consultation(principal, visible.consultation, visible.access)
    return _Loaded(document, visible.consultation)


async def get_managed_document(
    session: AsyncSession, principal: Principal, document_ref: str
) -> Document:
    """The document if the principal may manage its consultation (404/403 otherwise), held
    until the commit as by every editor of it."""
    return (await _visible_document(session, principal, document_ref, manage=True)).document


async def _version(session: AsyncSession, document: Document, number: int) -> DocumentVersion:
    version = (
        await session.exec(
            select(DocumentVersion).where(
                DocumentVersion.document_id == document.id, DocumentVersion.number == number
            )
        )
    ).first()
    if version is None:
        raise NotFound(
            f"The document has no version {number}; its latest is {document.latest_version}."
        )
    return version


async def _texts(session: AsyncSession, version_ids: Sequence[uuid.UUID]) -> list[VersionText]:
    rows = await session.exec(
        select(VersionText)
        .where(col(VersionText.version_id).in_(version_ids))
        .order_by(col(VersionText.is_original).desc(), col(VersionText.language))
    )
    return list(rows.all())


async def _paragraph_counts(
    session: AsyncSession, version_ids: Sequence[uuid.UUID]
) -> dict[tuple[uuid.UUID, str], int]:
    rows = await session.exec(
        select(Paragraph.version_id, Paragraph.language, sa.func.count())
        .where(col(Paragraph.version_id).in_(version_ids))
        .group_by(col(Paragraph.version_id), col(Paragraph.language))
    )
    return {(version_id, language): count for version_id, language, count in rows.all()}


def _text_read(text: VersionText, paragraph_count: int) -> TextRead:
    return TextRead(
        language=text.language,
        format=text.format,
        is_original=text.is_original,
        paragraph_count=paragraph_count,
        warnings=[ParseWarningOut(**warning) for warning in text.warnings],
        created_at=text.created_at,
        updated_at=text.updated_at,
    )


async def _version_reads(
    session: AsyncSession, document: Document, versions: Sequence[DocumentVersion]
) -> list[VersionRead]:
    ids = [version.id for version in versions]
    texts = await _texts(session, ids)
    counts = await _paragraph_counts(session, ids)
    reads: list[VersionRead] = []
    for version in versions:
        own = [text for text in texts if text.version_id == version.id]
        reads.append(
            VersionRead(
                document_id=document.id,
                number=version.number,
                label=version.label,
                language=version.language,
                languages=[text.language for text in own],
                paragraph_count=counts.get((version.id, version.language), 0),
                created_at=version.created_at,
                texts=[
                    _text_read(text, counts.get((version.id, text.language), 0)) for text in own
                ],
            )
        )
    return reads


async def _document_read(session: AsyncSession, document: Document) -> DocumentRead:
    return (await _document_reads(session, document))[0]


async def _document_reads(
    session: AsyncSession, document: Document
) -> tuple[DocumentRead, list[VersionRead]]:
    """The document, and each of its versions in full (which the document summarises)."""
    versions = (
        await session.exec(
            select(DocumentVersion)
            .where(DocumentVersion.document_id == document.id)
            .order_by(col(DocumentVersion.number))
        )
    ).all()
    reads = await _version_reads(session, document, versions)
    document_read = DocumentRead(
        id=document.id,
        consultation_id=document.consultation_id,
        title=document.title,
        symbol=document.symbol,
        language=document.language,
        latest_version=document.latest_version,
        created_at=document.created_at,
        updated_at=document.updated_at,
        versions=[
            VersionSummary(**read.model_dump(include=set(VersionSummary.model_fields)))
            for read in reads
        ],
    )
    return document_read, reads


async def _paragraph_rows(
    session: AsyncSession,
    version_id: uuid.UUID,
    language: str,
    *,
    after_ordinal: int | None = None,
    limit: int | None = None,
) -> list[ParagraphRead]:
    """In document order, after ``after_ordinal``, at most ``limit`` (every one without).
    Plain rows rather than ORM objects: a long text has thousands."""
    table = table_of(Paragraph)
    connection = await session.connection()
    statement = (
        sa.select(
            table.c.anchor,
            table.c.label,
            table.c.kind,
            table.c.parent,
            table.c.ordinal,
            table.c.heading_path,
            table.c.text,
        )
        .where(table.c.version_id == version_id, table.c.language == language)
        .order_by(table.c.ordinal)
    )
    if after_ordinal is not None:
        statement = statement.where(table.c.ordinal > after_ordinal)
    if limit is not None:
        statement = statement.limit(limit)
    rows = await connection.execute(statement)
    return [_paragraph_read(row) for row in rows]


def _paragraph_read(paragraph: Any) -> ParagraphRead:
    """A stored paragraph's row or a parsed paragraph: both have the fields."""
    return ParagraphRead(
        anchor=paragraph.anchor,
        label=paragraph.label,
        kind=paragraph.kind,
        parent=paragraph.parent,
        ordinal=paragraph.ordinal,
        heading_path=list(paragraph.heading_path),
        text=paragraph.text,
    )


async def _version_paragraphs(
    session: AsyncSession, version_id: uuid.UUID, language: str
) -> tuple[VersionParagraph, ...]:
    """The anchors and texts re-anchoring compares, in document order: the rest of each row
    would be read (a JSON heading path to decode) and thrown away."""
    table = table_of(Paragraph)
    connection = await session.connection()
    rows = await connection.execute(
        sa.select(table.c.anchor, table.c.text)
        .where(table.c.version_id == version_id, table.c.language == language)
        .order_by(table.c.ordinal)
    )
    return tuple(VersionParagraph(anchor, text) for anchor, text in rows)


# --------------------------------------------------------------------------- writing


_insert_paragraphs = BulkInsert(
    table_of(Paragraph),
    ["version_id", "language"],
    ["id", "anchor", "label", "kind", "parent", "ordinal", "heading_path", "text"],
    json_columns=["heading_path"],
)
_insert_changes = BulkInsert(
    table_of(ParagraphChange),
    ["version_id"],
    ["id", "ordinal", "old_anchor", "new_anchor", "status", "similarity"],
)


async def _store_text(
    session: AsyncSession,
    version: DocumentVersion,
    language: str,
    fmt: DocumentFormat,
    content: str,
    result: ParseResult,
    *,
    is_original: bool,
) -> None:
    session.add(
        VersionText(
            version_id=version.id,
            language=language,
            format=fmt,
            content=content,
            is_original=is_original,
            warnings=[w.model_dump() for w in _warnings(result)],
        )
    )
    await session.flush()
    await _insert_paragraphs(
        await session.connection(),
        {"version_id": version.id, "language": language},
        [
            {
                "id": new_id(),
                "anchor": p.anchor,
                "label": p.label,
                "kind": p.kind,
                "parent": p.parent,
                "ordinal": p.ordinal,
                # A tuple, hashable: each distinct heading path is serialised once.
                "heading_path": p.heading_path,
                "text": p.text,
            }
            for p in result.paragraphs
        ],
    )


async def _store_changes(
    session: AsyncSession, version: DocumentVersion, diff: VersionDiff
) -> None:
    rows = [
        {
            "id": new_id(),
            "ordinal": ordinal,
            "old_anchor": item.old_anchor,
            "new_anchor": item.new_anchor,
            "status": item.status,
            "similarity": item.similarity,
        }
        for ordinal, item in enumerate(diff.items)
    ]
    rows += [
        {
            "id": new_id(),
            "ordinal": len(diff.items) + offset,
            "old_anchor": None,
            "new_anchor": anchor,
            "status": "added",
            "similarity": 0.0,
        }
        for offset, anchor in enumerate(diff.added)
    ]
    await _insert_changes(await session.connection(), {"version_id": version.id}, rows)


def _change_counts(diff: VersionDiff) -> ChangeCounts:
    counts = Counter(item.status for item in diff.items)
    return ChangeCounts(
        unchanged=counts["unchanged"],
        modified=counts["modified"],
        moved=counts["moved"],
        removed=counts["removed"],
        added=len(diff.added),
    )


def _document_event(
    name: str, principal: Principal, document: Document, data: dict[str, object]
) -> DomainEvent:
    return DomainEvent(
        name=name,
        actor_id=principal.user_id,
        subject_type="document",
        subject_id=str(document.id),
        consultation_id=document.consultation_id,
        data=data,
    )


@dataclass(frozen=True, slots=True)
class Imported:
    result: ImportResult
    etag: str


@dataclass(frozen=True, slots=True)
class Translated:
    result: TranslationResult
    etag: str


async def _imported(
    session: AsyncSession,
    document: Document,
    version: DocumentVersion,
    result: ParseResult,
    diff: VersionDiff | None,
    revision_warnings: Sequence[ParseWarningOut] = (),
) -> Imported:
    paragraphs = result.paragraphs
    document_read, version_reads = await _document_reads(session, document)
    body = ImportResult(
        id=document.id,
        document_id=document.id,
        number=version.number,
        document=document_read,
        version=next(read for read in version_reads if read.number == version.number),
        paragraph_count=len(paragraphs),
        anchors=[p.anchor for p in paragraphs],
        paragraphs=[_paragraph_read(p) for p in paragraphs],
        tree=anchor_tree(paragraphs),
        warnings=[*_warnings(result), *revision_warnings],
        changes=_change_counts(diff) if diff is not None else None,
    )
    return Imported(body, document_etag(document))


async def create_document(
    session: AsyncSession,
    principal: Principal,
    consultation_ref: str,
    data: DocumentCreate,
    *,
    max_bytes: int,
) -> Imported:
    visible = await get_visible_consultation(session, principal, consultation_ref)
    consultation = visible.consultation
    policy.can_manage_consultation(principal, consultation, visible.access)
    _check_declared_language(data.language, consultation.languages, ("body", "language"))
    result = await parse_content(data.content, data.format, max_bytes=max_bytes)
    document = Document(
        consultation_id=consultation.id,
        title=data.title,
        symbol=data.symbol or None,
        language=data.language,
        latest_version=1,
        created_by=principal.user_id,
    )
    version = DocumentVersion(
        document_id=document.id,
        number=1,
        label=data.label,
        language=data.language,
        created_by=principal.user_id,
    )
    session.add(document)
    await session.flush()
    session.add(version)
    await session.flush()
    await _store_text(
        session, version, data.language, data.format, data.content, result, is_original=True
    )
    record(
        session,
        _document_event(
            "document.created",
            principal,
            document,
            {"version": 1, "language": data.language, "paragraphs": len(result.paragraphs)},
        ),
    )
    return await _imported(session, document, version, result, None)


async def add_version(
    session: AsyncSession,
    principal: Principal,
    document_ref: str,
    data: VersionCreate,
    *,
    max_bytes: int,
    if_match: str | None,
) -> Imported:
    managed = await _visible_document(session, principal, document_ref, manage=True)
    document = managed.document
    if if_match is not None:
        check_if_match(if_match, document_etag(document))
    _check_declared_language(data.language, managed.consultation.languages, ("body", "language"))
    result = await parse_content(data.content, data.format, max_bytes=max_bytes)
    previous = await _version(session, document, document.latest_version)
    old = await _version_paragraphs(session, previous.id, data.language)
    if not old:
        raise Unprocessable(
            f"Version {previous.number} has no text in {data.language!r} to compare with; add "
            f"that translation first or submit this version in {previous.language!r}.",
            errors=[FieldError(("body", "language"), "the previous version has no such text")],
        )
    number = previous.number + 1
    label = data.label or f"Rev.{number - 1}"
    await _require_free_label(session, document, label)
    new = tuple(VersionParagraph(p.anchor, p.text) for p in result.paragraphs)
    diff = await asyncio.to_thread(diff_versions, old, new)
    version = DocumentVersion(
        document_id=document.id,
        number=number,
        label=label,
        language=data.language,
        created_by=principal.user_id,
    )
    session.add(version)
    await session.flush()
    await _store_text(
        session, version, data.language, data.format, data.content, result, is_original=True
    )
    await _store_changes(session, version, diff)
    document.latest_version = number
    document.revision += 1
    document.updated_at = utcnow()
    session.add(document)
    await session.flush()
    counts = _change_counts(diff)
    unrevised = await _unrevised_warning(session, previous, data, diff)
    record(
        session,
        _document_event(
            "document.version_created",
            principal,
            document,
            {
                "version": number,
                "label": version.label,
                "language": data.language,
                "paragraphs": len(result.paragraphs),
                "changes": counts.model_dump(),
            },
        ),
    )
    return await _imported(session, document, version, result, diff, unrevised)


async def _unrevised_warning(
    session: AsyncSession, previous: DocumentVersion, data: VersionCreate, diff: VersionDiff
) -> list[ParseWarningOut]:
    """A warning when the revision repeats the previous version: stored all the same (a second
    publication may be deliberate), but a draft posted twice by mistake would otherwise read as
    a real revision to negotiators. Layout only means every paragraph keeps its anchor and its
    text up to whitespace (a reflowed or re-wrapped text, Markdown for plain text)."""
    if diff.added or any(item.status != "unchanged" for item in diff.items):
        return []
    previous_content = (
        await session.exec(
            select(VersionText.content).where(
                VersionText.version_id == previous.id, VersionText.language == data.language
            )
        )
    ).first()
    message = (
        f"The text is identical to version {previous.number}"
        if previous_content == data.content
        else f"The text differs from version {previous.number} only in layout"
    )
    return [
        ParseWarningOut(
            line=0,
            message=f"{message}: no paragraph changed; check that this is the revision meant",
            excerpt=previous.label or f"version {previous.number}",
        )
    ]


def _label_key(label: str) -> str:
    # "Rev.1", "rev. 1" and "REV.1" name one version to a reader.
    return "".join(label.split()).casefold()


async def _require_free_label(session: AsyncSession, document: Document, label: str) -> None:
    """409 when another version of the document already carries ``label``: a revision posted
    twice by mistake would otherwise stand as two versions named alike."""
    versions = await session.exec(
        select(DocumentVersion.number, DocumentVersion.label).where(
            DocumentVersion.document_id == document.id
        )
    )
    for number, taken in versions:
        if taken is not None and _label_key(taken) == _label_key(label):
            detail = (
                f"Version {number} of this document is already labelled {taken!r}; give this "
                "version another label."
            )
            raise Conflict(detail, errors=[FieldError(("body", "label"), detail)])


def _anchor_list(anchors: Sequence[str]) -> str:
    shown = ", ".join(anchors[:MAX_LISTED_ANCHORS])
    more = len(anchors) - MAX_LISTED_ANCHORS
    return shown + (f" and {more} more" if more > 0 else "")


def _first_difference(expected: Sequence[str], found: Sequence[str]) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b),
        min(len(expected), len(found)),
    )


@dataclass(frozen=True, slots=True)
class _AnchorComparison:
    """The original's anchors against a translation's: those only one of them has, and the
    counted ones (``_COUNTED_ANCHOR_RE``) that the same paragraph has under another number
    because a paragraph above it differs, as (original's, translation's)."""

    missing: list[str]
    extra: list[str]
    moved: list[tuple[str, str]]


def _compare_anchors(expected: Sequence[str], found: Sequence[str]) -> _AnchorComparison:
    """Pairs the paragraphs of both texts by position where the two run alike once each counted
    anchor is read as its kind ("p-25" as "p-#"): a paragraph they pair is the same one, moved
    if its count differs; one they leave unpaired is missing or extra, unless it is numbered
    and its anchor is elsewhere in the other text (out of order)."""
    # Up to the first difference the two are the same; after it, one paragraph more or less
    # can pair with either of two unnumbered ones side by side: the earlier is the one that
    # differs, as a reader comparing the texts from the top finds it.
    start = _first_difference(expected, found)
    matcher = difflib.SequenceMatcher(
        None,
        [_counted_form(a) for a in expected[start:]],
        [_counted_form(a) for a in found[start:]],
        False,
    )
    paired_expected: set[int] = set(range(start))
    paired_found: set[int] = set(range(start))
    moved: list[tuple[str, str]] = []
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            i, j = start + block.a + offset, start + block.b + offset
            paired_expected.add(i)
            paired_found.add(j)
            if expected[i] != found[j]:
                moved.append((expected[i], found[j]))
    expected_set, found_set = set(expected), set(found)
    return _AnchorComparison(
        missing=[
            a
            for i, a in enumerate(expected)
            if i not in paired_expected and (a not in found_set or _is_counted(a))
        ],
        extra=[
            a
            for j, a in enumerate(found)
            if j not in paired_found and (a not in expected_set or _is_counted(a))
        ],
        moved=moved,
    )


def _is_counted(anchor: str) -> bool:
    return _COUNTED_ANCHOR_RE.match(anchor) is not None


def _counted_form(anchor: str) -> str:
    return _COUNTED_ANCHOR_RE.sub(r"\1\2#", anchor)


@dataclass(frozen=True, slots=True)
class _Preambular:
    """A preambular paragraph as the comparison sees it: its anchor, the number printed on it
    (a compilation's "PP2", which names it in every language), where it is and its text."""

    anchor: str
    label: str | None
    line: int | None
    text: str


def _preambles(rows: Sequence[_Preambular]) -> dict[str, list[_Preambular]]:
    """The top-level preambular paragraphs of each part of a text (the text's own, ``""``, an
    annex's, ``"annex-1/"``), in order."""
    preambles: dict[str, list[_Preambular]] = {}
    for row in rows:
        found = _PREAMBULAR_ANCHOR_RE.match(row.anchor)
        if found is not None and found.end() == len(row.anchor):
            preambles.setdefault(found.group(1), []).append(row)
    return preambles


def _cited_numbers(text: str) -> frozenset[str]:
    return frozenset(_CITED_NUMBER_RE.findall(unicodedata.normalize("NFKC", text)))


def _the_one_left_out(longer: list[_Preambular], shorter: list[_Preambular]) -> int | None:
    """The place in ``longer`` of the paragraph ``shorter`` lacks, when only one leaves the
    others paired with paragraphs that cite the same document numbers and years (none
    otherwise, or when it is more than one paragraph)."""
    if len(longer) != len(shorter) + 1:
        return None
    kept = [_cited_numbers(row.text) for row in shorter]
    cited = [_cited_numbers(row.text) for row in longer]
    fitting = [at for at in range(len(longer)) if cited[:at] + cited[at + 1 :] == kept]
    return fitting[0] if len(fitting) == 1 else None


def _preamble_differences(
    expected: Sequence[_Preambular], found: Sequence[_Preambular]
) -> list[tuple[str, str]]:
    """Each part whose preamble counts a different number of paragraphs in the two texts, and
    what to say of it. Unnumbered preambular paragraphs are anchored by their place, so one
    left out anywhere takes the last anchor away: the texts are told apart by their counts,
    and the paragraph named only when the numbers its neighbours cite prove which it is.
    Printed numbers ("PP2") name their paragraphs, which the anchors then compare alone."""
    originals, translated = _preambles(expected), _preambles(found)
    differences: list[tuple[str, str]] = []
    for part in sorted(originals.keys() | translated.keys()):
        original, here = originals.get(part, []), translated.get(part, [])
        if len(original) == len(here) or any(row.label for row in (*original, *here)):
            continue
        side = "missing" if len(here) < len(original) else "extra"
        plural = "one is" if abs(len(here) - len(original)) == 1 else "ones are"
        paragraphs = "paragraph" if len(here) == 1 else "paragraphs"
        said = (
            f"{part.rstrip('/') + ': ' if part else ''}this text has {len(here)} preambular "
            f"{paragraphs} where the original has {len(original)}; they are matched by position "
            f"({part}pp1, {part}pp2 …)"
        )
        if side == "missing" and (at := _the_one_left_out(original, here)) is not None:
            said += (
                f": the one missing is the original's {original[at].anchor} "
                f"({_quoted(original[at].text)}), {_PROVEN_BY_CITED_NUMBERS}"
            )
        elif side == "extra" and (at := _the_one_left_out(here, original)) is not None:
            said += (
                f": the one extra is this text's {here[at].anchor} at line {here[at].line} "
                f"({_quoted(here[at].text)}), {_PROVEN_BY_CITED_NUMBERS}"
            )
        else:
            said += (
                f", so which {plural} {side} cannot be told from the anchors: compare the "
                "preambles paragraph by paragraph"
            )
        differences.append((part, said))
    return differences


def _compared_beside_preambles(
    expected: Sequence[str], found: Sequence[str], preambles: Sequence[tuple[str, str]]
) -> _AnchorComparison:
    """:func:`_compare_anchors` without the preambular anchors of the parts whose preambles
    count differently (``preambles``): the anchor one text lacks there is its last, not the
    paragraph it lacks."""
    parts = {part for part, _ in preambles}
    compared = _compare_anchors(expected, found)

    def kept(anchor: str) -> bool:
        found = _PREAMBULAR_ANCHOR_RE.match(anchor)
        return found is None or found.group(1) not in parts

    return _AnchorComparison(
        missing=[anchor for anchor in compared.missing if kept(anchor)],
        extra=[anchor for anchor in compared.extra if kept(anchor)],
        moved=compared.moved,
    )


def anchor_mismatch(expected: Sequence[str], found: Sequence[str]) -> list[FieldError]:
    """How a translation's anchors differ from the original's (empty when identical)."""
    if list(expected) == list(found):
        return []
    preambles = _preamble_differences(
        [_Preambular(anchor, None, None, "") for anchor in expected],
        [_Preambular(anchor, None, None, "") for anchor in found],
    )
    compared = _compared_beside_preambles(expected, found, preambles)
    return _mismatch_errors(
        expected, found, compared, _first_difference(expected, found), preambles
    )


def _mismatch_errors(
    expected: Sequence[str],
    found: Sequence[str],
    compared: _AnchorComparison,
    position: int,
    preambles: Sequence[tuple[str, str]],
) -> list[FieldError]:
    """:func:`anchor_mismatch`'s errors, from the comparison and the first difference."""
    missing, extra, moved = compared.missing, compared.extra, compared.moved
    loc: tuple[str | int, ...] = ("body", "content")
    errors: list[FieldError] = []
    if (missing and extra) or moved or (preambles and (missing or extra)):
        # Say where the two first part, which is what the translator has to look at.
        errors.append(
            FieldError(loc, f"first difference: {_divergence(expected, found, position)}")
        )
    if missing:
        errors.append(FieldError(loc, f"missing anchors: {_anchor_list(missing)}"))
    if extra:
        errors.append(FieldError(loc, f"anchors not in the original: {_anchor_list(extra)}"))
    errors.extend(FieldError(loc, said) for _, said in preambles)
    if moved:
        original, here = moved[0]
        more = f", and {len(moved) - 1} more" if len(moved) > 1 else ""
        errors.append(
            FieldError(
                loc,
                "p-N and ppN anchors count paragraphs, so those below a difference move with "
                f"it: {here} here is the original's {original}{more}; they are not differences "
                "of their own and move back once it is fixed",
            )
        )
    if not errors:
        errors.append(
            FieldError(
                loc,
                f"anchors out of order: {_divergence(expected, found, position)}",
            )
        )
    return errors


def translation_mismatch(
    original: Sequence[ParagraphRead], parsed: ParseResult
) -> list[FieldError]:
    """:func:`anchor_mismatch`, then where to look in the translation: the text of the first
    paragraph that differs beside the original's and the line and text of each paragraph the
    original does not have (empty when the anchors are the same). What the parser noticed,
    often why, is :func:`mismatch_warnings`: not a difference, so not among these."""
    expected = [row.anchor for row in original]
    found = [paragraph.anchor for paragraph in parsed.paragraphs]
    if expected == found:
        return []
    preambles = _preamble_differences(
        [_Preambular(row.anchor, row.label, None, row.text) for row in original],
        [_Preambular(p.anchor, p.label, p.line, p.text) for p in parsed.paragraphs],
    )
    compared = _compared_beside_preambles(expected, found, preambles)
    position = _first_difference(expected, found)
    errors = _mismatch_errors(expected, found, compared, position, preambles)
    loc: tuple[str | int, ...] = ("body", "content")
    nth = _ordinal(position + 1)
    if position < len(found):
        here = parsed.paragraphs[position]
        if position < len(original):
            there = original[position]
            if (
                len(found) == len(expected)
                and (here.label or "").isdecimal()
                and (there.label or "").isdecimal()
                and here.label != there.label
            ):
                # As many paragraphs as the original, one numbered otherwise: a misprinted
                # number reads more likely than a part or a paragraph the original lacks, and
                # is what to look at first.
                errors.insert(
                    0,
                    FieldError(
                        loc,
                        f"line {here.line} is numbered {here.label} where the original's {nth} "
                        f"paragraph is numbered {there.label} (anchored `{there.anchor}`): most "
                        "likely a misprinted number; read as printed, it renumbers what follows "
                        f"(`{here.anchor}` …)",
                    ),
                )
            other = (
                f"the original's {nth} is anchored {_labelled(there.anchor, there.label)}: "
                f"{_quoted(there.text)}"
            )
        else:
            other = "the original has no more paragraphs"
        errors.append(
            FieldError(
                loc,
                f"the {nth} paragraph of this text is anchored "
                f"{_labelled(here.anchor, here.label)} at line {here.line}: "
                f"{_quoted(here.text)}; {other}",
            )
        )
    unpaired = set(compared.extra)
    extra = [p for p in parsed.paragraphs if p.anchor in unpaired]
    for paragraph in extra[:MAX_LISTED_CONTEXTS]:
        errors.append(
            FieldError(
                loc,
                f"{paragraph.anchor}, not in the original, is line {paragraph.line}: "
                f"{_quoted(paragraph.text)}",
            )
        )
    return errors


def mismatch_warnings(
    original: Sequence[ParagraphRead], parsed: ParseResult
) -> list[ParseWarningOut]:
    """What the parser noticed nearest the first difference between a translation's anchors
    and the original's (a number it kept as text, a line it skipped): the likeliest reason for
    it, in line order."""
    expected = [row.anchor for row in original]
    found = [paragraph.anchor for paragraph in parsed.paragraphs]
    position = _first_difference(expected, found)
    near = parsed.paragraphs[min(position, len(found) - 1)].line if found else 0
    nearest = sorted(parsed.warnings, key=lambda warning: abs(warning.line - near))
    return [
        ParseWarningOut(line=warning.line, message=warning.message, excerpt=warning.excerpt)
        for warning in sorted(nearest[:MAX_LISTED_CONTEXTS], key=lambda warning: warning.line)
    ]


def _labelled(anchor: str, label: str | None) -> str:
    """The anchor, with the number printed on the paragraph that a translator finds in the text
    ("`annex-1/7.b` (“7 (b)”)"), where the two differ."""
    quoted = f"`{anchor}`"
    return quoted if label is None or label == anchor else f"{quoted} (\u201c{label}\u201d)"


def _quoted(text: str) -> str:
    return f"\u201c{excerpt(text, MISMATCH_EXCERPT_CHARACTERS)}\u201d"


def _divergence(expected: Sequence[str], found: Sequence[str], position: int) -> str:
    # Places are ordinals and anchors are in backticks: "paragraph 41 is 29" read as two
    # numbers of one kind.
    nth = _ordinal(position + 1)
    here = (
        f"the {nth} paragraph of this text is anchored `{found[position]}`"
        if position < len(found)
        else f"this text ends before its {nth} paragraph"
    )
    there = (
        f"the original's {nth} is `{expected[position]}`"
        if position < len(expected)
        else f"the original ends before its {nth}"
    )
    return f"{here}, {there}"


def _ordinal(number: int) -> str:
    teens = number % 100 in (11, 12, 13)
    return f"{number}{'th' if teens else _ORDINAL_SUFFIXES.get(number % 10, 'th')}"


_ORDINAL_SUFFIXES: Final = {1: "st", 2: "nd", 3: "rd"}


def _same_language(tag: str) -> str | None:
    try:
        return normalize_language_tag(tag)
    except ValueError:
        return None


def _check_declared_language(
    tag: str, declared: Sequence[str], loc: tuple[str, ...] = ("path", "language")
) -> None:
    """422 unless one of the consultation's declared languages covers ``tag`` (see
    ``is_declared_language``)."""
    if is_declared_language(tag, declared):
        return
    allowed = ", ".join(declared)
    raise Unprocessable(
        f"The consultation works in {allowed}; {tag!r} is none of them.",
        errors=[
            FieldError(
                loc, f"must be one of the consultation's languages ({allowed}) or a variety of one"
            )
        ],
    )


async def set_translation(
    session: AsyncSession,
    principal: Principal,
    document_ref: str,
    number: int,
    language: str,
    data: TranslationSet,
    *,
    max_bytes: int,
    if_match: str | None,
    if_none_match: str | None = None,
) -> Translated:
    """Sets the text of version ``number`` in ``language``, replacing the one there is.
    ``If-None-Match`` (RFC 9110 13.1.2) is evaluated against the existing translation, whose
    entity tag is the document's: ``*`` refuses to replace one (412), so that two editors who
    both create a translation do not overwrite each other; without one it always holds."""
    tag = language_parameter(language, field=("path", "language"))
    if data.language is not None and _same_language(data.language) != tag:
        raise Unprocessable(
            f"The body names {data.language!r}, the path {tag!r}.",
            errors=[FieldError(("body", "language"), f"must be {tag!r}, the path's language")],
        )
    managed = await _visible_document(session, principal, document_ref, manage=True)
    document = managed.document
    if if_match is not None:
        check_if_match(if_match, document_etag(document))
    version = await _version(session, document, number)
    if tag == version.language:
        raise Conflict(
            f"{tag!r} is the original language of version {number}; post a new version to "
            "change its text."
        )
    _check_declared_language(tag, managed.consultation.languages)
    existing = (
        await session.exec(
            select(VersionText).where(
                VersionText.version_id == version.id, VersionText.language == tag
            )
        )
    ).first()
    # Before the content is read (RFC 9110 13.2.1): the condition decides whether it is.
    if if_none_match is not None:
        check_if_none_match_syntax(if_none_match)
    if (
        existing is not None
        and if_none_match is not None
        and if_none_match_matches(if_none_match, document_etag(document))
    ):
        condition = (
            "If-None-Match: * sets a translation only where there is none"
            if if_none_match.strip() == "*"
            else f"If-None-Match names its current ETag {document_etag(document)}"
        )
        raise PreconditionFailed(
            f"Version {number} has a {tag!r} translation already; {condition}."
        )
    if existing is not None and (existing.format, existing.content) == (data.format, data.content):
        return await _unchanged_translation(session, document, version, existing)
    result = await parse_content(data.content, data.format, max_bytes=max_bytes)
    original = await _paragraph_rows(session, version.id, version.language)
    errors = translation_mismatch(original, result)
    if errors:
        warnings = mismatch_warnings(original, result)
        raise Unprocessable(
            f"The {tag!r} text does not have the same paragraphs as the original.",
            errors=errors,
            members={"warnings": [warning.model_dump() for warning in warnings]},
        )
    broken_quotes: list[BrokenQuote] = []
    if existing is not None:
        broken_quotes = await _broken_quotes(session, version, tag, result)
        paragraphs = table_of(Paragraph)
        await session.exec(
            sa.delete(paragraphs).where(
                paragraphs.c.version_id == version.id, paragraphs.c.language == tag
            )
        )
        await session.delete(existing)
        await session.flush()
    await _store_text(session, version, tag, data.format, data.content, result, is_original=False)
    document.revision += 1
    document.updated_at = utcnow()
    session.add(document)
    await session.flush()
    record(
        session,
        _document_event(
            "document.translation_set",
            principal,
            document,
            {"version": number, "language": tag, "replaced": existing is not None},
        ),
    )
    body = TranslationResult(
        document_id=document.id,
        version=number,
        language=tag,
        format=data.format,
        paragraph_count=len(result.paragraphs),
        warnings=_warnings(result),
        replaced=existing is not None,
        changed=True,
        broken_quotes=broken_quotes,
    )
    return Translated(body, document_etag(document))


async def _unchanged_translation(
    session: AsyncSession, document: Document, version: DocumentVersion, text: VersionText
) -> Translated:
    """The answer to a PUT of the text stored already: PUT is idempotent (RFC 9110 9.2.2), so
    nothing is written, audited or re-parsed (the stored paragraphs are those of this text),
    and the document keeps its ETag."""
    counts = await _paragraph_counts(session, [version.id])
    body = TranslationResult(
        document_id=document.id,
        version=version.number,
        language=text.language,
        format=text.format,
        paragraph_count=counts.get((version.id, text.language), 0),
        warnings=[ParseWarningOut(**warning) for warning in text.warnings],
        replaced=True,
        changed=False,
    )
    return Translated(body, document_etag(document))


async def _broken_quotes(
    session: AsyncSession, version: DocumentVersion, language: str, replacement: ParseResult
) -> list[BrokenQuote]:
    """The comments on ``version`` whose quote occurs in their paragraph of its current text in
    ``language`` and not in ``replacement``'s."""
    comments, rounds = table_of(Comment), table_of(Round)
    connection = await session.connection()
    quoting = (
        await connection.execute(
            sa.select(
                comments.c.id,
                comments.c.round_id,
                comments.c.anchor,
                comments.c.quote_exact,
                comments.c.quote_prefix,
                comments.c.quote_suffix,
            )
            .join(rounds, rounds.c.id == comments.c.round_id)
            .where(
                rounds.c.document_id == version.document_id,
                rounds.c.version_number == version.number,
                comments.c.anchor.is_not(None),
                comments.c.quote_exact.is_not(None),
            )
            .order_by(rounds.c.number, comments.c.sequence)
        )
    ).all()
    if not quoting:
        return []
    current = {
        paragraph.anchor: paragraph.text
        for paragraph in await _version_paragraphs(session, version.id, language)
    }
    new = {paragraph.anchor: paragraph.text for paragraph in replacement.paragraphs}
    broken: list[BrokenQuote] = []
    for row in quoting:
        quote = TextQuote(row.quote_exact, row.quote_prefix, row.quote_suffix)
        before, after = current.get(row.anchor), new.get(row.anchor)
        was_there = before is not None and quote_occurs(quote, before)
        if was_there and (after is None or not quote_occurs(quote, after)):
            broken.append(
                BrokenQuote(
                    comment_id=row.id,
                    round_id=row.round_id,
                    anchor=row.anchor,
                    exact=row.quote_exact,
                )
            )
    return broken


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class DocumentView:
    read: DocumentRead
    etag: str


async def get_document(
    session: AsyncSession, principal: Principal, document_ref: str
) -> DocumentView:
    loaded = await _visible_document(session, principal, document_ref)
    return DocumentView(
        await _document_read(session, loaded.document), document_etag(loaded.document)
    )


async def update_document(
    session: AsyncSession,
    principal: Principal,
    document_ref: str,
    data: DocumentUpdate,
    *,
    if_match: str | None,
) -> DocumentView:
    """Renames the document or changes its symbol (the secretariat or a co-facilitator)."""
    document = await get_managed_document(session, principal, document_ref)
    check_if_match(if_match, document_etag(document))
    changes: dict[str, list[str | None]] = {}
    if data.title is not None and data.title != document.title:
        changes["title"] = [document.title, data.title]
        document.title = data.title
    symbol = data.symbol or None  # an empty symbol is no symbol
    if "symbol" in data.model_fields_set and symbol != document.symbol:
        changes["symbol"] = [document.symbol, symbol]
        document.symbol = symbol
    if changes:
        document.revision += 1
        document.updated_at = utcnow()
        session.add(document)
        await session.flush()
        record(
            session, _document_event("document.updated", principal, document, {"changes": changes})
        )
    return DocumentView(await _document_read(session, document), document_etag(document))


async def _require_unused(connection: AsyncConnection, document: Document) -> None:
    """409 when a round uses the document, saying what keeps it: the rounds, which cannot be
    deleted and are consulted on its text, and the comments made in them if there are any (a
    round without comments keeps it all the same)."""
    rounds, comments = table_of(Round), table_of(Comment)
    numbers = list(
        await connection.scalars(
            sa.select(rounds.c.number)
            .where(rounds.c.document_id == document.id)
            .order_by(rounds.c.number)
        )
    )
    if not numbers:
        return
    commented = await connection.scalar(
        sa.select(sa.func.count())
        .select_from(comments)
        .join(rounds, rounds.c.id == comments.c.round_id)
        .where(rounds.c.document_id == document.id)
    )
    named = ", ".join(str(number) for number in numbers)
    detail = (
        f"Round {named} of this consultation uses the document"
        if len(numbers) == 1
        else f"Rounds {named} of this consultation use the document"
    )
    if commented:
        made = "it" if len(numbers) == 1 else "them"
        detail += (
            f", and the {commented} comment{'s' if commented != 1 else ''} made in {made} "
            f"{'are' if commented != 1 else 'is'} anchored in its text"
        )
    raise Conflict(detail + "; rounds cannot be deleted, so the document they consult on stays.")


async def delete_document(
    session: AsyncSession, principal: Principal, document_ref: str, *, if_match: str | None
) -> None:
    """Deletes a document no round has used, with its versions, texts and paragraphs."""
    found = (await _visible_document(session, principal, document_ref)).document
    # Consultation first, then the document: the order round creation takes locks in (it holds
    # the consultation when its round's foreign key check reads the document). A round created
    # meanwhile is then counted below (409), and one being created waits for this deletion and
    # finds no document (422), instead of failing on the foreign key.
    await get_managed_consultation(session, principal, str(found.consultation_id), lock=True)
    # FOR UPDATE: versions and translations being added hold the document FOR NO KEY UPDATE;
    # they finish first, or wait for this deletion and find no document (404).
    locked = (
        select(Document)
        .where(Document.id == found.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    document = (await session.exec(locked)).first()
    if document is None:
        raise NotFound("No such document.")
    check_if_match(if_match, document_etag(document))
    connection = await session.connection()
    await _require_unused(connection, document)
    versions = sa.select(table_of(DocumentVersion).c.id).where(
        table_of(DocumentVersion).c.document_id == document.id
    )
    for dependent in (Paragraph, ParagraphChange, VersionText):
        table = table_of(dependent)
        await connection.execute(sa.delete(table).where(table.c.version_id.in_(versions)))
    await connection.execute(
        sa.delete(table_of(DocumentVersion)).where(
            table_of(DocumentVersion).c.document_id == document.id
        )
    )
    data = {"title": document.title, "versions": document.latest_version}
    documents = table_of(Document)
    await connection.execute(sa.delete(documents).where(documents.c.id == document.id))
    record(session, _document_event("document.deleted", principal, document, data))


@dataclass(frozen=True, slots=True)
class VersionView:
    read: VersionRead
    etag: str  # the document's: a version changes with its document (its translations)


async def get_version(
    session: AsyncSession, principal: Principal, document_ref: str, number: int
) -> VersionView:
    loaded = await _visible_document(session, principal, document_ref)
    version = await _version(session, loaded.document, number)
    read = (await _version_reads(session, loaded.document, [version]))[0]
    return VersionView(read, document_etag(loaded.document))


async def list_translations(
    session: AsyncSession, principal: Principal, document_ref: str, number: int
) -> TranslationList:
    """The version's texts, the original first: whoever sees its paragraphs sees them."""
    loaded = await _visible_document(session, principal, document_ref)
    version = await _version(session, loaded.document, number)
    counts = await _paragraph_counts(session, [version.id])
    return TranslationList(
        document_id=loaded.document.id,
        version=number,
        items=[
            _text_read(text, counts.get((version.id, text.language), 0))
            for text in await _texts(session, [version.id])
        ],
    )


@dataclass(frozen=True, slots=True)
class TranslationView:
    read: TranslationRead
    etag: str  # the document's, which every translation set changes: a PUT's If-Match


async def get_translation(
    session: AsyncSession, principal: Principal, document_ref: str, number: int, language: str
) -> TranslationView:
    """The stored source of the version's text in ``language`` (the original's too): the
    exact language, as the path names one text, which a PUT there replaces."""
    tag = language_parameter(language, field=("path", "language"))
    loaded = await _visible_document(session, principal, document_ref)
    version = await _version(session, loaded.document, number)
    texts = await _texts(session, [version.id])
    text = next((text for text in texts if text.language == tag), None)
    if text is None:
        raise NotFound(
            f"Version {number} has no text in {tag!r}; it has: "
            f"{', '.join(text.language for text in texts)}."
        )
    counts = await _paragraph_counts(session, [version.id])
    read = TranslationRead(
        **_text_read(text, counts.get((version.id, tag), 0)).model_dump(),
        document_id=loaded.document.id,
        version=number,
        content=text.content,
    )
    return TranslationView(read, document_etag(loaded.document))


async def list_paragraphs(
    session: AsyncSession,
    principal: Principal,
    document_ref: str,
    number: int,
    language: str | None,
    *,
    limit: int | None = None,
    cursor: str | None = None,
) -> ParagraphList:
    """Every paragraph of the version; a page of them when ``limit`` or ``cursor`` is given
    (``limit`` defaulting to the API's page size then)."""
    loaded = await _visible_document(session, principal, document_ref)
    version = await _version(session, loaded.document, number)
    tag = version.language
    if language is not None:
        requested = language_parameter(language, field=("query", "language"))
        available = [text.language for text in await _texts(session, [version.id])]
        found = lookup_language(requested, available)
        if found is None:
            raise NotFound(
                f"Version {number} has no text in {requested!r} or a language it falls back "
                f"to; it has: {', '.join(available)}."
            )
        tag = found
    listing = f"paragraphs/{version.id}/{tag}"
    after_ordinal = None
    if cursor is not None:
        (after_ordinal,) = decode_cursor(cursor, listing, [int])
        limit = limit or DEFAULT_LIMIT
    paragraphs = await _paragraph_rows(
        session,
        version.id,
        tag,
        after_ordinal=after_ordinal,
        limit=None if limit is None else limit + 1,
    )
    page = (
        Page(items=paragraphs, next_cursor=None)
        if limit is None
        else split_page(
            paragraphs, limit, key=lambda paragraph: [paragraph.ordinal], listing=listing
        )
    )
    return ParagraphList(
        document_id=loaded.document.id,
        version=number,
        language=tag,
        items=page.items,
        next_cursor=page.next_cursor,
    )


async def get_changes(
    session: AsyncSession, principal: Principal, document_ref: str, number: int
) -> ChangeList:
    loaded = await _visible_document(session, principal, document_ref)
    version = await _version(session, loaded.document, number)
    if number == 1:
        raise NotFound("Version 1 has no previous version, so it has no changes.")
    table = table_of(ParagraphChange)
    connection = await session.connection()
    rows = (
        await connection.execute(
            sa.select(table.c.old_anchor, table.c.new_anchor, table.c.status, table.c.similarity)
            .where(table.c.version_id == version.id)
            .order_by(table.c.ordinal)
        )
    ).all()
    return ChangeList(
        document_id=loaded.document.id,
        version=number,
        previous_version=number - 1,
        items=[
            ChangeRead(
                old_anchor=row.old_anchor,
                new_anchor=row.new_anchor,
                status=row.status,
                similarity=row.similarity,
            )
            for row in rows
            if row.status != "added"
        ],
        added=[row.new_anchor for row in rows if row.status == "added"],
    )


async def list_documents(
    session: AsyncSession,
    principal: Principal,
    consultation_ref: str,
    *,
    cursor: str | None,
    limit: int,
) -> Page[Document]:
    visible = await get_visible_consultation(session, principal, consultation_ref)
    statement = select(Document).where(Document.consultation_id == visible.consultation.id)
    listing = f"documents/{visible.consultation.id}"
    after = [decode_id_cursor(cursor, listing)] if cursor is not None else None
    paged = keyset_page(statement, [table_of(Document).c.id], after, limit)
    rows = (await session.exec(paged)).all()
    return split_page(rows, limit, lambda row: [row.id], listing=listing)
