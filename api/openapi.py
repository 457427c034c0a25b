"""The committed OpenAPI document: generated deterministically so that drift shows in a diff."""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
from fastapi import APIRouter, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute

from api.deps import get_principal, require_authenticated
from auth import policy as auth_policy
from auth.clients import CLIENT_CREDENTIALS_SCOPES
from auth.principal import WRITE_SCOPES
from auth.tokens import SCOPE_DESCRIPTIONS
from consultations import comment_policy
from consultations import policy as consultation_policy
from consultations.reports import REPORT_SCOPE
from moderation import policy as moderation_policy

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi" / "openapi.json"

# Swagger UI at an exact version: under a floating "@5" the page where people paste their
# tokens would run whatever the CDN serves next. FastAPI's page writes no integrity attribute:
# the README says what trusting the CDN for this version leaves open.
SWAGGER_UI_VERSION = "5.17.14"
_SWAGGER_UI = f"https://cdn.jsdelivr.net/npm/swagger-ui-dist@{SWAGGER_UI_VERSION}"
DOCS_PATH = "/docs"
# ReDoc likewise: FastAPI's own page would load "redoc@2".
REDOC_VERSION = "2.5.4"
_REDOC_JS = f"https://cdn.jsdelivr.net/npm/redoc@{REDOC_VERSION}/bundles/redoc.standalone.js"
REDOC_PATH = "/redoc"
# Another site must not frame the page where tokens are pasted (clickjacking), nor ReDoc's,
# which runs the same third-party code on this origin.
_DOCS_PAGE_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
}


SECURITY_SCHEMES: dict[str, Any] = {
    "oauth2": {
        "type": "oauth2",
        "description": "Access tokens from this server (RFC 9068 JWTs). Authorization code "
        "with PKCE S256 for people (`/oauth/authorize` shows a login form); client credentials "
        "for a confidential client bound to an organization, which acts as its representative. "
        "A token never does more than its user's role allows, whatever its scopes. An "
        "operation's security requirement lists the scopes it accepts, one alternative each: a "
        "token needs any one of them (403 `insufficient_scope` otherwise, the challenge naming "
        "them); an operation listing none takes a token of any scope.",
        "flows": {
            "authorizationCode": {
                "authorizationUrl": "/oauth/authorize",
                "tokenUrl": "/oauth/token",
                "refreshUrl": "/oauth/token",
                "scopes": SCOPE_DESCRIPTIONS,
            },
            "clientCredentials": {
                "tokenUrl": "/oauth/token",
                "scopes": {
                    scope: text
                    for scope, text in SCOPE_DESCRIPTIONS.items()
                    if scope in CLIENT_CREDENTIALS_SCOPES
                },
            },
        },
    },
    "bearer": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "The same access tokens, pasted (for instance the one `plenary demo` "
        "prints). Another scheme is 401; an empty or malformed token, or an `Authorization` "
        "header given more than once, is 400 `invalid_request`.",
    },
}
# Headers that an operation requires but that are declared optional, so that their absence
# is answered with the contract's status (400 without Idempotency-Key, 428 without If-Match)
# rather than FastAPI's 422: ``Header(json_schema_extra=REQUIRED_HEADER)`` marks them, and the
# document declares them required.
_REQUIRED_HEADER_MARK = "x-plenary-required-header"
REQUIRED_HEADER: dict[str, Any] = {_REQUIRED_HEADER_MARK: True}
# The response headers the contract relies on, as one entry each, so that every operation
# describes a header in the same words.
RESPONSE_HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "The resource's entity tag: send it back as `If-None-Match` (304 while "
        "unchanged) or as `If-Match` with a change.",
        "required": True,
        "schema": {"type": "string"},
    },
    "Location": {
        "description": "The URL of the resource the request created.",
        "required": True,
        "schema": {"type": "string"},
    },
    "Link": {
        "description": 'The next page, `<URL>; rel="next"` (RFC 8288), the same query with '
        "`cursor` set to `next_cursor`; absent on the last page.",
        "schema": {"type": "string"},
    },
    "WWW-Authenticate": {
        "description": "The challenge: `Bearer` (RFC 6750 3), whose `error` says whether "
        "the token is invalid or expired (401), malformed (`invalid_request`, 400) or without "
        "a scope the operation needs (`insufficient_scope`, 403, its `scope` naming those "
        "accepted); `Basic` for a client's credentials at the token and revocation endpoints.",
        "required": True,
        "schema": {"type": "string"},
    },
    "Content-Language": {
        "description": "The language (BCP 47 tag) of the document's text served: the version's "
        "original or the translation asked for.",
        "required": True,
        "schema": {"type": "string"},
    },
    "Accept-Encoding": {
        "description": "`identity`: the body was in a content coding (`Content-Encoding`), "
        "which the server never decodes (RFC 9110 15.5.16); send it uncoded.",
        "schema": {"type": "string"},
    },
    "Accept-Patch": {
        "description": "The patch formats the operation reads (RFC 5789 3.1), "
        "`application/json, application/merge-patch+json`, when the body was of another type.",
        "schema": {"type": "string"},
    },
    "Retry-After": {
        "description": "The seconds until a request would be accepted if the client sends "
        "nothing else meanwhile.",
        "required": True,
        "schema": {"type": "integer", "minimum": 0},
    },
}


