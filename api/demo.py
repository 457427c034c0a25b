"""The demo consultation behind ``plenary demo``: a realistic review of a draft declaration.

Everything is loaded through the domain services, as people using the API would cause it, in a
unit of work whose events go to the composition root's bus (``api.wiring.build_event_bus``): the
audit chain, campaign detection and receipts are the real ones.

The scenario (texts, organizations and phrases in ``api/demo_data/``):
- a secretariat account, a co-facilitator and one representative per organization;
- 40 organizations, four in each of the ten stakeholder groups and eight in each of the five
  regional groups (least developed, landlocked and small island developing countries among
  them); all verified except two left pending and one rejected with a note;
- the consultation ``DEMO_SLUG``, its zero draft (Markdown, with sub-paragraphs and an annex)
  and round 1 on it, with a few hundred comments and amendments in English, French, Spanish,
  Chinese and Arabic, a form-letter campaign of ``form_letter.copies`` near-identical letters
  from ten organizations, an advertisement flagged by three people and rejected by the
  secretariat, two more flags waiting in the moderation queue and one withdrawn comment;
- Rev.1 as version 2 (a paragraph deleted, one inserted, several edited, so the comments on the
  zero draft re-anchor) and round 2 on it, open for 30 days, with a few dozen comments.

Choices
- One unit of work for the whole load: the database holds all of the demo or none of it, so a
  failed load can simply be run again. Events are dispatched after each step, as each request
  of a real session would.
- The rounds service stores no opening time before a round exists, and comments are only taken
  while a round is open. So round 1 opens at the load, takes its comments, and is then shortened
  to close at once; round 2, on Rev.1, opens at that same instant (a round on a later version
  could run beside it, but the demo shows the usual sequence).
- Deterministic content: who says what, where and in which language depends on ``seed`` only.
  Ids, timestamps, passwords and the token differ at every run. The passwords are random (and
  printed) because a demo database is sometimes left running on a reachable machine.
- The receipt signing key is read before the unit of work starts: the key ring writes the
  first key on a connection of its own, which would wait for the load's write lock on SQLite.
- The printed token is an ordinary access token (``auth.tokens.issue_access_token``) for the
  secretariat account, issued for ``settings.public_url`` like every token the server accepts,
  with every scope a secretariat may hold (all but ``admin``).
- A database that already holds the demo consultation is refused (``DemoAlreadyLoaded``):
  removing a consultation across every table, the audit chain included, is not something the
  platform does. Point ``PLENARY_DATABASE_URL`` at a fresh database instead.
"""

import json
import random
import secrets
import time
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Literal

from joserfc.jwk import ECKey
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from api.db import create_engine, ensure_migrated
from api.settings import Settings
from api.unit_of_work import unit_of_work
from api.wiring import build_event_bus
from auth import accounts, organizations
from auth.keys import KeyRing
from auth.models import User
from auth.principal import Principal
from auth.schemas import OrganizationCreate, UserCreate, VerificationCreate
from auth.tokens import SCOPES, issue_access_token
from consultations import comments, consultations, documents, rounds
from consultations.comment_schemas import CommentCreate, QuoteIn
from consultations.models import Round
from consultations.schemas import (
    ConsultationCreate,
    DocumentCreate,
    RoundCreate,
    RoundUpdate,
    VersionCreate,
)
from consultations.similarity import Signature, comment_text, near_duplicates, signature
from core.clock import rfc3339, utcnow
from core.events import EventBus
from moderation import decisions, flags
from moderation.schemas import DecisionCreate, FlagCreate

DEMO_SLUG = "digital-cooperation-review"
DEFAULT_SEED = 2026
DEMO_DOMAIN = "demo.plenary"
SECRETARIAT_EMAIL = f"secretariat@{DEMO_DOMAIN}"
COFACILITATOR_EMAIL = f"cofacilitator@{DEMO_DOMAIN}"
TOKEN_CLIENT_ID = "plenary-demo"  # noqa: S105  (a label in the token, not a secret)
TOKEN_TTL_SECONDS = 12 * 3600
TOKEN_SCOPES = tuple(scope for scope in SCOPES if scope != "admin")

