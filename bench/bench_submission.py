"""Comment submission throughput and latency, against a bare endpoint measured in the same run.

For each database (a fresh SQLite file; a freshly created PostgreSQL database), the benchmark
migrates it, writes the fixtures (a public post-moderated consultation, a 40-paragraph draft, an
open round, verified organizations and one representative per client, whose token names a
sign-in as the authorization-code flow's tokens do), starts the API with uvicorn as a
subprocess (``bench/submission_app.py``: the real app plus ``POST /bench/bare``, which parses
the same body into the same model and writes nothing) with
rate limits off, and drives each endpoint with C concurrent keep-alive HTTP/1.1 connections
for a fixed time after a warm-up. Every submission has its own Idempotency-Key and its own text
(``comment_text``: distinct comments in English and Chinese and a fifth of light edits of two
form letters, on a random paragraph, a fifth of them amendments). The load
generator is a minimal asyncio HTTP client, so that it costs the shared CPUs as little as
possible. For each endpoint it prints throughput, latency percentiles, the server's CPU time
per request, and how many cores the server, PostgreSQL and the load generator kept busy while
it was measured. Afterwards the number of stored comments is checked against the number of 201s.

Goal: submission throughput >= 0.3 x the bare endpoint's, and p99 < 50 ms, at 32 clients.

Usage:
    .venv/bin/python bench/bench_submission.py [--database sqlite|postgres|both]
        [--clients 32] [--duration 15] [--warmup 3] [--workers 1]
        [--subscribers all|audit|none] [--without-subscribers]
        [--postgres-admin-url postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import asyncpg  # noqa: E402
import orjson  # noqa: E402
import psutil  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from bench_parser import cpu_model  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from api.db import create_engine, upgrade  # noqa: E402
from api.settings import Settings  # noqa: E402
from api.state import AppState  # noqa: E402
from auth.models import Membership  # noqa: E402
from consultations.models import Comment  # noqa: E402
from core.clock import utcnow  # noqa: E402
from core.db import table_of  # noqa: E402
from core.events import EventBus  # noqa: E402
from tests.comment_texts import (  # noqa: E402
    chinese_comment,
    chinese_variant,
    english_comment,
    english_variant,
)
from tests.factories import (  # noqa: E402
    make_consultation,
    make_document,
    make_grant,
    make_organization,
    make_round,
    make_user,
    token_for,
)

# The draft's paragraphs: words of policy prose, a different mix in each paragraph.
VOCABULARY = (
    "digital cooperation development sustainable capacity connectivity governance rights human "
    "access inclusive data privacy security trust gender women girls youth education health "
    "climate innovation science technology transfer developing countries multilingual content "
    "local languages infrastructure financing public private partnership accountability "
    "transparency open source standards interoperability artificial intelligence ethics "
    "the of and to in for on with by that as an at all its their which be are is"
)
WORDS = tuple(VOCABULARY.split())
PARAGRAPHS = tuple(
    (str(n), " ".join(WORDS[(n * 7) % 40 : (n * 7) % 40 + 25])) for n in range(1, 41)
)


# --------------------------------------------------------------------------- a lean HTTP client


class HttpConnection:
    """One keep-alive HTTP/1.1 connection; far cheaper per request than a full client."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        head += [f"{name}: {value}" for name, value in headers.items()]
        head += [f"Content-Length: {len(body)}", "", ""]
        self.writer.write("\r\n".join(head).encode() + body)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


@dataclass
class Measurement:
    label: str
    requests: int
    seconds: float
    latencies_ms: list[float]
    statuses: dict[int, int]
    # CPU seconds spent during the measured phase, by process group (see ``cpu_seconds``).
    cpu_seconds: dict[str, float]

    @property
    def cpu_ms_per_request(self) -> float:
        return self.cpu_seconds["server"] / max(1, self.requests) * 1000

    def cores(self, group: str) -> float:
        return self.cpu_seconds[group] / self.seconds

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


RequestMaker = Any


def cpu_seconds(server: subprocess.Popen[bytes]) -> dict[str, dict[int, float]]:
    """CPU time so far of each process, by group: the server and its workers, PostgreSQL's
    processes (any database's: the machine's PostgreSQL is what the benchmark shares the CPUs
    with), and this load generator."""

    def used(process: psutil.Process) -> float:
        times = process.cpu_times()
        return float(times.user + times.system)

    server_process = psutil.Process(server.pid)
    groups: dict[str, dict[int, float]] = {
        "server": {p.pid: used(p) for p in (server_process, *server_process.children(True))},
        "PostgreSQL": {},
        "load generator": {os.getpid(): used(psutil.Process())},
    }
    for process in psutil.process_iter(["name"]):
        if process.info["name"] == "postgres":
            with contextlib.suppress(psutil.Error):
                groups["PostgreSQL"][process.pid] = used(process)
    return groups


