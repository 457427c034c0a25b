"""The synthesis of a consultation round as plain, immutable data.

The database layer fills these dataclasses (mostly from SQL aggregates plus one pass over the
published comments of the round); the renderers in :mod:`consultations.synthesis_render` turn
them into JSON, Markdown, CSV and Word without touching the database.

Choices made here, where the product contract is silent:

- Only comments that count in reports belong in a synthesis: published ones. Withdrawn, hidden,
  rejected and pending comments are left out by the builder, never by the renderers.
- General comments (``anchor`` is ``None``) get their own type, :class:`SynthesisGeneral`: the
  same feedback blocks as a paragraph, without paragraph text. ``Synthesis.general`` is ``None``
  when the round has no general comment; the renderers then say so.
- ``by_position`` uses the key ``"none"`` (:data:`NO_POSITION`) for comments that took no
  position, so its counts always add up to ``comment_count``.
- ``clusters`` hold only groups of two or more similar comments; every other comment of the
  paragraph is in ``unclustered_comment_ids``. Together they partition ``comment_ids``. A cluster
  with a ``campaign_id`` is the copies of one detected form-letter campaign on this anchor
  (moderation's near-duplicate detection), which renderings name as such and whose copies they
  do not repeat among the amendments.
- ``other_comments`` are the comments that are neither amendments (listed in full under
  ``amendments``) nor in a cluster, each with who sent it and its text: in full up to
  :data:`COMMENT_EXCERPT_CHARS` characters, else cut at a word boundary and ending in "…";
  its lines stay apart as its paragraphs or numbered points were (its line breaks kept, each
  run of blank lines made one; the spacing within a line collapsed).
  ``unclustered_comment_ids`` keeps its meaning (amendments included) for existing clients.
- Under ``group_only`` attribution the builder should leave organization names and ids out
  (``None``); the renderers also refuse to print them whatever they are given, so a builder
  mistake cannot leak an organization.
- Order: tuples of ids are rendered in the order the builder gives (submission order is the
  natural one); mappings are rendered with sorted keys, and ``Synthesis.comments`` is rendered
  sorted by ``(submitted_at, id)`` in JSON, and in the CSV by paragraph in document order
  (``paragraphs``) and then so: a different SQL row order cannot change the output.
- :func:`paragraph_from_comments` and :func:`general_from_comments` derive a paragraph's
  counts, amendments and clusters from its comments (clusters from ``cluster_id``, assigned by
  near-duplicate detection), for a builder that already streams the comments for the CSV.
- ``generated_for`` is a timestamp taken from the data (its latest change, see
  :mod:`consultations.synthesis`), never the clock, so that the same data renders to the same
  bytes.
- ``public_url`` is the API's configured external URL (``PLENARY_PUBLIC_URL``), which makes the
  links of the Markdown and Word renderings absolute: those files travel, and a link relative
  to nothing leads nowhere once they do. Same data and same setting, same bytes.
- ``totals["organizations"]`` and a cluster's ``organization_count`` count distinct
  organizations even under ``group_only`` attribution, where the comments no longer carry their
  organization's id: the builder counts before it blanks them.
- ``representation`` (stakeholder groups), ``regional_group_representation`` and
  ``country_group_representation`` are the rows of the representation report
  (``/representation?dimension=...``) of the round, so the synthesis and the report agree, and
  ``representation_summary`` holds that report's headline figures per dimension (totals,
  balance index, under-represented categories). The three row keys stay as they are: they are
  public JSON already. Country groups overlap: their shares need not sum to 1.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Literal

from consultations.similarity import excerpt as word_excerpt
from consultations.similarity import token_edit
from core.scripts import CJK_MARKS, HAN_BASIC, IDEOGRAPHS_AND_KANA

Attribution = Literal["named", "group_only"]
CommentKind = Literal["comment", "amendment"]

NO_POSITION = "none"
POSITIONS: tuple[str, ...] = ("support", "oppose", "neutral", NO_POSITION)
"""Keys of ``by_position``, in the order renderers list them."""

TOTAL_KEYS: tuple[str, ...] = ("comments", "organizations", "amendments")
"""Keys the renderers expect in ``Synthesis.totals``."""


@dataclass(frozen=True, slots=True)
class SynthesisComment:
    """One counted comment: a CSV row and the target of every link in the synthesis."""

    id: str
    tracking_number: str
    anchor: str | None
    kind: CommentKind
    position: str | None
    language: str
    body: str
    proposed_text: str | None
    organization_id: str | None
    organization_name: str | None
    stakeholder_group: str
    regional_group: str | None  # None under group_only attribution, as the organization
    campaign_id: str | None
    cluster_id: str | None
    submitted_at: datetime


@dataclass(frozen=True, slots=True)
class SynthesisAmendment:
    comment_id: str
    organization_name: str | None
    stakeholder_group: str
    proposed_text: str
    body: str


@dataclass(frozen=True, slots=True)
class SynthesisCluster:
    """Comments on one anchor that say much the same thing (character-shingle similarity), or
    the copies of one form-letter campaign on it (``campaign_id`` set)."""

    id: str
    size: int
    groups: tuple[str, ...]
    representative_excerpt: str
    comment_ids: tuple[str, ...]
    representative_id: str  # the comment whose text the excerpt is
    organization_count: int
    campaign_id: str | None


@dataclass(frozen=True, slots=True)
class SynthesisCommentExcerpt:
    """A comment that is neither an amendment nor in a cluster, as its paragraph lists it."""

    comment_id: str
    tracking_number: str
    organization_name: str | None
    stakeholder_group: str
    position: str | None
    excerpt: str


@dataclass(frozen=True, slots=True)
class SynthesisParagraph:
    anchor: str
    label: str | None
    # How a reader cites it: its label after the labels of the annex or article it is in
    # ("Annex I, 2 (a)"), "Paragraph 1" in the main text; None when it has no label.
    reference: str | None
    heading_path: tuple[str, ...]
    text: str
    comment_count: int
    comment_ids: tuple[str, ...]
    by_group: Mapping[str, int]
    by_position: Mapping[str, int]
    amendments: tuple[SynthesisAmendment, ...]
    clusters: tuple[SynthesisCluster, ...]
    unclustered_comment_ids: tuple[str, ...]
    other_comments: tuple[SynthesisCommentExcerpt, ...]
    # A section, annex or article heading, which Markdown and Word name by number and title
    # (:func:`consultations.synthesis_render.heading_names`); not in the JSON.
    heading: bool = False

    @classmethod
    def with_feedback(
        cls,
        feedback: SynthesisGeneral,
        *,
        anchor: str,
        label: str | None,
        reference: str | None,
        heading_path: Sequence[str],
        text: str,
        heading: bool = False,
    ) -> SynthesisParagraph:
        """The paragraph with its comments, summarised as :func:`general_from_comments` does."""
        return cls(
            anchor=anchor,
            label=label,
            reference=reference,
            heading_path=tuple(heading_path),
            text=text,
            comment_count=feedback.comment_count,
            comment_ids=feedback.comment_ids,
            by_group=feedback.by_group,
            by_position=feedback.by_position,
            amendments=feedback.amendments,
            clusters=feedback.clusters,
            unclustered_comment_ids=feedback.unclustered_comment_ids,
            other_comments=feedback.other_comments,
            heading=heading,
        )


@dataclass(frozen=True, slots=True)
class SynthesisGeneral:
    """General comments (no anchor), summarised like a paragraph without text."""

    comment_count: int
    comment_ids: tuple[str, ...]
    by_group: Mapping[str, int]
    by_position: Mapping[str, int]
    amendments: tuple[SynthesisAmendment, ...]
    clusters: tuple[SynthesisCluster, ...]
    unclustered_comment_ids: tuple[str, ...]
    other_comments: tuple[SynthesisCommentExcerpt, ...]


@dataclass(frozen=True, slots=True)
class RepresentationLine:
    """One category (stakeholder, regional or country group) in the round's representation
    report. Shares are exact fractions, 0..1: each rendering rounds them once, the JSON to the
    report's 4 decimals, Markdown and Word to a percentage with one decimal."""

    key: str
    comments: int
    organizations: int
    comment_share: Fraction
    organization_share: Fraction
    target_share: Fraction
    status: str