ROUND_1_COMMENTS = 280
ROUND_2_COMMENTS = 50
ROUND_2_DAYS = 30

DATA_DIR = Path(__file__).parent / "demo_data"

# Where the debate concentrates in each version, and two paragraphs nobody comments on, so the
# coverage report has something to show in each of its lists.
HOT_ANCHORS = {1: frozenset({"4.b", "5", "7", "8"}), 2: frozenset({"6", "7", "8"})}
QUIET_ANCHORS = frozenset({"pp1", "annex-1/2.c"})
_REDRAWS = 20

Kind = Literal["comment", "amendment"]
Position = Literal["support", "oppose", "neutral"]


class DemoError(Exception):
    """An expected failure: the message says what to do."""


class DemoAlreadyLoaded(DemoError):
    """The database already holds the demo consultation."""


# --------------------------------------------------------------------------- scenario data


class OrganizationSeed(BaseModel):
    name: str
    stakeholder_group: str
    country: str
    website: str
    representative: str
    gender: Literal["woman", "man", "non_binary", "undisclosed"]
    birth_year: int
    languages: list[str]
    verification: Literal["verified", "pending", "rejected"] = "verified"
    note: str | None = None
    # The rounds in which the organization comments: a few join only in round 2, so round 1's
    # representation report has a group to flag as under-represented.
    speaks_in: list[int] = [1, 2]


class AmendmentPhrase(BaseModel):
    insert: str
    why: dict[str, str]


class FormLetter(BaseModel):
    anchor: str
    position: Position
    greetings: list[str]
    body: str
    swaps: list[tuple[str, str]]
    signatures: list[str]
    proposed_text: str
    organizations: list[str]
    copies: int


class Phrases(BaseModel):
    references: dict[str, dict[str, str]]
    openers: dict[Position, dict[str, list[str]]]
    points: dict[str, list[str]]
    closings: dict[str, list[str]]
    amendments: list[AmendmentPhrase]
    general: dict[str, list[str]]
    off_topic: dict[str, str]
    form_letter: FormLetter


@cache
def load_organizations() -> tuple[OrganizationSeed, ...]:
    raw = json.loads((DATA_DIR / "organizations.json").read_text(encoding="utf-8"))
    return tuple(OrganizationSeed.model_validate(item) for item in raw)


@cache
def load_phrases() -> Phrases:
    return Phrases.model_validate_json((DATA_DIR / "phrases.json").read_text(encoding="utf-8"))


def draft_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def verification_counts(seeds: Sequence[OrganizationSeed]) -> dict[str, int]:
    return {
        state: sum(seed.verification == state for seed in seeds)
        for state in ("verified", "pending", "rejected")
    }


def speakers_in(seeds: Sequence[OrganizationSeed], round_number: int) -> list[OrganizationSeed]:
    return [s for s in seeds if s.verification == "verified" and round_number in s.speaks_in]


def representative_email(seed: OrganizationSeed) -> str:
    """``firstname.lastname@demo.plenary`` in ASCII."""
    ascii_name = unicodedata.normalize("NFKD", seed.representative).encode("ascii", "ignore")
    parts = ascii_name.decode().lower().replace("-", " ").split()
    return f"{'.'.join(parts)}@{DEMO_DOMAIN}"


# --------------------------------------------------------------------------- planning (pure)


@dataclass(frozen=True, slots=True)
class DraftParagraph:
    anchor: str
    label: str | None
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class PlannedComment:
    organization: str
    anchor: str | None
    kind: Kind
    position: Position | None
    body: str
    language: str
    proposed_text: str | None = None
    quote: str | None = None


