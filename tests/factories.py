"""Test data written straight into the database, for tests whose subject is something else.

Each factory commits its rows, as the API would, so the app under test sees them. Tests of the
write paths themselves go through the HTTP API instead.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

import sqlalchemy as sa
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import Membership, OAuthGrant, Organization, User
from auth.organizations import hold_name
from auth.passwords import hash_password
from auth.tokens import SCOPES, issue_access_token
from consultations.comments import author_pseudonym
from consultations.consultations import derive_tracking_prefix
from consultations.models import (
    Comment,
    Consultation,
    Document,
    DocumentVersion,
    Facilitator,
    Paragraph,
    Round,
    VersionText,
)
from consultations.receipts import (
    ReceiptClaims,
    make_tracking_number,
    sign_receipt,
    text_sha256,
)
from consultations.schemas import UN_LANGUAGES
from core.clock import utcnow
from core.db import table_of
from core.ids import new_id

PASSWORD = "correct horse battery staple"
ALL_SCOPES = tuple(SCOPES)


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


async def _save(state: AppState, *rows: Any) -> None:
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add_all(rows)
        await session.commit()


async def make_user(
    state: AppState,
    *,
    role: str = "registered",
    email: str | None = None,
    name: str = "Test Person",
    gender: str | None = None,
    birth_year: int | None = None,
) -> User:
    user = User(
        email=email or f"user-{uuid.uuid4().hex[:10]}@example.org",
        password_hash=_password_hash(),
        display_name=name,
        role=role,
        gender=gender,
        birth_year=birth_year,
    )
    await _save(state, user)
    return user


async def make_grant(state: AppState, user: User, *, revoked: bool = False) -> uuid.UUID:
    """A sign-in (``OAuthGrant``) of ``user`` through the client ``tests`` (``token_for``'s
    default), as the authorization-code flow stores it."""
    grant = OAuthGrant(
        id=new_id(),
        client_id="tests",
        user_id=user.id,
        revoked_at=utcnow() if revoked else None,
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(grant)
        await session.commit()
    return grant.id


async def token_for(
    state: AppState,
    user: User,
    scopes: Sequence[str] = ALL_SCOPES,
    client_id: str = "tests",
    *,
    grant_id: uuid.UUID | None = None,
) -> str:
    """An access token for ``user``; with ``grant_id`` (``make_grant``) it names that sign-in
    in its ``sid`` claim, as tokens from the authorization-code flow do."""
    token, _ = await issue_access_token(
        state.keys,
        issuer=state.settings.public_url,
        audience=state.settings.public_url,
        subject=str(user.id),
        client_id=client_id,
        scopes=tuple(scopes),
        ttl_seconds=600,
        grant_id=grant_id,
    )
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def make_organization(
    state: AppState,
    *,
    name: str | None = None,
    stakeholder_group: str = "civil_society",
    country: str = "KEN",
    regional_group: str = "african",
    verification: str = "verified",
    representatives: Sequence[User] = (),
) -> Organization:
    organization = Organization(
        # Each its own name: one name per country holds among the organizations not rejected.
        name=name if name is not None else f"Test Organization {uuid.uuid4().hex[:12]}",
        stakeholder_group=stakeholder_group,
        country=country,
        regional_group=regional_group,
        verification=verification,
        verified_at=utcnow() if verification == "verified" else None,
    )
    hold_name(organization)
    await _save(state, organization)
    await _save(
        state,
        *(Membership(organization_id=organization.id, user_id=u.id) for u in representatives),
    )
    return organization


async def make_consultation(
    state: AppState,
    *,
    slug: str | None = None,
    visibility: str = "public",
    moderation: str = "post",
    attribution: str = "named",
    eligible_groups: Sequence[str] = (),
    facilitators: Sequence[User] = (),
    representation_targets: dict[str, dict[str, float]] | None = None,
    languages: Sequence[str] = UN_LANGUAGES,
) -> Consultation:
    prefix = derive_tracking_prefix(slug) if slug else f"T{uuid.uuid4().hex[:7].upper()}"
    slug = slug or f"consultation-{uuid.uuid4().hex[:8]}"
    consultation = Consultation(
        slug=slug,
        title=f"Consultation {slug}",
        visibility=visibility,
        moderation=moderation,
        attribution=attribution,
        eligible_groups=list(eligible_groups),
        representation_targets=representation_targets or {},
        languages=list(languages),
        tracking_prefix=prefix,
    )
    await _save(state, consultation)
    await _save(
        state,
        *(Facilitator(consultation_id=consultation.id, user_id=u.id) for u in facilitators),
    )
    return consultation


DEFAULT_PARAGRAPHS: tuple[tuple[str, str], ...] = (
    ("1", "Digital technologies are dramatically transforming our world."),
    ("2", "We can only achieve this through strengthened international cooperation."),
    ("3", "We recognize that the pace and power of emerging technologies are creating risks."),
    ("3.a", "Closing all digital divides and accelerating progress."),
    ("3.b", "Expanding inclusion in and benefits from the digital economy for all."),
)


@dataclass(frozen=True, slots=True)
class DraftFixture:
    document: Document
    version: DocumentVersion
    paragraphs: tuple[Paragraph, ...]


async def make_document(
    state: AppState,
    consultation: Consultation,
    *,
    paragraphs: Sequence[tuple[str, str]] = DEFAULT_PARAGRAPHS,
    language: str = "en",
) -> DraftFixture:
    document = Document(consultation_id=consultation.id, title="Zero draft", language=language)
    version = DocumentVersion(
        document_id=document.id, number=1, label="Zero draft", language=language
    )
    content = "\n\n".join(f"{anchor}. {text}" for anchor, text in paragraphs)
    text = VersionText(
        version_id=version.id, language=language, format="text", content=content, is_original=True
    )
    rows = tuple(
        Paragraph(
            version_id=version.id,
            language=language,
            anchor=anchor,
            label=anchor,
            kind="subparagraph" if "." in anchor else "operative",
            parent=anchor.rsplit(".", 1)[0] if "." in anchor else None,
            ordinal=index,
            heading_path=[],
            text=body,
        )
        for index, (anchor, body) in enumerate(paragraphs, start=1)
    )
    await _save(state, document)
    await _save(state, version)
    await _save(state, text, *rows)
    return DraftFixture(document=document, version=version, paragraphs=rows)


async def make_round(
    state: AppState,
    consultation: Consultation,
    draft: DraftFixture,
    *,
    opens_at: datetime | None = None,
    closes_at: datetime | None = None,
    number: int = 1,
) -> Round:
    now = utcnow()
    round_ = Round(
        consultation_id=consultation.id,
        document_id=draft.document.id,
        version_number=draft.version.number,
        number=number,
        title=f"Round {number}",
        opens_at=opens_at or now - timedelta(hours=1),
        closes_at=closes_at or now + timedelta(days=7),
    )
    await _save(state, round_)
    return round_


async def make_comment(
    state: AppState,
    round_: Round,
    organization: Organization,
    *,
    author: User | None = None,
    anchor: str | None = "1",
    kind: str = "comment",
    position: str | None = None,
    body: str = "...",
    status: str = "published",
    campaign_id: uuid.UUID | None = None,
    language: str = "en",
    proposed_text: str | None = None,
) -> Comment:
    """A comment row with a real tracking number and signed receipt, as submission makes it."""
    rounds = table_of(Round)
    # Before the write transaction: the first use of the key ring writes a key, and SQLite
    # admits one writer at a time.
    signing_key = await state.keys.signing_key()
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        consultation = await session.get(Consultation, round_.consultation_id)
        assert consultation is not None
        connection = await session.connection()
        sequence = (
            await connection.execute(
                sa.update(rounds)
                .where(rounds.c.id == round_.id)
                .values(next_sequence=rounds.c.next_sequence + 1)
                .returning(rounds.c.next_sequence - 1)
            )
        ).scalar_one()
        comment_id = new_id()
        submitted_at = utcnow()
        tracking_number = make_tracking_number(
            consultation.tracking_prefix, round_.number, sequence
        )
        digest = text_sha256(body)
        receipt = sign_receipt(
            signing_key,
            ReceiptClaims.of(tracking_number, comment_id, digest, submitted_at),
        )
        comment = Comment(
            id=comment_id,
            round_id=round_.id,
            consultation_id=round_.consultation_id,
            organization_id=organization.id,
            author_id=author.id if author else None,
            author_pseudonym=author_pseudonym(author.id if author else None, "tests"),
            anchor=anchor,
            kind=kind,
            position=position,
            body=body,
            proposed_text=proposed_text,
            language=language,
            status=status,
            sequence=sequence,
            tracking_number=tracking_number,
            body_sha256=digest,
            receipt=receipt,
            campaign_id=campaign_id,
            submitted_at=submitted_at,
            updated_at=submitted_at,
        )
        session.add(comment)
        await session.commit()
    return comment


async def make_oauth_client(
    state: AppState,
    *,
    name: str = "Test client",
    redirect_uris: Sequence[str] = ("https://app.example.org/callback",),
    organization: Organization | None = None,
    public: bool = False,
    scopes: Sequence[str] | None = None,
) -> tuple[str, str | None]:
    """Registers an OAuth client as the CLI does; returns its id and secret (None if public)."""
    from auth.clients import create_client
    from auth.schemas import ClientCreate

    data = ClientCreate.model_validate(
        {
            "name": name,
            "redirect_uris": list(redirect_uris),
            "organization_id": str(organization.id) if organization else None,
            "public": public,
            "scopes": list(scopes) if scopes is not None else None,
        }
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        client, secret = await create_client(session, data, created_by=None)
        await session.commit()
    return client.client_id, secret


def sign_in_form(client_id: str, email: str, password: str) -> dict[str, str]:
    """What the sign-in page posts: an authorization-code request with PKCE, and the
    person's address and password."""
    return {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": "https://app.example.org/callback",
        "state": "xyz",
        "code_challenge": create_s256_code_challenge(generate_token(48)),
        "code_challenge_method": "S256",
        "email": email,
        "password": password,
    }
