"""The API plus one baseline route, for bench/bench_submission.py.

``POST /bench/bare`` goes through the same middleware and parses the same JSON body into the same
pydantic model (``CommentCreate``) as ``POST /v1/rounds/{id}/comments``, then answers 201 without
touching the database: the floor any submission endpoint costs in this stack. Configuration comes
from the environment (``PLENARY_*``), as for ``plenary serve``.

``BENCH_SUBSCRIBERS=none`` builds the app with an empty event bus (no audit chain, no campaign
detection) and ``BENCH_SUBSCRIBERS=audit`` with the audit chain alone, only to attribute the cost
of a submission between the submission path and its subscribers; results measured that way are
labelled as such.

Run: uvicorn submission_app:create_bench_app --factory --app-dir bench
"""

import os

from fastapi import FastAPI

import api.app
from consultations.comment_schemas import CommentCreate
from core.events import EventBus
from moderation.audit import record_in_chain


def _audit_only() -> EventBus:
    bus = EventBus()
    bus.subscribe(record_in_chain)
    return bus


def create_bench_app() -> FastAPI:
    subscribers = os.environ.get("BENCH_SUBSCRIBERS", "all")
    if subscribers == "none":
        api.app.build_event_bus = EventBus  # type: ignore[attr-defined]
    elif subscribers == "audit":
        api.app.build_event_bus = _audit_only  # type: ignore[attr-defined]
    app = api.app.create_app()

    @app.post("/bench/bare", status_code=201, include_in_schema=False)
    async def bare(payload: CommentCreate) -> dict[str, str | None]:
        return {"anchor": payload.anchor, "language": payload.language}

    return app
