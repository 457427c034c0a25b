"""Pure ASGI middleware: request ids and access logs, HEAD, conditional GET, body size limits,
content codings and types, refused CORS preflights as problem documents.

Pure ASGI (not BaseHTTPMiddleware) so that streamed responses stay streamed and the body limit is
enforced while the body is read, not after it has been buffered.

The OAuth token endpoint answers every error in the RFC 6749 shape, the ones refused here too:
its clients parse ``{error, error_description}``, not problem documents.
"""

import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import orjson
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import problem_response, request_instance, token_error_response
from auth.oauth import OAuthError
from core.etag import if_none_match_matches

access_logger = logging.getLogger("plenary.access")
error_logger = logging.getLogger("plenary.errors")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_BODY_METHODS = {"POST", "PUT", "PATCH"}
# A PATCH body is the fields to change, a JSON merge patch (RFC 7396) in shape.
_PATCH_MEDIA_TYPES = ("application/json", "application/merge-patch+json")
# NUL (U+0000) in a URL, a form (%00) or a JSON string (\u0000 after an even run of
# backslashes, which escape each other): no text of the API may hold it, and PostgreSQL's text
# cannot store it.
_URL_NUL = b"%00"
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_NUL_DETAIL = "The request holds the NUL character (U+0000), which no text here may contain."
_NUL_ERROR: dict[str, object] = {"loc": ["body"], "msg": "must not contain U+0000"}


def _holds_nul(body: bytes, *, form: bool) -> bool:
    if form:
        return _URL_NUL in body
    return b"\\u0000" in body and _JSON_NUL.search(body) is not None


_NOT_JSON_DETAIL = "The request body is not valid JSON."
_NOT_JSON_CONSTANT = "NaN, Infinity and -Infinity are not JSON numbers (RFC 8259 section 6)"


# What ``json.detect_encoding`` calls UTF-8, with its byte order mark (which RFC 8259 lets a
# reader ignore) or without.
_UTF_8 = ("utf-8", "utf-8-sig")


class _NotIJson(ValueError):
    """What Python's JSON reader, which FastAPI uses, takes and RFC 7493 (I-JSON) refuses."""


def _refuse_constant(name: str) -> NoReturn:
    raise _NotIJson(_NOT_JSON_CONSTANT)


def _refuse_repeated_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members = dict(pairs)
    if len(members) < len(pairs):
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise _NotIJson(
                    f"the member {name!r} is given twice in one object (RFC 7493 section 2.3): "
                    "which value was meant cannot be told"
                )
            seen.add(name)
    return members


def _not_i_json(body: bytes) -> str | None:
    """Why a body Python's JSON reader takes is no I-JSON: UTF-16 or UTF-32, whose encoding it
    guesses where RFC 8259 (section 8.1) has JSON exchanged in UTF-8 alone; NaN or Infinity,
    which it reads as numbers; or a member named twice in one object, whose last value it keeps
    without a word (a comment's receipt would then vouch for a text the client may not have
    meant). None for I-JSON, and for a body that is no JSON at all, which FastAPI refuses
    itself (bytes that are not UTF-8 included)."""
    encoding = json.detect_encoding(body)
    if encoding not in _UTF_8:
        return f"the body is in {encoding.upper()}; JSON is sent in UTF-8 (RFC 8259 section 8.1)"
    try:
        json.loads(body, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_names)
    except _NotIJson as refused:
        return str(refused)
    except (ValueError, RecursionError):
        return None
    return None


def _content_codings(scope: Scope) -> list[str]:
    """The request body's content codings other than ``identity`` (RFC 9110 8.4), from every
    ``Content-Encoding`` field line."""
    return [
        coding
        for key, value in scope.get("headers", ())
        if key == b"content-encoding"
        for coding in (part.strip() for part in value.decode("latin-1").split(","))
        if coding and coding.lower() != "identity"
    ]


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RequestContextMiddleware:
    """Gives every response an X-Request-ID and ``X-Content-Type-Options: nosniff`` (a browser
    then never runs a JSON, CSV or problem document as a script or page of another type),
    writes one JSON access-log line per request, and turns any unexpected exception into a
    bare 500 problem (never a stack trace)."""

    def __init__(self, app: ASGIApp, *, log: bool = True, routes: Sequence[BaseRoute] = ()) -> None:
        self.app = app
        self.log = log
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        offered = _header(scope, b"x-request-id")
        request_id = offered if offered and _REQUEST_ID.match(offered) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            error_logger.exception("unhandled error, request id %s", request_id)
            if response_started:
                raise
            response = problem_response(
                500, "The server failed to handle this request. It has been logged."
            )
            await response(scope, receive, send_with_id)
        finally:
            if self.log:
                access_logger.info(
                    orjson.dumps(
                        {
                            "method": scope["method"],
                            "route": _route_template(scope, self.routes),
                            "status": status,
                            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                            "request_id": request_id,
                        }
                    ).decode()
                )


