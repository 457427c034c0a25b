"""RFC 9457 problem details for every error path: no HTML, no stack traces. The OAuth token
endpoint is the exception: its errors take the RFC 6749 shape (``token_error_response``)."""

import logging
from collections.abc import Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, quote_from_bytes

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Match
from starlette.types import Scope

from auth.oauth import OAuthError
from core.errors import (
    BadRequest,
    Conflict,
    DomainError,
    Forbidden,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    PreconditionRequired,
    RateLimited,
    ServiceUnavailable,
    Unauthorized,
    Unprocessable,
)
from core.validation import located_errors

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://plenary.dev/problems/"
# Every answer of the token endpoint, its errors too (RFC 6749 sections 5.1 and 5.2).
TOKEN_RESPONSE_HEADERS = {"Cache-Control": "no-store", "Pragma": "no-cache"}

logger = logging.getLogger("plenary.errors")

# One type per status for errors raised outside the domain (the framework, the middleware), the
# same as the domain's, and one title per type (RFC 9457 3.1.3: the title does not change from
# occurrence to occurrence). Other statuses take the HTTP status phrase, in sentence case.
_STANDARD_ERRORS: tuple[type[DomainError], ...] = (
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
    PayloadTooLarge,
    Unprocessable,
    PreconditionRequired,
    RateLimited,
    ServiceUnavailable,
)
_SLUG_OF_STATUS = {error.status: error.slug for error in _STANDARD_ERRORS}
_TITLE_OF_SLUG = {error.slug: error.title for error in _STANDARD_ERRORS}


class ProblemFieldError(BaseModel):
    loc: list[str | int]
    msg: str


class Problem(BaseModel):
    """RFC 9457 problem details, as every error of this API is shaped."""

    type: str = Field(examples=[TYPE_BASE + "validation"])
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[ProblemFieldError] | None = None


ProblemResponses = dict[int | str, dict[str, Any]]


def problem_doc(description: str) -> dict[str, Any]:
    """The OpenAPI entry of one problem document an endpoint can answer with."""
    return {
        "model": Problem,
        "description": description,
        "content": {"application/problem+json": {}},
    }


def problem_catalogue(texts: Mapping[int, str]) -> Callable[..., ProblemResponses]:
    """``responses(*statuses)`` for a group of endpoints: their own words for each status,
    the status phrase otherwise."""

    def responses(*statuses: int) -> ProblemResponses:
        return {
            status: problem_doc(texts.get(status, HTTPStatus(status).phrase)) for status in statuses
        }

    return responses


# What a path segment holds as it is (RFC 3986 3.3: pchar), "/" between segments and "%" of
# the escapes already there; anything else is escaped.
_PATH_CHARACTERS = "/%:@!$&'()*+,;="


def request_instance(scope: Scope) -> str:
    """The problem's ``instance`` (RFC 9457 3.1.5, a URI reference): the path as the client
    sent it, escapes kept (``/v1/rounds/a%2Fb``), not as decoded, where ``%2F`` would name
    another path and a space or a NUL no URI at all."""
    raw: bytes | None = scope.get("raw_path")
    if raw is None:
        return quote(scope["path"], safe=_PATH_CHARACTERS.replace("%", ""))
    return quote_from_bytes(raw.partition(b"?")[0], safe=_PATH_CHARACTERS)


# A body of a hundred thousand bad items would otherwise be answered with as many errors, a
# response of megabytes; the first ones show the client what to fix.
MAX_LISTED_ERRORS = 50


