"""Accounts, the caller, platform roles and OAuth client registration."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import AfterValidator

from api.deps import AuthenticatedDep, SessionDep, StateDep, UnitOfWorkDep, caller_allowed
from api.middleware import NOT_MODIFIED_RESPONSE
from api.openapi import sends_headers
from api.pagination import CursorQuery, LimitQuery, PageOut
from api.problems import problem_doc
from auth import accounts, clients, policy
from auth.principal import Principal
from auth.schemas import (
    ClientCreate,
    ClientRead,
    MeRead,
    RoleUpdate,
    UserCreate,
    UserFound,
    UserRead,
    checked_email,
    normalize_email,
)
from core.errors import RateLimited
from core.etag import content_etag
from core.ids import parse_id
from core.pagination import DEFAULT_LIMIT, cursor_not_issued
from core.ratelimit import Limit, enforce, registration_key

router = APIRouter(tags=["identity"])

NO_STORE = {"Cache-Control": "no-store"}


AUTH_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: problem_doc("Missing, invalid or expired bearer token (with `WWW-Authenticate`)."),
}


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def check_limit(state: StateDep, key: str, setting: str, *, what: str) -> RateLimited | None:
    """Counts one hit; returns the refusal instead of raising, for callers that shape it."""
    if state.settings.rate_limits == "off":
        return None
    try:
        await enforce(state.engine, key, Limit.parse(setting), what=what)
    except RateLimited as refusal:
        return refusal
    return None


async def _registration_limit(request: Request, state: StateDep) -> None:
    # Runs before the unit of work opens: on SQLite the counters need the write lock too.
    setting = state.settings.rate_limit_registration
    keys = [f"registration:ip:{client_address(request)}"]
    try:
        body = await request.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("email"), str):
        # Counted per account, as the address is compared: every spelling of it at once.
        keys.append(registration_key(normalize_email(body["email"])))
    for key in keys:
        refusal = await check_limit(state, key, setting, what="registrations")
        if refusal is not None:
            raise refusal


RegistrationLimit = Annotated[None, Depends(_registration_limit)]


@router.post(
    "/v1/users",
    status_code=201,
    summary="Register an account",
    description=(
        "Self-registration. The e-mail address is trimmed and lower-cased; the password needs "
        "at least 10 characters and must not be the e-mail address; it is stored as an Argon2id "
        "hash and never echoed. `gender`, `birth_year` and `languages` are optional (null is "
        "the same as omitted) and self-declared: only you and the secretariat see them, and "
        "reports show them only aggregated. No token is returned: sign in through "
        "`/oauth/authorize`. `Location: /v1/me` names the account, which its owner reads "
        "there once signed in (until then it answers 401: registering gives no token, and "
        "accounts have no URL of their own). A duplicate e-mail address is 409 with a "
        "neutral message. Rate limited per IP and per address."
    ),
    responses={
        **sends_headers(201, "Location"),
        409: problem_doc("An account with this e-mail address exists."),
        422: problem_doc("Invalid fields (e-mail, password policy, display name...)."),
        429: problem_doc("Too many registrations (with `Retry-After`)."),
    },
)
async def register_user(
    _limit: RegistrationLimit, body: UserCreate, session: UnitOfWorkDep, response: Response
) -> UserRead:
    user = await accounts.register(session, body)
    response.headers.update(NO_STORE)
    response.headers["Location"] = "/v1/me"
    return UserRead.from_row(user)


@router.get(
    "/v1/me",
    summary="The caller",
    description=(
        "The signed-in person (account, self-declared fields, platform role, every role they "
        "hold and their organization memberships) or, for a client-credentials token, the "
        "machine client and the organization it acts for (`kind: client`). The `ETag` is a "
        "digest of the answer."
    ),
    responses={**AUTH_PROBLEMS, **NOT_MODIFIED_RESPONSE},
)
async def read_me(principal: AuthenticatedDep, session: SessionDep, response: Response) -> MeRead:
    response.headers.update(NO_STORE)
    me = await accounts.me(session, principal)
    response.headers["ETag"] = content_etag(me.model_dump_json().encode())
    return me


@router.get(
    "/v1/me/export",
    summary="Everything held about the caller",
    description=(
        "A JSON document with the account, memberships, organizations created, comments "
        "authored and their earlier revisions, flags raised, verification decisions taken, "
        "clients registered, sign-ins (`sign_ins`: client, when, whether revoked) and their "
        "refresh-token sessions (without secrets); and what the person did in consultations: "
        "co-facilitator appointments, consultations, documents, versions and rounds created, "
        "moderation decisions taken (with their reasons), export jobs requested and the audit "
        "log's entries naming them as the actor or as the person concerned (the entry's user "
        "subject, or the `user_id` in its data: being added as a representative by someone "
        "else, a role changed by an admin). People only: a machine client gets 403."
    ),
    responses={**AUTH_PROBLEMS, 403: problem_doc("A machine client has no account to export.")},
)
async def export_me(
    principal: AuthenticatedDep, session: SessionDep, response: Response
) -> dict[str, Any]:
    response.headers.update(NO_STORE)
    response.headers["Content-Disposition"] = 'attachment; filename="plenary-export.json"'
    return await accounts.export(session, principal)


@router.delete(
    "/v1/me",
    status_code=204,
    summary="Erase the caller's account",
    description=(
        "Removes the account with its memberships, sign-ins, sessions, pending authorization "
        "codes, the Idempotency-Keys of its submissions (with their stored responses) and the "
        "rate-limit counters of its id and address. Comments stay, pseudonymised: "
        "attributed to their organization only. Erasing the last representative of an "
        "organization is allowed; the organization stays until the secretariat adds a "
        "representative. The audit log records `user.erased` with no personal data; being "
        "append-only, it keeps the account's opaque id as the actor of its past entries, "
        "which no longer leads to a name or an address. Tokens "
        "already issued stop working at once. Needs a token that may write (any scope but "
        "`reports:read` alone): an app granted only reading cannot erase the account. The "
        "last admin cannot erase their account (409, nothing changed): nobody would be left "
        "to grant roles, so another admin must be appointed first; two admins erasing "
        "themselves at once cannot both succeed."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc("A machine client has no account to erase, or a read-only token."),
        409: problem_doc("The caller is the last admin: appoint another admin first."),
    },
)
async def erase_me(principal: AuthenticatedDep, session: SessionDep) -> Response:
    await accounts.erase(session, principal)
    return Response(status_code=204)


@router.get(
    "/v1/users",
    summary="Find an account by its e-mail address",
    description=(
        "For the secretariat (admins included), with the `consultations:write` or `admin` "
        "scope: the id to name in `PUT /v1/consultations/{id}/facilitators/{user_id}` or "
        "`PUT /v1/users/{user_id}/role`. `email` is required (422 without it, or when it is no "
        "e-mail address) and compared as sign-in compares it (trimmed, NFKC, case-insensitive); "
        "the answer is the list of the accounts with exactly that address: one item, or none "
        "(an erased account is not found). Nothing else is searched and there is no listing "
        "of every account, to keep who is registered private; since an address names one "
        "account at most, the list is never paged and `next_cursor` is always null. It takes "
        "`limit` and `cursor` as every list does, so a client paging generically works: a "
        "`limit` out of 1..200 or not in digits is 422, and every `cursor` is 400, none being "
        "issued (an empty one is the first page). Anyone else is 403, whatever the query."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc(
            "Not the secretariat, or the token has neither the `consultations:write` nor the "
            "`admin` scope (with an `insufficient_scope` challenge)."
        ),
        400: problem_doc("A `cursor`: this list issues none."),
        422: problem_doc("`email` is missing or no e-mail address, or `limit` is invalid."),
    },
)
async def find_users(
    principal: Annotated[Principal, caller_allowed(policy.require_can_find_users)],
    email: Annotated[
        str,
        AfterValidator(checked_email),
        Query(max_length=320, description="The e-mail address, exactly (case aside)."),
    ],
    session: SessionDep,
    response: Response,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> PageOut[UserFound]:
    if cursor is not None:
        raise cursor_not_issued()
    response.headers.update(NO_STORE)
    return PageOut(items=await accounts.find_by_email(session, principal, email), next_cursor=None)


async def _role_setter(user_id: str, principal: AuthenticatedDep) -> Principal:
    """The admin changing ``user_id``'s role: checked before the body, as ``caller_allowed``
    does, with the target since admins cannot change their own role."""
    policy.require_can_set_role(principal, parse_id(user_id))
    return principal


@router.put(
    "/v1/users/{user_id}/role",
    summary="Grant or withdraw the secretariat role",
    description=(
        "Admins only, with the `admin` scope: `{role: secretariat | registered}`. Admin "
        "accounts are managed with `plenary users` on the command line (409 here), and admins "
        "cannot change their own role. Those checks come before the body's: a caller who may "
        "not change this role is 403 whatever the body holds (never 422)."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc("Not an admin, or the token lacks the `admin` scope."),
        404: problem_doc("No account has this id."),
        409: problem_doc("The account is an admin."),
    },
)
async def set_user_role(
    user_id: str,
    body: RoleUpdate,
    principal: Annotated[Principal, Depends(_role_setter)],
    session: SessionDep,
    response: Response,
) -> UserRead:
    user = await accounts.set_role(session, principal, parse_id(user_id), body)
    response.headers.update(NO_STORE)
    return UserRead.from_row(user)


@router.post(
    "/v1/clients",
    status_code=201,
    summary="Register an OAuth client application",
    description=(
        "Secretariat only, with the `consultations:write` or `admin` scope (a read-only token "
        "cannot mint a client that speaks for an organization). `{name, redirect_uris, "
        "grant_types?, scopes?, organization_id?, public?}`. Returns `client_id` and, once "
        "and never again, `client_secret` (stored hashed; null for a public client, which "
        "must use PKCE). Defaults: every scope; `authorization_code` and `refresh_token` when "
        "redirect URIs are given, plus `client_credentials` when bound to an organization "
        "(the client then acts as a representative of that organization only, once it is "
        "verified: a client for a pending organization can be registered, one for a rejected "
        "organization cannot (409), and rejection stops its client credentials grant with "
        "`unauthorized_client`). Redirect URIs "
        "are absolute, without a fragment: https, a native app's own scheme, or plain http to "
        "any host (accepted for tests and intranets; production clients should use https, "
        "since over http the authorization code travels in clear text). The 201 has no "
        "`Location`: a client cannot be read back (its secret is shown in this answer only); "
        "it is deleted at `DELETE /v1/clients/{client_id}`. Anyone but the secretariat is 403 "
        "before the body is looked at, whatever it holds (never 422)."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc(
            "Not the secretariat, or the token has neither the `consultations:write` nor the "
            "`admin` scope (with an `insufficient_scope` challenge)."
        ),
        409: problem_doc("The organization was rejected."),
        422: problem_doc(
            "Invalid redirect URIs, grant types, scopes or organization; scopes that none of "
            "the client's grants can give (client credentials alone carry only "
            "`comments:write` and `reports:read`)."
        ),
    },
)
async def register_oauth_client(
    body: ClientCreate,
    principal: Annotated[Principal, caller_allowed(policy.require_can_register_clients)],
    session: SessionDep,
    response: Response,
) -> ClientRead:
    client, secret = await clients.register_client(session, principal, body)
    response.headers.update(NO_STORE)
    return ClientRead.from_row(client, secret)


@router.delete(
    "/v1/clients/{client_id}",
    status_code=204,
    summary="Delete an OAuth client application",
    description=(
        "Secretariat only, with the `consultations:write` or `admin` scope, as registering. "
        "`client_id` is the one registration returned. Every sign-in through the client is "
        "revoked (its refresh tokens stop at once, its access tokens at their next request), "
        "its secret stops authenticating (`invalid_client`) and its `client_credentials` "
        "tokens stop at their next request (401). Comments it submitted stay, attributed to "
        "their organization. Audited as `client.deleted`. This is how a leaked "
        "`client_secret` is stopped: delete the client and register a new one."
    ),
    responses={
        **AUTH_PROBLEMS,
        403: problem_doc(
            "Not the secretariat, or the token has neither the `consultations:write` nor the "
            "`admin` scope (with an `insufficient_scope` challenge)."
        ),
        404: problem_doc("No client has this id."),
    },
)
async def delete_oauth_client(
    client_id: str, principal: AuthenticatedDep, session: SessionDep
) -> Response:
    await clients.remove_client(session, principal, client_id)
    return Response(status_code=204)