class HeadAsGetMiddleware:
    """Answers HEAD as the same GET without its body (RFC 9110 9.3.2: a server that supports
    GET supports HEAD): same status and headers, ``Content-Length`` included. Routes declare GET
    only, so HEAD of a path without GET is 405 with its ``Allow``, as before."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class CallerCachingMiddleware:
    """Tells caches which answers depend on the caller (RFC 9111 5.2.2.7, RFC 9110 12.5.5):
    every ``/v1`` answer varies with ``Authorization`` (merged into the route's ``Vary``), and
    an answer to a request carrying ``Authorization`` is ``Cache-Control: private`` unless the
    route chose its own (``no-store`` for tokens and identity, ``public`` for the keys).
    Outside ``NotModifiedMiddleware``, so a 304 carries the same headers as its 200."""

    def __init__(self, app: ASGIApp, *, varying_prefix: str = "/v1/") -> None:
        self.app = app
        self.varying_prefix = varying_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        varies = scope["path"].startswith(self.varying_prefix)
        authorized = any(key == b"authorization" for key, _ in scope["headers"])
        if not (varies or authorized):
            await self.app(scope, receive, send)
            return

        async def send_with_caching(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                vary_at = None
                varied_by: set[bytes] = set()
                has_cache_control = False
                for index, (key, value) in enumerate(headers):
                    lowered = key.lower()
                    if lowered == b"vary":
                        vary_at = index
                        varied_by.update(part.strip().lower() for part in value.split(b","))
                    elif lowered == b"cache-control":
                        has_cache_control = True
                if varies and not varied_by & {b"authorization", b"*"}:
                    if vary_at is None:
                        headers.append((b"vary", b"Authorization"))
                    else:
                        key, value = headers[vary_at]
                        headers[vary_at] = (key, value + b", Authorization")
                if authorized and not has_cache_control:
                    headers.append((b"cache-control", b"private"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_caching)


# What a 304 keeps of the headers its 200 would carry (RFC 9110 15.4.5); the others describe a
# body it does not have (Content-Type, Content-Length, Content-Disposition...).
_NOT_MODIFIED_HEADERS = frozenset(
    {b"cache-control", b"content-location", b"date", b"etag", b"expires", b"vary"}
)
NOT_MODIFIED_RESPONSE: dict[int | str, dict[str, object]] = {
    304: {
        "description": "Not modified: `If-None-Match` names the current `ETag` (weak "
        "comparison, `*` matches any). No body; the `ETag` and any `Cache-Control` and `Vary` "
        "of the 200.",
    }
}


def answer_in_full_when_revalidated(request: Request) -> None:
    """For a route whose ``ETag`` names a stored revision that parts of its answer can change
    without (a comment's ``campaign_id`` and flag counts): ``If-None-Match`` is answered in
    full, never with a 304 that would keep a stale copy."""
    request.state.etag_names_a_revision = True


_CONDITIONS = (b"if-match", b"if-none-match")


def _with_conditions_combined(scope: Scope) -> Scope:
    """The request with each of ``If-Match`` and ``If-None-Match`` on one field line: several
    lines are one list (RFC 9110 5.3), while a route's header parameter reads the first alone,
    which would leave a change's precondition half-checked."""
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])
    names = [key for key, _ in headers if key in _CONDITIONS]
    if len(names) == len(set(names)):
        return scope
    combined = {
        name: b", ".join(value for key, value in headers if key == name) for name in set(names)
    }
    kept = [(key, value) for key, value in headers if key not in combined]
    return {**scope, "headers": kept + list(combined.items())}


