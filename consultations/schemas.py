"""Request and response shapes of consultations, co-facilitators, documents and rounds.

Request bodies forbid unknown fields. Ids are UUIDs, serialised as strings; timestamps are RFC 3339
UTC with ``Z``. Naive timestamps in requests are read as UTC.

Vocabulary choices:
- ``eligible_groups`` omitted means every stakeholder group of the contract is eligible; the
  consultation then stores the full list, so readers never have to interpret an empty list.
- ``languages`` omitted means the six official UN languages (ar, zh, en, fr, ru, es).
- Language tags are BCP 47: ``language[-Script][-REGION][-variant...]``, with a primary subtag
  known to ISO 639 (checked with pycountry), normalised to the canonical case (``zh-Hans-CN``)
  and to the shortest code of its language (RFC 5646 2.2.1: ``eng`` and ``fre`` are ``en`` and
  ``fr``), so one language is never stored under two tags.
"""

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    StringConstraints,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from auth.countries import CountryGroup, RegionalGroup
from auth.schemas import StakeholderGroup
from core.clock import rfc3339, to_utc
from core.db import LARGEST_INTEGER
from core.ids import parse_id
from core.languages import normalize_language_tag
from core.validation import field_problem, not_blank, without_control_characters

REGIONAL_GROUPS: tuple[str, ...] = tuple(g for g in get_args(RegionalGroup) if g != "none")
COUNTRY_GROUPS: tuple[str, ...] = get_args(CountryGroup)
UN_LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


_DATE_AND_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _utc(value: datetime) -> datetime:
    try:
        return to_utc(value)
    except OverflowError:
        # "9999-12-31T23:59:59-05:00" is a valid RFC 3339 timestamp whose UTC moment is past
        # the last one a datetime (and so the database) can hold.
        raise ValueError("the timestamp in UTC is outside years 1 to 9999") from None


def _timestamp_text(value: object) -> object:
    """RFC 3339 timestamps are strings with a date and a time (one without an offset is read
    as UTC, as the contract's timestamps are): a number (pydantic would read Unix seconds) or a
    date alone is refused."""
    if isinstance(value, int | float):
        raise ValueError("give an RFC 3339 timestamp such as 2026-03-01T09:00:00Z, not a number")
    if isinstance(value, str) and not _DATE_AND_TIME_RE.match(value.strip()):
        raise ValueError("give an RFC 3339 timestamp with a time, such as 2026-03-01T09:00:00Z")
    return value


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError("use lower-case letters, digits and single hyphens, like 'gdc-review'")
    if parse_id(value) is not None:
        raise ValueError("a slug must not look like an id")
    return value


LanguageTag = Annotated[
    str,
    AfterValidator(normalize_language_tag),
    Field(
        description="BCP 47 language tag, e.g. `en`, `zh`, `zh-Hans`, `es-419`; a three-letter "
        "ISO 639 code whose language has a two-letter one becomes it (`eng` is `en`), in "
        "tags stored before this rule too."
    ),
]
Timestamp = Annotated[datetime, PlainSerializer(rfc3339, return_type=str, when_used="json")]
InputTimestamp = Annotated[datetime, BeforeValidator(_timestamp_text), AfterValidator(_utc)]
_INPUT_TIMESTAMP = (
    "RFC 3339 date and time, any offset, stored and returned in UTC (`2026-03-01T09:00:00Z`); "
    "one written without an offset is read as UTC, as the contract's timestamps are."
)
Slug = Annotated[
    str,
    StringConstraints(min_length=2, max_length=80),
    AfterValidator(_check_slug),
    Field(description="Lower-case, URL-safe and unique: letters, digits, single hyphens."),
]
_ONE_LINE = (
    "Stored on one line: line breaks and tabs become spaces, other control characters are "
    "removed, as from a document's content."
)
# The constraints come before the validator in each annotation so that pydantic wraps them in
# it: control characters go first, then lengths are checked as a string's, in characters
# (after it, they were checked as a sequence's: "at least 1 item").
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    BeforeValidator(without_control_characters),
    AfterValidator(not_blank),
    Field(description=_ONE_LINE),
]
# A JSON number: a string or `true` read as a share would hide a client's mistake.
TargetShare = Annotated[float, Field(strict=True)]
Dimension = Literal["stakeholder_group", "regional_group", "country_group", "gender"]
Visibility = Literal["public", "restricted"]
ModerationMode = Literal["pre", "post"]
Attribution = Literal["named", "group_only"]
DocumentFormat = Literal["text", "markdown"]
RoundStatus = Literal["scheduled", "open", "closed"]
ChangeStatus = Literal["unchanged", "modified", "moved", "removed"]

