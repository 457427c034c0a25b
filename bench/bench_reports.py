"""Timing of the reports, the streamed export and the synthesis on a database filled by
``bench/generate_scale.py``, against baselines measured in the same run.

The API runs as a uvicorn subprocess (one worker, access log off) on the given database: this
module's ``create_bench_app`` is the real app plus ``GET /bench/constant?rows=N``, which streams N
constant CSV rows of typical length through the same stack (the floor of any streamed export).
Requests go over loopback HTTP with httpx; each latency is the median of ``--repeat`` runs after
one warm-up, and the maximum is shown too.

Measured:
- baselines: ``SELECT count(*)`` of the main round's comments, and the same aggregate the
  representation report runs, both straight on the database from this process; the floor of the
  CSV export from this process (SQLite: its keyset batches read, not encoded; PostgreSQL: its
  ``COPY`` into a sink that drops the bytes); ``GET /healthz``-like overhead is in the
  ``/bench/constant`` run;
- ``/representation`` for every dimension (anonymous: the public report; and gender as the
  secretariat), the whole round and one anchor; goal < 1 s;
- ``/coverage``; goal < 2 s;
- ``/comments/export?format=csv`` of the main round (every comment but the withdrawn), in rows per
  second (rows counted by the client) and the server's peak RSS during the stream (psutil,
  sampled every 20 ms, compared with its RSS just before); goals >= 100,000 rows/s and < 200 MB;
  ndjson and annotations for information;
- ``/synthesis`` of the 100,000-comment round as json and docx; goal < 60 s; then json again,
  anonymously, with nothing changed (the file the server kept).

Usage:
    .venv/bin/python bench/bench_reports.py sqlite:///var/bench-scale.db [--repeat 5]
    .venv/bin/python bench/bench_reports.py postgresql://postgres@127.0.0.1:5432/bench_scale
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
import psutil  # type: ignore[import-untyped]  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.responses import StreamingResponse  # noqa: E402

from api.db import create_engine  # noqa: E402
from auth.keys import KeyRing  # noqa: E402
from auth.models import User  # noqa: E402
from auth.tokens import issue_access_token  # noqa: E402
from consultations import exports  # noqa: E402
from consultations.models import Comment, Consultation, Round  # noqa: E402
from core.db import table_of  # noqa: E402

CONSTANT_ROW = (
    b"01a20496-35c1-74d7-b1f7-5e9e031a397f,BENCH-1-0000001,12,comment,support,en,civil_society,"
    b"african,01a20496-35c1-76c2-9171-014cf96e1e05,Organization 00042,,,2026-10-14T08:00:00Z,"
    b'"We support universal connectivity by 2030. Our members welcome data governance in this '
    b"paragraph. Young people call for stronger language on human rights online with clear "
    b'indicators.",,published\r\n'
)
DIMENSIONS = ("stakeholder_group", "regional_group", "country_group", "gender")


def create_bench_app() -> FastAPI:
    """The real app plus the constant-row streaming baseline."""
    import api.app

    app = api.app.create_app()

    @app.get("/bench/constant", include_in_schema=False)
    async def constant(rows: int) -> StreamingResponse:
        async def chunks() -> AsyncIterator[bytes]:
            block = CONSTANT_ROW * 1000
            for _ in range(rows // 1000):
                yield block
            yield CONSTANT_ROW * (rows % 1000)

        return StreamingResponse(chunks(), media_type="text/csv")

    return app


def async_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url.replace("sqlite:///", "sqlite+aiosqlite:///", 1)
    if url.startswith("postgresql://"):
        return url.replace("postgresql://", "postgresql+asyncpg://", 1)
    return url


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(database_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PLENARY_DATABASE_URL": database_url,
        "PLENARY_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "PLENARY_RATE_LIMITS": "off",
        "PLENARY_ACCESS_LOG": "false",
        "PLENARY_ENVIRONMENT": "test",
        "PYTHONPATH": str(REPO),
    }
    command = [
        sys.executable, "-m", "uvicorn", "bench.bench_reports:create_bench_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    return subprocess.Popen(command, env=env, cwd=REPO)


async def wait_ready(client: httpx.AsyncClient) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if (await client.get("/bench/constant?rows=1")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the server did not become ready")


class RssSampler:
    """Peak resident memory of a process, sampled every 20 ms on a thread."""

    def __init__(self, pid: int) -> None:
        self._process = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._process.memory_info().rss)
            time.sleep(0.02)

    def __enter__(self) -> RssSampler:
        self.before = self._process.memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def row(label: str, median: float, worst: float, goal: str) -> None:
    print(f"| {label} | {median * 1000:.0f} ms | {worst * 1000:.0f} ms | {goal} |")


def mb(value: float) -> str:
    return f"{value / 1e6:.0f} MB"


async def timed_get(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], repeat: int
) -> tuple[float, float, httpx.Response]:
    response = await client.get(url, headers=headers)  # warm-up
    response.raise_for_status()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = await client.get(url, headers=headers)
        times.append(time.perf_counter() - started)
        response.raise_for_status()
    return statistics.median(times), max(times), response


async def stream(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], pid: int
) -> tuple[float, int, int, RssSampler]:
    """Elapsed seconds, bytes and lines of a streamed download, with the server's RSS."""
    size = lines = 0
    with RssSampler(pid) as rss:
        started = time.perf_counter()
        async with client.stream("GET", url, headers=headers) as response:
            response.raise_for_status()
            async for chunk in response.aiter_raw():
                size += len(chunk)
                lines += chunk.count(b"\n")
        elapsed = time.perf_counter() - started
    return elapsed, size, lines, rss