def cpu_seconds_between(
    before: dict[str, dict[int, float]], after: dict[str, dict[int, float]]
) -> dict[str, float]:
    """Per group, the CPU time spent between two ``cpu_seconds`` readings (processes started
    in between count from zero; those that ended in between are not counted)."""
    return {
        group: sum(seconds - before[group].get(pid, 0.0) for pid, seconds in pids.items())
        for group, pids in after.items()
    }


async def drive(
    server: subprocess.Popen[bytes],
    port: int,
    label: str,
    make_request: RequestMaker,
    clients: int,
    duration: float,
    warmup: float,
) -> Measurement:
    connections = [HttpConnection("127.0.0.1", port) for _ in range(clients)]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    measuring = False
    stop_at = time.monotonic() + warmup + duration

    async def client(index: int) -> None:
        connection = connections[index]
        while time.monotonic() < stop_at:
            method, path, headers, body = make_request(index)
            started = time.perf_counter()
            status, _ = await connection.request(method, path, headers, body)
            if measuring:
                latencies.append((time.perf_counter() - started) * 1000)
                statuses[status] = statuses.get(status, 0) + 1

    tasks = [asyncio.create_task(client(i)) for i in range(clients)]
    await asyncio.sleep(warmup)
    measuring = True
    started = time.monotonic()
    cpu_before = cpu_seconds(server)
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - started
    cpu = cpu_seconds_between(cpu_before, cpu_seconds(server))
    for connection in connections:
        await connection.close()
    return Measurement(label, len(latencies), elapsed, latencies, statuses, cpu)


# --------------------------------------------------------------------------- fixtures and server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Fixture:
    round_id: str
    organization_ids: list[str]
    tokens: list[str]


async def prepare(database_url: str, public_url: str, clients: int) -> Fixture:
    await upgrade(database_url)
    engine = create_engine(database_url)
    settings = Settings(database_url=database_url, public_url=public_url, environment="test")
    state = AppState.build(settings, engine, EventBus())
    consultation = await make_consultation(state, slug="bench-submission")
    draft = await make_document(state, consultation, paragraphs=PARAGRAPHS)
    round_ = await make_round(state, consultation, draft, closes_at=utcnow() + timedelta(days=1))
    organizations = [
        await make_organization(state, name=f"Organization {n}", stakeholder_group=group)
        for n, group in enumerate(("civil_society", "academia", "private_sector", "government"))
    ]
    tokens, organization_ids = [], []
    for index in range(clients):
        user = await make_user(state)
        organization = organizations[index % len(organizations)]
        async with engine.begin() as connection:
            await connection.execute(
                sa.insert(table_of(Membership)).values(
                    organization_id=organization.id, user_id=user.id
                )
            )
        # Named sign-in, as a token from the authorization-code flow: every request also
        # checks that the sign-in is still alive.
        grant_id = await make_grant(state, user)
        tokens.append(await token_for(state, user, scopes=["comments:write"], grant_id=grant_id))
        organization_ids.append(str(organization.id))
    await engine.dispose()
    return Fixture(str(round_.id), organization_ids, tokens)


