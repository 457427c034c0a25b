"""The application factory."""

import gc
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute
from sqlalchemy.exc import SQLAlchemyError
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.db import UnmigratedDatabaseError, create_engine, ensure_migrated
from api.deps import reject_malformed_unread_body, reject_repeated_query_parameters
from api.middleware import (
    CallerCachingMiddleware,
    HeadAsGetMiddleware,
    NotModifiedMiddleware,
    ProblemCORSMiddleware,
    RequestBodyMiddleware,
    RequestContextMiddleware,
    document_body_limit,
)
from api.openapi import install_docs, install_security
from api.problems import Problem, install_problem_handlers
from api.routers import audit as audit_router
from api.routers import comments as comments_router
from api.routers import consultations as consultations_router
from api.routers import documents as documents_router
from api.routers import exports as exports_router
from api.routers import health, identity, oauth, organizations
from api.routers import moderation as moderation_router
from api.routers import reports as reports_router
from api.routers import rounds as rounds_router
from api.settings import Settings, get_settings
from api.state import AppState
from api.wiring import build_event_bus
from consultations.exports import ExportRunner
from core.errors import ServiceUnavailable

API_DESCRIPTION = """\
Plenary runs multi-stakeholder consultations on draft texts: consultation rounds, comments and
amendments anchored to paragraphs, moderation, balanced-representation reports and syntheses.

Every error is an RFC 9457 `application/problem+json` document. Lists use keyset pagination
(`limit`, `cursor`, `next_cursor` and a `Link: rel="next"` header). Mutable resources carry an
`ETag`; changes to comments, rounds and documents require `If-Match`. A `GET` or `HEAD` whose
response carries an `ETag` answers `If-None-Match` naming it (weak comparison, `*` matches any)
with `304 Not Modified`: no body, the `ETag` and any `Cache-Control` and `Vary` of the 200.
Every `/v1` response (but a CORS preflight's, and an unexpected error's 500) carries
`Vary: Authorization`, and a response to a request carrying
`Authorization` is `Cache-Control: private` unless its endpoint says otherwise (`no-store` for
tokens and the caller's identity, `public` for the signing keys).
Every `GET` also answers `HEAD` (the same status and headers, no body). A `429` carries
`Retry-After`: the seconds until a request would be accepted if the client sends nothing else
meanwhile; refused requests are not counted, so retrying early does not push that moment back.
Every query parameter of `/v1` takes one value: one given twice is refused (422, naming it).
A query parameter an operation does not define is ignored, as in most HTTP APIs (a cache-busting
`_=` stays harmless): only the parameters each operation lists filter or shape its answer, so a
list asked for by a filter it lacks (`?position=` on comments, say) comes back unfiltered.
A JSON body must be I-JSON (RFC 7493): `NaN`, `Infinity` or a member named twice in one object
is `400 malformed-json`. A request body in a content coding (`Content-Encoding` other than
`identity`, such as `gzip`) is `415` with `Accept-Encoding: identity`: bodies are never
decompressed (at `/oauth/token` and `/oauth/revoke`, `400 invalid_request` with the same
header).
A `POST` or `PUT` body is read as JSON when sent as `application/json` or as any
`application/*+json` type (RFC 6839's structured syntax suffix, `application/vnd.api+json` say):
the suffix says the body is JSON, and it is validated as the endpoint's JSON would be; any other
type is `415`. A `PATCH` body is a JSON object of the fields to change, sent as
`application/json` or `application/merge-patch+json`; any other type, JSON Patch (RFC 6902)
among them, is `415` with `Accept-Patch`.
"""


class StartupFailed(RuntimeError):
    """The app cannot start for a reason its operator can act on (the database cannot be used,
    or its writer did not get a turn in time), said in one line."""


