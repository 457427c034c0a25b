"""Render a :class:`~consultations.synthesis_model.Synthesis` as JSON, Markdown or CSV.

The Word renderer lives in :mod:`consultations.synthesis_docx`; it shares the helpers here.
Every renderer is pure and deterministic: the same synthesis gives the same bytes.

Choices made here, where the product contract is silent:

- Timestamps are RFC 3339 in UTC with a ``Z`` suffix; fractional seconds only when non-zero.
  A naive datetime is taken to be UTC already. Where people read them (the "Data as of" line of
  Markdown and Word) they show whole seconds: ``2026-03-15 17:00:00 UTC``.
- JSON is compact, UTF-8, with sorted keys. It mirrors the model; ids are the links. Under
  ``group_only`` attribution ``organization_name``, ``organization_id`` and each comment's
  ``regional_group`` are ``null`` (the CSV's cells empty): with the public registry, a region
  could name an organization alone in its stakeholder and regional group.
- Markdown links a statement to its comments as ``[TRACKING-NUMBER](PUBLIC_URL/v1/comments/ID)``:
  the tracking number is what submitters hold on their receipts, the target is the API resource
  under the configured public URL (``Synthesis.public_url``), so the links still work in a file
  that was mailed around. Paragraph statements (counts by group and by position, amendments,
  clusters, other comments) list their comment ids explicitly. Round-wide statements (the
  representation summary) link to the filtered comment list
  ``PUBLIC_URL/v1/rounds/ID/comments?stakeholder_group=G&status=published`` instead of
  repeating every id of the round once more (regional and country groups likewise with
  ``regional_group=R`` and ``country_group=C``; under ``group_only`` attribution, where the
  list refuses those filters to whoever may not see the organizations, to the representation
  report they come from). User text is escaped so that it can
  neither break a table nor inject Markdown or HTML; tables are not padded (CJK characters are
  double width, padding would only look right in some editors).
- Markdown and Word show, per paragraph: the counts; the amendments in full (except the copies
  of a form-letter campaign proposing its representative's text: each other text a copy
  proposes is listed once), with what each changes in the paragraph marked when it is an edit
  of it (:func:`consultations.synthesis_model.redline`: Word redlines the proposed text, deleted
  words struck through and inserted ones bold and underlined; Markdown adds a "Changes:" line,
  ``~~deleted~~`` and ``**inserted**``, with a few words of context; the paragraph's label
  copied before the proposed text, "1. ", "(a) ", is kept unmarked); each campaign, named as
  such with its comment, organization and stakeholder-group counts, one representative text (and
  the representative's proposed text in full when it is an amendment) and its organizations;
  each cluster of similar comments with a representative excerpt and its organizations; under
  both, up to ``OTHER_WORDINGS_SHOWN`` other wordings of the representative text, each linked to
  a comment that has it (light edits of a letter can carry what matters to their senders); then
  the other comments, neither amendments nor in a cluster, each with its organization, group,
  position and text (in full up to a few hundred characters, else an excerpt ending in "…").
  Under ``group_only`` attribution every organization name is left out; the counts of
  organizations stay.
- CSV is RFC 4180 (``\\r\\n`` line ends, minimal quoting), UTF-8 with a byte-order mark so that
  Excel opens Chinese text correctly. Its rows follow the synthesis: by paragraph in document
  order, general comments last, each paragraph's comments in submission order (JSON lists
  ``comments`` in submission order: they are looked up by id, and ``paragraphs`` hold the
  document order). To stop formula injection, a cell that begins with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return gets a leading apostrophe (``'``), which spreadsheets show
  as text; consumers that need the raw value strip one leading apostrophe from such cells.
  So does an anchor that a spreadsheet would read as a number or a date (``1.1``, ``1.10``,
  ``2.1``: Excel makes the first two the same number, and ``2.1`` the 2nd of January where
  dates are written with dots); anchors with a letter (``8.c``, ``pp3``, ``annex-1/2``) or a
  whole number (``10``, which stays itself) are written as they are.
  The streamed bulk export (:mod:`consultations.exports`) writes these cells but the
  ``cluster_id``, which only the synthesis knows.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from typing import Any, Protocol
from urllib.parse import quote, urlencode

import orjson

from consultations.parser_text import ARABIC_LETTER_RANGE
from consultations.representation_math import SHARE_DECIMALS
from consultations.synthesis_model import (
    POSITIONS,
    TOTAL_KEYS,
    RedlineOp,
    RepresentationHeadline,
    RepresentationLine,
    Synthesis,
    SynthesisAmendment,
    SynthesisCluster,
    SynthesisComment,
    SynthesisCommentExcerpt,
    SynthesisParagraph,
    excerpt,
    redline,
    redline_changes,
)
from core.scripts import IDEOGRAPHS_AND_KANA

CSV_COLUMNS: tuple[str, ...] = (
    "comment_id",
    "tracking_number",
    "anchor",
    "kind",
    "position",
    "language",
    "stakeholder_group",
    "regional_group",
    "organization_id",
    "organization_name",
    "campaign_id",
    "cluster_id",
    "submitted_at",
    "body",
    "proposed_text",
)
CSV_BOM = "\ufeff".encode()
COMMENT_PATH = "/v1/comments/{id}"

_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER_OR_DATE = r"[0-9]+(?:[-.,/:][0-9]+)+"
"""Digits joined by the separators of numbers and dates ("1.10", "2.1", "1/2"): what a
spreadsheet opening the CSV turns into a number (1.10 becomes 1.1, the same as "1.1") or a date
(2 January, where dates are written with dots). Anchors take that shape in reports numbered
"1.1", "1.2", ... (a PostgreSQL regular expression too)."""
_NUMBER_OR_DATE = re.compile(NUMBER_OR_DATE)

_CJK_CHARACTER = re.compile(f"[{IDEOGRAPHS_AND_KANA}]")
_ARABIC_LETTER = re.compile(f"[{ARABIC_LETTER_RANGE}]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_REFERENCE_COMMAS = ((_ARABIC_LETTER, "، "), (_CJK_CHARACTER, "，"))

_GROUP_LABELS: Mapping[str, str] = {
    "government": "Government",
    "intergovernmental_organization": "Intergovernmental organization",
    "private_sector": "Private sector",
    "civil_society": "Civil society",
    "academia": "Academia",
    "technical_community": "Technical community",
    "parliament": "Parliament",
    "local_government": "Local government",
    "youth": "Youth",
    "other": "Other",
}
_REGIONAL_GROUP_LABELS: Mapping[str, str] = {
    "african": "African States",
    "asia_pacific": "Asia-Pacific States",
    "eastern_european": "Eastern European States",
    "latin_american_caribbean": "Latin American and Caribbean States",
    "western_european_others": "Western European and other States",
    "none": "No regional group",
}
_COUNTRY_GROUP_LABELS: Mapping[str, str] = {
    "ldc": "Least developed countries (LDC)",
    "lldc": "Landlocked developing countries (LLDC)",
    "sids": "Small island developing States (SIDS)",
    "developing": "Developing countries",
    "developed": "Developed countries",
}
_POSITION_LABELS: Mapping[str, str] = {
    "support": "Support",
    "oppose": "Oppose",
    "neutral": "Neutral",
    "none": "No position",
}


class Feedback(Protocol):
    """What a paragraph and the general comments have in common."""

    @property
    def comment_count(self) -> int: ...
    @property
    def comment_ids(self) -> tuple[str, ...]: ...
    @property
    def by_group(self) -> Mapping[str, int]: ...
    @property
    def by_position(self) -> Mapping[str, int]: ...
    @property
    def amendments(self) -> tuple[SynthesisAmendment, ...]: ...
    @property
    def clusters(self) -> tuple[SynthesisCluster, ...]: ...
    @property
    def unclustered_comment_ids(self) -> tuple[str, ...]: ...
    @property
    def other_comments(self) -> tuple[SynthesisCommentExcerpt, ...]: ...


@dataclass(frozen=True, slots=True)
class RepresentationSection:
    """One table of the representation summary, as Markdown and Word show it."""

    dimension: str
    title: str
    header: str
    lines: tuple[RepresentationLine, ...]
    headline: RepresentationHeadline | None
    note: str | None = None


# Shared helpers (also used by the Word renderer) ------------------------------------------------


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def rfc3339(moment: datetime) -> str:
    utc = to_utc(moment)
    fraction = f".{utc.microsecond:06d}" if utc.microsecond else ""
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"


def display_time(moment: datetime) -> str:
    """A moment as people read it: UTC, to the second."""
    return to_utc(moment).strftime("%Y-%m-%d %H:%M:%S UTC")


def group_label(key: str) -> str:
    return _GROUP_LABELS.get(key) or key.replace("_", " ").capitalize()


def category_label(dimension: str, key: str) -> str:
    labels = {"regional_group": _REGIONAL_GROUP_LABELS, "country_group": _COUNTRY_GROUP_LABELS}
    if dimension in labels:
        return labels[dimension].get(key) or key.replace("_", " ").capitalize()
    return group_label(key)


def position_label(key: str) -> str:
    return _POSITION_LABELS.get(key) or key.replace("_", " ").capitalize()


def ordered_positions(by_position: Mapping[str, int]) -> list[str]:
    """Known positions in their natural order, then any other key sorted."""
    known = [key for key in POSITIONS if key in by_position]
    return known + sorted(key for key in by_position if key not in POSITIONS)


def sorted_comments(comments: Iterable[SynthesisComment]) -> list[SynthesisComment]:
    return sorted(comments, key=lambda comment: (to_utc(comment.submitted_at), comment.id))


def comments_in_document_order(s: Synthesis) -> list[SynthesisComment]:
    """The comments by their paragraph's place in the document, then submission; comments on
    an anchor the synthesis has no paragraph for after the paragraphs, general ones last."""
    place = {paragraph.anchor: index for index, paragraph in enumerate(s.paragraphs)}
    unknown_anchor, general = len(place), len(place) + 1

    def position(comment: SynthesisComment) -> tuple[int, datetime, str]:
        paragraph = general if comment.anchor is None else place.get(comment.anchor, unknown_anchor)
        return paragraph, to_utc(comment.submitted_at), comment.id

    return sorted(s.comments, key=position)


def heading_names(paragraphs: Sequence[SynthesisParagraph]) -> dict[str, str]:
    """How Markdown and Word name the headings, on their own line and in the heading path above
    the paragraphs under them: by number and title as the text prints them ("I. Progress and
    remaining gaps", "一、导言", "Annex I – Global Digital Compact"). A heading printed on two
    lines, its number above its title, reaches the heading path joined by a bare space ("Annex
    I Terms of reference", "附件一 职权范围"; documents parsed before stop 34 may hold the Chinese
    glued, "附件一职权范围"): it is named by number,
    colon and title ("Annex I: Terms of reference", "附件一：职权范围"), as is a heading that no
    heading path shows printed. Keyed by each heading's anchor and by each heading-path part
    that names a heading printed on two lines; the JSON keeps the parts as printed."""
    parts = {part for paragraph in paragraphs for part in paragraph.heading_path}
    names: dict[str, str] = {}
    for heading in paragraphs:
        label, title = heading.label, heading.text
        if not heading.heading or not (label or title):
            continue
        if label is None or not title:
            names[heading.anchor] = label or title
            continue
        chinese = _CJK_CHARACTER.match(title) or _CJK_CHARACTER.match(label[-1])
        named = f"{label}{'：' if chinese else ': '}{title}"
        names.update((part, named) for part in (f"{label} {title}", label + title) if part in parts)
        printed = (part for part in parts if _printed_with_punctuation(part, label, title))
        names[heading.anchor] = next(printed, named)
    return names


def _printed_with_punctuation(part: str, label: str, title: str) -> bool:
    """Whether a heading-path part is ``label`` and ``title`` parted by punctuation ("I. ",
    "、", " – "), not by letters: "II. Introduction" is not "I" and "Introduction"."""
    between = part[len(label) : len(part) - len(title)]
    return (
        len(part) > len(label) + len(title)
        and part.startswith(label)
        and part.endswith(title)
        and between.strip() != ""
        and not _LETTER_OR_DIGIT.search(between)
    )


def paragraph_name(paragraph: SynthesisParagraph, headings: Mapping[str, str]) -> str | None:
    """How Markdown and Word title a paragraph: a heading by its number and title
    (``headings``, from :func:`heading_names`), any other paragraph by its reference, whose
    labels are joined by the comma of their script: the Arabic comma ("المرفق الأول، 1"), the
    full-width comma of Chinese and Japanese, which takes no space after it ("附件一，1"). The
    JSON's reference keeps the Latin comma it has always had, and labels hold none: they are
    numbers as printed."""
    if paragraph.anchor in headings:
        return headings[paragraph.anchor]
    reference = paragraph.reference
    if reference is None:
        return None
    for script, comma in _REFERENCE_COMMAS:
        if script.search(reference):
            return reference.replace(", ", comma)
    return reference


def organization_shown(s: Synthesis, name: str | None) -> str | None:
    return None if s.attribution == "group_only" else name


def comment_url(s: Synthesis, comment_id: str) -> str:
    return s.public_url + COMMENT_PATH.format(id=quote(comment_id, safe=""))


def group_comments_url(s: Synthesis, group: str) -> str:
    """The round's published comments from one stakeholder group: the sources of a round-wide
    statement, too many to list one by one."""
    return category_sources_url(s, "stakeholder_group", group)


def category_sources_url(s: Synthesis, dimension: str, key: str) -> str:
    """Where a representation row comes from: the round's published comments of that
    category; under ``group_only`` attribution, for a category finer than the stakeholder
    group, which the comment list refuses to filter on for most readers, the report itself."""
    round_path = f"{s.public_url}/v1/rounds/{quote(s.round_id, safe='')}"
    if s.attribution == "group_only" and dimension != "stakeholder_group":
        return f"{round_path}/representation?{urlencode({'dimension': dimension})}"
    query = urlencode({dimension: key, "status": "published"})
    return f"{round_path}/comments?{query}"


COUNTRY_GROUP_NOTE = (
    "Country groups overlap (a country can be an LDC, landlocked and developing at once): an "
    "organization counts in every group its country belongs to, so shares need not sum to 100 %."
)


def representation_sections(s: Synthesis) -> tuple[RepresentationSection, ...]:
    return (
        RepresentationSection(
            "stakeholder_group",
            "Representation by stakeholder group",
            "Stakeholder group",
            s.representation,
            s.representation_summary.get("stakeholder_group"),
        ),
        RepresentationSection(
            "regional_group",
            "Representation by regional group",
            "Regional group",
            s.regional_group_representation,
            s.representation_summary.get("regional_group"),
        ),
        RepresentationSection(
            "country_group",
            "Representation by country group",
            "Country group",
            s.country_group_representation,
            s.representation_summary.get("country_group"),
            COUNTRY_GROUP_NOTE,
        ),
    )


def representation_headline(section: RepresentationSection) -> str | None:
    """The section's headline figures in a sentence: ``12 comments from 5 organizations.
    Balance index 0.87 (1 = even spread over the eligible groups). Under-represented: Youth.``"""
    headline = section.headline
    if headline is None:
        return None
    sentences = [
        f"{plural(headline.total_comments, 'comment')} from "
        f"{plural(headline.total_organizations, 'organization')}."
    ]
    if headline.balance_index is not None:
        sentences.append(
            f"Balance index {headline.balance_index:.2f} (Pielou's evenness of organization "
            "shares: 1 = an even spread over the eligible categories)."
        )
    under = [category_label(section.dimension, key) for key in headline.under_represented]
    sentences.append(f"Under-represented: {', '.join(under) if under else 'none'}.")
    return " ".join(sentences)


def listed_amendments(feedback: Feedback) -> list[SynthesisAmendment]:
    """The amendments shown one by one: all but the copies of a form-letter campaign proposing
    its representative's text, which their campaign stands for. Copies of a campaign can
    propose near-same changes, and every text proposed must be read: the first copy proposing
    each other text (compared with spacing collapsed) is listed."""
    proposed = {a.comment_id: " ".join(a.proposed_text.split()) for a in feedback.amendments}
    campaign_of: dict[str, str] = {}
    shown: dict[str, set[str | None]] = {}
    for cluster in feedback.clusters:
        if cluster.campaign_id is not None:
            shown[cluster.id] = {proposed.get(cluster.representative_id)}
            campaign_of.update((comment_id, cluster.id) for comment_id in cluster.comment_ids)
    listed = []
    for amendment in feedback.amendments:
        if (cluster_id := campaign_of.get(amendment.comment_id)) is not None:
            if proposed[amendment.comment_id] in shown[cluster_id]:
                continue
            shown[cluster_id].add(proposed[amendment.comment_id])
        listed.append(amendment)
    return listed


def campaign_title(cluster: SynthesisCluster) -> str:
    """Names a campaign: ``Form-letter campaign: 30 comments from 10 organizations in 4
    stakeholder groups``; copies that all come from one organization are no campaign to a
    reader, but that organization repeating itself: ``Near-identical comments: 3 comments from
    one organization``."""
    if cluster.organization_count == 1:
        return f"Near-identical comments: {plural(cluster.size, 'comment')} from one organization"
    return (
        f"Form-letter campaign: {plural(cluster.size, 'comment')} from "
        f"{plural(cluster.organization_count, 'organization')} in "
        f"{plural(len(cluster.groups), 'stakeholder group')}"
    )


# How many of a cluster's other wordings the Markdown and Word files quote.
OTHER_WORDINGS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class OtherWordings:
    shown: tuple[tuple[str, str], ...]  # (comment id, excerpt), in submission order
    more: int  # distinct wordings not shown


def other_wordings(
    cluster: SynthesisCluster, comments: Mapping[str, SynthesisComment]
) -> OtherWordings:
    """The cluster's members worded otherwise than its representative, one per distinct text
    (compared as excerpts: spacing and what is past the excerpt do not count). A light edit of
    a form letter can add what matters to its sender ("including persons with disabilities"),
    and a reader of the file should see that the copies are not all one text."""
    representative = comments.get(cluster.representative_id)
    seen = {excerpt(representative.body)} if representative is not None else set()
    distinct: list[tuple[str, str]] = []
    for comment_id in cluster.comment_ids:
        comment = comments.get(comment_id)
        if comment is None:
            continue
        text = excerpt(comment.body)
        if text not in seen:
            seen.add(text)
            distinct.append((comment_id, text))
    shown = tuple(distinct[:OTHER_WORDINGS_SHOWN])
    return OtherWordings(shown, len(distinct) - len(shown))


def amendment_redline(
    feedback: Feedback, amendment: SynthesisAmendment
) -> tuple[tuple[RedlineOp, str], ...] | None:
    """What the amendment changes in its paragraph, when it is an edit of it and changes
    something (general amendments have no paragraph to mark)."""
    if not isinstance(feedback, SynthesisParagraph):
        return None
    pieces = redline(feedback.text, amendment.proposed_text, feedback.label)
    if pieces is None or all(op == "equal" for op, _ in pieces):
        return None
    return pieces


def amendments_among(cluster: SynthesisCluster, comments: Mapping[str, SynthesisComment]) -> int:
    return sum(
        1
        for comment_id in cluster.comment_ids
        if (comment := comments.get(comment_id)) is not None and comment.kind == "amendment"
    )


def representative_proposal(
    cluster: SynthesisCluster, comments: Mapping[str, SynthesisComment]
) -> str | None:
    """The proposed text of a campaign's representative copy, when it is an amendment."""
    representative = comments.get(cluster.representative_id)
    return representative.proposed_text if representative is not None else None


def cluster_organizations(
    s: Synthesis, cluster: SynthesisCluster, comments: Mapping[str, SynthesisComment]
) -> list[str]:
    """The organizations of a cluster's comments, most comments first, with their count when
    above one; nothing under ``group_only`` attribution."""
    if s.attribution == "group_only":
        return []
    sent: Counter[tuple[str, str]] = Counter()
    for comment_id in cluster.comment_ids:
        comment = comments.get(comment_id)
        if comment is not None and comment.organization_name:
            sent[(comment.organization_name, comment.organization_id or "")] += 1
    ranked = sorted(sent.items(), key=lambda item: (-item[1], item[0]))
    return [name if count == 1 else f"{name} ({count})" for (name, _), count in ranked]


def sender(s: Synthesis, organization_name: str | None, stakeholder_group: str) -> str:
    """Who sent a comment: ``Organization (Group)``, the group alone under ``group_only``
    attribution."""
    organization = organization_shown(s, organization_name)
    group = group_label(stakeholder_group)
    return f"{organization} ({group})" if organization else group


def ids_by_key(
    comment_ids: Iterable[str], comments: Mapping[str, SynthesisComment], key: str
) -> dict[str, list[str]]:
    """Split ``comment_ids`` by a comment attribute (``stakeholder_group`` or ``position``)."""
    split: dict[str, list[str]] = {}
    for comment_id in comment_ids:
        comment = comments.get(comment_id)
        value = getattr(comment, key, None) if comment is not None else None
        split.setdefault(value if value is not None else "none", []).append(comment_id)
    return split


def count_breakdowns(
    feedback: Feedback, comments: Mapping[str, SynthesisComment]
) -> tuple[tuple[str, list[tuple[str, int, list[str]]]], ...]:
    """The stakeholder-group and position tables of a feedback, as Markdown and Word show them:
    (first header, rows of label, comment count and the comments' ids)."""
    groups = ids_by_key(feedback.comment_ids, comments, "stakeholder_group")
    positions = ids_by_key(feedback.comment_ids, comments, "position")
    return (
        (
            "Stakeholder group",
            [
                (group_label(group), feedback.by_group[group], groups.get(group, []))
                for group in sorted(feedback.by_group)
            ],
        ),
        (
            "Position",
            [
                (
                    position_label(position),
                    feedback.by_position[position],
                    positions.get(position, []),
                )
                for position in ordered_positions(feedback.by_position)
            ],
        ),
    )


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def totals_line(totals: Mapping[str, int]) -> str:
    """ "12 comments, 1 organization, 0 amendments": the synthesis's totals, in words."""
    return ", ".join(plural(totals.get(key, 0), key.removesuffix("s")) for key in TOTAL_KEYS)


def percent(share: Fraction | float) -> str:
    """A share (0..1) in per cent with one decimal, rounded once, halves up as a reader rounds
    them: 3/17 is "17.6 %" (17.647…), 0.1125 is "11.3 %" like 0.1875 is "18.8 %". A float is
    taken as the decimal it was written as (binary floats store 11.25 as 11.2499…)."""
    exact = share if isinstance(share, Fraction) else Fraction(repr(share))
    tenths = math.floor(exact * 1000 + Fraction(1, 2))
    return f"{tenths // 10}.{tenths % 10} %"


def output_share(share: Fraction | float) -> float:
    """A share as the representation report gives it in JSON: 4 decimals."""
    return round(float(share), SHARE_DECIMALS)


# JSON -------------------------------------------------------------------------------------------


def render_json(s: Synthesis) -> bytes:
    hide = s.attribution == "group_only"
    by_id = {comment.id: comment for comment in s.comments}
    document: dict[str, Any] = {
        "round_id": s.round_id,
        "round_title": s.round_title,
        "consultation_title": s.consultation_title,
        "consultation_slug": s.consultation_slug,
        "document_title": s.document_title,
        "document_symbol": s.document_symbol,
        "version": s.version,
        "version_label": s.version_label,
        "language": s.language,
        "attribution": s.attribution,
        "generated_for": rfc3339(s.generated_for),
        "totals": dict(s.totals),
        "paragraphs": [
            {
                "anchor": paragraph.anchor,
                "label": paragraph.label,
                "reference": paragraph.reference,
                "heading_path": list(paragraph.heading_path),
                "text": paragraph.text,
                **_feedback_json(paragraph, by_id, hide),
            }
            for paragraph in s.paragraphs
        ],
        "general": _feedback_json(s.general, by_id, hide) if s.general is not None else None,
        "representation": _representation_json(s.representation),
        "regional_group_representation": _representation_json(s.regional_group_representation),
        "country_group_representation": _representation_json(s.country_group_representation),
        "representation_summary": {
            dimension: {
                "totals": {
                    "comments": headline.total_comments,
                    "organizations": headline.total_organizations,
                },
                "balance_index": headline.balance_index,
                "under_represented": list(headline.under_represented),
            }
            for dimension, headline in s.representation_summary.items()
        },
        "comments": [_comment_json(comment, hide) for comment in sorted_comments(s.comments)],
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


def _representation_json(lines: Sequence[RepresentationLine]) -> list[dict[str, Any]]:
    return [
        {
            "key": line.key,
            "comments": line.comments,
            "organizations": line.organizations,
            "comment_share": output_share(line.comment_share),
            "organization_share": output_share(line.organization_share),
            "target_share": output_share(line.target_share),
            "status": line.status,
        }
        for line in lines
    ]


def _feedback_json(
    feedback: Feedback, comments: Mapping[str, SynthesisComment], hide_organization: bool
) -> dict[str, Any]:
    """A paragraph's (or the general comments') feedback; every count comes with the ids of the
    comments it counts (``by_group_comment_ids``, ``by_position_comment_ids``). A cluster with a
    ``campaign_id`` is a form-letter campaign's copies; ``other_comments`` are the comments
    neither amendments nor in a cluster, with their text (``excerpt``: whole when short)."""
    return {
        "comment_count": feedback.comment_count,
        "comment_ids": list(feedback.comment_ids),
        "by_group": dict(feedback.by_group),
        "by_group_comment_ids": ids_by_key(feedback.comment_ids, comments, "stakeholder_group"),
        "by_position": dict(feedback.by_position),
        "by_position_comment_ids": ids_by_key(feedback.comment_ids, comments, "position"),
        "amendments": [
            {
                "comment_id": amendment.comment_id,
                "organization_name": None if hide_organization else amendment.organization_name,
                "stakeholder_group": amendment.stakeholder_group,
                "proposed_text": amendment.proposed_text,
                "body": amendment.body,
            }
            for amendment in feedback.amendments
        ],
        "clusters": [
            {
                "id": cluster.id,
                "size": cluster.size,
                "groups": list(cluster.groups),
                "representative_excerpt": cluster.representative_excerpt,
                "representative_id": cluster.representative_id,
                "comment_ids": list(cluster.comment_ids),
                "organization_count": cluster.organization_count,
                "campaign_id": cluster.campaign_id,
            }
            for cluster in feedback.clusters
        ],
        "unclustered_comment_ids": list(feedback.unclustered_comment_ids),
        "other_comments": [
            {
                "comment_id": other.comment_id,
                "tracking_number": other.tracking_number,
                "organization_name": None if hide_organization else other.organization_name,
                "stakeholder_group": other.stakeholder_group,
                "position": other.position,
                "excerpt": other.excerpt,
            }
            for other in feedback.other_comments
        ],
    }


def _comment_json(comment: SynthesisComment, hide_organization: bool) -> dict[str, Any]:
    return {
        "id": comment.id,
        "tracking_number": comment.tracking_number,
        "anchor": comment.anchor,
        "kind": comment.kind,
        "position": comment.position,
        "language": comment.language,
        "body": comment.body,
        "proposed_text": comment.proposed_text,
        "organization_id": None if hide_organization else comment.organization_id,
        "organization_name": None if hide_organization else comment.organization_name,
        "stakeholder_group": comment.stakeholder_group,
        "regional_group": None if hide_organization else comment.regional_group,
        "campaign_id": comment.campaign_id,
        "cluster_id": comment.cluster_id,
        "submitted_at": rfc3339(comment.submitted_at),
    }


# CSV --------------------------------------------------------------------------------------------


def csv_header() -> list[str]:
    return list(CSV_COLUMNS)


def csv_row(comment: SynthesisComment, *, hide_organization: bool = False) -> list[str]:
    """One comment as CSV cells, in :data:`CSV_COLUMNS` order, guarded against formulas."""
    cells = (
        comment.id,
        comment.tracking_number,
        kept_as_text(comment.anchor),
        comment.kind,
        comment.position,
        comment.language,
        comment.stakeholder_group,
        None if hide_organization else comment.regional_group,
        None if hide_organization else comment.organization_id,
        None if hide_organization else comment.organization_name,
        comment.campaign_id,
        comment.cluster_id,
        rfc3339(comment.submitted_at),
        comment.body,
        comment.proposed_text,
    )
    return [_spreadsheet_safe(cell) for cell in cells]


def kept_as_text(anchor: str | None) -> str | None:
    """An anchor a spreadsheet would read as a number or a date (:data:`NUMBER_OR_DATE`)
    behind the apostrophe that makes it text, as the formula guard does; others unchanged."""
    if anchor is not None and _NUMBER_OR_DATE.fullmatch(anchor):
        return "'" + anchor
    return anchor


def _spreadsheet_safe(cell: str | None) -> str:
    if cell is None:
        return ""
    return "'" + cell if cell.startswith(_FORMULA_TRIGGERS) else cell


def render_csv(s: Synthesis) -> bytes:
    hide = s.attribution == "group_only"
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header())
    writer.writerows(
        csv_row(comment, hide_organization=hide) for comment in comments_in_document_order(s)
    )
    return CSV_BOM + buffer.getvalue().encode("utf-8")


# Markdown ---------------------------------------------------------------------------------------

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>|~&#!])")
_LINE_START_MARKUP = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")


def md_inline(text: str) -> str:
    """Escape user text for one Markdown line (newlines become spaces)."""
    return _INLINE_SPECIALS.sub(r"\\\1", " ".join(_lines(text)))


def md_redline(pieces: Iterable[tuple[RedlineOp, str]]) -> str:
    """Changes on one Markdown line: deleted text struck through, inserted text in bold."""
    marks = {"equal": "", "delete": "~~", "insert": "**"}
    rendered = []
    for op, text in pieces:
        core = md_inline(text.strip())
        if not core:
            rendered.append(" " if text else "")
            continue
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        rendered.append(f"{lead}{marks[op]}{core}{marks[op]}{trail}")
    return "".join(rendered).strip()


def md_cell(text: str) -> str:
    """Escape user text for a table cell; newlines become ``<br>``."""
    return "<br>".join(_INLINE_SPECIALS.sub(r"\\\1", line) for line in _lines(text))


def md_block(text: str, prefix: str = "> ") -> list[str]:
    """Escape multi-line user text as quoted lines that cannot start a list or heading, each
    line a paragraph of its own (Markdown joins adjacent lines into one): one blank quoted
    line between two lines, whatever blank lines the text has there."""
    separator = prefix.rstrip()
    lines: list[str] = []
    for line in _lines(text):
        if not line.strip():
            continue
        if lines:
            lines.append(separator)
        escaped = _INLINE_SPECIALS.sub(r"\\\1", line)
        escaped = _LINE_START_MARKUP.sub(_escape_line_start, escaped)
        lines.append((prefix + escaped).rstrip())
    return lines or [separator]


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker.isdigit():
        return f"{indent}{marker}\\"
    return f"{indent}\\{marker}"


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def link_text(comment_id: str, comments: Mapping[str, SynthesisComment]) -> str:
    """The tracking number of a comment, or its id when it has none."""
    comment = comments.get(comment_id)
    return (
        comment.tracking_number if comment is not None and comment.tracking_number else comment_id
    )


def md_link(s: Synthesis, comment_id: str, comments: Mapping[str, SynthesisComment]) -> str:
    return f"[{md_inline(link_text(comment_id, comments))}]({comment_url(s, comment_id)})"


def md_links(
    s: Synthesis, comment_ids: Iterable[str], comments: Mapping[str, SynthesisComment]
) -> str:
    return ", ".join(md_link(s, comment_id, comments) for comment_id in comment_ids)


# The synthesis's rule (``consultations.synthesis``), told to its readers: without it, a document
# listing every other uncommented paragraph reads as if the chapeau had been lost.
UNLISTED_PARAGRAPHS = (
    "Every paragraph is listed, commented on or not, except the chapeau (“The General "
    "Assembly,”) and the document's own title, which ask for no input: they are listed only "
    "when commented on."
)


def render_markdown(s: Synthesis) -> str:
    comments = {comment.id: comment for comment in s.comments}
    out: list[str] = []
    _md_title(s, out)
    out += ["## Paragraphs", ""]
    if not s.paragraphs:
        out += ["_The document has no paragraphs._", ""]
    headings = heading_names(s.paragraphs)
    for paragraph in s.paragraphs:
        name = paragraph_name(paragraph, headings)
        heading = f"### {md_inline(name)} · " if name else "### "
        out += [heading + f"`{paragraph.anchor.replace('`', '')}`", ""]
        if paragraph.heading_path:
            path = (md_inline(headings.get(part, part)) for part in paragraph.heading_path)
            out += ["_" + " › ".join(path) + "_", ""]
        if paragraph.anchor not in headings:  # a heading's title is in its name
            out += [*md_block(paragraph.text), ""]
        _md_feedback(s, paragraph, comments, "this paragraph", out)
    out += ["## General comments", ""]
    if s.general is None or s.general.comment_count == 0:
        out += ["_No general comments._", ""]
    else:
        _md_feedback(s, s.general, comments, "the document as a whole", out)
    _md_representation(s, out)
    return "\n".join(out).rstrip("\n") + "\n"


def _md_title(s: Synthesis, out: list[str]) -> None:
    symbol = f" ({md_inline(s.document_symbol)})" if s.document_symbol else ""
    label = f" ({md_inline(s.version_label)})" if s.version_label else ""
    attribution = "named organizations" if s.attribution == "named" else "stakeholder group only"
    out += [
        f"# Synthesis: {md_inline(s.round_title)}",
        "",
        f"- Consultation: {md_inline(s.consultation_title)} (`{s.consultation_slug}`)",
        f"- Document: {md_inline(s.document_title)}{symbol}, version {s.version}{label}, "
        f"language `{s.language}`",
        f"- Attribution: {attribution}",
        f"- Data as of: {display_time(s.generated_for)}",
        "- Totals: " + totals_line(s.totals),
        "",
        "Each statement is followed by the comments it comes from: tracking numbers linking to "
        f"`{s.public_url}{COMMENT_PATH}`. Amendments are given in full; a form-letter campaign "
        "by one representative text; other comments in full, or when long by an excerpt ending "
        "in …, which the link completes. " + UNLISTED_PARAGRAPHS,
        "",
    ]


def _md_feedback(
    s: Synthesis,
    feedback: Feedback,
    comments: Mapping[str, SynthesisComment],
    subject: str,
    out: list[str],
) -> None:
    if feedback.comment_count == 0:
        out += [f"_No comments on {subject}._", ""]
        return
    amendments = plural(len(feedback.amendments), "amendment")
    out += [f"**{plural(feedback.comment_count, 'comment')}**, of which {amendments}.", ""]

    for header, rows in count_breakdowns(feedback, comments):
        out += [f"| {header} | Comments | Sources |", "| --- | ---: | --- |"]
        for label, count, ids in rows:
            out.append(f"| {md_cell(label)} | {count} | {md_links(s, ids, comments)} |")
        out.append("")

    _md_amendments(s, feedback, comments, out)
    _md_campaigns(s, feedback, comments, out)
    _md_similar_comments(s, feedback, comments, out)
    _md_other_comments(s, feedback, comments, out)


def _md_amendments(
    s: Synthesis, feedback: Feedback, comments: Mapping[str, SynthesisComment], out: list[str]
) -> None:
    amendments = listed_amendments(feedback)
    if not amendments:
        return
    out += ["#### Amendments", ""]
    for number, amendment in enumerate(amendments, start=1):
        who = md_inline(sender(s, amendment.organization_name, amendment.stakeholder_group))
        out.append(f"{number}. **{who}** proposes {md_link(s, amendment.comment_id, comments)}:")
        out += md_block(amendment.proposed_text, prefix="   > ")
        pieces = amendment_redline(feedback, amendment)
        if pieces is not None:
            out += ["", "   Changes: " + md_redline(redline_changes(pieces))]
        if amendment.body.strip():
            out += ["", *md_block(amendment.body, prefix="   ")]
        out.append("")


def _md_campaigns(
    s: Synthesis, feedback: Feedback, comments: Mapping[str, SynthesisComment], out: list[str]
) -> None:
    campaigns = [cluster for cluster in feedback.clusters if cluster.campaign_id is not None]
    if not campaigns:
        return
    out += ["#### Form-letter campaigns", ""]
    for number, cluster in enumerate(campaigns, start=1):
        groups_text = ", ".join(md_inline(group_label(group)) for group in cluster.groups)
        copies = amendments_among(cluster, comments)
        of_which = f", of which {plural(copies, 'amendment')}" if copies else ""
        out.append(f"{number}. **{campaign_title(cluster)}** ({groups_text}){of_which}:")
        out += md_block(cluster.representative_excerpt, prefix="   > ")
        proposal = representative_proposal(cluster, comments)
        if proposal:
            link = md_link(s, cluster.representative_id, comments)
            out += ["", f"   Proposed text of {link}:", *md_block(proposal, prefix="   > ")]
        _md_other_wordings(s, cluster, comments, out)
        _md_cluster_sources(s, cluster, comments, out)


def _md_similar_comments(
    s: Synthesis, feedback: Feedback, comments: Mapping[str, SynthesisComment], out: list[str]
) -> None:
    similar = [cluster for cluster in feedback.clusters if cluster.campaign_id is None]
    if not similar:
        return
    out += ["#### Clusters of similar comments", ""]
    for number, cluster in enumerate(similar, start=1):
        groups_text = ", ".join(md_inline(group_label(group)) for group in cluster.groups)
        size = plural(cluster.size, "similar comment")
        out.append(f"{number}. **{size}** from {groups_text}:")
        out += md_block(cluster.representative_excerpt, prefix="   > ")
        _md_other_wordings(s, cluster, comments, out)
        _md_cluster_sources(s, cluster, comments, out)


def _md_other_wordings(
    s: Synthesis,
    cluster: SynthesisCluster,
    comments: Mapping[str, SynthesisComment],
    out: list[str],
) -> None:
    wordings = other_wordings(cluster, comments)
    for comment_id, text in wordings.shown:
        out += ["", f"   Also worded as in {md_link(s, comment_id, comments)}:"]
        out += md_block(text, prefix="   > ")
    if wordings.more:
        out += ["", f"   …and {plural(wordings.more, 'other wording')}."]


def _md_other_comments(
    s: Synthesis, feedback: Feedback, comments: Mapping[str, SynthesisComment], out: list[str]
) -> None:
    if not feedback.other_comments:
        return
    out += [f"#### Other comments not in a cluster ({len(feedback.other_comments)})", ""]
    for number, other in enumerate(feedback.other_comments, start=1):
        who = md_inline(sender(s, other.organization_name, other.stakeholder_group))
        position = f", {position_label(other.position)}" if other.position else ""
        link = md_link(s, other.comment_id, comments)
        out.append(f"{number}. **{who}**{position}, {link}:")
        out += [*md_block(other.excerpt, prefix="   > "), ""]


def _md_cluster_sources(
    s: Synthesis,
    cluster: SynthesisCluster,
    comments: Mapping[str, SynthesisComment],
    out: list[str],
) -> None:
    organizations = cluster_organizations(s, cluster, comments)
    if organizations:
        # Semicolons: organization names hold commas ("Kenya ICT Action Network, KICTANet").
        out += ["", "   Organizations: " + "; ".join(md_inline(name) for name in organizations)]
    out += ["", f"   Comments: {md_links(s, cluster.comment_ids, comments)}", ""]


def _md_representation(s: Synthesis, out: list[str]) -> None:
    for section in representation_sections(s):
        out += [f"## {section.title}", ""]
        if not section.lines:
            out += ["_No representation data._", ""]
            continue
        headline = representation_headline(section)
        if headline:
            out += [md_inline(headline), ""]
        if section.note:
            out += [f"_{md_inline(section.note)}_", ""]
        out += [
            f"| {section.header} | Comments | Organizations | Organization share | Target share "
            "| Status | Sources |",
            "| --- | ---: | ---: | ---: | ---: | --- | --- |",
        ]
        rows = representation_rows(section.lines, section.dimension)
        for line, cells in zip(section.lines, rows, strict=True):
            row = " | ".join(md_cell(cell) for cell in cells)
            url = category_sources_url(s, section.dimension, line.key)
            out.append(f"| {row} | [comments]({url}) |")
        out.append("")


def representation_rows(
    lines: Sequence[RepresentationLine], dimension: str = "stakeholder_group"
) -> list[tuple[str, ...]]:
    """A representation table as display strings (shared by Markdown and Word)."""
    return [
        (
            category_label(dimension, line.key),
            f"{line.comments} ({percent(line.comment_share)})",
            str(line.organizations),
            percent(line.organization_share),
            percent(line.target_share),
            line.status,
        )
        for line in lines
    ]