def reference(paragraph: DraftParagraph, language: str, phrases: Phrases) -> str:
    """How a comment in ``language`` names the paragraph ("paragraph 4 (b)", "附件一第2 (a)段")."""
    forms = phrases.references[language]
    if paragraph.kind == "preamble" and paragraph.anchor.startswith("pp"):
        return forms["preamble"].format(n=paragraph.anchor.removeprefix("pp"))
    label = paragraph.label or paragraph.anchor
    if "/" in paragraph.anchor:
        return forms["annex"].format(label=label)
    return forms["main"].format(label=label)


def _sentences(parts: Sequence[str], language: str) -> str:
    kept = [part[0].upper() + part[1:] for part in parts if part]
    return ("" if language == "zh" else " ").join(kept)


def _weight(paragraph: DraftParagraph, hot: frozenset[str]) -> int:
    if paragraph.kind == "heading" or paragraph.anchor in QUIET_ANCHORS:
        return 0
    if paragraph.anchor in hot:
        return 8
    if paragraph.kind == "preamble":
        return 1
    return 2 if paragraph.label else 0


def _amended(text: str, insert: str) -> str | None:
    """The paragraph with ``insert`` before its final punctuation, when it ends a sentence."""
    stripped = text.rstrip()
    if not stripped.endswith((".", ";")):
        return None
    return stripped[:-1] + insert + stripped[-1]


def _quote(rng: random.Random, text: str) -> str:
    words = text.split()
    length = min(len(words), rng.randint(3, 6))
    start = rng.randrange(len(words) - length + 1)
    return " ".join(words[start : start + length]).rstrip(",;:.")


def _language(rng: random.Random, seed: OrganizationSeed) -> str:
    if len(seed.languages) == 1 or rng.random() < 0.7:
        return seed.languages[0]
    return rng.choice(seed.languages[1:])


@dataclass(frozen=True, slots=True)
class _Cast:
    """Who may speak and about what, with how much weight."""

    speakers: Sequence[OrganizationSeed]
    activity: list[float]
    targets: list[DraftParagraph]
    weights: list[int]


def _draw(rng: random.Random, cast: _Cast, phrases: Phrases) -> PlannedComment:
    (speaker,) = rng.choices(cast.speakers, weights=cast.activity)
    language = _language(rng, speaker)
    points = phrases.points[language]
    closing = rng.choice(phrases.closings[language])
    if rng.random() < 0.1:
        body = [rng.choice(phrases.general[language]), *rng.sample(points, k=2), closing]
        return PlannedComment(
            speaker.name, None, "comment", None, _sentences(body, language), language
        )
    (paragraph,) = rng.choices(cast.targets, weights=cast.weights)
    amendment = rng.choice(phrases.amendments)
    proposed = _amended(paragraph.text, amendment.insert) if rng.random() < 0.3 else None
    kind: Kind = "amendment" if proposed is not None else "comment"
    position: Position = (
        "support"
        if kind == "amendment"
        else rng.choices(("support", "oppose", "neutral"), weights=(45, 20, 35))[0]
    )
    opener = rng.choice(phrases.openers[position][language])
    body = [opener.format(ref=reference(paragraph, language, phrases))]
    if kind == "amendment":
        body.append(amendment.why[language])
    body.extend(rng.sample(points, k=rng.choice((1, 2))))
    body.append(closing)
    return PlannedComment(
        speaker.name,
        paragraph.anchor,
        kind,
        position,
        _sentences(body, language),
        language,
        proposed_text=proposed,
        quote=_quote(rng, paragraph.text) if rng.random() < 0.25 else None,
    )