@dataclass(frozen=True, slots=True)
class RepresentationHeadline:
    """The headline figures of one dimension's representation report."""

    total_comments: int
    total_organizations: int
    balance_index: float | None  # Pielou's evenness of organization shares, 0..1 (1 = even)
    under_represented: tuple[str, ...]  # category keys, in row order


@dataclass(frozen=True, slots=True)
class Synthesis:
    round_id: str
    round_title: str
    consultation_title: str
    consultation_slug: str
    document_title: str
    document_symbol: str | None
    version: int
    version_label: str | None
    language: str
    attribution: Attribution
    generated_for: datetime
    public_url: str  # the base of the links in Markdown and Word
    totals: Mapping[str, int]
    paragraphs: tuple[SynthesisParagraph, ...]
    general: SynthesisGeneral | None
    representation: tuple[RepresentationLine, ...]
    regional_group_representation: tuple[RepresentationLine, ...]
    country_group_representation: tuple[RepresentationLine, ...]
    representation_summary: Mapping[str, RepresentationHeadline]  # by dimension
    comments: tuple[SynthesisComment, ...]


# Building blocks for the database layer ---------------------------------------------------------

EXCERPT_CHARS = 280
"""Length of a cluster's representative excerpt, in characters (not bytes, not words)."""

COMMENT_EXCERPT_CHARS = 400
"""Longest text of an other comment shown whole; a longer one is cut to this many characters."""


