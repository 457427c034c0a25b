"""Tables of people, organizations (the stakeholder registry), memberships and OAuth 2 state."""

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.clock import utcnow
from core.db import JSONType, UTCDateTime
from core.ids import new_id


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    email: str = Field(max_length=320, unique=True)
    password_hash: str = Field(max_length=255)
    display_name: str = Field(max_length=200)
    # Platform role: admin, secretariat or registered. Representative and co-facilitator are
    # derived from memberships and appointments.
    role: str = Field(default="registered", max_length=20)
    gender: str | None = Field(default=None, max_length=20)
    birth_year: int | None = None
    languages: list[str] = Field(default_factory=list, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revision: int = 1


class Organization(SQLModel, table=True):
    __tablename__ = "organizations"
    # One name per country among the organizations that are not rejected: a rejected one may
    # have been an impostor, and the organization it claimed to be must be able to register.
    __table_args__ = (
        sa.Index(
            "uq_organizations_name_digest_country",
            "name_digest",
            "country",
            unique=True,
            postgresql_where=sa.text("verification <> 'rejected'"),
            sqlite_where=sa.text("verification <> 'rejected'"),
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    name: str = Field(max_length=300)
    stakeholder_group: str = Field(max_length=40, index=True)
    country: str = Field(max_length=3, index=True)
    website: str | None = Field(default=None, max_length=500)
    accreditation: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    regional_group: str = Field(max_length=40, index=True)
    m49_region: str | None = Field(default=None, max_length=100)
    m49_subregion: str | None = Field(default=None, max_length=100)
    # The name as the one-name-per-country rule and the name filter compare it
    # (``auth.organizations.name_key``).
    name_key: str | None = None
    # The SHA-256 of ``name_key`` while this organization holds its name in its country: the
    # unique index below is on it, not on the key, which NFKC can make too long for an index
    # entry. NULL on a duplicate registered before the index existed (migration 0009).
    name_digest: str | None = Field(default=None, max_length=64)
    verification: str = Field(default="pending", max_length=20, index=True)
    verification_note: str | None = None
    verified_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revision: int = 1


class VerificationDecision(SQLModel, table=True):
    __tablename__ = "verification_decisions"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organization_id: uuid.UUID = Field(foreign_key="organizations.id", index=True)
    decision: str = Field(max_length=20)
    note: str | None = None
    decided_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    decided_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Membership(SQLModel, table=True):
    __tablename__ = "memberships"

    organization_id: uuid.UUID = Field(foreign_key="organizations.id", primary_key=True)
    user_id: uuid.UUID = Field(
        primary_key=True, sa_column_args=[sa.ForeignKey("users.id", ondelete="CASCADE")]
    )
    role: str = Field(default="representative", max_length=20)
    added_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OAuthClient(SQLModel, table=True):
    __tablename__ = "oauth_clients"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    client_id: str = Field(max_length=64, unique=True)
    secret_hash: str | None = Field(default=None, max_length=255)
    name: str = Field(max_length=200)
    redirect_uris: list[str] = Field(default_factory=list, sa_type=JSONType)
    grant_types: list[str] = Field(default_factory=list, sa_type=JSONType)
    scopes: list[str] = Field(default_factory=list, sa_type=JSONType)
    organization_id: uuid.UUID | None = Field(default=None, foreign_key="organizations.id")
    created_by: uuid.UUID | None = Field(
        default=None, sa_column_args=[sa.ForeignKey("users.id", ondelete="SET NULL")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AuthorizationCode(SQLModel, table=True):
    __tablename__ = "oauth_authorization_codes"

    code_hash: str = Field(primary_key=True, max_length=64)
    client_id: str = Field(max_length=64)
    user_id: uuid.UUID = Field(sa_column_args=[sa.ForeignKey("users.id", ondelete="CASCADE")])
    redirect_uri: str = Field(max_length=2000)
    scope: str = Field(default="", max_length=500)
    code_challenge: str = Field(max_length=128)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OAuthGrant(SQLModel, table=True):
    """One sign-in: an authorization code exchanged for tokens. Every token descending from it
    names it (refresh tokens as their ``family_id``, access tokens in their ``sid`` claim), so
    revoking it stops them all at once."""

    __tablename__ = "oauth_grants"

    id: uuid.UUID = Field(primary_key=True)
    client_id: str = Field(max_length=64)
    user_id: uuid.UUID = Field(
        index=True, sa_column_args=[sa.ForeignKey("users.id", ondelete="CASCADE")]
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RefreshToken(SQLModel, table=True):
    __tablename__ = "oauth_refresh_tokens"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    # The grant (sign-in) this token descends from, with every token rotated from it.
    family_id: uuid.UUID = Field(
        index=True, sa_column_args=[sa.ForeignKey("oauth_grants.id", ondelete="CASCADE")]
    )
    client_id: str = Field(max_length=64)
    user_id: uuid.UUID = Field(sa_column_args=[sa.ForeignKey("users.id", ondelete="CASCADE")])
    # What the sign-in granted (the requested scopes the role allowed then): the most any
    # refresh may ask for.
    scope: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    rotated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SigningKey(SQLModel, table=True):
    """Asymmetric keys for access tokens and receipts (``auth.keys``). Every key stays
    published in the JWKS, retired ones so that what they signed keeps verifying, the waiting
    one so that it is known before it signs."""

    __tablename__ = "signing_keys"

    kid: str = Field(primary_key=True, max_length=64)
    algorithm: str = Field(max_length=10)
    private_jwk: dict[str, Any] = Field(sa_type=JSONType)
    public_jwk: dict[str, Any] = Field(sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    retired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
