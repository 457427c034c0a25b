"""The OAuth 2 endpoints: the sign-in form, the token endpoint, metadata and keys.

The sign-in form is a minimal HTML page (GET shows it, POST checks the e-mail address and
password and carries the original authorization request in hidden fields). Pages are never
cached or framed. Errors that cannot be redirected safely (unknown client, unregistered redirect
URI) are an HTML page for browsers and a problem document for everybody else.
"""

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from api.deps import StateDep, UnitOfWorkDep
from api.problems import (
    TOKEN_RESPONSE_HEADERS,
    problem_doc,
    problem_response,
    request_instance,
    token_error_response,
)
from api.routers.identity import check_limit, client_address
from api.state import AppState
from auth import accounts
from auth.keys import JWKS_MAX_AGE
from auth.oauth import (
    MAX_STATE_LENGTH,
    AuthorizationRequest,
    OAuthError,
    RedirectableError,
    ServerConfig,
    UnsafeAuthorizationRequest,
    error_redirect,
    exchange,
    issue_authorization_code,
    revoke,
    server_metadata,
    success_redirect,
    validate_authorization_request,
)
from auth.schemas import a_label_uri, normalize_email
from core.errors import RateLimited
from core.ratelimit import (
    Hit,
    Limit,
    enforce_each,
    failed_sign_in_from_key,
    failed_sign_in_key,
    release,
)

router = APIRouter(tags=["oauth"])

_PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "frame-ancestors 'none'",
}
_CREDENTIAL_FIELDS = {"email", "password"}
# The form's Cancel button posts this field; the Sign in button posts none, so a script posting
# only the credentials signs in.
_DECISION_FIELD = "decision"
_DENY = "deny"
_FORM_ONLY_FIELDS = _CREDENTIAL_FIELDS | {_DECISION_FIELD}

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Plenary</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }}
label {{ display: block; margin-top: 1rem; }}
input {{ width: 100%; padding: .5rem; box-sizing: border-box; }}
button {{ margin-top: 1.5rem; padding: .6rem 1.2rem; }}
.error {{ color: #a00; }}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def _config(state: AppState) -> ServerConfig:
    settings = state.settings
    return ServerConfig(
        issuer=settings.public_url,
        access_token_ttl=settings.access_token_ttl,
        refresh_token_ttl=settings.refresh_token_ttl,
    )


def _page(title: str, body: str, status: int) -> HTMLResponse:
    return HTMLResponse(
        _PAGE.format(title=html.escape(title), body=body), status_code=status, headers=_PAGE_HEADERS
    )


def _login_page(
    request: Request, authorization: AuthorizationRequest, *, error: str | None, email: str
) -> HTMLResponse:
    hidden = "\n".join(
        f'<input type="hidden" name="{html.escape(key)}" value="{html.escape(value)}">'
        for key, value in authorization.parameters.items()
    )
    message = f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""
    body = f"""<p><strong>{html.escape(authorization.client_name)}</strong> asks to act for you
on Plenary {html.escape(_scopes_asked(authorization))}.</p>
<p>Signing in sends you back to {_destination(authorization.redirect_uri)}.</p>
{message}
<form method="post" action="{html.escape(request.url.path)}">
{hidden}
<label for="email">E-mail address</label>
<input id="email" name="email" type="email" autocomplete="username" required
 value="{html.escape(email)}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
<button type="submit" name="{_DECISION_FIELD}" value="{_DENY}" formnovalidate>Cancel</button>
</form>"""
    return _page("Sign in", body, 400 if error else 200)


def _try_again_in(seconds: int) -> str:
    """The refusal as a person reads it: whole minutes, rounded up, never sooner than
    ``Retry-After`` says (after a burst it can be over an hour of seconds)."""
    minutes = max(1, -(-seconds // 60))
    return f"Too many attempts; try again in {minutes} minute{'' if minutes == 1 else 's'}."


def _destination(redirect_uri: str) -> str:
    """Where the code goes, as HTML: the client's name is whatever it registered, the host is
    what a person can check. In A-labels, so a look-alike host reads as what it is."""
    parts = urlsplit(a_label_uri(redirect_uri))
    if parts.hostname:
        return f"<strong>{html.escape(parts.hostname)}</strong>"
    return f"the app that opens <strong>{html.escape(parts.scheme)}:</strong> links"


def _scopes_asked(authorization: AuthorizationRequest) -> str:
    """What the sign-in will be granted, as the page says it. ``admin`` is granted to an
    administrator's account only, and the person is not known before the form is sent: the page
    must not promise it to everyone."""
    listed = [scope for scope in authorization.scopes if scope != "admin"]
    if "admin" in authorization.scopes:
        only_for_admins = "admin if your account is an administrator's"
        listed.append(f"and {only_for_admins}" if listed else only_for_admins)
    scopes = ", ".join(listed) or "no particular scope"
    if authorization.scopes_by_default:
        return f"with the scopes it gets by default: {scopes}"
    return f"({scopes})"


_JSON_TYPES = ("application/problem+json", "application/json")


def _accepted_quality(accept: str, media_type: str) -> float:
    """The quality ``accept`` gives ``media_type`` itself, not through a wildcard (RFC 9110
    12.5.1); 0 when it does not name it."""
    quality = 0.0
    for element in accept.split(","):
        name, *parameters = (part.strip() for part in element.split(";"))
        if name.lower() != media_type:
            continue
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
    return quality


def _wants_a_page(request: Request) -> bool:
    """Whether the caller asks for an HTML page: ``Accept`` names ``text/html`` itself (as
    every browser does for a page or a form it sends) at a quality above 0 and no lower than
    JSON's. A script sending ``*/*``, or preferring JSON, gets a problem document."""
    accept = ",".join(request.headers.getlist("accept"))
    page = _accepted_quality(accept, "text/html")
    return page > 0 and page >= max(_accepted_quality(accept, t) for t in _JSON_TYPES)


def _unsafe_request(request: Request, problem: UnsafeAuthorizationRequest) -> Response:
    if _wants_a_page(request):
        body = (
            f"<p>{html.escape(problem.description)}</p>"
            "<p>Go back to the application you came from; it is not set up correctly.</p>"
        )
        return _page("This sign-in request cannot be used", body, 400)
    return problem_response(
        400,
        problem.description,
        slug="invalid-authorization-request",
        instance=request_instance(request.scope),
    )


def _page_or_problem(description: str) -> dict[str, Any]:
    """The OpenAPI entry of a refusal answered with an HTML page (to a browser, ``Accept:
    text/html``, or the sign-in form again) or with a problem document."""
    return {
        "description": description,
        "content": {
            "text/html": {"schema": {"type": "string"}},
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}},
        },
    }


def _form_body(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI request body of an endpoint that reads a form, as FastAPI cannot tell it."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "required": required, "properties": properties}
                }
            },
        }
    }


# The form fields of client authentication at the token and revocation endpoints (RFC 6749
# section 2.3.1), for a client that does not send HTTP Basic credentials.
_CLIENT_AUTHENTICATION: dict[str, Any] = {
    "client_id": {"type": "string"},
    "client_secret": {"type": "string", "format": "password"},
}


async def _form_items(request: Request) -> list[tuple[str, str]]:
    """The form's text fields in order, repeated names kept (files are no OAuth parameter)."""
    form: FormData = await request.form()
    return [(k, v) for k, v in form.multi_items() if isinstance(v, str)]


@dataclass(frozen=True, slots=True)
class _SignInForm:
    parameters: list[tuple[str, str]]
    email: str
    password: str
    decision: str | None


async def _authorize_form_items(request: Request) -> _SignInForm:
    """The authorization request's parameters, the e-mail address, the password and the
    person's decision. Our form carries the parameters in hidden fields; a client posting only
    the credentials to the authorization URL carries them in the query, so the query supplies
    what the form lacks (never the form's own fields, which belong in the body)."""
    items = await _form_items(request)
    email = next((v for k, v in items if k == "email"), "")
    password = next((v for k, v in items if k == "password"), "")
    decision = next((v for k, v in items if k == _DECISION_FIELD), None)
    parameters = [(k, v) for k, v in items if k not in _FORM_ONLY_FIELDS]
    in_form = {k for k, _ in parameters}
    parameters += [
        (k, v)
        for k, v in request.query_params.multi_items()
        if k not in in_form and k not in _FORM_ONLY_FIELDS
    ]
    return _SignInForm(parameters, email, password, decision)