def general_from_comments(
    comments: Sequence[SynthesisComment], *, excerpt_chars: int = EXCERPT_CHARS
) -> SynthesisGeneral:
    """Summarise the counted comments of one anchor (in the order given, submission order).

    Clusters come from ``SynthesisComment.cluster_id`` (filled by near-duplicate detection); a
    cluster with a single member on this anchor is no cluster here. Clusters are listed largest
    first, ties by their earliest comment; the excerpt is the earliest member's body. A cluster
    whose members all belong to one campaign carries its ``campaign_id``. Organizations are
    counted on ``organization_id``, which a ``group_only`` builder has blanked: such a builder
    counts them itself (as :mod:`consultations.synthesis` does).
    """
    members: dict[str, list[SynthesisComment]] = {}
    for comment in comments:
        if comment.cluster_id is not None:
            members.setdefault(comment.cluster_id, []).append(comment)
    first_seen = {comment.id: index for index, comment in enumerate(comments)}
    clusters = sorted(
        (group for group in members.values() if len(group) >= 2),
        key=lambda group: (-len(group), first_seen[group[0].id]),
    )
    clustered = {comment.id for group in clusters for comment in group}
    return SynthesisGeneral(
        comment_count=len(comments),
        comment_ids=tuple(comment.id for comment in comments),
        by_group=dict(sorted(Counter(c.stakeholder_group for c in comments).items())),
        by_position=dict(sorted(Counter(c.position or NO_POSITION for c in comments).items())),
        amendments=tuple(
            SynthesisAmendment(
                comment_id=comment.id,
                organization_name=comment.organization_name,
                stakeholder_group=comment.stakeholder_group,
                proposed_text=comment.proposed_text or "",
                body=comment.body,
            )
            for comment in comments
            if comment.kind == "amendment"
        ),
        clusters=tuple(
            SynthesisCluster(
                id=group[0].cluster_id or "",
                size=len(group),
                groups=tuple(sorted({comment.stakeholder_group for comment in group})),
                representative_excerpt=excerpt(group[0].body, excerpt_chars),
                comment_ids=tuple(comment.id for comment in group),
                representative_id=group[0].id,
                organization_count=len({comment.organization_id for comment in group}),
                campaign_id=_shared_campaign(group),
            )
            for group in clusters
        ),
        unclustered_comment_ids=tuple(c.id for c in comments if c.id not in clustered),
        other_comments=tuple(
            comment_excerpt(comment)
            for comment in comments
            if comment.kind != "amendment" and comment.id not in clustered
        ),
    )


def _shared_campaign(group: Sequence[SynthesisComment]) -> str | None:
    campaigns = {comment.campaign_id for comment in group}
    return campaigns.pop() if len(campaigns) == 1 else None