def sends_headers(status: int, *names: str) -> dict[int | str, dict[str, Any]]:
    """A route's ``responses`` entry declaring the headers of ``RESPONSE_HEADERS`` that its
    handler sets on ``status``: those that rules cannot tell (``_declare_sent_headers``)."""
    return {status: {"headers": {name: RESPONSE_HEADERS[name] for name in names}}}


_SIGNED_IN: list[dict[str, list[str]]] = [{"oauth2": []}, {"bearer": []}]
# An empty requirement makes the token optional: anonymous callers read what is public.
_ANONYMOUS_OR_SIGNED_IN = [{}, *_SIGNED_IN]

_CONSULTATIONS = (consultation_policy.WRITE_SCOPE,)
# The scopes, any one of which lets a token through, of the operations that need a token with a
# scope; the others take a token of any scope. They are the constants the policies check, so the
# document names what the server enforces (tests/api/test_openapi_scopes_stop36.py asks the
# server, operation by operation).
_ACCEPTED_SCOPES: dict[str, tuple[str, ...]] = {
    "get_audit_log": moderation_policy.AUDIT_SCOPES,
    "verify_audit_chain": moderation_policy.AUDIT_SCOPES,
    "register_oauth_client": auth_policy.CLIENT_REGISTRATION_SCOPES,
    "delete_oauth_client": auth_policy.CLIENT_REGISTRATION_SCOPES,
    "find_users": auth_policy.USER_LOOKUP_SCOPES,
    "set_user_role": (auth_policy.ROLE_SCOPE,),
    "decide_organization_verification": (auth_policy.VERIFICATION_SCOPE,),
    "create_organization": WRITE_SCOPES,
    "add_organization_representative": WRITE_SCOPES,
    "remove_organization_representative": WRITE_SCOPES,
    "erase_me": WRITE_SCOPES,
    "create_flag": WRITE_SCOPES,
    "create_decision": (moderation_policy.MODERATION_SCOPE,),
    "submit_comment": (comment_policy.WRITE_SCOPE,),
    "edit_comment": (comment_policy.WRITE_SCOPE,),
    "withdraw_comment": (comment_policy.WRITE_SCOPE,),
    "create_consultation": _CONSULTATIONS,
    "update_consultation": _CONSULTATIONS,
    "appoint_facilitator": _CONSULTATIONS,
    "remove_facilitator": _CONSULTATIONS,
    "create_document": _CONSULTATIONS,
    "update_document": _CONSULTATIONS,
    "delete_document": _CONSULTATIONS,
    "add_version": _CONSULTATIONS,
    "set_translation": _CONSULTATIONS,
    "create_round": _CONSULTATIONS,
    "update_round": _CONSULTATIONS,
    "create_export": (REPORT_SCOPE,),
    "get_export": (REPORT_SCOPE,),
    "get_export_file": (REPORT_SCOPE,),
    "export_comments": (REPORT_SCOPE,),
}
# Operations that read the caller as anonymous-or-not (``get_principal``), so that a round or
# comment hidden from an anonymous caller is 404 rather than 401, but whose policy then refuses
# an anonymous caller with 401 whatever the consultation's visibility: they need a token.
_TOKEN_REQUIRED_AFTER_LOOKUP = frozenset({"export_comments", "comment_history"})


def _scoped(scopes: tuple[str, ...]) -> list[dict[str, list[str]]]:
    """One alternative per accepted scope, for the OAuth flows and for a pasted token alike
    (OpenAPI 3.1 lets a scheme other than OAuth 2 name the roles it needs)."""
    return [{scheme: [scope]} for scope in scopes for scheme in ("oauth2", "bearer")]


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any] | None]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _calls(dependency)


def _security_of(route: APIRoute) -> list[dict[str, list[str]]] | None:
    calls = set(_calls(route.dependant))
    if require_authenticated in calls or route.name in _TOKEN_REQUIRED_AFTER_LOOKUP:
        scopes = _ACCEPTED_SCOPES.get(route.name)
        return _scoped(scopes) if scopes else _SIGNED_IN
    if get_principal in calls:
        return _ANONYMOUS_OR_SIGNED_IN
    return None