_TARGETS_DESCRIPTION = (
    "Wanted shares per dimension and category: `{dimension: {category: share}}` with dimension "
    "`stakeholder_group` (categories: the eligible groups), `regional_group` (the five UN "
    "regional groups), `country_group` (`ldc`, `lldc`, `sids`, `developing`, `developed`) or "
    "`gender` (`woman`, `man`, `non_binary`, `undisclosed`, as people declare it). Shares are "
    "numbers in 0..1. Within "
    "`stakeholder_group`, `regional_group` and `gender`, categories do not overlap, so their "
    "shares must sum to at most 1; `country_group` categories overlap (an LDC is also "
    "developing), so each share stands alone, except that `developing` + `developed` <= 1. "
    "Categories without a target share what is left equally in the representation report."
)


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


READ_ONLY = "is read-only: the server sets it; leave it out"


class Changes(_Request):
    """A PATCH body: omitted fields stay as they are. ``null`` clears only the fields named in
    ``clearable``; for any other field it is refused rather than read as "leave it". A field of
    the resource that no PATCH changes, named in ``fixed`` with how it can change instead, is
    refused saying so, and a field the server sets, named in ``read_only``, is refused as
    read-only: a client sending back what it read was told the field was "extra". Between them
    they name every field of the resource's read schema that the PATCH does not change."""

    clearable: ClassVar[frozenset[str]] = frozenset()
    fixed: ClassVar[Mapping[str, str]] = {}
    read_only: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _no_fixed_field(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            refusals = {name: f"cannot be changed: {why}" for name, why in cls.fixed.items()}
            refusals |= dict.fromkeys(cls.read_only, READ_ONLY)
            for name in sorted(refusals.keys() & data.keys()):
                raise field_problem(name, refusals[name])
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """The published schema says what the validator says: ``null`` only where it clears.
        (The fields are typed ``X | None`` so that an omitted one is told from a given one.)"""
        schema = handler(core_schema)
        for name, field in handler.resolve_ref_schema(schema).get("properties", {}).items():
            branches = field.get("anyOf")
            if name in cls.clearable or not branches or {"type": "null"} not in branches:
                continue
            kept = [branch for branch in branches if branch != {"type": "null"}]
            del field["anyOf"]
            field.pop("default", None)
            if len(kept) == 1:
                field.update(kept[0])
            else:
                field["anyOf"] = kept
        return schema

    @model_validator(mode="after")
    def _no_null_but_where_it_clears(self) -> "Changes":
        for name in sorted(self.model_fields_set - self.clearable):
            if getattr(self, name) is None:
                raise field_problem(name, "cannot be null: leave it out to keep it")
        return self


# --------------------------------------------------------------------------- consultations


class ConsultationCreate(_Request):
    slug: Slug
    title: Title
    description: Annotated[str, Field(max_length=20_000)] = ""
    visibility: Visibility = Field(
        "public",
        description="`public`: everyone may read it. `restricted`: only the secretariat, its "
        "co-facilitators and representatives of verified organizations of an eligible group.",
    )
    moderation: ModerationMode = Field(
        "post", description="`pre`: comments wait for a moderator; `post`: published at once."
    )
    attribution: Attribution = Field(
        "named", description="`group_only`: syntheses name stakeholder groups, not organizations."
    )
    eligible_groups: Annotated[list[StakeholderGroup], Field(min_length=1)] | None = Field(
        None, description="Stakeholder groups that may comment; omitted: all of them."
    )
    representation_targets: dict[Dimension, dict[str, TargetShare]] | None = Field(
        None, description=_TARGETS_DESCRIPTION + " Omitted or null: none."
    )
    languages: Annotated[list[LanguageTag], Field(min_length=1)] | None = Field(
        None,
        description="Working languages; omitted: the six official UN languages. Its documents "
        "may be translated into these only (or a variety of one: `zh` covers `zh-Hans`); "
        "comments may be in any language.",
    )


class ConsultationUpdate(Changes):
    """Every field is optional, none null; the slug (and so the tracking prefix) never
    changes."""

    fixed = {"slug": "it makes the tracking prefix of every receipt issued"}
    read_only = frozenset({"id", "tracking_prefix", "created_at", "updated_at"})

    title: Title | None = None
    description: Annotated[str, Field(max_length=20_000)] | None = None
    visibility: Visibility | None = None
    moderation: ModerationMode | None = None
    attribution: Attribution | None = None
    eligible_groups: Annotated[list[StakeholderGroup], Field(min_length=1)] | None = None
    representation_targets: dict[Dimension, dict[str, TargetShare]] | None = Field(
        None, description=_TARGETS_DESCRIPTION
    )
    languages: Annotated[list[LanguageTag], Field(min_length=1)] | None = None


class ConsultationRead(BaseModel):
    id: uuid.UUID
    slug: str
    title: str
    description: str
    visibility: Visibility
    moderation: ModerationMode
    attribution: Attribution
    eligible_groups: list[str]
    representation_targets: dict[str, dict[str, float]]
    languages: list[str]
    tracking_prefix: str = Field(description="Prefix of the tracking numbers of its receipts.")
    created_at: Timestamp
    updated_at: Timestamp

    @classmethod
    def of(cls, row: Any) -> "ConsultationRead":
        return cls.model_validate(row, from_attributes=True)


class FacilitatorRead(BaseModel):
    consultation_id: uuid.UUID
    user_id: uuid.UUID
    display_name: str
    appointed_by: uuid.UUID | None
    appointed_at: Timestamp


# --------------------------------------------------------------------------- documents

Content = Annotated[
    str,
    Field(
        min_length=1,
        description="The whole text, UTF-8, at most `max_document_bytes` (2 MiB by default).",
    ),
]
VersionLabel = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    BeforeValidator(without_control_characters),
]
Symbol = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=100),
    BeforeValidator(without_control_characters),
    Field(description=_ONE_LINE),
]


