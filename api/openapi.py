"""The committed OpenAPI document: generated deterministically so that drift shows in a diff."""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
from fastapi import APIRouter, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from api.deps import get_principal, require_authenticated
from auth.clients import CLIENT_CREDENTIALS_SCOPES
from auth.tokens import SCOPE_DESCRIPTIONS

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi" / "openapi.json"


SECURITY_SCHEMES: dict[str, Any] = {
    "oauth2": {
        "type": "oauth2",
        "description": "Access tokens from this server (RFC 9068 JWTs). Authorization code "
        "with PKCE S256 for people (`/oauth/authorize` shows a login form); client credentials "
        "for a confidential client bound to an organization, which acts as its representative. "
        "A token never does more than its user's role allows, whatever its scopes.",
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
        "prints).",
    },
}
# Headers that an operation requires but that are declared optional, so that their absence
# is answered with the contract's status (400 without Idempotency-Key, 428 without If-Match)
# rather than FastAPI's 422: ``Header(json_schema_extra=REQUIRED_HEADER)`` marks them, and the
# document declares them required.
_REQUIRED_HEADER_MARK = "x-plenary-required-header"
REQUIRED_HEADER: dict[str, Any] = {_REQUIRED_HEADER_MARK: True}
_SIGNED_IN: list[dict[str, list[str]]] = [{"oauth2": []}, {"bearer": []}]
# An empty requirement makes the token optional: anonymous callers read what is public.
_ANONYMOUS_OR_SIGNED_IN = [{}, *_SIGNED_IN]


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any] | None]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _calls(dependency)


def _security_of(route: APIRoute) -> list[dict[str, list[str]]] | None:
    calls = set(_calls(route.dependant))
    if require_authenticated in calls:
        return _SIGNED_IN
    if get_principal in calls:
        return _ANONYMOUS_OR_SIGNED_IN
    return None


def install_security(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Declares the bearer tokens in the generated document, which FastAPI cannot infer: the
    caller is read by our own dependency. An operation lists the schemes when it reads the
    caller, with an empty alternative when anonymous callers may use it too. Operations are
    found by their id, which is their route's name (``api.app``)."""
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
        for operations in document["paths"].values():
            for method, operation in operations.items():
                security = security_by_operation.get(operation.get("operationId"))
                if security is not None:
                    operation["security"] = security
                _declare_required_headers(operation)
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
    client finds its schema there, and nowhere else."""
    for response in operation.get("responses", {}).values():
        content = response.get("content", {})
        if _PROBLEM_MEDIA_TYPE not in content:
            continue
        for media_type in list(content):
            if content[media_type].get("schema") == _PROBLEM_SCHEMA:
                if media_type == "application/json":
                    del content[media_type]
                else:
                    del content[media_type]["schema"]
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