class NotModifiedMiddleware:
    """Conditional requests, once for every route: the preconditions' field lines combined
    (``_with_conditions_combined``), and conditional GET (RFC 9110 13.1.2): a successful GET
    (HEAD arrives here as GET) that carries an ``ETag`` named by the request's
    ``If-None-Match`` is answered ``304 Not Modified`` with the headers of
    ``_NOT_MODIFIED_HEADERS`` and no body, unless the route said its ETag names a revision only
    (``answer_in_full_when_revalidated``). The route still runs (it computes the ETag), and a
    streamed body is read and dropped. Other methods, errors and responses without an ETag pass
    unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = _with_conditions_combined(scope)
        if_none_match = (
            _header(scope, b"if-none-match")
            if scope["type"] == "http" and scope["method"] in {"GET", "HEAD"}
            else None
        )
        if if_none_match is None:
            await self.app(scope, receive, send)
            return
        not_modified = False

        async def send_conditionally(message: Message) -> None:
            nonlocal not_modified
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                etag = next((v for k, v in headers if k.lower() == b"etag"), None)
                if (
                    200 <= message["status"] < 300
                    and etag is not None
                    and not scope.get("state", {}).get("etag_names_a_revision", False)
                    and if_none_match_matches(if_none_match, etag.decode("latin-1"))
                ):
                    not_modified = True
                    kept = [(k, v) for k, v in headers if k.lower() in _NOT_MODIFIED_HEADERS]
                    message = {"type": "http.response.start", "status": 304, "headers": kept}
            elif not_modified and message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(scope, receive, send_conditionally)


class ProblemCORSMiddleware(CORSMiddleware):
    """Starlette's CORS, whose refused preflight (400) is a problem document naming what was
    refused instead of the text "Disallowed CORS origin": every error of the API is one.
    Allowed preflights and the CORS headers of a refusal are Starlette's."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        refused = []
        origin = request_headers["origin"]
        if not self.is_allowed_origin(origin=origin):
            refused.append(f"the origin {origin}")
        method = request_headers["access-control-request-method"]
        if method not in self.allow_methods:
            refused.append(f"the method {method}")
        asked_headers = request_headers.get("access-control-request-headers")
        if asked_headers is not None and not self.allow_all_headers:
            # As Starlette judges them: an empty name ("authorization,") is refused too.
            unknown = [
                name or "(an empty name)"
                for name in (part.strip().lower() for part in asked_headers.split(","))
                if name not in self.allow_headers
            ]
            if unknown:
                refused.append(f"the request header{'s' * (len(unknown) > 1)} {', '.join(unknown)}")
        if (
            "access-control-request-private-network" in request_headers
            and not self.allow_private_network
        ):
            refused.append("access from a private network")
        detail = "This CORS preflight asks for what this API does not allow: " + (
            "; ".join(refused) or "its request"
        )
        kept = {
            name: value
            for name, value in response.headers.items()
            if name not in {"content-type", "content-length"}
        }
        return problem_response(400, detail, headers=kept)


def _route_template(scope: Scope, routes: Sequence[BaseRoute]) -> str:
    """The matched route's path template. Requests refused before routing (413, 415) and
    routes FastAPI does not record in the scope (the docs pages) are matched against
    ``routes`` here."""
    route = scope.get("route")
    if route is None:
        route = next((r for r in routes if r.matches(scope)[0] is not Match.NONE), None)
    return getattr(route, "path", None) or "unmatched"