@dataclass(frozen=True, slots=True)
class _SignInAdmission:
    refusal: RateLimited | None
    # The attempt counted against the account (from this IP, and from every IP) before its
    # password is checked.
    attempts: tuple[Hit, ...]


async def _login_limit(request: Request, state: StateDep) -> _SignInAdmission:
    """Every sign-in counts against its IP, and against its account before its password is
    checked, so that guesses sent side by side, to any worker, cannot all be checked before
    one of them is counted; a right password gives the account's hits back, so a person signing
    in often is never locked out by their own sign-ins, while a guessed password still is.
    The account is limited tightly from each IP and loosely from every IP together: a stranger
    failing from one IP is held at the tight limit and keeps the owner, at another IP, out only
    by failing from several, while guesses at one account from many IPs stay bounded by the
    loose limit. A refused attempt counts against nothing, so it adds nothing to the loose
    limit either. Declining checks no password and counts against the IP only. Runs before
    the unit of work opens: on SQLite the counters need the write lock too."""
    form = await _authorize_form_items(request)
    settings = state.settings
    if settings.rate_limits == "off":
        return _SignInAdmission(None, ())
    address = client_address(request)
    limits = [
        (f"login:ip:{address}", Limit.parse(settings.rate_limit_login_ip), "sign-in attempts")
    ]
    if form.email and form.decision != _DENY:
        # Per account, as sign-in compares addresses: other spellings of it count too.
        email = normalize_email(form.email)
        failed = "failed sign-in attempts"
        limits.append(
            (
                failed_sign_in_from_key(email, address),
                Limit.parse(settings.rate_limit_login),
                failed,
            )
        )
        limits.append(
            (failed_sign_in_key(email), Limit.parse(settings.rate_limit_login_account), failed)
        )
    try:
        hits = await enforce_each(state.engine, limits)
    except RateLimited as refusal:
        return _SignInAdmission(refusal, ())
    return _SignInAdmission(None, tuple(hits[1:]))


async def _token_limit(request: Request, state: StateDep) -> RateLimited | None:
    """The refusal, if any, for the route to answer in the RFC 6749 error shape; the token
    and revocation endpoints share the limit. Also loads the signing keys before the unit of
    work takes the SQLite write lock."""
    await state.keys.current()
    setting = state.settings.rate_limit_token
    for key in (f"token:ip:{client_address(request)}",):
        refusal = await check_limit(state, key, setting, what="token requests")
        if refusal is not None:
            return refusal
    return None


_AUTHORIZE_DESCRIPTION = (
    "Authorization code flow with PKCE (S256 only, for every client). Query: `response_type=code`, "
    "`client_id`, `redirect_uri` (exactly as registered, but any port other than 0 for a "
    "loopback IP redirect URI, `http://127.0.0.1` or `http://[::1]`, RFC 8252 7.3; optional "
    "when the "
    "client registered one), `scope`, `state` (at most "
    f"{MAX_STATE_LENGTH} characters: a longer one is answered as an unusable request, 400 and "
    "no redirect, since the state is echoed back), `code_challenge` (the BASE64URL of the "
    "verifier's SHA-256, "
    "unpadded: 43 characters; any other is `invalid_request`), `code_challenge_method=S256`, "
    "optional `response_mode=query` (the only one supported: any other is `invalid_request`). "
    "Scopes this "
    "server does not know are ignored beside known ones (RFC 6749 3.3); without `scope`, or "
    "with only `openid`, `profile`, `email` or `offline_access`, the request asks for the "
    "client's scopes; with only other unknown scopes it is `invalid_scope` (a misspelt scope "
    "is no request for everything). "
)