class DocumentCreate(_Request):
    title: Title
    symbol: Symbol | None = None
    language: LanguageTag
    format: DocumentFormat = "text"
    content: Content
    label: VersionLabel | None = Field(
        None,
        description="Label of version 1, e.g. `Zero draft`; null when omitted. " + _ONE_LINE,
    )


_NEW_VERSION = "POST /v1/documents/{id}/versions"
_TRANSLATION = "PUT /v1/documents/{id}/versions/{n}/translations/{language}"
_TEXT_BY_VERSIONS = (
    f"versions are immutable; post the revised text as a new version ({_NEW_VERSION}) or set "
    f"a translation ({_TRANSLATION})"
)
_VERSIONS_ADDED = f"versions are immutable; add the next one with {_NEW_VERSION}"


class DocumentUpdate(Changes):
    """Fields to change; omitted fields stay as they are, ``symbol: null`` clears the symbol.
    The text changes only through new versions and translations, and stored versions never:
    the fields that would change them are refused saying so."""

    clearable = frozenset({"symbol"})
    fixed = {
        "content": _TEXT_BY_VERSIONS,
        "format": _TEXT_BY_VERSIONS,
        "language": "it is the original language of version 1; a new version may be in "
        f"another ({_NEW_VERSION}), and a version gets other languages as translations "
        f"({_TRANSLATION})",
        "label": _VERSIONS_ADDED,
        "versions": _VERSIONS_ADDED,
        "latest_version": _VERSIONS_ADDED,
    }
    read_only = frozenset({"id", "consultation_id", "created_at", "updated_at"})

    title: Title | None = None
    symbol: Symbol | None = None


