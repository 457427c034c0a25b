"""Fill a database with a consultation at scale, for ``bench/bench_reports.py``.

One public consultation (slug ``bench-scale``) on a 300-paragraph draft, 5,000 verified
organizations spread over the stakeholder groups and the world's countries (their regional and
country groups come from ``auth.countries``), one to three representatives each with a
self-declared gender, and two rounds on the draft: the *main* round with 1,000,000 comments and
the *synthesis* round with 100,000. Activity is skewed as in real consultations: a few
organizations and paragraphs get most comments, the last paragraphs get none, 5 % of comments are
general ones, 15 % amendments, 8 % members of 300 form-letter campaigns; statuses are 90 %
published, 4 % pending, 2 % each hidden, rejected and withdrawn. Texts are English (80 %) or
Chinese, 3 to 6 sentences drawn from a pool, so comments overlap as real ones do.

Fast path: the small tables go through SQLAlchemy; comments are written with the driver itself,
``executemany`` in batches of 50,000 on SQLite (journal off during the load) and ``COPY`` on
PostgreSQL (triggers off), with the comment indexes dropped during the load and rebuilt after,
then ``ANALYZE`` (``VACUUM ANALYZE`` on PostgreSQL, so index-only scans work at once).

Usage:
    .venv/bin/python bench/generate_scale.py sqlite:///var/bench-scale.db
    .venv/bin/python bench/generate_scale.py postgresql://postgres@127.0.0.1:5432/bench_scale
        [--comments 1000000] [--synthesis-comments 100000] [--organizations 5000]
        [--paragraphs 300] [--seed 7]

The target must be empty or absent: a SQLite file is created, a PostgreSQL database is
(re)created. It prints the ids of the rounds and of a secretariat account for the benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import asyncpg  # type: ignore[import-untyped]  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from api.db import create_engine, upgrade  # noqa: E402
from auth.countries import all_countries  # noqa: E402
from auth.models import Membership, Organization, User  # noqa: E402
from auth.organizations import hold_name  # noqa: E402
from consultations.comments import author_pseudonym  # noqa: E402
from consultations.models import (  # noqa: E402
    Comment,
    Consultation,
    Document,
    DocumentVersion,
    Paragraph,
    Round,
    VersionText,
)
from core.db import table_of  # noqa: E402

SLUG = "bench-scale"
SECRETARIAT_EMAIL = "secretariat@bench.example.org"
BATCH = 50_000
GROUP_WEIGHTS = {
    "civil_society": 35,
    "academia": 15,
    "private_sector": 15,
    "government": 10,
    "technical_community": 8,
    "youth": 5,
    "intergovernmental_organization": 4,
    "local_government": 3,
    "other": 3,
    "parliament": 2,
}
GENDER_WEIGHTS = {"woman": 45, "man": 42, "non_binary": 3, "undisclosed": 5, None: 5}
STATUS_WEIGHTS = {"published": 90, "pending": 4, "hidden": 2, "rejected": 2, "withdrawn": 2}
EN_SENTENCES = [
    f"{subject} {verb} {object_} {tail}."
    for subject in (
        "We",
        "Our members",
        "Civil society",
        "The private sector",
        "Developing countries",
        "Young people",
    )
    for verb in ("support", "question", "welcome", "call for stronger language on", "oppose")
    for object_ in (
        "universal connectivity",
        "data governance",
        "the digital divide",
        "human rights online",
        "artificial intelligence safety",
        "open source software",
    )
    for tail in (
        "in this paragraph",
        "by 2030",
        "with clear indicators",
        "in the least developed countries",
    )
]
ZH_SENTENCES = [
    f"{subject}{verb}{object_}{tail}。"
    for subject in ("我们", "我们的成员", "民间社会", "发展中国家", "青年")
    for verb in ("支持", "质疑", "欢迎", "呼吁加强")
    for object_ in ("普遍连通", "数据治理", "弥合数字鸿沟", "网上人权", "人工智能安全")
    for tail in ("的表述", "，并在2030年前实现", "，并设立明确指标", "，特别是最不发达国家")
]
RECEIPT = "eyJhbGciOiJFUzI1NiIsImtpZCI6ImJlbmNoIn0." + "x" * 180 + ".signature-" + "y" * 70


def _uuid7(moment: datetime, rng: random.Random) -> uuid.UUID:
    millis = int(moment.timestamp() * 1000)
    value = (millis & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rng.getrandbits(12) << 64
    return uuid.UUID(int=value | 0b10 << 62 | rng.getrandbits(62))


def _weighted(rng: random.Random, weights: dict[Any, int], count: int) -> list[Any]:
    return rng.choices(list(weights), weights=list(weights.values()), k=count)


def _text(rng: random.Random, chinese: bool) -> str:
    pool = ZH_SENTENCES if chinese else EN_SENTENCES
    return ("" if chinese else " ").join(rng.choices(pool, k=rng.randint(3, 6)))


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    return Path(parsed.database or "") if parsed.get_backend_name() == "sqlite" else None


async def _recreate_postgres(url: str) -> None:
    parsed = make_url(url)
    admin = await asyncpg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        database="postgres",
    )
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{parsed.database}"')
        await admin.execute(f'CREATE DATABASE "{parsed.database}"')
    finally:
        await admin.close()


def _async_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url.replace("sqlite:///", "sqlite+aiosqlite:///", 1)
    if url.startswith("postgresql://"):
        return url.replace("postgresql://", "postgresql+asyncpg://", 1)
    return url


async def _parents(async_url: str, args: argparse.Namespace, rng: random.Random) -> dict[str, Any]:
    """Everything but the comments, through SQLAlchemy; returns what the comments refer to."""
    engine = create_engine(async_url)
    now = datetime.now(UTC)
    consultation = Consultation(
        slug=SLUG,
        title="Scale benchmark consultation",
        tracking_prefix="BENCH",
        eligible_groups=list(GROUP_WEIGHTS),
        languages=["en", "zh"],
    )
    document = Document(consultation_id=consultation.id, title="Scale draft", language="en")
    version = DocumentVersion(document_id=document.id, number=1, label="Zero draft", language="en")
    paragraphs = [
        Paragraph(
            version_id=version.id,
            language="en",
            anchor=str(n),
            label=str(n),
            kind="operative",
            ordinal=n,
            heading_path=[],
            text=f"{n}. " + _text(rng, chinese=False),
        )
        for n in range(1, args.paragraphs + 1)
    ]
    text = VersionText(
        version_id=version.id,
        language="en",
        format="text",
        is_original=True,
        content="\n\n".join(p.text for p in paragraphs),
    )
    rounds = [
        Round(
            consultation_id=consultation.id,
            document_id=document.id,
            version_number=1,
            number=number,
            title=title,
            opens_at=now - timedelta(days=40),
            closes_at=now + timedelta(days=5),
        )
        for number, title in ((1, "Main round"), (2, "Synthesis round"))
    ]
    countries = [c for c in all_countries() if c.un_member]
    organizations = []
    for index, group in enumerate(_weighted(rng, GROUP_WEIGHTS, args.organizations)):
        country = rng.choice(countries)
        organization = Organization(
            name=f"Organization {index:05d}",
            stakeholder_group=group,
            country=country.alpha3,
            regional_group=country.regional_group,
            m49_region=country.m49_region,
            verification="verified",
            verified_at=now,
        )
        hold_name(organization)
        organizations.append(organization)
    users = [
        User(
            email=SECRETARIAT_EMAIL,
            password_hash="not-a-hash",
            display_name="Secretariat",
            role="secretariat",
        )
    ]
    memberships = []
    representatives: list[list[uuid.UUID]] = []
    for organization in organizations:
        people = [
            User(
                email=f"{uuid.uuid4().hex}@bench.example.org",
                password_hash="not-a-hash",
                display_name="Representative",
                gender=gender,
            )
            for gender in _weighted(rng, GENDER_WEIGHTS, rng.choice((1, 1, 2, 3)))
        ]
        users += people
        memberships += [Membership(organization_id=organization.id, user_id=p.id) for p in people]
        representatives.append([p.id for p in people])
    async with engine.begin() as connection:
        for model, rows in (
            (Consultation, [consultation]),
            (Document, [document]),
            (DocumentVersion, [version]),
            (VersionText, [text]),
            (Paragraph, paragraphs),
            (Round, rounds),
            (Organization, organizations),
            (User, users),
            (Membership, memberships),
        ):
            table = table_of(model)
            values = [{c.name: getattr(row, c.name) for c in table.columns} for row in rows]
            for start in range(0, len(values), 5000):
                await connection.execute(sa.insert(table), values[start : start + 5000])
        for comment_index in table_of(Comment).indexes:
            await connection.execute(sa.text(f"DROP INDEX {comment_index.name}"))
    await engine.dispose()
    return {
        "consultation_id": consultation.id,
        "rounds": rounds,
        "organizations": [o.id for o in organizations],
        "representatives": representatives,
        "anchors": [p.anchor for p in paragraphs],
        "secretariat": users[0].id,
    }


COLUMNS = (
    "id",
    "round_id",
    "consultation_id",
    "organization_id",
    "author_id",
    "author_pseudonym",
    "client_id",
    "anchor",
    "kind",
    "position",
    "body",
    "proposed_text",
    "quote_exact",
    "quote_prefix",
    "quote_suffix",
    "language",
    "status",
    "sequence",
    "tracking_number",
    "body_sha256",
    "receipt",
    "campaign_id",
    "flag_count",
    "submitted_at",
    "updated_at",
    "revision",
)


def _comments(
    parents: dict[str, Any], round_: Round, count: int, rng: random.Random
) -> list[tuple[Any, ...]]:
    organizations = parents["organizations"]
    # Zipf-like activity: a few organizations and paragraphs get most comments; the last tenth
    # of the paragraphs gets none (coverage must show them).
    org_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(organizations))]
    anchors = parents["anchors"][: int(len(parents["anchors"]) * 0.9)]
    anchor_weights = [1.0 / (rank + 1) ** 0.6 for rank in range(len(anchors))]
    campaign_ids = [uuid.uuid4() for _ in range(300)]
    campaign_texts = [_text(rng, chinese=False) for _ in campaign_ids]
    start = round_.opens_at
    span = (round_.closes_at - timedelta(days=6) - start).total_seconds()
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(count))
    org_picks = rng.choices(range(len(organizations)), weights=org_weights, k=count)
    anchor_picks = rng.choices(anchors, weights=anchor_weights, k=count)
    statuses = _weighted(rng, STATUS_WEIGHTS, count)
    rows = []
    for index in range(count):
        moment = moments[index]
        org = org_picks[index]
        author = rng.choice(parents["representatives"][org])
        roll = rng.random()
        campaign = None
        if roll < 0.08:
            which = rng.randrange(len(campaign_ids))
            campaign = campaign_ids[which]
            body = f"{campaign_texts[which]} ({rng.randint(1, 99)})"
            language = "en"
        else:
            chinese = roll > 0.8
            body = _text(rng, chinese)
            language = "zh" if chinese else "en"
        amendment = rng.random() < 0.15
        rows.append(
            (
                _uuid7(moment, rng),
                round_.id,
                parents["consultation_id"],
                organizations[org],
                author,
                author_pseudonym(author, None),
                None,
                None if rng.random() < 0.05 else anchor_picks[index],
                "amendment" if amendment else "comment",
                rng.choice(("support", "oppose", "neutral", None)),
                body,
                _text(rng, language == "zh") if amendment else None,
                None,
                None,
                None,
                language,
                statuses[index],
                index + 1,
                f"BENCH-{round_.number}-{index + 1:07d}",
                hashlib.sha256(body.encode()).hexdigest(),
                RECEIPT,
                campaign,
                0,
                moment,
                moment,
                1,
            )
        )
    return rows


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return (
            value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        )
    return value


def _load_sqlite(path: str, batches: list[list[tuple[Any, ...]]]) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    columns, marks = ", ".join(COLUMNS), ", ".join("?" * len(COLUMNS))
    statement = f"INSERT INTO comments ({columns}) VALUES ({marks})"  # noqa: S608 (constants)
    for rows in batches:
        connection.execute("BEGIN")
        connection.executemany(statement, [tuple(map(_sqlite_value, row)) for row in rows])
        connection.execute("COMMIT")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()


async def _load_postgres(url: str, batches: list[list[tuple[Any, ...]]]) -> None:
    parsed = make_url(url)
    connection = await asyncpg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        database=parsed.database,
    )
    try:
        await connection.execute("SET session_replication_role = replica")
        for rows in batches:
            await connection.copy_records_to_table("comments", records=rows, columns=COLUMNS)
    finally:
        await connection.close()


async def _finish(async_url: str) -> None:
    engine = create_engine(async_url)
    async with engine.begin() as connection:
        for index in table_of(Comment).indexes:
            await connection.run_sync(index.create)
        await connection.execute(sa.text("ANALYZE"))
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(sa.text("VACUUM ANALYZE"))
    await engine.dispose()


async def generate(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    async_url = _async_url(args.url)
    started = time.perf_counter()
    if _sqlite_path(args.url) is None:
        await _recreate_postgres(args.url)
    await upgrade(async_url)
    parents = await _parents(async_url, args, rng)
    print(f"schema and {args.organizations} organizations: {time.perf_counter() - started:.1f} s")

    main_round, synthesis_round = parents["rounds"]
    total = 0
    for round_, count in ((main_round, args.comments), (synthesis_round, args.synthesis_comments)):
        made = time.perf_counter()
        rows = _comments(parents, round_, count, rng)
        batches = [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
        generated = time.perf_counter() - made
        if async_url.startswith("sqlite"):
            _load_sqlite(make_url(async_url).database or "", batches)
        else:
            await _load_postgres(args.url, batches)
        total += count
        print(
            f"round {round_.number}: {count} comments generated in {generated:.1f} s, "
            f"written in {time.perf_counter() - made - generated:.1f} s"
        )
        del rows, batches
    indexed = time.perf_counter()
    await _finish(async_url)
    print(f"indexes rebuilt and statistics gathered in {time.perf_counter() - indexed:.1f} s")
    print(f"{total} comments in {time.perf_counter() - started:.1f} s")
    print(f"main round:      {main_round.id}")
    print(f"synthesis round: {synthesis_round.id}")
    print(f"secretariat:     {parents['secretariat']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("url", help="sqlite:///FILE or postgresql://USER@HOST:PORT/DB")
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--synthesis-comments", type=int, default=100_000)
    parser.add_argument("--organizations", type=int, default=5_000)
    parser.add_argument("--paragraphs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    path = _sqlite_path(args.url)
    if path is not None:
        if path.exists():
            raise SystemExit(f"{path} exists; give a new file")
        path.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(generate(args))
    if path is not None:
        print(f"database file: {path.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
