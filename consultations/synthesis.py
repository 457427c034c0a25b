"""Builds the synthesis of a round from the database, for ``GET /v1/rounds/{id}/synthesis``.

The model and its renderers are :mod:`consultations.synthesis_model`,
:mod:`consultations.synthesis_render` and :mod:`consultations.synthesis_docx`; this module reads
the data and assembles it. Choices, where the contract is silent:

- Who: as for representation and coverage (:func:`consultations.reports.public_report_round`),
  since the synthesis shows nothing they and the published comments do not: anyone, anonymous
  callers included, for a public consultation; for a restricted one its secretariat and
  co-facilitators with a ``reports:read`` token (403 for others who can see the round, 404 for
  everyone else). The same file for every reader: organizations are named or not by the
  consultation's attribution, never by who asks. Bulk exports, which hold comments of every
  status, stay with the staff.
- What: published comments only, each listed with its id, grouped by anchor in document order
  (the round's version, in its original language or in ``language`` when a translation of that
  version exists); general comments after the paragraphs; then the representation summaries
  by stakeholder group, regional group and country group (rows and headline figures), which
  are ``/representation`` for those dimensions: every published comment counts there as in
  the paragraphs and the totals, so the reports of a round agree.
- The chapeau ("The General Assembly,") has a section only when someone commented on it: it
  asks for no input, as in the coverage report, and "no comments" under it is noise. So has the
  document's own title (an unlabelled heading opening the text, ``p-1``), which the title page
  already names; nor is it repeated at the head of every paragraph's heading path. Section,
  annex and article titles stay, with or without comments: they are the document's structure.
  Markdown and Word say so under their title, the route's description to JSON readers.
- A paragraph is cited by its ``reference``: its label after the labels of the annex or article
  it is in ("Annex I, 2 (a)" for ``annex-1/2.a``), as the anchor's scopes give them; in the main
  text, where the number stands alone, with its kind in words ("Paragraph 1", "Paragraph 2
  (a)", "Preambular paragraph 3"); a paragraph printed without a number by what it is
  ("Chapeau", "Annex I, chapeau") or by its opening words in the original ('Paragraph beginning
  "This annex sets out…"'). The renderers show the anchor beside it. The labels are the
  version's original language's in every language of the synthesis: a paragraph is cited alike
  in the original and in each translation, as the anchors and the comments cite it, and a
  translation's labels ("Annexe I", "2 a)") would otherwise sit beside the English words added
  to them ("Paragraph 2 a)"). The words of the document (paragraph texts, heading titles and
  paths) are in ``language``; the synthesis's own words are English in every language.
- A synthesis in a translation is named with its language (``…-synthesis.fr.docx``); the
  original's file name has none.
- Links: Markdown and Word link every statement to ``{public_url}/v1/comments/{id}``, with the
  URL the API is configured with (``PLENARY_PUBLIC_URL``), passed in by the caller.
- Campaigns: per paragraph (and among the general comments), the copies of one detected
  form-letter campaign (``comments.campaign_id``, set by moderation's near-duplicate detection)
  form one cluster with that ``campaign_id`` when there are two or more of them; its excerpt is
  the earliest copy's (the letter as first sent: no medoid, so campaign copies need no
  signature here). A campaign's single copy on a paragraph is an ordinary comment there.
  Campaigns and clusters are numbered together, largest first (ties by smallest comment id).
- Clusters: among the other comments of a paragraph, the connected components of comments
  whose character-shingle similarity (:func:`consultations.similarity.cluster_texts`,
  language-independent) reaches the default threshold; the text compared is the comment and, for
  an amendment, what its proposed text changes in the paragraph (in the version's original
  language), as campaign detection compares it (:func:`consultations.similarity.comment_text`).
  Members are listed in submission order, the excerpt is the medoid's comment and proposed
  text, and a cluster's id is ``{anchor}#{n}`` (``general#{n}``, ``annex-1/8.c#2``), largest
  first: with a slash, ``8/1`` was the 1st of August to a spreadsheet opening the CSV, and no
  date or number holds a ``#``.
- Deterministic: comments are ordered by submission time then id, clusters do not depend on
  row order, and ``generated_for`` ("Data as of") is the latest change of what the synthesis
  reflects, never the clock: any comment of the round in any status (a comment hidden,
  withdrawn or edited changes what is counted, so it moves the stamp), the organizations of the
  counted comments, the round, its consultation and its document. All of these are past
  moments, so the stamp is never in the future, also before a scheduled round opens. The same
  data therefore renders to the same JSON, Markdown and CSV bytes (and Word bytes, see
  synthesis_docx), and different data carries a different stamp.
- Organizations: a cluster counts the distinct organizations of its members, also under
  ``group_only`` attribution, from the organization ids read with the comments and kept apart
  from the comments, which no longer carry them.
- Kept: the file is the same for every reader, so :func:`synthesis_file` keeps it for the
  version of the data it was built from (see there); a large public round's readers cost one
  build, not one each.
- The comment rows are read in keyset batches and the CPU-heavy parts (clustering, excerpts,
  rendering) run in a worker thread, so a large synthesis never stalls the event loop of the API.
  The excerpts of the other comments are cut in the same per-paragraph pass as the clustering.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction
from typing import Any, Literal, cast

import sqlalchemy as sa
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from auth.models import Organization
from auth.organizations import country_groups_as_of
from auth.principal import Principal
from consultations.models import Comment, Paragraph
from consultations.reports import (
    COUNTED_STATUS,
    RepresentationReport,
    RoundContext,
    execute_core,
    is_chapeau_paragraph,
    public_report_round,
    representation_for,
)
from consultations.similarity import cluster_texts, comment_text
from consultations.synthesis_model import (
    RepresentationHeadline,
    RepresentationLine,
    Synthesis,
    SynthesisCluster,
    SynthesisComment,
    SynthesisGeneral,
    SynthesisParagraph,
    excerpt,
    general_from_comments,
)
from consultations.synthesis_render import render_csv, render_json, render_markdown, to_utc
from core.cache import VersionedCache
from core.db import table_of
from core.errors import FieldError, Unprocessable
from core.languages import language_parameter, lookup_language

SynthesisFormat = Literal["json", "markdown", "csv", "docx"]
MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
EXTENSIONS: dict[str, str] = {"json": "json", "markdown": "md", "csv": "csv", "docx": "docx"}
READ_BATCH = 5000

Progress = Callable[[float], Awaitable[None]]
"""Receives the share of the work done, 0..1."""

# Shares of the work, for progress reports: reading, clustering, rendering.
_READ_SHARE = 0.3
_CLUSTER_SHARE = 0.5
_PREAMBULAR_ANCHOR = re.compile(r"pp(\d+)")
_NUMBERED_KINDS = ("operative", "subparagraph")
# How much of an unnumbered paragraph's opening its reference quotes, in characters.
OPENING_WORDS_CHARS = 40


@dataclass(frozen=True, slots=True)
class RenderedFile:
    content: bytes
    media_type: str
    filename: str
    language: str  # of the paragraph texts: the synthesis's own words are English


@dataclass(frozen=True, slots=True)
class CountedComments:
    comments: list[SynthesisComment]  # in submission order
    organization_of: dict[str, str]  # comment id -> organization id, whatever the attribution
    latest_change: datetime | None  # of the comments and their organizations


@dataclass(frozen=True, slots=True)
class _ParagraphText:
    anchor: str
    label: str | None
    kind: str
    heading_path: tuple[str, ...]
    text: str
    chapeau: bool  # "The General Assembly,": it asks for no input (as in the coverage report)
    heading: bool
    parent: str | None


async def _noop(_share: float) -> None:
    return None


def file_stem(context: RoundContext, what: str) -> str:
    return f"{context.consultation.slug}-round-{context.round.number}-{what}"


def synthesis_filename(context: RoundContext, language: str, format: SynthesisFormat) -> str:
    """The synthesis's file name; one in a translation carries its language, so that the
    original and each translation downloaded side by side do not overwrite each other."""
    tag = "" if language == context.version.language else f".{language}"
    return f"{file_stem(context, 'synthesis')}{tag}.{EXTENSIONS[format]}"


async def _paragraph_texts(
    session: AsyncSession, context: RoundContext, language: str
) -> list[_ParagraphText]:
    rows = (
        await session.exec(
            select(Paragraph)
            .where(Paragraph.version_id == context.version.id, Paragraph.language == language)
            .order_by(Paragraph.ordinal)  # type: ignore[arg-type]
        )
    ).all()
    return [
        _ParagraphText(
            row.anchor,
            row.label,
            row.kind,
            tuple(row.heading_path),
            row.text,
            is_chapeau_paragraph(row.kind, row.text),
            row.kind == "heading",
            row.parent,
        )
        for row in rows
    ]


def _document_title(texts: Sequence[_ParagraphText]) -> _ParagraphText | None:
    """The heading the text opens with when it is the document's own title: no label (a
    section's "I." or an annex's "Annex I" has one), nothing above it."""
    if texts and texts[0].heading and texts[0].label is None and texts[0].parent is None:
        return texts[0]
    return None


def _references(texts: Sequence[_ParagraphText]) -> dict[str, str | None]:
    """Each paragraph's label after those of the scopes its anchor is in: ``annex-1/2.a`` is
    "Annex I, 2 (a)" when ``annex-1`` is labelled "Annex I". Preambular paragraphs are printed
    without a number, so theirs is said in words: ``pp3`` is "Preambular paragraph 3"; so is
    the kind of a numbered paragraph of the main text, whose bare number reads as nothing:
    "Paragraph 1", "Paragraph 2 (a)". A paragraph printed without a number is cited by what it
    is, "Chapeau" ("The General Assembly,"), or else by its opening words, "Paragraph beginning
    "This annex sets out…"", in the annex or article it is in ("Annex I, chapeau")."""
    labels = {text.anchor: text.label for text in texts}
    anchor_scopes = {
        scope for text in texts for scope in _scopes_of(text.anchor.rpartition("/")[0])
    }
    references: dict[str, str | None] = {}
    for text in texts:
        *scopes, own_anchor = text.anchor.split("/")
        unnumbered = text.label is None and not text.heading
        if unnumbered and not scopes and text.parent is not None:
            # An unnumbered paragraph's anchor has no scope ("p-6"): it is cited in the annex
            # or article its parent is in, as the numbered paragraphs there are.
            enclosing = [scope for scope in _scopes_of(text.parent) if scope in anchor_scopes]
            scopes = enclosing[-1].split("/") if enclosing else []
        scope_labels = [
            label
            for depth in range(1, len(scopes) + 1)
            if (label := labels.get("/".join(scopes[:depth]))) is not None
        ]
        own = text.label
        if own is None and (preambular := _PREAMBULAR_ANCHOR.fullmatch(own_anchor)):
            own = f"{'p' if scope_labels else 'P'}reambular paragraph {preambular[1]}"
        elif own is not None and not scope_labels and text.kind in _NUMBERED_KINDS:
            own = f"Paragraph {own}"
        elif unnumbered:
            words = "chapeau" if text.chapeau else "paragraph beginning"
            own = words if scope_labels else words.capitalize()
            if not text.chapeau:
                own += f' "{excerpt(text.text, OPENING_WORDS_CHARS)}"'
        references[text.anchor] = ", ".join([*scope_labels, own]) if own is not None else None
    return references