class RequestBodyMiddleware:
    """Refuses bodies over the limit for their path (413, as soon as the limit is crossed),
    bodies in a content coding such as gzip (415 with ``Accept-Encoding: identity``, RFC 9110
    15.5.16: they are never decoded) and bodies of a type the route cannot read (415; for a
    PATCH, anything but JSON or a JSON merge patch, with ``Accept-Patch``), as problem
    documents; at
    ``token_endpoint_paths``, as RFC 6749 section 5.2 errors (400 ``invalid_request``, not to
    be cached)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit_for: Callable[[str], int],
        form_paths: tuple[str, ...],
        token_endpoint_paths: tuple[str, ...],
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.form_paths = form_paths
        self.token_endpoint_paths = token_endpoint_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if "\x00" in path or _URL_NUL in scope.get("query_string", b""):
            await self._refusal(scope, 400, _NUL_DETAIL)(scope, receive, send)
            return
        if scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(path)
        declared = _header(scope, b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._too_large(scope, receive, send, limit)
            return
        has_body = (declared is not None and declared != "0") or (
            _header(scope, b"transfer-encoding") is not None
        )
        # Decoding would let a small body expand past the limit (a decompression bomb), and
        # reading it as it is would take the coded bytes for content.
        if has_body and (codings := _content_codings(scope)):
            response = self._refusal(
                scope,
                415,
                f"The request body is in the content coding {', '.join(codings)}; this endpoint "
                "reads bodies without a content coding (Content-Encoding: identity or none).",
                headers={"Accept-Encoding": "identity"},
            )
            await response(scope, receive, send)
            return
        content_type = _header(scope, b"content-type")
        if has_body and not self._acceptable_type(path, scope["method"], content_type):
            headers = None
            if path.startswith(self.form_paths):
                detail = "This endpoint reads application/x-www-form-urlencoded request bodies."
            elif scope["method"] == "PATCH":
                detail = (
                    f"A PATCH here is a JSON object of the fields to change, sent as "
                    f"{' or '.join(_PATCH_MEDIA_TYPES)}; {content_type or 'no content type'} "
                    "is not read (JSON Patch operations, RFC 6902, are not supported)."
                )
                # RFC 5789 3.1: a 415 to a PATCH names the patch formats the resource takes.
                headers = {"Accept-Patch": ", ".join(_PATCH_MEDIA_TYPES)}
            else:
                detail = "This endpoint reads application/json request bodies."
            await self._refusal(scope, 415, detail, headers=headers)(scope, receive, send)
            return

        # Read the body here, chunk by chunk, stopping at the limit: frameworks downstream
        # would turn an error raised from receive() into a generic 400.
        chunks: list[bytes] = []
        received = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                await self._too_large(scope, receive, send, limit)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        form = path.startswith(self.form_paths)
        if _holds_nul(body, form=form):
            # A form is read before validation (400); a JSON string is content (422).
            status, errors = (400, None) if form else (422, [_NUL_ERROR])
            await self._refusal(scope, status, _NUL_DETAIL, errors=errors)(scope, receive, send)
            return
        if not form and body and (refused := _not_i_json(body)) is not None:
            await self._refusal(
                scope,
                400,
                _NOT_JSON_DETAIL,
                errors=[{"loc": ["body"], "msg": refused}],
                slug="malformed-json",
            )(scope, receive, send)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _acceptable_type(self, path: str, method: str, content_type: str | None) -> bool:
        if content_type is None:
            return False
        media = content_type.split(";", 1)[0].strip().lower()
        if path in self.token_endpoint_paths:
            # RFC 6749 3.2 and RFC 7009 2.1 name this one encoding for OAuth's own endpoints.
            return media == "application/x-www-form-urlencoded"
        if path.startswith(self.form_paths):
            # The sign-in form is a browser's, which may post either encoding of a form.
            return media in {"application/x-www-form-urlencoded", "multipart/form-data"}
        if method == "PATCH":
            # Other +json formats (JSON Patch above all) are no partial object of the resource.
            return media in _PATCH_MEDIA_TYPES
        return media == "application/json" or (
            media.startswith("application/") and media.endswith("+json")
        )

    def _refusal(
        self,
        scope: Scope,
        status: int,
        detail: str,
        headers: dict[str, str] | None = None,
        errors: list[dict[str, object]] | None = None,
        slug: str | None = None,
    ) -> Response:
        if scope["path"] in self.token_endpoint_paths:
            return token_error_response(OAuthError("invalid_request", detail, headers=headers))
        return problem_response(
            status,
            detail,
            instance=request_instance(scope),
            headers=headers,
            errors=errors,
            slug=slug,
        )

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = self._refusal(
            scope,
            413,
            f"The request body is larger than this endpoint accepts ({limit} bytes).",
            # The rest of the body is not read.
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def document_body_limit(general: int, document: int) -> Callable[[str], int]:
    """Document imports carry whole drafts; everything else gets the general limit."""
    document_paths = re.compile(
        r"^/v1/(consultations/[^/]+/documents|documents/[^/]+/versions(/[^/]+/translations/[^/]+)?)$"
    )
    # JSON escaping of non-ASCII text can make the body up to 6x the text; the text's own limit
    # is checked on the decoded content.
    document_body = document * 6 + 65_536

    def limit_for(path: str) -> int:
        return document_body if document_paths.match(path) else general

    return limit_for