_REDIRECTED = {
    "Location": {
        "description": "The client's redirect URI with the answer added to its query: "
        "`code`, or `error` and `error_description`; `state` when the request had one; `iss` "
        "(RFC 9207).",
        "required": True,
        "schema": {"type": "string"},
    }
}


@router.get(
    "/oauth/authorize",
    summary="Sign-in form of the authorization code flow",
    description=_AUTHORIZE_DESCRIPTION
    + "Shows an HTML form (fields `email`, `password`; its Cancel button declines, "
    "`error=access_denied`). Errors are redirected to the client "
    "per RFC 6749 4.1.2.1 when its redirect URI is valid; otherwise nothing is redirected and "
    "the person is told on an HTML page (400) when `Accept` names `text/html` itself, at a "
    "quality above 0 and no lower than `application/json`'s or `application/problem+json`'s, "
    "as browsers send it; any other caller (`*/*`, JSON preferred) gets a problem document "
    "(400). The page names no value of the request.",
    response_class=HTMLResponse,
    responses={
        200: {"description": "The sign-in form.", "content": {"text/html": {}}},
        302: {
            "description": "An error sent back to the client's redirect URI.",
            "headers": _REDIRECTED,
        },
        400: _page_or_problem(
            "Unknown client, unregistered redirect URI or overlong `state`: nothing is "
            "redirected (an HTML page for a caller preferring `text/html`, a problem document "
            "otherwise)."
        ),
    },
)
async def oauth_authorize_form(
    request: Request, session: UnitOfWorkDep, state: StateDep
) -> Response:
    try:
        authorization = await validate_authorization_request(
            session, list(request.query_params.multi_items())
        )
    except UnsafeAuthorizationRequest as problem:
        return _unsafe_request(request, problem)
    except RedirectableError as error:
        return RedirectResponse(error_redirect(error, state.settings.public_url), status_code=302)
    return _login_page(request, authorization, error=None, email="")


