"""Request-scoped dependencies: the unit of work and the caller."""

import json
import re
import types
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from api.unit_of_work import unit_of_work
from auth.principal import ANONYMOUS, Principal, hold_account
from core.errors import BadRequest, Unauthorized

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


async def get_state(request: Request) -> AppState:
    # A coroutine, though it awaits nothing: FastAPI runs a plain function dependency in a
    # worker thread, a hop to the thread pool and back on every request.
    state: AppState = request.app.state.plenary
    return state


StateDep = Annotated[AppState, Depends(get_state)]


async def get_unit_of_work(request: Request, state: StateDep) -> AsyncIterator[AsyncSession]:
    """The unit of work: one transaction per request, committed before the response is sent
    (the dependency is function-scoped) and rolled back on any error. Domain events recorded
    during the request reach their subscribers inside the same transaction. For the endpoints
    without a bearer caller (OAuth, registration); the others take ``SessionDep``."""
    async with unit_of_work(
        state.engine, state.events, writes=request.method not in _SAFE_METHODS
    ) as session:
        yield session


UnitOfWorkDep = Annotated[AsyncSession, Depends(get_unit_of_work, scope="function")]


def _takes_a_list(annotation: Any) -> bool:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return any(_takes_a_list(argument) for argument in get_args(annotation))
    return origin in (list, set, tuple, frozenset)


_LIST_PARAMETERS: dict[str, frozenset[str]] = {}


def _list_parameters(route: APIRoute) -> frozenset[str]:
    """The query parameters ``route`` declares as lists (the comment export's ``status``), by
    its operation id (routes are not hashable)."""

    def lists_of(dependant: Dependant) -> set[str]:
        own = {
            field.alias
            for field in dependant.query_params
            if _takes_a_list(field.field_info.annotation)
        }
        return own.union(*(lists_of(inner) for inner in dependant.dependencies))

    if route.unique_id not in _LIST_PARAMETERS:
        _LIST_PARAMETERS[route.unique_id] = frozenset(lists_of(route.dependant))
    return _LIST_PARAMETERS[route.unique_id]


async def reject_repeated_query_parameters(request: Request) -> None:
    """A query parameter of the API that takes one value, given twice ("?anchor=2.a&anchor=3"),
    would be read as its last value alone, a silently partial answer: it is refused (422).
    Parameters declared as lists take several. The OAuth endpoints answer repeated parameters
    in their own error shape (``auth.oauth``)."""
    route = request.scope.get("route")
    # The scope's path: ``request.url`` builds a URL object, on every request's way.
    if not request.scope["path"].startswith("/v1/") or not isinstance(route, APIRoute):
        return
    lists = _list_parameters(route)
    seen: set[str] = set()
    repeated: list[str] = []
    for name, _ in request.query_params.multi_items():
        if name in seen and name not in repeated and name not in lists:
            repeated.append(name)
        seen.add(name)
    if repeated:
        raise RequestValidationError(
            [
                {
                    "type": "value_error",
                    "loc": ("query", name),
                    "msg": "Given more than once; this parameter takes one value.",
                    "input": request.query_params.getlist(name),
                }
                for name in repeated
            ]
        )


_UNREAD_BODY_METHODS = {"POST", "PUT", "DELETE"}


async def reject_malformed_unread_body(request: Request) -> None:
    """An endpoint that reads no body (a co-facilitator's appointment, a withdrawal) refuses one
    that is not JSON, 400 as the endpoints reading JSON do: a client sending a truncated object
    has a bug to hear about, not a change made as if it had sent nothing. An empty body or any
    JSON value is ignored. The request body middleware has already refused other content types
    (415) and JSON that is no I-JSON."""
    route = request.scope.get("route")
    if (
        request.method not in _UNREAD_BODY_METHODS
        or not request.scope["path"].startswith("/v1/")
        or not isinstance(route, APIRoute)
        or route.body_field is not None
    ):
        return
    body = await request.body()
    if not body:
        return
    try:
        json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise RequestValidationError(
            [
                {
                    "type": "json_invalid",
                    "loc": ("body",),
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": str(exc)},
                }
            ]
        ) from exc


# RFC 6750 2.1: the b64token syntax of a bearer credential.
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


def _bearer_token(request: Request) -> str | None:
    """RFC 6750 3.1: another scheme is no bearer token at all (401 with a bare challenge); a
    bearer credential that is empty or not a b64token, or a repeated Authorization header
    (whose copies a proxy and this server might read differently), is a malformed request
    (400)."""
    headers = request.headers.getlist("authorization")
    if not headers:
        return None
    if len(headers) > 1:
        raise BadRequest(
            "The Authorization header is given more than once: send one.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_request"'},
        )
    header = headers[0]
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        raise Unauthorized("Use an OAuth 2 bearer token: 'Authorization: Bearer <token>'.")
    token = token.strip()
    if not _B64TOKEN.fullmatch(token):
        raise BadRequest(
            "The Authorization header's bearer token is empty or malformed: 'Bearer <token>' "
            "takes one token of letters, digits and -._~+/ characters.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_request"'},
        )
    return token


async def get_principal(request: Request, state: StateDep) -> Principal:
    token = _bearer_token(request)
    if token is None:
        return ANONYMOUS
    claims = await state.access_tokens.verify(token)
    return await state.principals.principal_for(claims)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


async def get_session(
    principal: PrincipalDep, request: Request, session: UnitOfWorkDep
) -> AsyncSession:
    """The unit of work of a request with a caller. A change first holds the caller's account
    until its commit (``auth.principal.hold_account``), whatever it writes: a change racing
    the erasure of the same account is answered as after it (401) instead of failing on a
    foreign key naming the account (500), and an erasure starting later waits for the change,
    then treats what it wrote as everything written before. Taken first, the account's lock
    comes before any other lock of the change. The caller is read before the unit of work
    opens, as it always was (on SQLite a writer's turn is not held during that read)."""
    if request.method not in _SAFE_METHODS:
        await hold_account(session, principal)
    return session


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def require_authenticated(principal: PrincipalDep) -> Principal:
    if principal.is_anonymous:
        raise Unauthorized(
            "Sign in: this endpoint needs a bearer token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return principal


AuthenticatedDep = Annotated[Principal, Depends(require_authenticated)]


def caller_allowed(check: Callable[[Principal], object]) -> Any:
    """A dependency answering the signed-in caller once ``check`` (a rule of a domain policy
    that needs no resource) lets them through. Dependencies run before the body is validated,
    so a caller who may never do what the endpoint does is told 403 whatever they send, not
    422 about a body no body would have made acceptable. The service checks again, for its
    other callers (the command line, the demo)."""

    async def allowed(principal: AuthenticatedDep) -> Principal:
        check(principal)
        return principal

    return Depends(allowed)


def resource_allowed(
    check: Callable[[AsyncSession, Principal, str], Awaitable[object]], parameter: str
) -> Any:
    """A dependency running ``check`` on the resource the path ``parameter`` names before the
    body is validated, for the reason ``caller_allowed`` gives: ``check`` is the service's
    lookup of a resource to change, 404 when it is unknown or hidden from the caller (looked up
    first, so existence does not leak), 403 when the caller may not change it or the token lacks
    the scope. The service looks it up again in the same unit of work, for its other callers."""

    async def allowed(principal: AuthenticatedDep, session: SessionDep, request: Request) -> None:
        await check(session, principal, request.path_params[parameter])

    return Depends(allowed)
