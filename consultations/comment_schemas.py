"""Request and response shapes of comments and receipts.

Text fields are NFC-normalised before their limits are checked, so a limit counts characters
(code points) as a reader sees them, whatever normalisation form the client sent. Limits: body
1..20,000 characters, proposed text 1..10,000, each quote part up to 5,000; none may be blank.
Before that, their control characters are removed as a document's content loses them: line
breaks (CR LF, CR, NEL, ...) become line feeds, tabs stay, the others (a terminal's escape, a
bell, DEL, the C1 controls) are dropped.

``language`` is a BCP 47 tag whose language is an ISO 639 code
(``core.languages.normalize_language_tag``, as for documents), returned in canonical case
(``zh-hans-cn`` becomes ``zh-Hans-CN``).
"""

import re
import uuid
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from consultations.schemas import Changes
from core.languages import normalize_language_tag
from core.validation import (
    field_problem,
    nfc_normalized,
    not_blank,
    text_without_control_characters,
)

BODY_MAX = 20_000
PROPOSED_TEXT_MAX = 10_000
QUOTE_PART_MAX = 5_000
ANCHOR_MAX = 200
LANGUAGE_MAX = 35

Kind = Literal["comment", "amendment"]
Position = Literal["support", "oppose", "neutral"]
Status = Literal["pending", "published", "hidden", "rejected", "withdrawn"]
AnchorStatus = Literal["unchanged", "modified", "moved", "orphaned"]


# The constraints come before the normaliser in the annotation so that pydantic wraps them in
# it: NFC runs first, then lengths are checked as a string's (in characters, after NFC).
# Control characters are removed before that (the later a before-validator, the sooner it runs).
_NFC = BeforeValidator(nfc_normalized)
_NO_CONTROLS = BeforeValidator(text_without_control_characters)
_NOT_BLANK = AfterValidator(not_blank)
BodyText = Annotated[
    str, StringConstraints(min_length=1, max_length=BODY_MAX), _NFC, _NO_CONTROLS, _NOT_BLANK
]
ProposedText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=PROPOSED_TEXT_MAX),
    _NFC,
    _NO_CONTROLS,
    _NOT_BLANK,
]
QuotePart = Annotated[
    str, StringConstraints(min_length=1, max_length=QUOTE_PART_MAX), _NFC, _NO_CONTROLS, _NOT_BLANK
]
_ANCHOR_PATTERN = r"^[A-Za-z0-9._~/-]+$"


def _anchor_syntax(value: object) -> object:
    """The anchor's syntax, checked before pydantic's own pattern check so that a printed
    label ("8 (c)", "Action 35") gets a message saying what an anchor looks like."""
    if isinstance(value, str) and value and re.fullmatch(_ANCHOR_PATTERN, value) is None:
        raise ValueError(
            "an anchor is a paragraph's path such as '8.c', 'pp3', 'action-35' or "
            "'annex-1/2.a' (letters, digits and . _ ~ / -), not its printed label like "
            "'8 (c)'; GET /v1/documents/{id}/versions/{n}/paragraphs lists them"
        )
    return value


Anchor = Annotated[
    str,
    StringConstraints(min_length=1, max_length=ANCHOR_MAX, pattern=_ANCHOR_PATTERN),
    BeforeValidator(_anchor_syntax),
]
LanguageTag = Annotated[
    str,
    StringConstraints(min_length=1, max_length=LANGUAGE_MAX),
    AfterValidator(normalize_language_tag),
]