@router.post(
    "/oauth/authorize",
    summary="Submit the sign-in form",
    description=_AUTHORIZE_DESCRIPTION
    + "Form body: `email`, `password` and the original query parameters; parameters the "
    "body lacks are taken from the query string (so posting only the credentials to the "
    "authorization URL works; a parameter in the body wins). On success, 302 to "
    "the redirect URI with `code`, `state` and `iss`; the code carries the requested scopes "
    "the account may be granted (`admin` only for admins), and when it may be granted none "
    "of them, 302 with `error=invalid_scope` instead. Wrong credentials show the form again "
    "(400). Rate limited per IP (`PLENARY_RATE_LIMIT_LOGIN_IP`), and failed attempts per "
    "e-mail address from that IP (`PLENARY_RATE_LIMIT_LOGIN`) and, more loosely, from every "
    "IP together (`PLENARY_RATE_LIMIT_LOGIN_ACCOUNT`): a stranger failing from one IP is held "
    "there and does not keep the account's owner, at another IP, out. An attempt counts "
    "against the account before its password is checked and is given back once the password "
    "is right, so attempts sent side by side get no more password checks than the limits, the "
    "rest 429; a refused attempt counts against no limit; an unusable request with an e-mail "
    "address counts as a failed attempt. A body "
    "that is not a form is 415 "
    "(a problem document: browsers always send the form). The form's Cancel button posts "
    "`decision=deny` (no credentials needed, never rate limited): 302 to the redirect URI "
    "with `error=access_denied`, `state` and `iss`, and no code; any other `decision` is "
    "`invalid_request`. Never 200: the form is shown again only to say why (400, 429).",
    # Every answer is a Response of its own: the status and class declare only that the
    # operation succeeds with a redirect, so that no 200 is listed as FastAPI would.
    status_code=302,
    response_class=RedirectResponse,
    responses={
        302: {
            "description": "Signed in: back to the client with `code` and `state` (or with "
            "`error=invalid_scope` when none of the requested scopes can be granted); declined: "
            "back with `error=access_denied`; an unusable request whose redirect URI is valid: "
            "back with its `error`.",
            "headers": _REDIRECTED,
        },
        400: _page_or_problem(
            "Wrong credentials: the form again (HTML). An unusable request (unknown client, "
            "unregistered redirect URI): an HTML page for a caller preferring `text/html`, as "
            "at `GET`, a problem document otherwise."
        ),
        415: problem_doc("The body is not a form."),
        429: _page_or_problem(
            "Too many sign-in attempts from this IP, or failed ones for this account from "
            'this IP or from every IP (with `Retry-After`): the form again, saying "Too many '
            'attempts; try again in N minutes" (the wait rounded up), for a caller preferring '
            "`text/html`, as at `GET`; a problem document otherwise."
        ),
    },
    openapi_extra=_form_body(
        ["email", "password"],
        {
            "email": {"type": "string"},
            "password": {"type": "string", "format": "password"},
            "response_type": {"type": "string", "enum": ["code"]},
            "client_id": {"type": "string"},
            "redirect_uri": {"type": "string"},
            "scope": {"type": "string"},
            "state": {"type": "string"},
            "code_challenge": {"type": "string"},
            "code_challenge_method": {"type": "string", "enum": ["S256"]},
            _DECISION_FIELD: {
                "type": "string",
                "enum": [_DENY],
                "description": "Sent by the Cancel button: the person declines.",
            },
        },
    ),
)
async def oauth_authorize_submit(
    admission: Annotated[_SignInAdmission, Depends(_login_limit)],
    request: Request,
    session: UnitOfWorkDep,
    state: StateDep,
) -> Response:
    refusal = admission.refusal
    # A person at the form reads the refusal on the form; a script gets the problem document.
    in_a_browser = _wants_a_page(request)
    form = await _authorize_form_items(request)
    declined = form.decision == _DENY
    # Declining checks no password, so the sign-in limit never keeps a person from leaving.
    if refusal is not None and not in_a_browser and not declined:
        raise refusal
    email, password = form.email, form.password
    try:
        authorization = await validate_authorization_request(session, form.parameters)
        if form.decision is not None and not declined:
            raise RedirectableError(
                "invalid_request",
                f"{_DECISION_FIELD} may only be {_DENY} (the Cancel button).",
                authorization.redirect_uri,
                authorization.state,
            )
    except UnsafeAuthorizationRequest as problem:
        return _unsafe_request(request, problem)
    except RedirectableError as error:
        return RedirectResponse(error_redirect(error, state.settings.public_url), status_code=302)
    if declined:
        denied = RedirectableError(
            "access_denied",
            "The person declined to sign in.",
            authorization.redirect_uri,
            authorization.state,
        )
        return RedirectResponse(
            error_redirect(denied, state.settings.public_url),
            status_code=302,
            headers={"Cache-Control": "no-store"},
        )
    if refusal is not None:
        wait = refusal.headers["Retry-After"]
        page = _login_page(request, authorization, error=_try_again_in(int(wait)), email=email)
        page.status_code = 429
        page.headers["Retry-After"] = wait
        return page
    user = await accounts.authenticate(session, email, password) if email and password else None
    if user is None:
        return _login_page(
            request, authorization, error="Wrong e-mail address or password.", email=email
        )
    # Given back in the transaction that issues the code: no transaction of its own.
    for attempt in admission.attempts:
        await release(await session.connection(), attempt)
    try:
        code = await issue_authorization_code(session, authorization, user)
    except RedirectableError as error:
        return RedirectResponse(error_redirect(error, state.settings.public_url), status_code=302)
    return RedirectResponse(
        success_redirect(authorization, code, state.settings.public_url),
        status_code=302,
        headers={"Cache-Control": "no-store"},
    )


def _rate_limited(refusal: RateLimited) -> JSONResponse:
    return token_error_response(
        OAuthError("temporarily_unavailable", refusal.detail, status=429, headers=refusal.headers)
    )