def _scopes_of(anchor: str) -> list[str]:
    """``annex-1/section-2`` -> ``annex-1``, ``annex-1/section-2``; nothing for ``""``."""
    parts = anchor.split("/") if anchor else []
    return ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]


def _without_title(heading_path: tuple[str, ...], title: _ParagraphText | None) -> tuple[str, ...]:
    if title is not None and heading_path[:1] == (title.text,):
        return heading_path[1:]
    return heading_path


async def counted_comments(
    session: AsyncSession, context: RoundContext, on_progress: Progress = _noop
) -> CountedComments:
    """The round's published comments in submission order, their organizations and the latest
    change of the comments or their organizations."""
    comments = table_of(Comment)
    organizations = table_of(Organization)
    counted = sa.and_(comments.c.round_id == context.round.id, comments.c.status == COUNTED_STATUS)
    total = (
        await execute_core(session, sa.select(sa.func.count()).select_from(comments).where(counted))
    )[0][0]
    hide = context.consultation.attribution == "group_only"
    statement = (
        sa.select(
            comments.c.id,
            comments.c.tracking_number,
            comments.c.anchor,
            comments.c.kind,
            comments.c.position,
            comments.c.language,
            comments.c.body,
            comments.c.proposed_text,
            comments.c.organization_id,
            organizations.c.name,
            organizations.c.stakeholder_group,
            organizations.c.regional_group,
            comments.c.campaign_id,
            comments.c.submitted_at,
            comments.c.updated_at,
            organizations.c.updated_at.label("organization_updated_at"),
        )
        .select_from(comments.join(organizations, organizations.c.id == comments.c.organization_id))
        .where(counted)
        .order_by(comments.c.id)
        .limit(READ_BATCH)
    )
    result: list[SynthesisComment] = []
    organization_of: dict[str, str] = {}
    latest: datetime | None = None
    after: uuid.UUID | None = None
    while True:
        page = statement if after is None else statement.where(comments.c.id > after)
        rows = await execute_core(session, page)
        for row in rows:
            comment_id = str(row.id)
            organization_of[comment_id] = str(row.organization_id)
            result.append(
                SynthesisComment(
                    id=comment_id,
                    tracking_number=row.tracking_number,
                    anchor=row.anchor,
                    kind=row.kind,
                    position=row.position,
                    language=row.language,
                    body=row.body,
                    proposed_text=row.proposed_text,
                    organization_id=None if hide else str(row.organization_id),
                    organization_name=None if hide else row.name,
                    stakeholder_group=row.stakeholder_group,
                    regional_group=None if hide else row.regional_group,
                    campaign_id=str(row.campaign_id) if row.campaign_id else None,
                    cluster_id=None,
                    submitted_at=row.submitted_at,
                )
            )
            changed = max(row.updated_at, row.organization_updated_at)
            if latest is None or changed > latest:
                latest = changed
        await on_progress(_READ_SHARE * min(1.0, len(result) / total) if total else _READ_SHARE)
        if len(rows) < READ_BATCH:
            break
        after = rows[-1].id
    result.sort(key=lambda comment: (comment.submitted_at, comment.id))
    return CountedComments(result, organization_of, latest)