def start_server(
    database_url: str, port: int, workers: int, *, subscribers: str
) -> subprocess.Popen[bytes]:
    env = {
        "BENCH_SUBSCRIBERS": subscribers,
        **os.environ,
        "PLENARY_DATABASE_URL": database_url,
        "PLENARY_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "PLENARY_RATE_LIMITS": "off",
        "PLENARY_ACCESS_LOG": "false",
        "PLENARY_ENVIRONMENT": "test",
        "PYTHONPATH": str(REPO),
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "submission_app:create_bench_app",
        "--factory",
        "--app-dir",
        str(REPO / "bench"),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(command, env=env, cwd=REPO)


async def wait_ready(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90.0
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            connection = HttpConnection("127.0.0.1", port)
            status, _ = await connection.request("GET", "/readyz", {}, b"")
            await connection.close()
            if status == 200:
                return
        except OSError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the server did not become ready")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --------------------------------------------------------------------------- workload


def comment_text(rng: random.Random) -> tuple[str, str]:
    """A comment's text and language, in the proportions of a consultation that a form-letter
    campaign reaches: 60% distinct English comments, 20% distinct Chinese ones, 15% and 5%
    light edits of an English and a Chinese form letter (``tests.comment_texts``)."""
    draw = rng.random()
    if draw < 0.60:
        return english_comment(rng), "en"
    if draw < 0.80:
        return chinese_comment(rng), "zh"
    if draw < 0.95:
        return english_variant(rng), "en"
    return chinese_variant(rng), "zh"


def comment_body(rng: random.Random, organization_id: str) -> dict[str, Any]:
    anchor, paragraph = rng.choice(PARAGRAPHS)
    text, language = comment_text(rng)
    body: dict[str, Any] = {
        "organization_id": organization_id,
        "anchor": anchor,
        "kind": "comment",
        "position": rng.choice(["support", "oppose", "neutral", None]),
        "body": text,
        "language": language,
    }
    if rng.random() < 0.2:
        words = paragraph.split()
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        body["kind"] = "amendment"
        body["proposed_text"] = " ".join(words) + ", " + " ".join(rng.choices(WORDS, k=8))
    return body


async def bench_database(
    label: str, database_url: str, args: argparse.Namespace
) -> tuple[Measurement, Measurement, int]:
    port = free_port()
    fixture = await prepare(database_url, f"http://127.0.0.1:{port}", args.clients)
    server = start_server(database_url, port, args.workers, subscribers=args.subscribers)
    rng = random.Random(2026)
    try:
        await wait_ready(port, server)
        bare_path = "/bench/bare"
        submit_path = f"/v1/rounds/{fixture.round_id}/comments"

        def bare_request(index: int) -> tuple[str, str, dict[str, str], bytes]:
            body = orjson.dumps(comment_body(rng, fixture.organization_ids[index]))
            headers = {
                "Content-Type": "application/json",
                "Authorization": f"Bearer {fixture.tokens[index]}",
                "Idempotency-Key": uuid.uuid4().hex,
            }
            return "POST", bare_path, headers, body

        def submit_request(index: int) -> tuple[str, str, dict[str, str], bytes]:
            method, _, headers, body = bare_request(index)
            return method, submit_path, headers, body

        bare = await drive(
            server, port, f"{label} bare", bare_request, args.clients, args.duration, args.warmup
        )
        submit = await drive(
            server,
            port,
            f"{label} submit",
            submit_request,
            args.clients,
            args.duration,
            args.warmup,
        )
    finally:
        stop_server(server)
    engine = create_async_engine(database_url)
    async with engine.connect() as connection:
        stored = (
            await connection.execute(sa.select(sa.func.count()).select_from(table_of(Comment)))
        ).scalar_one()
    await engine.dispose()
    return bare, submit, int(stored)


async def fresh_postgres(admin_url: str, name: str) -> str:
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
        version = await connection.fetchval("SHOW server_version")
    finally:
        await connection.close()
    print(f"PostgreSQL {version}")
    host_part = admin_url.split("://", 1)[1].rsplit("/", 1)[0]
    return f"postgresql+asyncpg://{host_part}/{name}"


def machine() -> str:
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"; {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{platform.platform()}; {os.cpu_count()} CPUs; {cpu_model()}{memory}; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}"
    )


def report(bare: Measurement, submit: Measurement, stored: int) -> bool:
    for measurement in (bare, submit):
        print(
            f"  {measurement.label:<18} {measurement.throughput:8.1f} req/s   "
            f"p50 {measurement.percentile(0.50):6.1f} ms   "
            f"p99 {measurement.percentile(0.99):6.1f} ms   "
            f"server CPU {measurement.cpu_ms_per_request:5.2f} ms/req   "
            f"statuses {dict(sorted(measurement.statuses.items()))}"
        )
        print(
            f"  {'':<18} cores busy: "
            + ", ".join(
                f"{group} {measurement.cores(group):.2f}" for group in measurement.cpu_seconds
            )
            + f" (of {os.cpu_count()})"
        )
    ratio = submit.throughput / bare.throughput
    p99 = submit.percentile(0.99)
    created = submit.statuses.get(201, 0)
    met = ratio >= 0.3 and p99 < 50.0
    print(
        f"  ratio submit/bare {ratio:.2f} (goal >= 0.30); submit p99 {p99:.1f} ms (goal < 50); "
        f"{'GOAL MET' if met else 'goal missed'}"
    )
    print(f"  comments stored {stored} (>= 201s measured {created}, warm-up included)")
    return met


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--subscribers",
        choices=["all", "audit", "none"],
        default="all",
        help="analysis only: 'audit' runs the audit chain without campaign detection, 'none' "
        "neither",
    )
    parser.add_argument(
        "--without-subscribers",
        dest="subscribers",
        action="store_const",
        const="none",
        help="the same as --subscribers none",
    )
    parser.add_argument(
        "--postgres-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres"
    )
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(
        f"clients {args.clients}, {args.duration:g} s measured after {args.warmup:g} s warm-up, "
        f"{args.workers} uvicorn worker(s), rate limits off"
        + {
            "all": "",
            "audit": "; WITHOUT campaign detection (the audit chain runs)",
            "none": "; WITHOUT audit chain and campaign detection",
        }[args.subscribers]
    )
    if args.database in {"sqlite", "both"}:
        with tempfile.TemporaryDirectory(prefix="plenary-bench-") as directory:
            url = f"sqlite+aiosqlite:///{directory}/bench.db"
            print("SQLite (file, WAL, synchronous=FULL)")
            report(*await bench_database("sqlite", url, args))
    if args.database in {"postgres", "both"}:
        url = await fresh_postgres(args.postgres_admin_url, "plenary_bench_submission")
        report(*await bench_database("postgres", url, args))


if __name__ == "__main__":
    asyncio.run(main())
