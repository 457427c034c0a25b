"""Tables of consultations, draft texts and their paragraphs, rounds, comments and exports."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.clock import utcnow
from core.db import JSONType, UTCDateTime, VerbatimJSONType
from core.ids import new_id


class Consultation(SQLModel, table=True):
    __tablename__ = "consultations"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(max_length=80, unique=True)
    title: str = Field(max_length=300)
    description: str = ""
    visibility: str = Field(default="public", max_length=20)
    moderation: str = Field(default="post", max_length=10)
    attribution: str = Field(default="named", max_length=20)
    eligible_groups: list[str] = Field(default_factory=list, sa_type=JSONType)
    # {"stakeholder_group": {"government": 0.3, ...}, "regional_group": {...}, ...}
    representation_targets: dict[str, dict[str, float]] = Field(
        default_factory=dict, sa_type=JSONType
    )
    languages: list[str] = Field(default_factory=list, sa_type=JSONType)
    tracking_prefix: str = Field(max_length=12, unique=True)
    created_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revision: int = 1


class Facilitator(SQLModel, table=True):
    __tablename__ = "consultation_facilitators"

    consultation_id: uuid.UUID = Field(foreign_key="consultations.id", primary_key=True)
    user_id: uuid.UUID = Field(
        primary_key=True, sa_column_args=[sa.ForeignKey("users.id", ondelete="CASCADE")]
    )
    appointed_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Document(SQLModel, table=True):
    __tablename__ = "documents"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    consultation_id: uuid.UUID = Field(foreign_key="consultations.id", index=True)
    title: str = Field(max_length=300)
    symbol: str | None = Field(default=None, max_length=100)
    language: str = Field(max_length=35)
    latest_version: int = 1
    created_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revision: int = 1


class DocumentVersion(SQLModel, table=True):
    """An immutable revision of a draft (Zero draft, Rev.1, ...)."""

    __tablename__ = "document_versions"
    __table_args__ = (sa.UniqueConstraint("document_id", "number"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    document_id: uuid.UUID = Field(foreign_key="documents.id")
    number: int
    label: str | None = Field(default=None, max_length=100)
    language: str = Field(max_length=35)
    created_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class VersionText(SQLModel, table=True):
    """The source text of a version in one language: the original and each translation."""

    __tablename__ = "version_texts"
    __table_args__ = (sa.UniqueConstraint("version_id", "language"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    version_id: uuid.UUID = Field(foreign_key="document_versions.id")
    language: str = Field(max_length=35)
    format: str = Field(max_length=10)
    content: str
    is_original: bool = False
    warnings: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Paragraph(SQLModel, table=True):
    __tablename__ = "paragraphs"
    __table_args__ = (sa.UniqueConstraint("version_id", "language", "anchor"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    version_id: uuid.UUID = Field(foreign_key="document_versions.id")
    language: str = Field(max_length=35)
    anchor: str = Field(max_length=200)
    label: str | None = Field(default=None, max_length=100)
    kind: str = Field(max_length=20)
    parent: str | None = Field(default=None, max_length=200)
    ordinal: int
    heading_path: list[str] = Field(default_factory=list, sa_type=JSONType)
    text: str


class ParagraphChange(SQLModel, table=True):
    """How each paragraph of version n-1 maps into version n, computed once at import."""

    __tablename__ = "paragraph_changes"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    version_id: uuid.UUID = Field(foreign_key="document_versions.id", index=True)
    ordinal: int
    old_anchor: str | None = Field(default=None, max_length=200)
    new_anchor: str | None = Field(default=None, max_length=200)
    # unchanged, modified, moved, removed; "added" rows have no old anchor.
    status: str = Field(max_length=20)
    similarity: float = 0.0


class Round(SQLModel, table=True):
    __tablename__ = "rounds"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    consultation_id: uuid.UUID = Field(foreign_key="consultations.id", index=True)
    document_id: uuid.UUID = Field(foreign_key="documents.id")
    version_number: int
    number: int
    title: str = Field(max_length=300)
    opens_at: datetime = Field(sa_type=UTCDateTime)
    closes_at: datetime = Field(sa_type=UTCDateTime)
    next_sequence: int = 1
    created_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revision: int = 1


class Comment(SQLModel, table=True):
    __tablename__ = "comments"
    __table_args__ = (
        # Covering indexes of the report aggregates (consultations.reports): the counts per
        # organization (and per organization and author, for gender), whole round and per
        # anchor, are index-only scans that arrive grouped.
        sa.Index(
            "ix_comments_round_status_org",
            "round_id",
            "status",
            "organization_id",
            "author_id",
            "campaign_id",
        ),
        sa.Index(
            "ix_comments_round_status_anchor",
            "round_id",
            "status",
            "anchor",
            "organization_id",
            "campaign_id",
        ),
        sa.Index("ix_comments_round_anchor", "round_id", "anchor"),
        sa.Index("ix_comments_round_id_id", "round_id", "id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="rounds.id")
    consultation_id: uuid.UUID = Field(foreign_key="consultations.id", index=True)
    organization_id: uuid.UUID = Field(foreign_key="organizations.id", index=True)
    author_id: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    # Stable pseudonym of the submitting person: survives erasure of the account, so counts of
    # distinct people stay right without keeping who they were.
    author_pseudonym: str = Field(max_length=64)
    client_id: str | None = Field(default=None, max_length=64)
    anchor: str | None = Field(default=None, max_length=200)
    kind: str = Field(max_length=20)
    position: str | None = Field(default=None, max_length=10)
    body: str
    proposed_text: str | None = None
    quote_exact: str | None = None
    quote_prefix: str | None = None
    quote_suffix: str | None = None
    language: str = Field(max_length=35)
    status: str = Field(max_length=20)
    sequence: int
    tracking_number: str = Field(max_length=40, unique=True)
    body_sha256: str = Field(max_length=64)
    # An amendment's proposed text as first submitted, hashed as the body is (see receipts).
    proposed_text_sha256: str | None = Field(default=None, max_length=64)
    receipt: str
    campaign_id: uuid.UUID | None = Field(default=None, index=True)
    flag_count: int = 0
    submitted_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revision: int = 1


class CommentRevision(SQLModel, table=True):
    """The text of a comment before each edit, kept for its author and the secretariat."""

    __tablename__ = "comment_revisions"
    __table_args__ = (sa.UniqueConstraint("comment_id", "revision"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    comment_id: uuid.UUID = Field(foreign_key="comments.id")
    revision: int
    body: str
    proposed_text: str | None = None
    position: str | None = Field(default=None, max_length=10)
    quote_exact: str | None = None
    quote_prefix: str | None = None
    quote_suffix: str | None = None
    anchor: str | None = Field(default=None, max_length=200)
    edited_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    replaced_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class IdempotencyRecord(SQLModel, table=True):
    """A submission's Idempotency-Key: claimed first, completed with the stored response."""

    __tablename__ = "idempotency_records"
    __table_args__ = (sa.UniqueConstraint("caller", "key"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    caller: str = Field(max_length=100)
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    state: str = Field(default="in_flight", max_length=20)
    response_status: int | None = None
    # Replayed as first sent, member order included.
    response_body: dict[str, Any] | None = Field(default=None, sa_type=VerbatimJSONType)
    response_headers: dict[str, str] | None = Field(default=None, sa_type=VerbatimJSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class ExportJob(SQLModel, table=True):
    """A file built in the background (consultations.exports); its bytes are in export_chunks."""

    __tablename__ = "export_jobs"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="rounds.id", index=True)
    # "synthesis" (json, markdown, csv, docx) or "comments" (csv, ndjson, annotations).
    kind: str = Field(default="comments", max_length=20)
    format: str = Field(max_length=20)
    # Comment statuses of a "comments" export.
    statuses: list[str] = Field(default_factory=list, sa_type=JSONType)
    # The language of a "synthesis" export (canonical BCP 47); None for "comments" exports.
    language: str | None = Field(default=None, max_length=35)
    status: str = Field(default="queued", max_length=20)
    progress: float = 0.0
    requested_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    error: str | None = None
    media_type: str | None = Field(default=None, max_length=120)
    filename: str | None = Field(default=None, max_length=200)
    size_bytes: int | None = None
    attempts: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Written every few seconds by the worker running the job; a stale one means that worker
    # died and another may take the job over.
    heartbeat_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ExportChunk(SQLModel, table=True):
    """The file of an export job in pieces of about a megabyte, so that neither building nor
    serving it holds the whole file in memory, and every worker can serve it."""

    __tablename__ = "export_chunks"

    job_id: uuid.UUID = Field(
        primary_key=True, sa_column_args=[sa.ForeignKey("export_jobs.id", ondelete="CASCADE")]
    )
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_type=sa.LargeBinary)