def _cluster_text(comment: SynthesisComment, paragraph_text: str | None) -> str:
    """What clustering compares: the rule of campaign detection (``similarity.comment_text``),
    an amendment's changes to ``paragraph_text``, its paragraph in the original language."""
    return comment_text(comment.body, comment.proposed_text, paragraph_text)


def _shown_text(comment: SynthesisComment) -> str:
    if comment.proposed_text:
        return f"{comment.body}\n{comment.proposed_text}"
    return comment.body


@dataclass(frozen=True, slots=True)
class _Group:
    """A campaign's copies or a cluster of similar comments, before numbering."""

    member_ids: tuple[str, ...]  # sorted by id
    representative_id: str
    campaign_id: str | None


def _campaigns(comments: Sequence[SynthesisComment]) -> list[_Group]:
    """The campaigns with two or more copies among ``comments`` (given in submission order)."""
    copies: dict[str, list[str]] = {}
    for comment in comments:
        if comment.campaign_id is not None:
            copies.setdefault(comment.campaign_id, []).append(comment.id)
    return [
        _Group(tuple(sorted(members)), members[0], campaign_id)
        for campaign_id, members in copies.items()
        if len(members) >= 2
    ]


def _feedback(
    prefix: str,
    comments: Sequence[SynthesisComment],
    paragraph_text: str | None = None,
    *,
    organization_of: Mapping[str, str],
) -> tuple[SynthesisGeneral, list[SynthesisComment]]:
    """Counts, amendments, campaigns, clusters and other comments of one paragraph's (or the
    general) comments, and the comments labelled with their cluster. ``paragraph_text`` is the
    paragraph's text in the version's original language (None for the general comments)."""
    groups = _campaigns(comments)
    in_campaign = {member for group in groups for member in group.member_ids}
    groups += [
        _Group(cluster.member_ids, cluster.representative_id, None)
        for cluster in cluster_texts(
            [
                (comment.id, _cluster_text(comment, paragraph_text))
                for comment in comments
                if comment.id not in in_campaign
            ]
        )
    ]
    groups.sort(key=lambda group: (-len(group.member_ids), group.member_ids[0]))
    order = {comment.id: index for index, comment in enumerate(comments)}
    by_id = {comment.id: comment for comment in comments}
    cluster_of: dict[str, str] = {}
    built: list[SynthesisCluster] = []
    for number, group in enumerate(groups, start=1):
        cluster_id = f"{prefix}#{number}"
        members = sorted(group.member_ids, key=order.__getitem__)
        cluster_of.update((member, cluster_id) for member in members)
        built.append(
            SynthesisCluster(
                id=cluster_id,
                size=len(members),
                groups=tuple(sorted({by_id[member].stakeholder_group for member in members})),
                # The compared text of an amendment is a list of changed words: the excerpt
                # shows what the representative wrote.
                representative_excerpt=excerpt(_shown_text(by_id[group.representative_id])),
                comment_ids=tuple(members),
                representative_id=group.representative_id,
                organization_count=len({organization_of[member] for member in members}),
                campaign_id=group.campaign_id,
            )
        )
    labelled = [replace(comment, cluster_id=cluster_of.get(comment.id)) for comment in comments]
    # The model's own clusters take the earliest member's text; cluster_texts picks the medoid,
    # the comment most like the others, which represents a cluster better.
    return replace(general_from_comments(labelled), clusters=tuple(built)), labelled