def install_security(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Declares the bearer tokens in the generated document, which FastAPI cannot infer: the
    caller is read by our own dependency. An operation lists the schemes when it reads the
    caller, with an empty alternative when anonymous callers may use it too, and with the
    scopes the operation accepts (``_ACCEPTED_SCOPES``). Operations are found by their id, which
    is their route's name (``api.app``)."""
    security_by_operation = {
        route.name: security
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute) and (security := _security_of(route)) is not None
    }
    generate = app.openapi

    def openapi_with_security() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        document.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
        for path, operations in document["paths"].items():
            for method, operation in operations.items():
                security = security_by_operation.get(operation.get("operationId"))
                if security is not None:
                    operation["security"] = security
                _declare_refusals(operation, method, path)
                _declare_required_headers(operation)
                _declare_sent_headers(operation, method)
                _file_problems_as_sent(operation)
                if method == "patch":
                    _accept_merge_patches(operation)
        return document

    app.openapi = openapi_with_security  # type: ignore[method-assign]


def _declare_required_headers(operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", ()):
        schema = parameter.get("schema", {})
        if parameter.get("in") == "header" and schema.pop(_REQUIRED_HEADER_MARK, False):
            parameter["required"] = True
            schema.pop("anyOf", None)
            schema["type"] = "string"


# The token endpoints answer every malformed request in RFC 6749's error shape, 400.
_RFC6749_ERROR_OPERATIONS = frozenset({"oauth_token", "oauth_revoke"})
_CHANGES = frozenset({"post", "put", "patch", "delete"})


def _declare_refusals(operation: dict[str, Any], method: str, path: str) -> None:
    """The statuses the middleware and the dependencies every operation of a kind shares give
    before the route's own code runs, which the routes do not repeat: an operation declares
    them where it can be refused so, in the route's own words when it has some."""
    security = operation.get("security") or []
    takes_body = "requestBody" in operation or method in {"post", "put"}
    refusals: dict[str, list[str]] = {}
    if security:
        refusals["400"] = ["the Authorization header holds no well-formed bearer token"]
    if {} in security:
        refusals["401"] = [
            "The bearer token is invalid, expired or of another scheme (send none to read as "
            "an anonymous caller)."
        ]
    if path.startswith("/v1/") and method in _CHANGES:
        refusals.setdefault("400", []).insert(0, "the body is not JSON, or not I-JSON (RFC 7493)")
    if takes_body and operation["operationId"] not in _RFC6749_ERROR_OPERATIONS:
        refusals["413"] = ["The body is larger than the server accepts."]
        refusals["415"] = [
            "The body is of a content type the operation does not read, or in a content "
            "coding (`Content-Encoding`)."
        ]
    if "application/json" in operation.get("requestBody", {}).get("content", {}):
        refusals["422"] = ["Invalid fields, each named in `errors`."]
    responses = operation["responses"]
    for status, reasons in refusals.items():
        if status not in responses:
            description = " ".join(reasons)
            if status == "400":
                description = f"Malformed request: {', or '.join(reasons)}."
            responses[status] = {
                "description": description,
                "content": {_PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_SCHEMA}},
            }


# Operations that name no scope but check one for a restricted consultation: its reports are
# for its staff with a reports:read token (``consultations.reports.report_access``).
_SCOPE_CHECKED_WHEN_RESTRICTED = frozenset({"get_representation", "get_coverage", "get_synthesis"})
_CHALLENGE_IF_REFUSED = {
    key: value for key, value in RESPONSE_HEADERS["WWW-Authenticate"].items() if key != "required"
}


def _declare_challenges(operation: dict[str, Any]) -> None:
    """A bearer token is challenged on a 400 when malformed and on a 403 when it lacks a scope;
    those statuses have other causes too, without a challenge: declared optional."""
    security = operation.get("security") or []
    checks_scopes = any(scopes for requirement in security for scopes in requirement.values())
    statuses = ["400"] if security else []
    if checks_scopes or operation.get("operationId") in _SCOPE_CHECKED_WHEN_RESTRICTED:
        statuses.append("403")
    for status in statuses:
        if status in operation["responses"]:
            headers = operation["responses"][status].setdefault("headers", {})
            headers.setdefault("WWW-Authenticate", _CHALLENGE_IF_REFUSED)


