"""Where one submission's time goes, statement by statement.

Submits comments one at a time, in-process (the bench app over httpx's ASGI transport, no
network, no concurrency), on a fresh database prepared like ``bench/bench_submission.py``, and
prints per submission: the event loop thread's CPU time, the wall time, and for every SQL
statement the number of executions and its mean wall time from the driver's call to its
result (round trip, database work and driver; SQLAlchemy's own work before and after is not
in it). Baseline in the same run: the same number of ``POST /bench/bare`` requests.

Usage:
    .venv/bin/python bench/bench_submission_statements.py [--database sqlite|postgres]
        [--submissions 300] [--postgres-admin-url postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import httpx  # noqa: E402
import orjson  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from bench_submission import comment_body, fresh_postgres, machine, prepare  # noqa: E402

BASE_URL = "http://bench.invalid"
WARM_UP = 30


class StatementTimes:
    """Wall time of each statement between SQLAlchemy's before and after cursor events."""

    def __init__(self, engine: sa.Engine) -> None:
        self.times: defaultdict[str, list[float]] = defaultdict(list)
        sa.event.listen(engine, "before_cursor_execute", self._before)
        sa.event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, connection: sa.Connection, *_: Any) -> None:
        connection.info["statement_started"] = time.perf_counter()

    def _after(self, connection: sa.Connection, _cursor: Any, statement: str, *_: Any) -> None:
        elapsed = time.perf_counter() - connection.info["statement_started"]
        self.times[" ".join(statement.split())[:96]].append(elapsed)


async def run(args: argparse.Namespace) -> None:
    if args.database == "sqlite":
        url = f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix='plenary-statements-')}/bench.db"
    else:
        url = await fresh_postgres(args.postgres_admin_url, "plenary_bench_statements")
    fixture = await prepare(url, BASE_URL, 4)
    os.environ.update(
        PLENARY_DATABASE_URL=url,
        PLENARY_PUBLIC_URL=BASE_URL,
        PLENARY_RATE_LIMITS="off",
        PLENARY_ACCESS_LOG="false",
        PLENARY_ENVIRONMENT="test",
    )
    from submission_app import create_bench_app

    app = create_bench_app()
    rng = random.Random(2026)
    print(f"machine: {machine()}")
    print(f"database: {args.database}; {args.submissions} submissions one at a time, in-process")
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client,
    ):

        async def post(path: str, index: int) -> None:
            response = await client.post(
                path,
                content=orjson.dumps(comment_body(rng, fixture.organization_ids[index % 4])),
                headers={
                    "Content-Type": "application/json",
                    "Authorization": f"Bearer {fixture.tokens[index % 4]}",
                    "Idempotency-Key": uuid.uuid4().hex,
                },
            )
            if response.status_code != 201:
                raise RuntimeError(f"{path}: {response.status_code} {response.text}")

        for label, path in (
            ("bare", "/bench/bare"),
            ("submit", f"/v1/rounds/{fixture.round_id}/comments"),
        ):
            for index in range(WARM_UP):
                await post(path, index)
            times = StatementTimes(app.state.plenary.engine.sync_engine)
            cpu, wall = time.thread_time(), time.perf_counter()
            for index in range(args.submissions):
                await post(path, index)
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
            per = 1000 / args.submissions
            print(
                f"{label}: event loop CPU {cpu * per:.2f} ms, wall {wall * per:.2f} ms per request"
            )
            ranked = sorted(times.times.items(), key=lambda item: -sum(item[1]))
            for statement, elapsed in ranked:
                mean = 1000 * sum(elapsed) / len(elapsed)
                print(f"  {len(elapsed) / args.submissions:5.2f} x {mean:6.3f} ms  {statement}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--submissions", type=int, default=300)
    parser.add_argument(
        "--postgres-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres"
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