def _paragraph(
    text: _ParagraphText,
    reference: str | None,
    original_text: str | None,
    comments: Sequence[SynthesisComment],
    organization_of: Mapping[str, str],
) -> tuple[SynthesisParagraph, list[SynthesisComment]]:
    feedback, labelled = _feedback(
        text.anchor, comments, original_text, organization_of=organization_of
    )
    paragraph = SynthesisParagraph.with_feedback(
        feedback,
        anchor=text.anchor,
        label=text.label,
        reference=reference,
        heading_path=text.heading_path,
        text=text.text,
        heading=text.heading,
    )
    return paragraph, labelled


async def synthesis_language(
    session: AsyncSession, context: RoundContext, language: str | None, *, field: tuple[str, ...]
) -> str:
    """The language a synthesis of the round is written in: the version's text that serves
    ``language`` as the paragraphs endpoint serves it (RFC 4647 lookup: ``en-GB`` is served the
    ``en`` original, ``fr-CA`` the ``fr`` translation), or the version's original language when
    None; 422 naming ``field`` when it is no BCP 47 tag or no text of the version serves it."""
    if language is None:
        return context.version.language
    language = language_parameter(language, field=field)
    if language == context.version.language:
        return language
    available = (
        await session.exec(
            select(Paragraph.language).where(Paragraph.version_id == context.version.id).distinct()
        )
    ).all()
    # As the paragraphs endpoint says it: the languages there are, the original first.
    original_first = sorted(available, key=lambda tag: (tag != context.version.language, tag))
    served = lookup_language(language, original_first)
    if served is None:
        raise Unprocessable(
            f"The round's document version has no {language!r} text; it has: "
            f"{', '.join(original_first)}.",
            errors=[FieldError(field, "no translation in this language")],
        )
    return served


