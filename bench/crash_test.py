"""Crash test: an acknowledged comment survives ``kill -9`` of the server, exactly once.

1. A fresh database (a SQLite file, or a newly created PostgreSQL database) is migrated and
   given fixtures (an open round, verified organizations, one representative per client).
2. ``plenary serve`` runs as a subprocess; several concurrent clients submit comments, each
   with its own Idempotency-Key and a unique marker in its text.
3. Mid-load the server gets SIGKILL: after ``--load-seconds``, or later if no submission has
   been acknowledged by then (up to a minute). Requests in flight at that moment have no answer.
4. The server is started again on the same database, and the test checks:
   - every comment that received a 201 is stored exactly once, with the text it was sent with,
     readable at its ``Location``, and its receipt is confirmed by ``GET /v1/receipts/...``
     (``valid: true``) and verifies against the JWKS;
   - nothing was stored that nobody asked for (every stored marker was sent);
   - requests that got no answer are retried with the same key and body: each answers 201
     (replayed when it had committed) or 409 (its claim is still in flight; abandoned claims
     are taken over after two minutes), and no marker is ever stored twice.

Exit status 0 when every check holds. Usage:
    .venv/bin/python bench/crash_test.py --database sqlite|postgres [--clients 8]
        [--load-seconds 3] [--postgres-admin-url postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import orjson  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from bench_submission import (  # noqa: E402
    HttpConnection,
    comment_body,
    free_port,
    fresh_postgres,
    prepare,
    wait_ready,
)
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from api.db import create_engine  # noqa: E402
from auth.keys import KeyRing  # noqa: E402
from consultations.models import Comment  # noqa: E402
from consultations.receipts import verify_receipt  # noqa: E402
from core.db import table_of  # noqa: E402

# How long the kill waits past the load time for the first 201 (see first_acknowledgement).
FIRST_ACKNOWLEDGEMENT_WAIT = 60.0


@dataclass
class Sent:
    key: str
    marker: str
    client: int
    body: bytes


@dataclass
class Ledger:
    acknowledged: dict[str, dict[str, object]] = field(default_factory=dict)  # marker -> comment
    unanswered: list[Sent] = field(default_factory=list)
    refused: Counter[int] = field(default_factory=Counter)
    first_acknowledged: asyncio.Event = field(default_factory=asyncio.Event)


def start_server(database_url: str, port: int, *, log: Path | None) -> subprocess.Popen[bytes]:
    """The real ``plenary serve``; its stderr goes to ``log`` (the terminal when None)."""
    env = {
        **os.environ,
        "PLENARY_DATABASE_URL": database_url,
        "PLENARY_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "PLENARY_RATE_LIMITS": "off",
        "PLENARY_ACCESS_LOG": "false",
        "PLENARY_ENVIRONMENT": "test",
        "PLENARY_LOG_LEVEL": "WARNING",
    }
    plenary = Path(sys.executable).with_name("plenary")
    command = [str(plenary)] if plenary.exists() else [sys.executable, "-m", "api.cli"]
    with contextlib.ExitStack() as files:
        stderr = files.enter_context(log.open("ab")) if log is not None else None
        # The child keeps its own copy of the descriptor; ours closes on leaving.
        return subprocess.Popen(
            [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=REPO,
            stderr=stderr,
        )


async def load(
    port: int, round_id: str, tokens: list[str], organizations: list[str], ledger: Ledger
) -> None:
    """Submits until the server goes away; records every answer and every request left
    without one."""
    path = f"/v1/rounds/{round_id}/comments"

    async def client(index: int) -> None:
        rng = random.Random(index)
        connection = HttpConnection("127.0.0.1", port)
        while True:
            marker = f"crash-{uuid.uuid4().hex}"
            body = comment_body(rng, organizations[index])
            body["body"] = f"{marker} {body['body']}"
            sent = Sent(uuid.uuid4().hex, marker, index, orjson.dumps(body))
            headers = {
                "Content-Type": "application/json",
                "Authorization": f"Bearer {tokens[index]}",
                "Idempotency-Key": sent.key,
            }
            try:
                status, answer = await connection.request("POST", path, headers, sent.body)
            except (OSError, asyncio.IncompleteReadError):
                ledger.unanswered.append(sent)
                return
            if status == 201:
                ledger.acknowledged[marker] = orjson.loads(answer)
                ledger.first_acknowledged.set()
            else:
                ledger.refused[status] += 1

    await asyncio.gather(*(client(i) for i in range(len(tokens))))


async def verify(
    database_url: str, port: int, tokens: list[str], ledger: Ledger, round_id: str
) -> list[str]:
    failures: list[str] = []
    sent_markers = set(ledger.acknowledged) | {s.marker for s in ledger.unanswered}
    engine = create_async_engine(database_url)
    comments = table_of(Comment)
    async with engine.connect() as connection:
        rows = (await connection.execute(sa.select(comments.c.id, comments.c.body))).all()
    stored = Counter(row.body.split(" ", 1)[0] for row in rows)
    for marker in ledger.acknowledged:
        if stored[marker] != 1:
            failures.append(f"acknowledged {marker} stored {stored[marker]} times")
    unexpected = set(stored) - sent_markers
    if unexpected:
        failures.append(f"{len(unexpected)} stored comments nobody sent")
    keys = KeyRing(create_engine(database_url))
    reader = HttpConnection("127.0.0.1", port)
    auth = {"Authorization": f"Bearer {tokens[0]}"}
    for marker, comment in ledger.acknowledged.items():
        status, answer = await reader.request("GET", f"/v1/comments/{comment['id']}", auth, b"")
        if status != 200 or not orjson.loads(answer)["body"].startswith(marker):
            failures.append(f"{marker}: GET /v1/comments/{comment['id']} answered {status}")
        status, answer = await reader.request(
            "GET", f"/v1/receipts/{comment['tracking_number']}", {}, b""
        )
        if status != 200 or orjson.loads(answer).get("valid") is not True:
            failures.append(f"{marker}: receipt {comment['tracking_number']} not confirmed")
        claims = await verify_receipt(keys, str(comment["receipt"]))
        if claims is None or claims.comment_id != comment["id"]:
            failures.append(f"{marker}: receipt signature does not verify")
    retried: Counter[int] = Counter()
    path = f"/v1/rounds/{round_id}/comments"
    for sent in ledger.unanswered:
        headers = {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {tokens[sent.client]}",
            "Idempotency-Key": sent.key,
        }
        status, _ = await reader.request("POST", path, headers, sent.body)
        retried[status] += 1
        if status not in {201, 409}:
            failures.append(f"retry of unanswered {sent.marker} answered {status}")
    async with engine.connect() as connection:
        rows = (await connection.execute(sa.select(comments.c.body))).all()
    after = Counter(row.body.split(" ", 1)[0] for row in rows)
    duplicates = [marker for marker, count in after.items() if count > 1]
    if duplicates:
        failures.append(f"{len(duplicates)} markers stored twice after retries")
    await reader.close()
    await engine.dispose()
    print(
        f"after restart: {len(rows)} comments stored; {len(ledger.acknowledged)} acknowledged "
        f"before the kill, all checked; unanswered requests retried with their keys: "
        f"statuses {dict(retried)}"
    )
    return failures


async def first_acknowledgement(ledger: Ledger, load_task: asyncio.Task[None]) -> None:
    """Waits, up to ``FIRST_ACKNOWLEDGEMENT_WAIT`` seconds, until the load has one 201: on a
    loaded machine (a CI running both databases' suites side by side) the server's first
    answers can take longer than the load time asked, and a kill before any answer tests
    nothing."""
    # asyncio.wait leaves the load running, whichever ends first.
    acknowledged = asyncio.ensure_future(ledger.first_acknowledged.wait())
    await asyncio.wait(
        [load_task, acknowledged],
        timeout=FIRST_ACKNOWLEDGEMENT_WAIT,
        return_when=asyncio.FIRST_COMPLETED,
    )
    acknowledged.cancel()


async def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="plenary-crash-") as directory:
        if args.database == "sqlite":
            database_url = f"sqlite+aiosqlite:///{directory}/crash.db"
        else:
            database_url = await fresh_postgres(args.postgres_admin_url, "plenary_crash_test")
        port = free_port()
        fixture = await prepare(database_url, f"http://127.0.0.1:{port}", args.clients)
        log = None if args.verbose else Path(directory) / "server.log"
        server = start_server(database_url, port, log=log)
        ledger = Ledger()
        try:
            await wait_ready(port, server)
            load_task = asyncio.create_task(
                load(port, fixture.round_id, fixture.tokens, fixture.organization_ids, ledger)
            )
            await asyncio.sleep(args.load_seconds)
            await first_acknowledgement(ledger, load_task)
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
            killed_at = time.monotonic()
            await load_task
            print(
                f"{args.database}: killed the server (SIGKILL) after {args.load_seconds:g} s of "
                f"load from {args.clients} clients: {len(ledger.acknowledged)} acknowledged, "
                f"{len(ledger.unanswered)} without answer, refused {dict(ledger.refused)}"
            )
            server = start_server(database_url, port, log=log)
            await wait_ready(port, server)
            print(f"restarted in {time.monotonic() - killed_at:.1f} s")
            failures = await verify(database_url, port, fixture.tokens, ledger, fixture.round_id)
        except BaseException:
            if log is not None and log.exists():
                print("the server's log:\n" + log.read_text(errors="replace")[-4000:])
            raise
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=15)
    if not ledger.acknowledged:
        failures.append("no submission was acknowledged before the kill: load too short")
    for failure in failures:
        print(f"FAIL {failure}")
    print("crash test passed" if not failures else f"crash test FAILED ({len(failures)})")
    return 0 if not failures else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--load-seconds", type=float, default=3.0)
    parser.add_argument("--verbose", action="store_true", help="show the server's stderr")
    parser.add_argument(
        "--postgres-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres"
    )
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
