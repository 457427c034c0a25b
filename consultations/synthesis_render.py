"""Render a :class:`~consultations.synthesis_model.Synthesis` as JSON, Markdown or CSV.

The Word renderer lives in :mod:`consultations.synthesis_docx`; it shares the helpers here.
Every renderer is pure and deterministic: the same synthesis gives the same bytes.

Choices made here, where the product contract is silent:

- Timestamps are RFC 3339 in UTC with a ``Z`` suffix; fractional seconds only when non-zero.
  A naive datetime is taken to be UTC already.
- JSON is compact, UTF-8, with sorted keys. It mirrors the model; ids are the links. Under
  ``group_only`` attribution ``organization_name`` and ``organization_id`` are ``null``.
- Markdown links a statement to its comments as ``[TRACKING-NUMBER](PUBLIC_URL/v1/comments/ID)``:
  the tracking number is what submitters hold on their receipts, the target is the API resource
  under the configured public URL (``Synthesis.public_url``), so the links still work in a file
  that was mailed around. Paragraph statements (counts by group and by position, amendments,
  clusters, other comments) list their comment ids explicitly. Round-wide statements (the
  representation summary) link to the filtered comment list
  ``PUBLIC_URL/v1/rounds/ID/comments?stakeholder_group=G&status=published`` instead of
  repeating every id of the round once more. User text is escaped so that it can
  neither break a table nor inject Markdown or HTML; tables are not padded (CJK characters are
  double width, padding would only look right in some editors).
- CSV is RFC 4180 (``\\r\\n`` line ends, minimal quoting), UTF-8 with a byte-order mark so that
  Excel opens Chinese text correctly. To stop formula injection, a cell that begins with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (``'``), which
  spreadsheets show as text; consumers that need the raw value strip one leading apostrophe from
  such cells. For the streamed bulk export, write :data:`CSV_BOM` once, then
  :func:`csv_header` and one :func:`csv_row` per comment.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import quote, urlencode

import orjson

from consultations.synthesis_model import (
    POSITIONS,
    TOTAL_KEYS,
    RepresentationLine,
    Synthesis,
    SynthesisAmendment,
    SynthesisCluster,
    SynthesisComment,
)

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


# Shared helpers (also used by the Word renderer) ------------------------------------------------


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def rfc3339(moment: datetime) -> str:
    utc = to_utc(moment)
    fraction = f".{utc.microsecond:06d}" if utc.microsecond else ""
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"


def group_label(key: str) -> str:
    return _GROUP_LABELS.get(key) or key.replace("_", " ").capitalize()


def position_label(key: str) -> str:
    return _POSITION_LABELS.get(key) or key.replace("_", " ").capitalize()


def ordered_positions(by_position: Mapping[str, int]) -> list[str]:
    """Known positions in their natural order, then any other key sorted."""
    known = [key for key in POSITIONS if key in by_position]
    return known + sorted(key for key in by_position if key not in POSITIONS)


def sorted_comments(comments: Iterable[SynthesisComment]) -> list[SynthesisComment]:
    return sorted(comments, key=lambda comment: (to_utc(comment.submitted_at), comment.id))


def organization_shown(s: Synthesis, name: str | None) -> str | None:
    return None if s.attribution == "group_only" else name


def comment_url(s: Synthesis, comment_id: str) -> str:
    return s.public_url + COMMENT_PATH.format(id=quote(comment_id, safe=""))


def group_comments_url(s: Synthesis, group: str) -> str:
    """The round's published comments from one stakeholder group: the sources of a round-wide
    statement, too many to list one by one."""
    query = urlencode({"stakeholder_group": group, "status": "published"})
    return f"{s.public_url}/v1/rounds/{quote(s.round_id, safe='')}/comments?{query}"


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


def percent(share: float) -> str:
    return f"{share * 100:.1f} %"


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
                "heading_path": list(paragraph.heading_path),
                "text": paragraph.text,
                **_feedback_json(paragraph, by_id, hide),
            }
            for paragraph in s.paragraphs
        ],
        "general": _feedback_json(s.general, by_id, hide) if s.general is not None else None,
        "representation": [
            {
                "key": line.key,
                "comments": line.comments,
                "organizations": line.organizations,
                "organization_share": line.organization_share,
                "target_share": line.target_share,
                "status": line.status,
            }
            for line in s.representation
        ],
        "comments": [_comment_json(comment, hide) for comment in sorted_comments(s.comments)],
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


def _feedback_json(
    feedback: Feedback, comments: Mapping[str, SynthesisComment], hide_organization: bool
) -> dict[str, Any]:
    """A paragraph's (or the general comments') feedback; every count comes with the ids of the
    comments it counts (``by_group_comment_ids``, ``by_position_comment_ids``)."""
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
                "comment_ids": list(cluster.comment_ids),
            }
            for cluster in feedback.clusters
        ],
        "unclustered_comment_ids": list(feedback.unclustered_comment_ids),
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
        "regional_group": comment.regional_group,
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
        comment.anchor,
        comment.kind,
        comment.position,
        comment.language,
        comment.stakeholder_group,
        comment.regional_group,
        None if hide_organization else comment.organization_id,
        None if hide_organization else comment.organization_name,
        comment.campaign_id,
        comment.cluster_id,
        rfc3339(comment.submitted_at),
        comment.body,
        comment.proposed_text,
    )
    return [_spreadsheet_safe(cell) for cell in cells]


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
        csv_row(comment, hide_organization=hide) for comment in sorted_comments(s.comments)
    )
    return CSV_BOM + buffer.getvalue().encode("utf-8")


# Markdown ---------------------------------------------------------------------------------------

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>|~&#!])")
_LINE_START_MARKUP = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")


def md_inline(text: str) -> str:
    """Escape user text for one Markdown line (newlines become spaces)."""
    return _INLINE_SPECIALS.sub(r"\\\1", " ".join(_lines(text)))


def md_cell(text: str) -> str:
    """Escape user text for a table cell; newlines become ``<br>``."""
    return "<br>".join(_INLINE_SPECIALS.sub(r"\\\1", line) for line in _lines(text))


def md_block(text: str, prefix: str = "> ") -> list[str]:
    """Escape multi-line user text as quoted lines that cannot start a list or heading."""
    lines = []
    for line in _lines(text):
        escaped = _INLINE_SPECIALS.sub(r"\\\1", line)
        escaped = _LINE_START_MARKUP.sub(_escape_line_start, escaped)
        lines.append((prefix + escaped).rstrip())
    return lines or [prefix.rstrip()]


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


def render_markdown(s: Synthesis) -> str:
    comments = {comment.id: comment for comment in s.comments}
    out: list[str] = []
    _md_title(s, out)
    out += ["## Paragraphs", ""]
    if not s.paragraphs:
        out += ["_The document has no paragraphs._", ""]
    for paragraph in s.paragraphs:
        heading = f"### {md_inline(paragraph.label)} · " if paragraph.label else "### "
        out += [heading + f"`{paragraph.anchor.replace('`', '')}`", ""]
        if paragraph.heading_path:
            out += ["_" + " › ".join(md_inline(part) for part in paragraph.heading_path) + "_", ""]
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
        f"- Data as of: {rfc3339(s.generated_for)}",
        "- Totals: " + ", ".join(f"{s.totals.get(key, 0)} {key}" for key in TOTAL_KEYS),
        "",
        "Each statement is followed by the comments it comes from: tracking numbers linking to "
        f"`{s.public_url}{COMMENT_PATH}`.",
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

    if feedback.amendments:
        out += ["#### Amendments", ""]
        for number, amendment in enumerate(feedback.amendments, start=1):
            organization = organization_shown(s, amendment.organization_name)
            who = md_inline(group_label(amendment.stakeholder_group))
            if organization:
                who = f"{md_inline(organization)} ({who})"
            out.append(
                f"{number}. **{who}** proposes {md_link(s, amendment.comment_id, comments)}:"
            )
            out += md_block(amendment.proposed_text, prefix="   > ")
            if amendment.body.strip():
                out += ["", *md_block(amendment.body, prefix="   ")]
            out.append("")

    if feedback.clusters:
        out += ["#### Clusters of similar comments", ""]
        for number, cluster in enumerate(feedback.clusters, start=1):
            groups_text = ", ".join(md_inline(group_label(group)) for group in cluster.groups)
            size = plural(cluster.size, "similar comment")
            out.append(f"{number}. **{size}** from {groups_text}:")
            out += md_block(cluster.representative_excerpt, prefix="   > ")
            out += ["", f"   Comments: {md_links(s, cluster.comment_ids, comments)}", ""]

    if feedback.unclustered_comment_ids:
        out += [
            f"Other comments: {md_links(s, feedback.unclustered_comment_ids, comments)}",
            "",
        ]


def _md_representation(s: Synthesis, out: list[str]) -> None:
    out += ["## Representation by stakeholder group", ""]
    if not s.representation:
        out += ["_No representation data._", ""]
        return
    out += [
        "| Stakeholder group | Comments | Organizations | Organization share | Target share "
        "| Status | Sources |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for line, cells in zip(s.representation, representation_rows(s.representation), strict=True):
        row = " | ".join(md_cell(cell) for cell in cells)
        out.append(f"| {row} | [comments]({group_comments_url(s, line.key)}) |")
    out.append("")


def representation_rows(lines: Sequence[RepresentationLine]) -> list[tuple[str, ...]]:
    """The representation table as display strings (shared by Markdown and Word)."""
    return [
        (
            group_label(line.key),
            str(line.comments),
            str(line.organizations),
            percent(line.organization_share),
            percent(line.target_share),
            line.status,
        )
        for line in lines
    ]