async def build_synthesis(
    session: AsyncSession,
    context: RoundContext,
    *,
    language: str | None = None,
    public_url: str,
    on_progress: Progress = _noop,
) -> Synthesis:
    """The synthesis of a round (no access check: see :func:`synthesis_file`); its links start
    with ``public_url``. ``language`` is one :func:`synthesis_language` accepted (None: the
    version's original language)."""
    language = language or context.version.language
    texts = await _paragraph_texts(session, context, language)
    originals = texts
    if language != context.version.language:
        originals = await _paragraph_texts(session, context, context.version.language)
    original_text = {original.anchor: original.text for original in originals}
    counted = await counted_comments(session, context, on_progress)
    comments = counted.comments
    representation = await representation_for(session, context, "stakeholder_group")
    regional = await representation_for(session, context, "regional_group")
    country_groups = await representation_for(session, context, "country_group")

    by_anchor: dict[str | None, list[SynthesisComment]] = {}
    for comment in comments:
        by_anchor.setdefault(comment.anchor, []).append(comment)
    paragraphs: list[SynthesisParagraph] = []
    labelled: list[SynthesisComment] = []
    title = _document_title(texts)
    references = _references(originals)
    done = 0
    for text in texts:
        anchored = by_anchor.get(text.anchor, [])
        if (text.chapeau or text is title) and not anchored:
            continue
        paragraph, with_clusters = await asyncio.to_thread(
            _paragraph,
            replace(text, heading_path=_without_title(text.heading_path, title)),
            references[text.anchor],
            original_text.get(text.anchor),
            anchored,
            counted.organization_of,
        )
        paragraphs.append(paragraph)
        labelled += with_clusters
        done += len(anchored)
        if anchored:
            await on_progress(_READ_SHARE + _CLUSTER_SHARE * done / max(1, len(comments)))
    general: SynthesisGeneral | None = None
    general_comments = by_anchor.get(None, [])
    if general_comments:
        general, with_clusters = await asyncio.to_thread(
            _feedback, "general", general_comments, organization_of=counted.organization_of
        )
        labelled += with_clusters
    await on_progress(_READ_SHARE + _CLUSTER_SHARE)

    # Comments on an anchor the version lacks (none should exist) are still listed.
    anchors = {text.anchor for text in texts}
    listed = labelled + [
        comment
        for anchor, group in by_anchor.items()
        if anchor is not None and anchor not in anchors
        for comment in group
    ]
    listed.sort(key=lambda comment: (comment.submitted_at, comment.id))
    return Synthesis(
        round_id=str(context.round.id),
        round_title=context.round.title,
        consultation_title=context.consultation.title,
        consultation_slug=context.consultation.slug,
        document_title=context.document.title,
        document_symbol=context.document.symbol,
        version=context.version.number,
        version_label=context.version.label,
        language=language,
        attribution=cast(Any, context.consultation.attribution),
        generated_for=await _data_as_of(session, context, counted),
        public_url=public_url.rstrip("/"),
        totals={
            "comments": len(comments),
            # Counted on the organizations' ids, also under group_only attribution.
            "organizations": representation.summary.totals_organizations,
            "amendments": sum(1 for comment in comments if comment.kind == "amendment"),
        },
        paragraphs=tuple(paragraphs),
        general=general,
        representation=_representation_lines(representation),
        regional_group_representation=_representation_lines(regional),
        country_group_representation=_representation_lines(country_groups),
        representation_summary={
            report.dimension: RepresentationHeadline(
                total_comments=report.summary.totals_comments,
                total_organizations=report.summary.totals_organizations,
                balance_index=report.summary.balance_index,
                under_represented=report.summary.under_represented,
            )
            for report in (representation, regional, country_groups)
        },
        comments=tuple(listed),
    )