class OneLineStartupFailureMiddleware:
    """Starlette tells the server about a failed start-up with the traceback, which uvicorn
    prints; a :class:`StartupFailed` or an unmigrated database is told as one ``Error:`` line
    instead."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def send_in_one_line(message: Message) -> None:
            # Starlette sends the failure while it handles the exception.
            failure = sys.exception()
            one_line = isinstance(failure, (StartupFailed, UnmigratedDatabaseError))
            if message["type"] == "lifespan.startup.failed" and one_line:
                reason = " ".join(str(failure).split())
                message = {**message, "message": f"Error: {reason}"}
            await send(message)

        await self.app(scope, receive, send_in_one_line)


def _operation_id(route: APIRoute) -> str:
    return route.name


def _configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access = logging.getLogger("plenary.access")
    access.handlers[:] = [handler]
    access.propagate = False
    access.setLevel(logging.INFO if settings.access_log else logging.WARNING)
    logging.getLogger("plenary").setLevel(settings.log_level)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    _configure_logging(settings)
    for warning in settings.production_warnings():
        logging.getLogger("plenary").warning("%s (PLENARY_ENVIRONMENT=production)", warning)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url, pool_size=settings.db_pool_size)
        try:
            try:
                await ensure_migrated(
                    engine, settings.database_url, auto_migrate=settings.auto_migrate
                )
                app.state.plenary = AppState.build(settings, engine, build_event_bus())
                # Load (or, on a fresh database, create) the signing key now, outside any
                # request's transaction: on SQLite a request's write transaction would otherwise
                # wait on it.
                await app.state.plenary.keys.current()
                export_runner = ExportRunner(engine, settings.public_url)
                app.state.export_runner = export_runner
                await export_runner.recover()
            except (SQLAlchemyError, OSError, ServiceUnavailable) as exc:
                reason = (str(exc).splitlines() or [type(exc).__name__])[0]
                raise StartupFailed(f"cannot start: {reason}") from exc
            # What starting made (modules, routes, schemas, the state: about 180,000 objects)
            # lives as long as the app. Left to the collector, every full collection walks it
            # again, a pause every request in flight waits out.
            # Unfrozen on shutdown, so that a process running many apps (the tests) frees them.
            gc.freeze()
            try:
                yield
            finally:
                gc.unfreeze()
                await export_runner.close()
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Plenary",
        version="1.0.0",
        description=API_DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
        dependencies=[
            Depends(reject_repeated_query_parameters),
            Depends(reject_malformed_unread_body),
        ],
        # A 404 problem says where the resource is (api.problems): Starlette's redirect would
        # send clients to whatever host the request's Host header names.
        redirect_slashes=False,
        # Served by install_docs, with Swagger UI and ReDoc pinned.
        docs_url=None,
        redoc_url=None,
        swagger_ui_init_oauth={"usePkceWithAuthorizationCodeGrant": True},
        responses={
            "default": {
                "model": Problem,
                "description": "An RFC 9457 problem document.",
                "content": {"application/problem+json": {}},
            }
        },
    )
    install_problem_handlers(app)
    install_docs(app)
    routers = (
        health.router,
        moderation_router.router,
        audit_router.router,
        comments_router.router,
        identity.router,
        organizations.router,
        oauth.router,
        consultations_router.router,
        documents_router.router,
        rounds_router.router,
        reports_router.router,
        exports_router.router,
    )
    install_security(app, routers)
    for router in routers:
        app.include_router(router)
    # The app's own routes are FastAPI's wrappers of the included routers, without a template.
    known_routes = [
        route
        for route in (*app.router.routes, *(r for router in routers for r in router.routes))
        if isinstance(route, Route)
    ]

    # Innermost of these: it sees the route's own headers, and CORS adds its own to a 304.
    app.add_middleware(NotModifiedMiddleware)
    app.add_middleware(
        RequestBodyMiddleware,
        limit_for=document_body_limit(settings.max_body_bytes, settings.max_document_bytes),
        form_paths=("/oauth/",),
        token_endpoint_paths=("/oauth/token", "/oauth/revoke"),
    )
    # Inside CORS, which merges Vary: Origin into this Vary.
    app.add_middleware(CallerCachingMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            ProblemCORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                "If-Match",
                "If-None-Match",
                "X-Request-ID",
            ],
            # What a browser app needs to read: a replayed submission, a token to renew.
            expose_headers=[
                "ETag",
                "Idempotent-Replayed",
                "Link",
                "Location",
                "Retry-After",
                "WWW-Authenticate",
                "X-Request-ID",
            ],
        )
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(RequestContextMiddleware, log=settings.access_log, routes=known_routes)
    app.add_middleware(OneLineStartupFailureMiddleware)
    return app