async def _token_endpoint_answer(
    refusal: RateLimited | None,
    request: Request,
    handle: Callable[[list[tuple[str, str]], str | None], Awaitable[dict[str, Any]]],
) -> JSONResponse:
    """The answer of the token and revocation endpoints: the rate limit's refusal, or ``handle``
    applied to the form and the Authorization header, its OAuth error in the RFC 6749 shape.
    The error is returned, not raised: the unit of work commits what the failed request
    changed (a consumed code, a revoked token family)."""
    if refusal is not None:
        return _rate_limited(refusal)
    items = await _form_items(request)
    authorizations = request.headers.getlist("authorization")
    try:
        if len(authorizations) > 1:
            # As a repeated parameter (RFC 6749 3.2): which copy authenticates is ambiguous.
            raise OAuthError("invalid_request", "The Authorization header is given more than once.")
        answer = await handle(items, authorizations[0] if authorizations else None)
    except OAuthError as error:
        return token_error_response(error)
    return JSONResponse(answer, headers=TOKEN_RESPONSE_HEADERS)


_TOKEN_ERROR: dict[str, Any] = {
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {"type": "string"},
                    "error_description": {"type": "string"},
                },
            }
        }
    }
}


@router.post(
    "/oauth/token",
    summary="Token endpoint",
    description=(
        "Form body. `grant_type=authorization_code` (`code`, `redirect_uri` when it was sent "
        "to the authorization endpoint, exactly as sent there, a loopback port included, "
        "`code_verifier`), `refresh_token` (`refresh_token`, "
        "optional narrower `scope`; the refresh token rotates, and presenting a rotated one "
        "revokes the sign-in: its refresh tokens and access tokens stop working at once), or "
        "`client_credentials` (confidential clients bound to an organization; optional "
        "`scope`, at most `comments:write reports:read`). Client authentication: "
        "`client_secret_basic`, `client_secret_post`, or `client_id` alone for public clients. "
        "Access tokens are RFC 9068 JWTs (ES256); those of a sign-in carry its id as `sid`. "
        "Replaying a used code revokes the sign-in it started. Either revocation for reuse "
        "is audited as `sign_in.revoked` (`data`: `user_id`, `client_id`, `reused`: "
        "`refresh_token` or `authorization_code`; no token material). "
        "The `scope` answered is what "
        "was granted: the requested scopes the account's role (or, for client credentials, "
        "the grant) allows, `admin` only for admins; a refresh can narrow the sign-in's scope "
        "but never widen it. Unknown scopes are ignored beside known ones; with none requested, "
        "or only `openid`, `profile`, `email` or `offline_access`, the client's (for a "
        "refresh, the sign-in's) are; only other unknown scopes are `invalid_scope`. "
        "When none of the requested scopes can be granted: `invalid_scope`. Errors use the "
        "RFC 6749 shape `{error, error_description}`, never problem documents, including a "
        "body that is not an `application/x-www-form-urlencoded` form (a multipart one "
        "included, RFC 6749 3.2) or is over the size limit (400 `invalid_request`); every "
        "answer is `Cache-Control: no-store`."
    ),
    responses={
        200: {
            "description": "Tokens.",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["access_token", "token_type", "expires_in", "scope"],
                        "properties": {
                            "access_token": {"type": "string"},
                            "token_type": {"type": "string", "enum": ["Bearer"]},
                            "expires_in": {"type": "integer"},
                            "scope": {"type": "string"},
                            "refresh_token": {"type": "string"},
                        },
                    }
                }
            },
        },
        400: {
            "description": "invalid_request (also for a body that is not an "
            "`application/x-www-form-urlencoded` form, or too large, and for an "
            "`Authorization` header given more than once), invalid_grant, "
            "invalid_scope, ...",
            **_TOKEN_ERROR,
        },
        401: {"description": "invalid_client (with `WWW-Authenticate`).", **_TOKEN_ERROR},
        429: {"description": "Too many token requests (with `Retry-After`).", **_TOKEN_ERROR},
    },
    openapi_extra=_form_body(
        ["grant_type"],
        {
            "grant_type": {
                "type": "string",
                "enum": ["authorization_code", "refresh_token", "client_credentials"],
            },
            "code": {"type": "string"},
            "redirect_uri": {"type": "string"},
            "code_verifier": {"type": "string"},
            "refresh_token": {"type": "string"},
            "scope": {"type": "string"},
            **_CLIENT_AUTHENTICATION,
        },
    ),
)
async def oauth_token(
    refusal: Annotated[RateLimited | None, Depends(_token_limit)],
    request: Request,
    session: UnitOfWorkDep,
    state: StateDep,
) -> JSONResponse:
    async def issue(items: list[tuple[str, str]], authorization: str | None) -> dict[str, Any]:
        return await exchange(session, _config(state), state.keys, items, authorization)

    return await _token_endpoint_answer(refusal, request, issue)