async def _data_as_of(
    session: AsyncSession, context: RoundContext, counted: CountedComments
) -> datetime:
    """The latest change of what the synthesis reflects (see the module docstring)."""
    comments = table_of(Comment)
    any_comment_changed = (
        await execute_core(
            session,
            sa.select(sa.func.max(comments.c.updated_at)).where(
                comments.c.round_id == context.round.id
            ),
        )
    )[0][0]
    changes = [
        context.round.updated_at,
        context.consultation.updated_at,
        context.document.updated_at,
        *(moment for moment in (any_comment_changed, counted.latest_change) if moment is not None),
    ]
    return max(to_utc(moment) for moment in changes)


def _representation_lines(report: RepresentationReport) -> tuple[RepresentationLine, ...]:
    return tuple(
        RepresentationLine(
            key=row.key,
            comments=row.comments or 0,
            organizations=row.organizations or 0,
            comment_share=row.exact_comment_share or Fraction(0),
            organization_share=row.exact_organization_share or Fraction(0),
            target_share=row.exact_target_share,
            status=row.status or "absent",
        )
        for row in report.summary.categories
    )


def render(synthesis: Synthesis, format: SynthesisFormat) -> bytes:
    if format == "json":
        return render_json(synthesis)
    if format == "markdown":
        return render_markdown(synthesis).encode("utf-8")
    if format == "csv":
        return render_csv(synthesis)
    # Imported on first use: Word and its chart bring python-docx, lxml and matplotlib, about
    # 40 MB that every API worker would otherwise hold from startup.
    from consultations.synthesis_docx import render_docx

    return render_docx(synthesis)