class VersionCreate(_Request):
    label: VersionLabel | None = Field(
        None, description="E.g. `Rev.1`; omitted: `Rev.<n-1>` for version n. " + _ONE_LINE
    )
    language: LanguageTag
    format: DocumentFormat = "text"
    content: Content


class TranslationSet(_Request):
    language: str | None = Field(
        None,
        description="Optional, as in a new version's body; when given it must name the "
        "path's language (422 otherwise).",
    )
    format: DocumentFormat = "text"
    content: Content


class ParseWarningOut(BaseModel):
    line: int
    message: str
    excerpt: str = Field(
        description="What the warning points at: mostly its line's text, at most 60 "
        "characters (a longer one is cut to 59 and an ellipsis, between grapheme clusters: "
        "never inside a flag, an emoji or a letter and its combining marks); a paragraph's "
        "anchor, or on line 0 the previous version's label."
    )


class TextRead(BaseModel):
    language: str
    format: DocumentFormat
    is_original: bool
    paragraph_count: int
    warnings: list[ParseWarningOut]
    created_at: Timestamp
    updated_at: Timestamp


class VersionSummary(BaseModel):
    number: int
    label: str | None
    language: str = Field(description="The language the version was written in.")
    languages: list[str] = Field(description="Every language it has: original first.")
    paragraph_count: int
    created_at: Timestamp


class VersionRead(VersionSummary):
    document_id: uuid.UUID
    texts: list[TextRead]


class DocumentRead(BaseModel):
    id: uuid.UUID
    consultation_id: uuid.UUID
    title: str
    symbol: str | None
    language: str
    latest_version: int
    created_at: Timestamp
    updated_at: Timestamp
    versions: list[VersionSummary]


class AnchorNode(BaseModel):
    anchor: str
    label: str | None
    kind: str
    children: list["AnchorNode"]


class ChangeCounts(BaseModel):
    unchanged: int
    modified: int
    moved: int
    removed: int
    added: int


class ImportResult(BaseModel):
    id: uuid.UUID = Field(description="The document's id (as `document.id`).")
    document_id: uuid.UUID = Field(
        description="The document's id once more, under the name rounds and versions use for it."
    )
    number: int = Field(description="The number of the version just stored (as `version.number`).")
    document: DocumentRead
    version: VersionRead
    paragraph_count: int
    anchors: list[str] = Field(description="Every anchor of the version, in document order.")
    paragraphs: list["ParagraphRead"] = Field(
        description="The version parsed into paragraphs, in document order, as "
        "`GET /v1/documents/{id}/versions/{n}/paragraphs` lists them."
    )
    tree: list[AnchorNode] = Field(description="The same anchors nested under their parents.")
    warnings: list[ParseWarningOut] = Field(
        description="What the parser could not place. A revision whose paragraphs all keep "
        "their anchors and texts (up to whitespace) is still stored, with one more warning at "
        "line 0, its excerpt the previous version's label: the text is identical to version N, "
        "or differs from it only in layout (reflowed lines, spacing, plain text for Markdown)."
    )
    changes: ChangeCounts | None = Field(
        None, description="For versions after the first: how the previous one maps into it."
    )


class BrokenQuote(BaseModel):
    comment_id: uuid.UUID
    round_id: uuid.UUID
    anchor: str
    exact: str = Field(description="The quoted words, which the new text no longer has.")


class TranslationResult(BaseModel):
    document_id: uuid.UUID
    version: int
    language: str
    format: DocumentFormat
    paragraph_count: int
    warnings: list[ParseWarningOut]
    replaced: bool = Field(
        description="True when the version had a text in this language already (200), false "
        "for a new translation (201). Also true when that text was the one sent: see `changed`."
    )
    changed: bool = Field(
        description="False when the version's text in this language already had this `format` "
        "and exactly this `content`: PUT is idempotent, so nothing changes (no new parse, no "
        "audit entry, the document's `ETag` stays, `broken_quotes` is empty). True otherwise."
    )
    broken_quotes: list[BrokenQuote] = Field(
        default_factory=list,
        description="When a translation was replaced: the comments on this version whose quote "
        "occurred in their paragraph of the replaced text and no longer occurs in the new one "
        "(W3C TextQuoteSelector semantics), in the order they were submitted. The replace is "
        "kept (a translation fix may reword); these comments' quotes now point at words the "
        "text lacks. Empty for a new translation.",
    )