def problem_response(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    title: str | None = None,
    errors: Sequence[Mapping[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
    instance: str | None = None,
    members: Mapping[str, Any] | None = None,
) -> Response:
    phrase = HTTPStatus(status).phrase
    slug = slug or _SLUG_OF_STATUS.get(status) or phrase.lower().replace(" ", "-").replace("'", "")
    body: dict[str, Any] = {
        "type": TYPE_BASE + slug,
        "title": title or _TITLE_OF_SLUG.get(slug) or phrase[:1] + phrase[1:].lower(),
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(members or {})
    if errors is not None:
        if len(errors) > MAX_LISTED_ERRORS:
            body["detail"] = (
                f"{detail} The first {MAX_LISTED_ERRORS} of {len(errors)} errors are listed."
            )
        body["errors"] = list(errors[:MAX_LISTED_ERRORS])
    return Response(
        orjson.dumps(body), status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers
    )


def token_error_response(error: OAuthError) -> JSONResponse:
    """An RFC 6749 section 5.2 error of the token endpoint, with the error's status and
    headers: ``{error, error_description}``, never a problem document, never cached."""
    return JSONResponse(
        error.body(), status_code=error.status, headers={**TOKEN_RESPONSE_HEADERS, **error.headers}
    )


def _validation_errors(exc: RequestValidationError) -> tuple[int, str, list[dict[str, Any]]]:
    errors = located_errors(exc.errors())
    if any(error.get("type") == "json_invalid" for error in exc.errors()):
        return 400, "The request body is not valid JSON.", errors
    # No body at all where one is read: as unreadable as an empty one, which is not JSON.
    if [(error.get("type"), tuple(error.get("loc", ()))) for error in exc.errors()] == [
        ("missing", ("body",))
    ]:
        return 400, "The request has no body; this endpoint reads a JSON object.", errors
    # A path naming no resource there can be ("versions/abc", "versions/0") names an unknown
    # resource, 404 like an id that is no id; the errors say which segment.
    if errors and all(error["loc"][:1] == ["path"] for error in errors):
        segments = "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in errors)
        return 404, f"Nothing is at this path ({segments}).", errors
    count = len(errors)
    detail = f"The request has {count} invalid field{'s' if count != 1 else ''}: " + "; ".join(
        f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors[:5]
    )
    return 422, detail, errors


# FastAPI's answer to a body its JSON decoder fails on with something other than a syntax
# error: bytes that are not UTF-8, nesting deeper than the decoder's recursion, an integer of
# more digits than Python converts. For the client it is the same: not JSON we can read.
_FASTAPI_UNPARSABLE_BODY = "There was an error parsing the body"
_UNPARSABLE_BODY_MESSAGE = (
    "not readable as JSON: UTF-8 text, nested at most a few hundred levels, with integers of at "
    "most 4300 digits"
)


def install_problem_handlers(app: FastAPI) -> None:
    async def on_domain_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DomainError)
        errors = [{"loc": list(e.loc), "msg": e.msg} for e in exc.errors] if exc.errors else None
        return problem_response(
            exc.status,
            exc.detail,
            slug=exc.slug,
            title=exc.title,
            errors=errors,
            headers=exc.headers,
            instance=request_instance(request.scope),
            members=exc.members,
        )

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        status, detail, errors = _validation_errors(exc)
        slug = {400: "malformed-json", 404: None}.get(status, "validation")
        return problem_response(
            status, detail, slug=slug, errors=errors, instance=request_instance(request.scope)
        )

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 400 and exc.detail == _FASTAPI_UNPARSABLE_BODY:
            return problem_response(
                400,
                "The request body is not valid JSON.",
                slug="malformed-json",
                errors=[{"loc": ["body"], "msg": _UNPARSABLE_BODY_MESSAGE}],
                instance=request_instance(request.scope),
            )
        detail = {
            404: _nothing_at(request),
            405: f"{request.method} is not allowed on {request.url.path}.",
        }.get(exc.status_code, str(exc.detail))
        headers = exc.headers
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": _allowed_methods(request)}
        return problem_response(
            exc.status_code, detail, headers=headers, instance=request_instance(request.scope)
        )

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            500,
            "The server failed to handle this request. It has been logged.",
            instance=request_instance(request.scope),
        )

    app.add_exception_handler(DomainError, on_domain_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _nothing_at(request: Request) -> str:
    """The 404's detail; for a path that is a resource's but for a trailing slash, where the
    resource is. The API does not redirect there: Starlette's redirect names the host the
    request's Host header gives, which a client can choose."""
    path = request.url.path
    nothing = f"Nothing is at {path}."
    bare = path.rstrip("/")
    if not bare or bare == path:
        return nothing
    probe = {**request.scope, "path": bare, "method": "GET"}
    if any(route.matches(probe)[0] is not Match.NONE for route in request.app.router.routes):
        return f"{nothing} Paths here have no trailing slash: {bare}."
    return nothing


def _allowed_methods(request: Request) -> str:
    """Every method some route takes at the request's path (RFC 9110 15.5.6: ``Allow`` lists
    them all). The router answers 405 with the methods of the first route whose path matched,
    while a path's methods are spread over several routes. HEAD goes with GET
    (``HeadAsGetMiddleware``)."""
    routes = request.app.router.routes

    def takes(method: str) -> bool:
        probe = {**request.scope, "method": "GET" if method == "HEAD" else method}
        return any(route.matches(probe)[0] is Match.FULL for route in routes)

    return ", ".join(method for method in _METHODS if takes(method))