class QuoteIn(BaseModel):
    """A W3C TextQuoteSelector: ``exact`` must occur in the anchored paragraph, preceded by
    ``prefix`` and followed by ``suffix`` when given. ``type`` may be sent, as responses carry
    it, so that a quote read can be sent back as it is."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["TextQuoteSelector"] = "TextQuoteSelector"
    exact: QuotePart
    prefix: QuotePart | None = None
    suffix: QuotePart | None = None


class QuoteOut(BaseModel):
    type: Literal["TextQuoteSelector"] = "TextQuoteSelector"
    exact: str
    prefix: str | None = None
    suffix: str | None = None


class ResolvedQuote(QuoteOut):
    language: str = Field(
        description="The language of the paragraph text it was found in (the one it quotes)."
    )


class CommentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "organization_id": "01935c6e-8f7a-7cc2-9c51-0f3c1d2e4a5b",
                    "anchor": "8.c",
                    "kind": "amendment",
                    "position": "support",
                    "body": "Name the digital divide between women and men explicitly.",
                    "proposed_text": "Closing all digital divides, including the gender divide",
                    "quote": {"exact": "Closing all digital divides"},
                    "language": "en",
                }
            ]
        },
    )

    organization_id: uuid.UUID | None = Field(
        None,
        description="The organization this comment is submitted for. Required for people; a "
        "client bound to an organization may omit it.",
    )
    anchor: Anchor | None = Field(
        None, description="The paragraph's anchor (e.g. `8.c`); null for a general comment."
    )
    kind: Kind = "comment"
    position: Position | None = None
    body: BodyText = Field(
        description=f"1 to {BODY_MAX} characters. Control characters are removed, as from the "
        "proposed text and the quote: line breaks become line feeds, tabs stay, the others (a "
        "terminal's escape, a bell, DEL, the C1 controls) are dropped."
    )
    proposed_text: ProposedText | None = Field(
        None, description=f"Required for amendments (1 to {PROPOSED_TEXT_MAX} characters)."
    )
    quote: QuoteIn | None = None
    language: LanguageTag = Field(description="BCP 47 language tag of the comment.")

    @model_validator(mode="after")
    def _consistent(self) -> "CommentCreate":
        if self.kind == "amendment" and self.proposed_text is None:
            raise field_problem("proposed_text", "required for an amendment")
        if self.kind == "comment" and self.proposed_text is not None:
            raise field_problem("proposed_text", "only for amendments (kind 'amendment')")
        if self.quote is not None and self.anchor is None:
            raise field_problem("quote", "needs an anchor: general comments quote nothing")
        return self


# What ``?version=`` adds to a comment, left out of every other answer.
RESOLVED_FIELDS = {"resolved_anchor", "anchor_status", "resolved_quote"}


class CommentUpdate(Changes):
    """Fields to change; omitted fields stay as they are. ``null`` clears ``position``,
    ``quote`` and ``anchor`` (making it a general comment). A comment moved to another
    paragraph keeps its quote, which must occur there (422 otherwise: send a new ``quote``, or
    ``null`` to drop it); a quoted comment becomes a general comment only with ``quote: null``.
    An empty object changes nothing, as an empty JSON merge patch (RFC 7396) and as a round's,
    a document's or a consultation's: the comment is answered as it is, after the same checks;
    so is an object restating the stored values once normalised as an edit stores them."""

    clearable = frozenset({"position", "quote", "anchor"})
    fixed = dict.fromkeys(
        ("kind", "language", "organization_id", "round_id"),
        "it is set at submission; withdraw the comment and submit it again",
    ) | {"status": "a comment is withdrawn with DELETE and moderated with a decision"}
    read_only = frozenset(
        {
            "id",
            "consultation_id",
            "organization",
            "version",
            "tracking_number",
            "receipt",
            "submitted_at",
            "updated_at",
            "campaign_id",
            "flag_count",
            "open_flag_count",
            *RESOLVED_FIELDS,
        }
    )

    body: BodyText | None = None
    proposed_text: ProposedText | None = None
    position: Position | None = None
    quote: QuoteIn | None = None
    anchor: Anchor | None = None


class OrganizationSummary(BaseModel):
    name: str | None = Field(
        description="Null under `group_only` attribution for anyone but the secretariat, "
        "co-facilitators and the organization itself."
    )
    stakeholder_group: str
    regional_group: str | None = Field(
        description="Null when `name` is: with the public registry of organizations, the "
        "regional group could name an organization alone in its group and region."
    )


class CommentRead(BaseModel):
    id: str
    round_id: str
    consultation_id: str
    organization_id: str | None = Field(
        description="Null where attribution is hidden (see `organization.name`)."
    )
    organization: OrganizationSummary
    anchor: str | None
    kind: Kind
    position: Position | None
    body: str
    proposed_text: str | None
    quote: QuoteOut | None
    language: str
    status: Status
    tracking_number: str
    receipt: str = Field(description="Compact JWS receipt; verify it with the JWKS.")
    submitted_at: str
    updated_at: str
    version: int = Field(description="The document version the comment was made on.")
    campaign_id: str | None = Field(
        description="The form-letter campaign (near-duplicate group, `GET "
        "/v1/rounds/{id}/campaigns`) the comment belongs to, or null. Set on submission (the "
        "201 already carries it) and later when a new copy makes this comment part of one; "
        "null again once the comment is withdrawn or edited away from the letter, and when the "
        "other members' withdrawals or edits leave it alone in its campaign. "
        "Derived by the platform: like `flag_count`, it does not change the comment's `ETag`, "
        "which follows the comment's revisions (edits and moderation decisions, what `If-Match` "
        "protects)."
    )
    flag_count: int | None = Field(
        None,
        description="Only for the secretariat and co-facilitators: every flag the comment has "
        "received, including those a moderation decision has answered already.",
    )
    open_flag_count: int | None = Field(
        None,
        description="Only for the secretariat and co-facilitators: the flags no moderation "
        "decision has answered yet (flagged after the comment's last decision), those that "
        "count towards the flag threshold. Like `flag_count`, it does not change the comment's "
        "`ETag`.",
    )
    resolved_anchor: str | None = Field(
        None, description="Only with `?version=`: the anchor in that version (null: orphaned)."
    )
    anchor_status: AnchorStatus | None = Field(
        None,
        description="Only with `?version=`: `moved` when the paragraph is under another anchor "
        "in that version, `orphaned` when it is gone; else `unchanged` when it reads as in the "
        "comment's version (whitespace aside; also when later edits were undone), `modified` "
        "when it does not.",
    )
    resolved_quote: ResolvedQuote | None = Field(
        None,
        description="Only with `?version=`: the quote where that version's paragraph "
        "`resolved_anchor` prints it (it may have been edited), with up to 32 characters of "
        "context each side; null when the comment has no quote, when the quote was dropped "
        "(its words are no longer there; the comment stays on its paragraph), or when it is "
        "followed only by its anchor (a quote in a language some version lacks, until that "
        "translation exists).",
    )


class CommentRevisionRead(BaseModel):
    revision: int = Field(description="The comment's revision this text was, before the edit.")
    body: str
    proposed_text: str | None
    position: Position | None
    quote: QuoteOut | None
    anchor: str | None
    edited_by: str | None = Field(
        description="The user who made the edit that replaced this text, shown to the "
        "comment's organization and the secretariat; null for everyone else (no comment names "
        "its author to them) and once that user's account is erased."
    )
    replaced_at: str


class CommentHistory(BaseModel):
    comment_id: str
    current_revision: int = Field(
        description="The comment's revision now (its ETag's): every change counts, status "
        "changes by moderation too, not only edits."
    )
    items: list[CommentRevisionRead] = Field(
        description="The earlier texts, one per edit; a status change adds none."
    )
    next_cursor: str | None


class ReceiptCheck(BaseModel):
    tracking_number: str
    comment_id: str
    submitted_at: str
    body_sha256: str = Field(
        description="SHA-256 (hex) of the UTF-8 `body` field as originally submitted and stored, "
        "after Unicode NFC normalisation and the removal of its control characters (not of "
        "the whole request)."
    )
    proposed_text_sha256: str | None = Field(
        None,
        description="For an amendment, SHA-256 (hex) of its `proposed_text` as originally "
        "submitted (NFC), also a claim of its receipt; null for a comment.",
    )
    valid: bool = Field(
        description="The stored receipt's signature verifies against a published key and its "
        "claims match the stored comment."
    )