def comment_excerpt(
    comment: SynthesisComment, limit: int = COMMENT_EXCERPT_CHARS
) -> SynthesisCommentExcerpt:
    return SynthesisCommentExcerpt(
        comment_id=comment.id,
        tracking_number=comment.tracking_number,
        organization_name=comment.organization_name,
        stakeholder_group=comment.stakeholder_group,
        position=comment.position,
        # Printed whole when short: its line breaks are the comment's structure.
        excerpt=word_excerpt(comment.body, limit, keep_line_breaks=True),
    )


def paragraph_from_comments(
    anchor: str,
    label: str | None,
    heading_path: Sequence[str],
    text: str,
    comments: Sequence[SynthesisComment],
    *,
    excerpt_chars: int = EXCERPT_CHARS,
) -> SynthesisParagraph:
    """A paragraph of the main text (cited by its label alone) and its comments."""
    return SynthesisParagraph.with_feedback(
        general_from_comments(comments, excerpt_chars=excerpt_chars),
        anchor=anchor,
        label=label,
        reference=label,
        heading_path=heading_path,
        text=text,
    )


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The NFC text, whitespace collapsed, whole up to ``limit`` characters; else cut to at most
    ``limit`` characters with an ellipsis, at a word boundary in scripts written with spaces
    (:func:`consultations.similarity.excerpt`).

    Counting characters rather than words keeps Chinese excerpts as long as English ones.
    """
    return word_excerpt(text, limit)


RedlineOp = Literal["equal", "delete", "insert"]
# Punctuation is a token of its own, so that "independent," is the word "independent" and a
# comma: an amendment adding the comma keeps the word. ASCII, Latin-1, general (dashes, quotes,
# ellipsis), CJK and full-width, Arabic and Devanagari punctuation.
_PUNCTUATION = (
    re.escape(string.punctuation)
    + "\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf\u2010-\u2027\u2030-\u205e"
    + CJK_MARKS
    + "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    + "\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965"
)
_WORD_PART = f"[^\\s{_PUNCTUATION}{IDEOGRAPHS_AND_KANA}]+"
# Runs of white space; single ideographs or kana (a character is a word there); words, with
# their inner hyphens and apostrophes ("Secretary-General", "don't") and the separators of a
# number ("2,000", "3.5"); single punctuation marks. Together they are the whole text.
_REDLINE_TOKEN = re.compile(
    f"\\s+|[{IDEOGRAPHS_AND_KANA}]"
    f"|{_WORD_PART}(?:(?:[-\u2010\u2011'\u2019]|(?<=\\d)[.,](?=\\d)){_WORD_PART})*"
    f"|[{_PUNCTUATION}]"
)
_WORDLIKE = re.compile(f"[^\\s{_PUNCTUATION}]")
_HAN_PAIR = re.compile(f"[{HAN_BASIC}]{{2}}")
# difflib is quadratic at worst: changes spread over more than about 600 by 600 tokens (whole
# pages rewritten) are shown as the proposed text alone.
REDLINE_MAX_WORK = 360_000
# Below this share of tokens in common, a proposed text is a replacement, not an edit to mark.
REDLINE_MIN_SHARED = 0.5


def redline(
    paragraph_text: str, proposed_text: str, label: str | None = None
) -> tuple[tuple[RedlineOp, str], ...] | None:
    """The proposed text as changes to the paragraph: its pieces in order, each kept, deleted
    or inserted (word by word, punctuation marks apart from the words; character by character
    in Chinese and Japanese); joined, the pieces kept and inserted are the proposed text. None
    when the proposal is no edit of the paragraph (fewer than ``REDLINE_MIN_SHARED`` of their
    tokens in common: a paragraph in another language, a rewrite).

    Delegates copy a paragraph with its number: a proposed text opening with the paragraph's
    ``label`` as printed (:func:`copied_label`) is compared without it, and the label is kept."""
    before = _REDLINE_TOKEN.findall(paragraph_text)
    copied = copied_label(label, paragraph_text, proposed_text)
    edit = token_edit(
        before,
        _REDLINE_TOKEN.findall(proposed_text[len(copied) :]),
        REDLINE_MIN_SHARED,
        REDLINE_MAX_WORK,
    )
    if edit is None:
        return None
    old_middle, new_middle = edit.old_middle, edit.new_middle
    pieces: list[tuple[RedlineOp, str]] = []
    if kept := copied + "".join(before[: edit.head]):
        pieces.append(("equal", kept))
    for tag, old_start, old_end, new_start, new_end in edit.opcodes:
        if tag == "equal":
            pieces.append(("equal", "".join(old_middle[old_start:old_end])))
            continue
        if old_end > old_start:
            pieces.append(("delete", "".join(old_middle[old_start:old_end])))
        if new_end > new_start:
            pieces.append(("insert", "".join(new_middle[new_start:new_end])))
    if edit.tail:
        pieces.append(("equal", "".join(before[len(before) - edit.tail :])))
    return tuple(pieces)


# How a label's own part ("a" of "2 (a)", "1") is printed before a paragraph's text: in
# brackets, or followed by its stop or closing bracket; Latin and full-width forms.
_LABEL_OPENING_BRACKETS = "(\uff08"
_LABEL_CLOSING_MARKS = ".)\uff0e\uff09\u3001"


def copied_label(label: str | None, paragraph_text: str, proposed_text: str) -> str:
    """The opening of ``proposed_text`` that is the paragraph's ``label`` as printed, with the
    space after it: "1. " for label "1", "(a) " or "（a）" for "2 (a)", "8 (c) ", "1.1 ". Empty
    when the proposed text does not open so, or when the paragraph's text itself does (its
    label is then part of what is compared). A bare number or letter counts only with its
    brackets or stop, and "1." only before a space or a mark that ends no number ("1.5 million"
    is no label)."""
    if not label or not label.strip():
        return ""
    own = label.split()[-1]
    bare = re.escape(own.strip("()\uff08\uff09"))
    forms = [
        f"[{_LABEL_OPENING_BRACKETS}]{bare}[)\uff09]",
        f"{bare}[{_LABEL_CLOSING_MARKS}]",
    ]
    if not own.isalnum():
        forms += [re.escape(label), re.escape(own)]
    printed = re.compile(
        f"(?:{'|'.join(forms)})(?:\\s+|(?<=[{_LABEL_CLOSING_MARKS}])(?![0-9A-Za-z]))"
    )
    if printed.match(paragraph_text):
        return ""
    copied = printed.match(proposed_text)
    return copied[0] if copied else ""


# Words of unchanged text kept on each side of a change when only the changes are shown
# (punctuation marks are not counted).
REDLINE_CONTEXT_WORDS = 4


def redline_changes(pieces: Sequence[tuple[RedlineOp, str]]) -> list[tuple[RedlineOp, str]]:
    """The pieces with unchanged text cut to ``REDLINE_CONTEXT_WORDS`` words beside each change
    ("…" where text is left out), for a one-line summary of what an amendment changes."""
    shown: list[tuple[RedlineOp, str]] = []
    last = len(pieces) - 1
    for index, (op, text) in enumerate(pieces):
        after_change, before_change = index > 0, index < last
        tokens = _REDLINE_TOKEN.findall(text)
        words = [i for i, token in enumerate(tokens) if _WORDLIKE.match(token)]
        # A Chinese character is about half a word of context.
        keep = REDLINE_CONTEXT_WORDS * (2 if _HAN_PAIR.search(text) else 1)
        if op != "equal" or len(words) <= keep * (after_change + before_change):
            shown.append((op, text))
            continue
        lead = " " if after_change and text[:1].isspace() else ""
        trail = " " if before_change and text[-1:].isspace() else ""
        head = "".join(tokens[: words[keep - 1] + 1]).strip() if after_change else ""
        tail = "".join(tokens[words[-keep] :]).strip() if before_change else ""
        if after_change and before_change:
            shown.append((op, f"{lead}{head} … {tail}{trail}"))
        elif after_change:
            shown.append((op, f"{lead}{head} …"))
        else:
            shown.append((op, f"… {tail}{trail}"))
    return shown