async def render_file(
    synthesis: Synthesis, context: RoundContext, format: SynthesisFormat
) -> RenderedFile:
    content = await asyncio.to_thread(render, synthesis, format)
    return RenderedFile(
        content=content,
        media_type=MEDIA_TYPES[format],
        filename=synthesis_filename(context, synthesis.language, format),
        language=synthesis.language,
    )


SynthesisKey = tuple[uuid.UUID, SynthesisFormat, str]
SynthesisCache = VersionedCache[SynthesisKey, RenderedFile]
DataVersion = Callable[[AsyncSession], Awaitable[int]]


async def synthesis_file(
    session: AsyncSession,
    principal: Principal,
    round_ref: str,
    format: SynthesisFormat,
    *,
    language: str | None = None,
    public_url: str,
    cache: SynthesisCache,
    data_version: DataVersion,
) -> RenderedFile:
    """The synthesis file, built once per version of the data: the file is the same for every
    reader (see the module docstring), so it is kept in ``cache`` under the round, format and
    language for the ``data_version`` it was built from, a number that every change of the
    database moves (the composition root passes the audit chain's length, which every state
    change lengthens in its own transaction), and for the day its country groups were read on
    (``_kept_for``). The caller's access is checked every time.

    The version is read before anything it stands for, so a file never holds less than its
    version says; and a build reads in one snapshot (``_one_snapshot``), so a file is the data
    of one moment, all its parts agreeing."""
    version = await data_version(session)
    context = await public_report_round(session, principal, round_ref)
    language = await synthesis_language(session, context, language, field=("query", "language"))
    key = (context.round.id, format, language)
    if (kept := cache.get(key, _kept_for(version, context))) is not None:
        return kept
    # Waiting for another build of the same file, or for a turn to build, holds no connection.
    await session.commit()
    async with cache.turn(key):
        session.expire_all()
        await _one_snapshot(session)
        version = await data_version(session)
        context = await public_report_round(session, principal, round_ref)
        if (kept := cache.get(key, _kept_for(version, context))) is not None:
            return kept
        synthesis = await build_synthesis(
            session, context, language=language, public_url=public_url
        )
        rendered = await render_file(synthesis, context, format)
        cache.put(key, _kept_for(version, context), rendered, len(rendered.content))
        return rendered


def _kept_for(data_version: int, context: RoundContext) -> tuple[int, date]:
    """What a kept file stands for: the data, and the day the round's country groups are read
    on, which follows the clock while the round is open; an LDC graduating that day changes
    the country-group summary with no change of the data."""
    return data_version, country_groups_as_of(context.round.closes_at)


async def _one_snapshot(session: AsyncSession) -> None:
    """Makes the session's next transaction read one snapshot. PostgreSQL's default (read
    committed) gives every statement its own, so a synthesis read while comments arrive could
    count one more comment in one summary than in another; SQLite's transactions are one
    snapshot already (``api.db`` begins them explicitly)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