@router.post(
    "/oauth/revoke",
    summary="Revoke a token (RFC 7009): sign out",
    description=(
        "Form body: `token`, optional `token_type_hint` (`refresh_token` or `access_token`; "
        "not needed, the two kinds are told apart without it). Client authentication as at "
        "`/oauth/token`. A refresh token, or an access token of a sign-in, revokes the whole "
        "sign-in: its refresh tokens stop working at once, its access tokens at their next "
        "request (401 `invalid_token`); the person's other sign-ins stand. A token this "
        "server does not know (invalid, expired, already revoked) is answered 200 as well, as "
        "RFC 7009 asks. A token issued to another client is `invalid_grant` and stays valid. "
        "An access token from `client_credentials` belongs to no sign-in and is not stored: "
        "`unsupported_token_type` (it expires on its own; deleting its client, `DELETE "
        "/v1/clients/{client_id}`, stops it at once). Errors use the RFC 6749 shape, as at the "
        "token endpoint, and share its rate limit; every answer is `Cache-Control: no-store`."
    ),
    responses={
        200: {
            "description": "Revoked, or nothing to revoke: an empty JSON object.",
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
        400: {
            "description": "invalid_request (no `token`, a body that is not an "
            "`application/x-www-form-urlencoded` form, an `Authorization` header given more "
            "than once), "
            "invalid_grant (a token of another client), unsupported_token_type (a client "
            "credentials access token).",
            **_TOKEN_ERROR,
        },
        401: {"description": "invalid_client (with `WWW-Authenticate`).", **_TOKEN_ERROR},
        429: {"description": "Too many token requests (with `Retry-After`).", **_TOKEN_ERROR},
    },
    openapi_extra=_form_body(
        ["token"],
        {
            "token": {"type": "string"},
            "token_type_hint": {
                "type": "string",
                "enum": ["refresh_token", "access_token"],
            },
            **_CLIENT_AUTHENTICATION,
        },
    ),
)
async def oauth_revoke(
    refusal: Annotated[RateLimited | None, Depends(_token_limit)],
    request: Request,
    session: UnitOfWorkDep,
    state: StateDep,
) -> JSONResponse:
    async def revoke_token(
        items: list[tuple[str, str]], authorization: str | None
    ) -> dict[str, Any]:
        await revoke(session, state.access_tokens, items, authorization)
        return {}

    return await _token_endpoint_answer(refusal, request, revoke_token)


@router.get(
    "/.well-known/oauth-authorization-server",
    summary="Authorization server metadata (RFC 8414)",
)
async def oauth_server_metadata(state: StateDep) -> dict[str, Any]:
    return server_metadata(state.settings.public_url)


@router.get(
    "/.well-known/jwks.json",
    summary="Public signing keys (JWKS)",
    description=(
        "The keys that sign access tokens and comment receipts: retired keys, whose tokens "
        "and receipts are still verifiable, the signing key, and the key that will sign after "
        "the next rotation (`plenary keys rotate`), published before it signs anything. Every "
        f"worker answers from the database. Cacheable for {JWKS_MAX_AGE} seconds."
    ),
)
async def jwks(state: StateDep, response: Response) -> dict[str, Any]:
    # Safe to cache: a key is published from the rotation before the one that makes it sign.
    response.headers["Cache-Control"] = f"public, max-age={JWKS_MAX_AGE}"
    return await state.keys.jwks()