def plan_comments(
    rng: random.Random,
    speakers: Sequence[OrganizationSeed],
    paragraphs: Sequence[DraftParagraph],
    phrases: Phrases,
    *,
    count: int,
    hot: frozenset[str],
) -> list[PlannedComment]:
    """``count`` comments and amendments on ``paragraphs`` by ``speakers``: anchored and
    general, in each speaker's languages, with positions, quotes and proposed texts.

    Stock phrases recombined by chance can come out as near-duplicates of each other, which
    campaign detection would rightly group as a form letter. The demo's only campaign is meant
    to be its form letter, so a comment that would be a near-duplicate of one already planned
    is drawn again (a few times at most)."""
    targets = [p for p in paragraphs if _weight(p, hot) > 0]
    cast = _Cast(
        speakers,
        # Organizations writing in Chinese or Arabic are few; they speak more, so that every
        # working language is well represented.
        [
            rng.uniform(0.6, 1.6) * (2.5 if {"zh", "ar"} & set(seed.languages) else 1.0)
            for seed in speakers
        ],
        targets,
        [_weight(p, hot) for p in targets],
    )
    planned: list[PlannedComment] = []
    signatures: list[tuple[str, Signature]] = []
    for index in range(count):
        for _ in range(_REDRAWS):
            comment = _draw(rng, cast, phrases)
            sig = signature(comment_text(comment.body, comment.proposed_text))
            if not near_duplicates(sig, signatures):
                break
        planned.append(comment)
        signatures.append((str(index), sig))
    return planned


def plan_form_letters(rng: random.Random, phrases: Phrases) -> list[PlannedComment]:
    """The campaign: one letter, lightly varied (greeting, signature, a few word swaps) and
    sent ``copies`` times by the campaign's organizations."""
    letter = phrases.form_letter
    planned = []
    for index in range(letter.copies):
        body = letter.body
        for old, new in rng.sample(letter.swaps, k=rng.randint(0, 3)):
            body = body.replace(old, new)
        organization = letter.organizations[index % len(letter.organizations)]
        text = "\n\n".join(
            (rng.choice(letter.greetings), body, f"{rng.choice(letter.signatures)}\n{organization}")
        )
        planned.append(
            PlannedComment(
                organization,
                letter.anchor,
                "amendment",
                letter.position,
                text,
                "en",
                proposed_text=letter.proposed_text,
            )
        )
    return planned


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True, slots=True)
class RoundSummary:
    id: str
    number: int
    title: str
    version: int
    status: str
    closes_at: str
    comments: int


@dataclass(frozen=True, slots=True)
class DemoResult:
    consultation_id: str
    slug: str
    document_id: str
    rounds: list[RoundSummary]
    organizations: dict[str, int]
    secretariat_email: str
    secretariat_password: str
    cofacilitator_email: str
    representative_emails: list[str]
    people_password: str
    access_token: str
    token_expires_in: int
    public_url: str
    seconds: float


Progress = Callable[[str], None]


def _no_progress(_line: str) -> None:
    return None


def _password() -> str:
    return secrets.token_urlsafe(12)


@dataclass(frozen=True, slots=True)
class Submitted:
    planned: PlannedComment
    comment_id: uuid.UUID
    etag: str


