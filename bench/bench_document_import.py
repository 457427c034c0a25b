"""Benchmark importing a 150-page UN text through the HTTP API, end to end.

Each run posts the document (``POST /v1/consultations/{id}/documents``: JSON decoding, parsing,
about a thousand paragraph rows, events and audit entries, commit), then a revision of it
(``POST /v1/documents/{id}/versions``: parsing plus re-anchoring against version 1 and the
change rows), then reads the paragraphs and the changes back. The text is the parser
benchmark's 150-page document (bench/bench_parser.py). The revision deletes paragraph 2 (so
every later paragraph is renumbered), edits every tenth paragraph and inserts one.
Real corpus texts under ../shared/corpus are imported too when present.

The app runs in-process over ASGI (no network), on a fresh SQLite file, or on PostgreSQL when
PLENARY_BENCH_DATABASE_URL is set (its public schema is dropped and recreated).

Usage: .venv/bin/python bench/bench_document_import.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import httpx  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from bench_parser import build_document, cpu_model  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from api.app import create_app  # noqa: E402
from api.db import upgrade  # noqa: E402
from api.settings import Settings  # noqa: E402
from tests.factories import bearer, make_user, token_for  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
BASE_URL = "http://bench"


def revise(content: str) -> str:
    """Delete paragraph 2, renumber the rest, edit every tenth paragraph, insert one."""
    numbered = re.compile(r"^(\d+)\. ", re.MULTILINE)
    without_two = re.sub(r"^2\. .*?(?=^3\. )", "", content, count=1, flags=re.MULTILINE | re.S)

    def renumber(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return f"{number - 1}. " if number > 2 else match.group(0)

    revised = numbered.sub(renumber, without_two)

    def edit(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return f"{number}. Further, " if number % 10 == 0 else match.group(0)

    revised = numbered.sub(edit, revised)
    return revised.replace("\n5. ", "\n5. We also stress the role of parliaments.\n\n6. ", 1)


async def reset_postgres(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        await connection.execute(sa.text("CREATE SCHEMA public"))
    await engine.dispose()


async def timed(request: Awaitable[httpx.Response]) -> tuple[float, Any]:
    """Times a request; the coroutine does nothing until it is awaited here."""
    start = time.perf_counter()
    response = await request
    elapsed = time.perf_counter() - start
    if response.status_code >= 300:
        raise SystemExit(f"{response.request.url}: {response.status_code} {response.text[:300]}")
    return elapsed, response.json()


async def run(database_url: str, runs: int) -> None:
    settings = Settings(
        database_url=database_url,
        environment="test",
        public_url=BASE_URL,
        rate_limits="off",
        access_log=False,
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        state = app.state.plenary
        user = await make_user(state, role="secretariat")
        headers = bearer(await token_for(state, user))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            created = await client.post(
                "/v1/consultations",
                json={"slug": "bench", "title": "Bench"},
                headers=headers,
            )
            consultation = created.json()["id"]
            for language in ("en", "zh"):
                content = build_document(language)
                revision = revise(content)
                timings: dict[str, list[float]] = {
                    "import": [],
                    "revision": [],
                    "paragraphs": [],
                    "changes": [],
                }
                summary: dict[str, Any] = {}
                for _ in range(runs):
                    elapsed, imported = await timed(
                        client.post(
                            f"/v1/consultations/{consultation}/documents",
                            json={"title": "Long", "language": language, "content": content},
                            headers=headers,
                        )
                    )
                    timings["import"].append(elapsed)
                    document = imported["document"]["id"]
                    elapsed, revised = await timed(
                        client.post(
                            f"/v1/documents/{document}/versions",
                            json={"language": language, "content": revision},
                            headers=headers,
                        )
                    )
                    timings["revision"].append(elapsed)
                    elapsed, paragraphs = await timed(
                        client.get(f"/v1/documents/{document}/versions/1/paragraphs")
                    )
                    timings["paragraphs"].append(elapsed)
                    elapsed, _ = await timed(
                        client.get(f"/v1/documents/{document}/versions/2/changes")
                    )
                    timings["changes"].append(elapsed)
                    summary = {
                        "paragraphs": imported["paragraph_count"],
                        "warnings": len(imported["warnings"]),
                        "changes": revised["changes"],
                        "bytes": len(content.encode("utf-8")),
                        "listed": len(paragraphs["items"]),
                    }
                print(
                    f"\n[{language}] {summary['bytes'] / 1000:.0f} KB, "
                    f"{summary['paragraphs']:,} paragraphs, {summary['warnings']} warnings; "
                    f"revision: {summary['changes']}"
                )
                for name, values in timings.items():
                    print(
                        f"  {name:<11} median {statistics.median(values) * 1000:7.1f} ms, "
                        f"min {min(values) * 1000:7.1f} ms over {runs} runs"
                    )
            if CORPUS.is_dir():
                print("\n[corpus]")
                for path in sorted(CORPUS.iterdir()):
                    fmt = "markdown" if path.suffix == ".md" else "text"
                    elapsed, imported = await timed(
                        client.post(
                            f"/v1/consultations/{consultation}/documents",
                            json={
                                "title": path.name,
                                "language": "zh",
                                "format": fmt,
                                "content": path.read_text(encoding="utf-8"),
                            },
                            headers=headers,
                        )
                    )
                    print(
                        f"  {path.name}: {imported['paragraph_count']} paragraphs, "
                        f"{len(imported['warnings'])} warnings, {elapsed * 1000:.1f} ms"
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    postgres = os.environ.get("PLENARY_BENCH_DATABASE_URL")
    print(f"machine: {os.cpu_count()} CPUs; {cpu_model()}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as directory:
        url = postgres or f"sqlite+aiosqlite:///{directory}/bench.db"
        print(f"database: {'PostgreSQL' if postgres else 'SQLite (file, WAL, synchronous=FULL)'}")
        if postgres:
            asyncio.run(reset_postgres(postgres))
        asyncio.run(upgrade(url))
        asyncio.run(run(url, args.runs))


if __name__ == "__main__":
    main()
