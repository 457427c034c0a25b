"""Tables of flags, moderation decisions, near-duplicate campaigns and the audit chain."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.clock import utcnow
from core.db import JSONType, UTCDateTime
from core.ids import new_id


class Flag(SQLModel, table=True):
    __tablename__ = "flags"
    __table_args__ = (sa.UniqueConstraint("comment_id", "user_id"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    comment_id: uuid.UUID = Field(foreign_key="comments.id", index=True)
    user_id: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    reason: str = Field(max_length=20)
    note: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ModerationDecision(SQLModel, table=True):
    __tablename__ = "moderation_decisions"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    comment_id: uuid.UUID = Field(foreign_key="comments.id", index=True)
    decision: str = Field(max_length=20)
    reason: str
    from_status: str = Field(max_length=20)
    to_status: str = Field(max_length=20)
    decided_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    decided_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Campaign(SQLModel, table=True):
    __tablename__ = "campaigns"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="rounds.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CommentSignature(SQLModel, table=True):
    """A comment's MinHash signature, kept so later comments can be compared with it."""

    __tablename__ = "comment_signatures"

    comment_id: uuid.UUID = Field(foreign_key="comments.id", primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="rounds.id", index=True)
    signature: bytes = Field(sa_type=sa.LargeBinary)


class CommentBand(SQLModel, table=True):
    """LSH band keys: comments sharing a key are near-duplicate candidates. Lives in the
    database, not in a worker's memory, so every worker sees the same index."""

    __tablename__ = "comment_bands"

    round_id: uuid.UUID = Field(foreign_key="rounds.id", primary_key=True)
    band_key: str = Field(max_length=64, primary_key=True)
    comment_id: uuid.UUID = Field(foreign_key="comments.id", primary_key=True)


class AuditEntry(SQLModel, table=True):
    """One link of the append-only, hash-chained log of state changes."""

    __tablename__ = "audit_entries"

    seq: int = Field(primary_key=True)
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    event: str = Field(max_length=60)
    actor_id: str | None = Field(default=None, max_length=64, index=True)
    consultation_id: uuid.UUID | None = Field(default=None, index=True)
    subject_type: str = Field(max_length=40)
    subject_id: str = Field(max_length=64)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)
    # The person the entry is about when that is not (only) its actor: an index for a person's
    # data export, outside the hashed fields, derived from them (``audit.person_concerned``).
    concerns_user_id: str | None = Field(default=None, max_length=64, index=True)