def _declare_sent_headers(operation: dict[str, Any], method: str) -> None:
    """The headers every operation of a kind sends: a 401's challenge, a 429's wait, a list's
    next page, the ETag of a response that a conditional GET can answer 304 (the 304 is
    declared only where the 200 carries one), what a 415 would have read (``api.middleware``:
    an uncoded body; for a PATCH, the patch formats)."""
    _declare_challenges(operation)
    responses = operation["responses"]
    unsupported = ("Accept-Encoding", "Accept-Patch") if method == "patch" else ("Accept-Encoding",)
    sent: dict[str, tuple[str, ...]] = {
        "401": ("WWW-Authenticate",),
        "415": unsupported,
        "429": ("Retry-After",),
    }
    query = {p["name"] for p in operation.get("parameters", ()) if p.get("in") == "query"}
    if "cursor" in query:
        sent["200"] = ("Link",)
    if "304" in responses:
        sent["200"] = (*sent.get("200", ()), "ETag")
        sent["304"] = ("ETag",)
    for status, names in sent.items():
        if status in responses:
            headers = responses[status].setdefault("headers", {})
            for name in names:
                headers.setdefault(name, RESPONSE_HEADERS[name])


def _accept_merge_patches(operation: dict[str, Any]) -> None:
    """A PATCH body may be sent as a JSON merge patch (RFC 7396) too, read as the same object
    (``api.middleware``): the document says so, so that a generated client can send one."""
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        content.setdefault(_MERGE_PATCH_MEDIA_TYPE, content["application/json"])


_MERGE_PATCH_MEDIA_TYPE = "application/merge-patch+json"
_PROBLEM_MEDIA_TYPE = "application/problem+json"
_PROBLEM_SCHEMA = {"$ref": "#/components/schemas/Problem"}


def _file_problems_as_sent(operation: dict[str, Any]) -> None:
    """FastAPI files a declared error's model under the route's own media type
    (``application/json``, ``text/html``) and leaves ``application/problem+json`` without a
    schema; the server sends every problem as ``application/problem+json``, so a generated
    client finds its schema there, and nowhere else. A refusal that may also be an HTML page
    says so itself, with the page's own schema (``api.routers.oauth``)."""
    for response in operation.get("responses", {}).values():
        content = response.get("content", {})
        if _PROBLEM_MEDIA_TYPE not in content:
            continue
        for media_type in list(content):
            if content[media_type].get("schema") == _PROBLEM_SCHEMA:
                del content[media_type]
        content[_PROBLEM_MEDIA_TYPE] = {"schema": _PROBLEM_SCHEMA}


def openapi_document(app: FastAPI) -> dict[str, Any]:
    return app.openapi()


def render_openapi(app: FastAPI) -> bytes:
    return (
        orjson.dumps(openapi_document(app), option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
        + b"\n"
    )


def write_openapi(app: FastAPI, path: Path = OPENAPI_PATH) -> Path:
    path.write_bytes(render_openapi(app))
    return path


def install_docs(app: FastAPI) -> None:
    """``/docs`` and its OAuth redirect page, and ``/redoc``, as FastAPI's own (``docs_url``,
    ``redoc_url``) but for the pinned Swagger UI and ReDoc and the frame headers."""
    redirect_path = app.swagger_ui_oauth2_redirect_url or f"{DOCS_PATH}/oauth2-redirect"

    async def swagger_ui(request: Request) -> HTMLResponse:
        root_path = request.scope.get("root_path", "").rstrip("/")
        page = get_swagger_ui_html(
            openapi_url=root_path + (app.openapi_url or ""),
            title=f"{app.title} - Swagger UI",
            swagger_js_url=f"{_SWAGGER_UI}/swagger-ui-bundle.js",
            swagger_css_url=f"{_SWAGGER_UI}/swagger-ui.css",
            oauth2_redirect_url=root_path + redirect_path,
            init_oauth=app.swagger_ui_init_oauth,
            swagger_ui_parameters=app.swagger_ui_parameters,
        )
        page.headers.update(_DOCS_PAGE_HEADERS)
        return page

    async def swagger_ui_redirect(request: Request) -> HTMLResponse:
        page = get_swagger_ui_oauth2_redirect_html()
        page.headers.update(_DOCS_PAGE_HEADERS)
        return page

    async def redoc(request: Request) -> HTMLResponse:
        root_path = request.scope.get("root_path", "").rstrip("/")
        page = get_redoc_html(
            openapi_url=root_path + (app.openapi_url or ""),
            title=f"{app.title} - ReDoc",
            redoc_js_url=_REDOC_JS,
        )
        page.headers.update(_DOCS_PAGE_HEADERS)
        return page

    app.add_route(DOCS_PATH, swagger_ui, include_in_schema=False)
    app.add_route(redirect_path, swagger_ui_redirect, include_in_schema=False)
    app.add_route(REDOC_PATH, redoc, include_in_schema=False)