async def run(args: argparse.Namespace) -> None:
    url = async_url(args.url)
    engine = create_engine(url)
    comments = table_of(Comment)
    async with engine.connect() as connection:
        consultation_id = (
            await connection.execute(
                sa.select(table_of(Consultation).c.id).where(
                    table_of(Consultation).c.slug == "bench-scale"
                )
            )
        ).scalar_one()
        rounds = table_of(Round)
        round_ids = dict(
            (
                await connection.execute(
                    sa.select(rounds.c.number, rounds.c.id).where(
                        rounds.c.consultation_id == consultation_id
                    )
                )
            ).all()
        )
        main_round, synthesis_round = round_ids[1], round_ids[2]
        users = table_of(User)
        secretariat = (
            await connection.execute(sa.select(users.c.id).where(users.c.role == "secretariat"))
        ).scalar_one()
        counts: dict[uuid.UUID, int] = dict(
            (
                await connection.execute(
                    sa.select(comments.c.round_id, sa.func.count())
                    .where(comments.c.status != "withdrawn")
                    .group_by(comments.c.round_id)
                )
            ).all()
        )
        if engine.dialect.name == "sqlite":
            version = (await connection.execute(sa.text("select sqlite_version()"))).scalar_one()
            database = f"SQLite {version}"
        else:
            version = (await connection.execute(sa.text("show server_version"))).scalar_one()
            database = f"PostgreSQL {version}"

        baselines: dict[str, float] = {}
        for label, statement in (
            (
                "SELECT count(*) of the round",
                sa.select(sa.func.count()).where(comments.c.round_id == main_round),
            ),
            (
                "the per-organization aggregate alone",
                sa.select(comments.c.organization_id, sa.func.count())
                .where(comments.c.round_id == main_round, comments.c.status == "published")
                .group_by(comments.c.organization_id),
            ),
        ):
            await connection.execute(statement)
            started = time.perf_counter()
            for _ in range(args.repeat):
                (await connection.execute(statement)).all()
            baselines[label] = (time.perf_counter() - started) / args.repeat
    # The floor of the streamed CSV export: on SQLite the same keyset batches read from the
    # driver, unencoded; on PostgreSQL the same COPY into a sink that drops the bytes.
    started = time.perf_counter()
    if engine.dialect.name == "sqlite":
        read = 0
        async for batch in exports.iter_export_batches(
            engine, main_round, exports.DEFAULT_STATUSES, csv=True
        ):
            read += len(batch)
        floor = "reading the CSV export's rows, not encoded (rows/s)"
    else:
        read = counts[main_round]

        async def drop(_data: bytes) -> None:
            return None

        async with engine.connect() as connection:
            driver: Any = (await connection.get_raw_connection()).driver_connection
            query = exports._copy_csv_sql(engine, main_round, exports.DEFAULT_STATUSES, False)
            await driver.copy_from_query(query, output=drop, format="csv")
        floor = "the CSV export's COPY into a null sink (rows/s)"
    baselines[floor] = read / (time.perf_counter() - started)
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    # Issued before the server starts, which then loads the same signing key.
    token, _ = await issue_access_token(
        KeyRing(engine), issuer=public, audience=public, subject=str(secretariat),
        client_id="bench", scopes=("reports:read",), ttl_seconds=7200,
    )  # fmt: skip
    await engine.dispose()

    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"database: {database} ({args.url.split('@')[-1]})")
    print(f"main round {main_round}: {counts.get(main_round, 0)} comments not withdrawn")
    print(f"synthesis round {synthesis_round}: {counts.get(synthesis_round, 0)} not withdrawn")
    for label, value in baselines.items():
        shown = f"{value:,.0f}" if "rows/s" in label else f"{value * 1000:.0f} ms"
        print(f"baseline, {label}: {shown}")

    server = start_server(url, port)
    try:
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", timeout=httpx.Timeout(600)
        ) as client:
            await wait_ready(client)
            staff = {"Authorization": f"Bearer {token}"}
            await _measure(client, args, server.pid, main_round, synthesis_round, staff, counts)
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _measure(
    client: httpx.AsyncClient,
    args: argparse.Namespace,
    pid: int,
    main_round: uuid.UUID,
    synthesis_round: uuid.UUID,
    staff: dict[str, str],
    counts: dict[uuid.UUID, int],
) -> None:
    print("\n| measurement | median | max | goal |\n| --- | ---: | ---: | --- |")
    for dimension in DIMENSIONS:
        median, worst, _ = await timed_get(
            client, f"/v1/rounds/{main_round}/representation?dimension={dimension}", {}, args.repeat
        )
        row("representation " + dimension, median, worst, "< 1 s")
    median, worst, _ = await timed_get(
        client, f"/v1/rounds/{main_round}/representation?dimension=gender", staff, args.repeat
    )
    row("representation gender, secretariat", median, worst, "< 1 s")
    median, worst, _ = await timed_get(
        client, f"/v1/rounds/{main_round}/representation?anchor=1", {}, args.repeat
    )
    row("representation, busiest anchor", median, worst, "< 1 s")
    median, worst, _ = await timed_get(client, f"/v1/rounds/{main_round}/coverage", {}, args.repeat)
    print(f"| coverage (300 paragraphs) | {median * 1000:.0f} ms | {worst * 1000:.0f} ms | < 2 s |")

    rows = counts.get(main_round, 0)
    print("\n| stream | rows | seconds | rows/s | MB/s | server RSS before -> peak | goal |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    elapsed, size, lines, rss = await stream(client, f"/bench/constant?rows={rows}", {}, pid)
    print(
        f"| baseline: constant CSV rows | {lines} | {elapsed:.1f} | {lines / elapsed:,.0f} | "
        f"{size / elapsed / 1e6:.0f} | {mb(rss.before)} -> {mb(rss.peak)} | |"
    )
    # Every format exports the same comments: annotations default to published ones only.
    every_status = "".join(f"&status={status}" for status in exports.DEFAULT_STATUSES)
    for fmt in ("csv", "csv", "csv", "ndjson", "annotations"):
        elapsed, size, lines, rss = await stream(
            client,
            f"/v1/rounds/{main_round}/comments/export?format={fmt}{every_status}",
            staff,
            pid,
        )
        counted = lines - 1 if fmt == "csv" else (lines if fmt == "ndjson" else rows)
        goal = ">= 100,000 rows/s, < 200 MB" if fmt == "csv" else ""
        print(
            f"| export {fmt} | {counted} | {elapsed:.1f} | {counted / elapsed:,.0f} | "
            f"{size / elapsed / 1e6:.0f} | {mb(rss.before)} -> {mb(rss.peak)} "
            f"(+{mb(rss.peak - rss.before)}) | {goal} |"
        )

    print("\n| synthesis of the synthesis round | seconds | size | server RSS peak | goal |")
    print("| --- | ---: | ---: | --- | --- |")
    for fmt in ("json", "docx"):
        with RssSampler(pid) as rss:
            started = time.perf_counter()
            response = await client.get(
                f"/v1/rounds/{synthesis_round}/synthesis?format={fmt}", headers=staff
            )
            elapsed = time.perf_counter() - started
        response.raise_for_status()
        print(
            f"| {fmt} ({counts.get(synthesis_round, 0)} comments not withdrawn) | {elapsed:.1f} | "
            f"{mb(len(response.content))} | {mb(rss.peak)} | < 60 s |"
        )
    # Nothing changed since: the server serves the file it kept (consultations.synthesis).
    started = time.perf_counter()
    again = await client.get(f"/v1/rounds/{synthesis_round}/synthesis?format=json")
    elapsed = time.perf_counter() - started
    again.raise_for_status()
    print(
        f"| json again, anonymous, data unchanged | {elapsed:.3f} | {mb(len(again.content))} | | |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("url", help="sqlite:///FILE or postgresql://USER@HOST:PORT/DB")
    parser.add_argument("--repeat", type=int, default=5)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