@dataclass
class _Loader:
    session: AsyncSession
    events: EventBus
    settings: Settings
    signing_key: ECKey
    rng: random.Random
    progress: Progress
    secretariat_password: str
    people_password: str
    secretariat: Principal = field(init=False)
    cofacilitator: Principal = field(init=False)
    representatives: dict[str, Principal] = field(default_factory=dict)
    emails: dict[str, str] = field(default_factory=dict)
    organization_ids: dict[str, uuid.UUID] = field(default_factory=dict)

    async def step(self, line: str) -> None:
        """Hands the events of the step just done to the subscribers, then reports it."""
        await self.events.dispatch(self.session)
        self.progress(line)

    async def _register(
        self, email: str, name: str, role: str = "registered", **extra: object
    ) -> User:
        password = self.secretariat_password if role == "secretariat" else self.people_password
        data = UserCreate.model_validate(
            {"email": email, "password": password, "display_name": name, **extra}
        )
        return await accounts.register(self.session, data, role=role)

    async def people(self, seeds: Sequence[OrganizationSeed]) -> None:
        staff = await self._register(
            SECRETARIAT_EMAIL, "Demo Secretariat", role="secretariat", languages=["en", "fr"]
        )
        self.secretariat = Principal(
            role="secretariat", user_id=staff.id, scopes=frozenset(TOKEN_SCOPES)
        )
        chair = await self._register(
            COFACILITATOR_EMAIL, "Demo Co-facilitator", gender="woman", languages=["en", "es"]
        )
        self.cofacilitator = Principal(
            role="registered",
            user_id=chair.id,
            scopes=frozenset({"consultations:write", "moderation:write", "reports:read"}),
        )
        for seed in seeds:
            email = representative_email(seed)
            user = await self._register(
                email,
                seed.representative,
                gender=seed.gender,
                birth_year=seed.birth_year,
                languages=seed.languages,
            )
            self.emails[seed.name] = email
            self.representatives[seed.name] = Principal(
                role="registered", user_id=user.id, scopes=frozenset({"comments:write"})
            )
        await self.step(f"accounts: secretariat, co-facilitator, {len(seeds)} representatives")

    async def stakeholders(self, seeds: Sequence[OrganizationSeed]) -> None:
        for seed in seeds:
            created = await organizations.create(
                self.session,
                self.representatives[seed.name],
                OrganizationCreate(
                    name=seed.name,
                    stakeholder_group=seed.stakeholder_group,
                    country=seed.country,
                    website=seed.website,
                ),
            )
            self.organization_ids[seed.name] = created.id
            if seed.verification != "pending":
                await organizations.decide_verification(
                    self.session,
                    self.secretariat,
                    created.id,
                    VerificationCreate(decision=seed.verification, note=seed.note),
                )
        counts = verification_counts(seeds)
        await self.step(
            f"organizations: {len(seeds)} ({counts['verified']} verified, "
            f"{counts['pending']} pending, {counts['rejected']} rejected)"
        )

    async def consultation(self) -> str:
        created = await consultations.create_consultation(
            self.session,
            self.secretariat,
            ConsultationCreate(
                slug=DEMO_SLUG,
                title="Review of digital cooperation: political declaration",
                description=(
                    "Demo consultation. Stakeholders comment on the zero draft of a political "
                    "declaration reviewing international digital cooperation (round 1, closed) "
                    "and on its first revision (round 2, open)."
                ),
                visibility="public",
                moderation="post",
                attribution="named",
            ),
        )
        await consultations.appoint_facilitator(
            self.session, self.secretariat, str(created.id), str(self.cofacilitator.user_id)
        )
        await self.step(f"consultation: {DEMO_SLUG} with a co-facilitator")
        return str(created.id)

    async def paragraphs(self, document_id: str, version: int) -> list[DraftParagraph]:
        listed = await documents.list_paragraphs(
            self.session, self.cofacilitator, document_id, version, None
        )
        return [DraftParagraph(p.anchor, p.label, p.kind, p.text) for p in listed.items]

    async def submit(
        self, round_id: uuid.UUID, planned: Sequence[PlannedComment]
    ) -> list[Submitted]:
        submitted = []
        for item in planned:
            payload = CommentCreate(
                organization_id=self.organization_ids[item.organization],
                anchor=item.anchor,
                kind=item.kind,
                position=item.position,
                body=item.body,
                proposed_text=item.proposed_text,
                quote=QuoteIn(exact=item.quote) if item.quote else None,
                language=item.language,
            )
            result = await comments.submit_comment(
                self.session,
                self.representatives[item.organization],
                round_id,
                payload,
                signing_key=self.signing_key,
            )
            submitted.append(Submitted(item, uuid.UUID(result.comment.id), result.etag))
        return submitted

    async def moderation(self, submitted: Sequence[Submitted], off_topic: Submitted) -> None:
        """Three people flag the advertisement (enough to hide it at the default threshold)
        and the secretariat rejects it; two other comments get one flag each and wait in the
        moderation queue; one organization withdraws a comment."""
        others = [s for s in submitted if s is not off_topic and s.planned.anchor is not None]
        bystanders = [n for n in self.representatives if n != off_topic.planned.organization]
        threshold = self.settings.flag_threshold
        for name in self.rng.sample(sorted(bystanders), k=3):
            await flags.flag_comment(
                self.session,
                self.representatives[name],
                str(off_topic.comment_id),
                FlagCreate(reason="spam", note="Advertising, nothing to do with the draft."),
                threshold=threshold,
            )
        await decisions.decide(
            self.session,
            self.secretariat,
            str(off_topic.comment_id),
            DecisionCreate(
                decision="reject", reason="Commercial advertising unrelated to the draft text."
            ),
        )
        flagged = self.rng.sample(others[: len(others) // 2], k=2)
        withdrawn = self.rng.choice(others[len(others) // 2 :])
        for target, reason in zip(flagged, ("off_topic", "misattributed"), strict=True):
            name = self.rng.choice(
                sorted(n for n in self.representatives if n != target.planned.organization)
            )
            await flags.flag_comment(
                self.session,
                self.representatives[name],
                str(target.comment_id),
                FlagCreate(reason=reason),
                threshold=threshold,
            )
        await comments.withdraw_comment(
            self.session,
            self.representatives[withdrawn.planned.organization],
            withdrawn.comment_id,
            if_match=withdrawn.etag,
            events=self.events,
        )
        await self.step("moderation: 5 flags, 1 comment rejected, 1 withdrawn by its author")


def _round_summary(round_: Round, comment_count: int) -> RoundSummary:
    read = rounds.round_read(round_)
    return RoundSummary(
        id=str(read.id),
        number=read.number,
        title=read.title,
        version=read.version,
        status=read.status,
        closes_at=rfc3339(read.closes_at),
        comments=comment_count,
    )


async def _scenario(loader: _Loader) -> tuple[str, str, list[RoundSummary]]:
    rng = loader.rng
    phrases = load_phrases()
    seeds = load_organizations()
    await loader.people(seeds)
    await loader.stakeholders(seeds)
    consultation_id = await loader.consultation()
    session, chair = loader.session, loader.cofacilitator

    imported = await documents.create_document(
        session,
        chair,
        consultation_id,
        DocumentCreate(
            title="Review of digital cooperation: draft political declaration",
            language="en",
            format="markdown",
            content=draft_text("zero_draft.md"),
            label="Zero draft",
        ),
        max_bytes=loader.settings.max_document_bytes,
    )
    document_id = str(imported.result.document.id)
    await loader.step(f"zero draft: {imported.result.paragraph_count} paragraphs")

    now = utcnow()
    first = await rounds.create_round(
        session,
        chair,
        consultation_id,
        RoundCreate(
            title="Round 1: zero draft",
            document_id=imported.result.document.id,
            version=1,
            opens_at=now,
            closes_at=now + timedelta(days=1),
        ),
    )
    zero_draft = await loader.paragraphs(document_id, 1)
    planned = plan_comments(
        rng, speakers_in(seeds, 1), zero_draft, phrases, count=ROUND_1_COMMENTS, hot=HOT_ANCHORS[1]
    )
    planned += plan_form_letters(rng, phrases)
    rng.shuffle(planned)
    advertiser = next(
        seed for seed in speakers_in(seeds, 1) if seed.stakeholder_group == "private_sector"
    )
    off_topic_at = rng.randrange(len(planned))
    planned.insert(
        off_topic_at,
        PlannedComment(advertiser.name, None, "comment", None, phrases.off_topic["en"], "en"),
    )
    submitted = await loader.submit(first.id, planned)
    await loader.step(
        f"round 1: {len(submitted)} comments and amendments, "
        f"{phrases.form_letter.copies} of them a form letter"
    )
    await loader.moderation(submitted, submitted[off_topic_at])

    closed = await rounds.update_round(
        session,
        chair,
        str(first.id),
        RoundUpdate(closes_at=utcnow()),
        if_match=rounds.round_etag(first, utcnow()),
    )
    revised = await documents.add_version(
        session,
        chair,
        document_id,
        VersionCreate(
            label="Rev.1", language="en", format="markdown", content=draft_text("rev1.md")
        ),
        max_bytes=loader.settings.max_document_bytes,
        if_match=None,
    )
    changes = revised.result.changes
    await loader.step(
        "round 1 closed; Rev.1 imported"
        + (
            f" ({changes.modified} modified, {changes.moved} moved, {changes.removed} removed, "
            f"{changes.added} added)"
            if changes is not None
            else ""
        )
    )

    second = await rounds.create_round(
        session,
        chair,
        consultation_id,
        RoundCreate(
            title="Round 2: Rev.1",
            document_id=imported.result.document.id,
            version=2,
            opens_at=closed.closes_at,
            closes_at=utcnow() + timedelta(days=ROUND_2_DAYS),
        ),
    )
    rev1 = await loader.paragraphs(document_id, 2)
    planned_again = plan_comments(
        rng, speakers_in(seeds, 2), rev1, phrases, count=ROUND_2_COMMENTS, hot=HOT_ANCHORS[2]
    )
    await loader.submit(second.id, planned_again)
    await loader.step(f"round 2: open for {ROUND_2_DAYS} days, {len(planned_again)} comments")
    return (
        consultation_id,
        document_id,
        [_round_summary(closed, len(planned)), _round_summary(second, len(planned_again))],
    )


async def _migrate(engine: AsyncEngine, database_url: str) -> None:
    try:
        await ensure_migrated(engine, database_url, auto_migrate=True)
    except (OSError, SQLAlchemyError):
        raise
    except Exception as exc:
        # Alembic reports a database it cannot migrate with exceptions of its own.
        raise DemoError(f"the database could not be migrated: {exc}") from exc


async def load_demo(
    settings: Settings, *, seed: int = DEFAULT_SEED, progress: Progress = _no_progress
) -> DemoResult:
    """Migrates the database of ``settings`` if needed and loads the demo into it."""
    started = time.monotonic()
    engine = create_engine(settings.database_url, pool_size=2)
    try:
        await _migrate(engine, settings.database_url)
        keys = KeyRing(engine)
        signing_key = await keys.signing_key()
        events = build_event_bus()
        async with unit_of_work(engine, events) as session:
            if await consultations.find_consultation(session, DEMO_SLUG) is not None:
                raise DemoAlreadyLoaded(
                    f"this database already holds the demo consultation {DEMO_SLUG!r}; point "
                    "PLENARY_DATABASE_URL at a fresh database to load it again"
                )
            loader = _Loader(
                session=session,
                events=events,
                settings=settings,
                signing_key=signing_key,
                rng=random.Random(seed),
                progress=progress,
                secretariat_password=_password(),
                people_password=_password(),
            )
            consultation_id, document_id, summaries = await _scenario(loader)
        token, expires_in = await issue_access_token(
            keys,
            issuer=settings.public_url,
            audience=settings.public_url,
            subject=str(loader.secretariat.user_id),
            client_id=TOKEN_CLIENT_ID,
            scopes=TOKEN_SCOPES,
            ttl_seconds=TOKEN_TTL_SECONDS,
        )
    finally:
        await engine.dispose()
    seeds = load_organizations()
    return DemoResult(
        consultation_id=consultation_id,
        slug=DEMO_SLUG,
        document_id=document_id,
        rounds=summaries,
        organizations=verification_counts(seeds),
        secretariat_email=SECRETARIAT_EMAIL,
        secretariat_password=loader.secretariat_password,
        cofacilitator_email=COFACILITATOR_EMAIL,
        representative_emails=[loader.emails[s.name] for s in seeds],
        people_password=loader.people_password,
        access_token=token,
        token_expires_in=expires_in,
        public_url=settings.public_url,
        seconds=round(time.monotonic() - started, 1),
    )
