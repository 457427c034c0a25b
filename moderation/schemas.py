"""Request and response models of flags, moderation decisions, the queue, campaigns and the
audit log. Ids are strings and timestamps RFC 3339 UTC with ``Z``."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
)

from core.clock import rfc3339
from core.validation import nfc_normalized, not_blank, text_without_control_characters

Timestamp = Annotated[datetime, PlainSerializer(rfc3339, return_type=str)]
FlagReason = Literal["spam", "offensive", "off_topic", "misattributed"]
Decision = Literal["publish", "hide", "reject", "restore"]
CommentStatus = Literal["pending", "published", "hidden", "rejected", "withdrawn"]
# As a comment's body: moderators read notes and reasons in the queue, the audit log and
# exports, where a terminal's escapes and bells would act instead of printing, and a reason of
# nothing but them would meet "reason required" while saying nothing.
_NO_CONTROLS = BeforeValidator(text_without_control_characters)
# NFC too, as a comment's body, before the length is checked: listed after the constraints so
# that it runs before them, and before _NO_CONTROLS so that it runs after it.
_NFC = BeforeValidator(nfc_normalized)


class FlagCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: FlagReason
    note: (
        Annotated[
            str, StringConstraints(strip_whitespace=True, max_length=2000), _NFC, _NO_CONTROLS
        ]
        | None
    ) = Field(
        None,
        description="What is wrong, for the moderators (at most 2,000 characters, counted "
        "after Unicode NFC normalisation). Control characters are removed (line feeds and tabs "
        "stay) and the text is NFC-normalised, as a comment's body.",
    )


class FlagRead(BaseModel):
    id: str
    comment_id: str
    reason: FlagReason
    note: str | None
    created_at: Timestamp
    comment_status: CommentStatus = Field(
        description="The comment's status after this flag: `hidden` once the flag threshold "
        "is reached."
    )
    flag_count: int | None = Field(
        description="Distinct flags the comment has received so far; null unless the caller "
        "moderates the consultation (the secretariat, its co-facilitators), as on "
        "`GET /v1/comments/{id}`, so that nobody else can watch a comment near the threshold."
    )
    open_flag_count: int | None = Field(
        description="Of those, the flags no moderation decision has answered yet, this one "
        "included: the ones the flag threshold counts (as `open_flag_count` of "
        "`GET /v1/comments/{id}`); null unless the caller moderates the consultation."
    )


class DecisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Decision
    reason: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
        _NFC,
        _NO_CONTROLS,
        AfterValidator(not_blank),
    ] = Field(
        description="Why (required, at most 4,000 characters, counted after Unicode NFC "
        "normalisation). Control characters are removed (line feeds and tabs stay) and the text "
        "is NFC-normalised, as a comment's body; a reason of nothing else, or of "
        "spaces and invisible characters only, is blank (422)."
    )


class DecisionRead(BaseModel):
    id: str
    comment_id: str
    decision: Decision
    reason: str
    from_status: CommentStatus
    to_status: CommentStatus
    decided_by: str | None
    decided_at: Timestamp


class QueueItem(BaseModel):
    id: str = Field(description="The comment's id (the same as `comment_id`).")
    comment_id: str
    revision: int = Field(description="The comment's revision, as the moderator sees it here.")
    etag: str = Field(
        description="The comment's ETag at that revision, as `GET /v1/comments/{id}` gives it: "
        "send it as `If-Match` with a decision so that it applies only to the comment as read "
        "here (412 once it has changed: edited, or its status changed by another decision or "
        "the flag threshold)."
    )
    round_id: str
    organization_id: str
    anchor: str | None
    kind: str
    position: str | None
    body: str
    proposed_text: str | None
    language: str
    status: CommentStatus
    submitted_at: Timestamp
    campaign_id: str | None
    queued_because: Literal["pending", "flagged"] = Field(
        description="`pending`: awaiting pre-moderation; `flagged`: flags not yet reviewed "
        "(the comment may have been hidden by them)."
    )
    flag_count: int = Field(
        description="Every flag the comment has received, including those a moderation "
        "decision has answered already."
    )
    open_flag_count: int = Field(
        description="The flags no moderation decision has answered yet (flagged after the "
        "comment's last decision): those that count towards the flag threshold and keep a "
        "published or hidden comment in the queue."
    )
    flag_reasons: dict[str, int] = Field(
        description="Number of flags per reason, over every flag (as `flag_count`)."
    )
    flag_notes: list[str] = Field(
        description="The flaggers' notes, oldest first, over every flag (as `flag_count`)."
    )
    last_flagged_at: Timestamp | None


class CampaignRead(BaseModel):
    id: str
    size: int = Field(description="Number of member comments the caller may see.")
    comment_ids: list[str] = Field(description="Those members, oldest first.")
    organization_count: int = Field(description="Distinct organizations among those members.")
    representative_excerpt: str = Field(
        description="Excerpt of the earliest of those members: the letter as first received."
    )


class AuditEntryRead(BaseModel):
    seq: int
    occurred_at: Timestamp
    event: str
    actor_id: str | None
    consultation_id: str | None
    subject_type: str
    subject_id: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


class ChainVerification(BaseModel):
    valid: bool
    entries: int = Field(description="Entries checked.")
    head: str | None = Field(description="Hash of the last entry (null when the log is empty).")
    head_seq: int | None = Field(description="Sequence number of the last entry.")
    first_broken: int | None = Field(
        description="Sequence number of the first entry whose link does not hold."
    )