class TranslationRead(TextRead):
    document_id: uuid.UUID
    version: int
    content: str = Field(description="The text as it was sent, before parsing.")


class TranslationList(BaseModel):
    document_id: uuid.UUID
    version: int
    items: list[TextRead] = Field(
        description="Every language the version has, the original first, then the "
        "translations by tag."
    )
    next_cursor: str | None = Field(
        None, description="Always null: a version has a handful of texts, listed whole."
    )


class ParagraphRead(BaseModel):
    anchor: str
    label: str | None
    kind: str = Field(
        description="`preamble`, `operative` (a numbered paragraph), `subparagraph` (a lettered "
        "or roman item), `target` (a goal's target, `1.1` or `1.a`, anchored `target-1.1`), "
        "`heading` or `unnumbered`."
    )
    parent: str | None
    ordinal: int
    heading_path: list[str]
    text: str


class ParagraphList(BaseModel):
    document_id: uuid.UUID
    version: int
    language: str = Field(
        description="The language of these paragraphs: the one asked for, or the one a lookup "
        "fell back to (`zh` for `zh-CN`)."
    )
    items: list[ParagraphRead] = Field(
        description="In document order: every paragraph, or a page of them when `limit` or "
        "`cursor` is given."
    )
    next_cursor: str | None = Field(
        None, description="The next page's cursor; null on the last page or without `limit`."
    )


class ChangeRead(BaseModel):
    old_anchor: str
    new_anchor: str | None
    status: ChangeStatus
    similarity: float


class ChangeList(BaseModel):
    document_id: uuid.UUID
    version: int
    previous_version: int
    items: list[ChangeRead] = Field(description="One per paragraph of the previous version.")
    added: list[str] = Field(description="Anchors of paragraphs new in this version.")


class DocumentListItem(BaseModel):
    id: uuid.UUID
    consultation_id: uuid.UUID
    title: str
    symbol: str | None
    language: str
    latest_version: int
    created_at: Timestamp
    updated_at: Timestamp

    @classmethod
    def of(cls, row: Any) -> "DocumentListItem":
        return cls.model_validate(row, from_attributes=True)


# --------------------------------------------------------------------------- rounds


class RoundCreate(_Request):
    title: Title
    document_id: uuid.UUID
    version: Annotated[
        int,
        Field(
            ge=1,
            le=LARGEST_INTEGER,
            strict=True,
            description='The document version under consultation: a JSON integer (not `"1"`, '
            "`1.0` or `true`).",
        ),
    ]
    opens_at: InputTimestamp = Field(description=_INPUT_TIMESTAMP)
    closes_at: InputTimestamp = Field(description=_INPUT_TIMESTAMP)


class RoundUpdate(Changes):
    """Fields to change; omitted fields stay as they are, none null. The status follows the
    clock and the document version is the round's for good: both are refused saying what to do
    instead."""

    fixed = {
        "status": "it follows opens_at and closes_at; change those to open or close the round",
    } | dict.fromkeys(
        ("document_id", "version"),
        "comments are anchored in the round's version; create a new round on the new version",
    )
    read_only = frozenset({"id", "consultation_id", "number", "created_at", "updated_at"})

    title: Title | None = None
    opens_at: InputTimestamp | None = Field(
        None,
        description="Only while the round is still scheduled (409 once it has opened). "
        + _INPUT_TIMESTAMP,
    )
    closes_at: InputTimestamp | None = Field(
        None, description="Extend or shorten the round. " + _INPUT_TIMESTAMP
    )


class RoundRead(BaseModel):
    id: uuid.UUID
    consultation_id: uuid.UUID
    number: int = Field(description="1, 2, ... within the consultation.")
    title: str
    document_id: uuid.UUID
    version: int
    opens_at: Timestamp
    closes_at: Timestamp
    status: RoundStatus = Field(description="From the clock: scheduled, open or closed.")
    created_at: Timestamp
    updated_at: Timestamp
