"""The OAuth 2 authorization server, driven by Authlib's own client where a client is needed."""

import base64
import hashlib
import hmac
import html
import json
import re
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import sqlalchemy as sa
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi import FastAPI
from joserfc import jwt
from joserfc.jwk import ECKey
from sqlmodel.ext.asyncio.session import AsyncSession

from api.app import create_app
from api.state import AppState
from auth.clients import create_client
from auth.keys import KeyRing
from auth.models import OAuthClient, Organization, User
from auth.schemas import ClientCreate
from auth.tokens import EXPIRY_LEEWAY, AccessTokenVerifier
from core.db import table_of
from core.errors import Unauthorized
from tests.conftest import BASE_URL, make_settings
from tests.factories import (
    PASSWORD,
    bearer,
    make_oauth_client,
    make_organization,
    make_user,
    token_for,
)

REDIRECT_URI = "https://app.example.org/callback"
AUTHORIZE_URL = f"{BASE_URL}/oauth/authorize"
TOKEN_URL = f"{BASE_URL}/oauth/token"


def hidden_fields(page: str) -> dict[str, str]:
    return {
        html.unescape(name): html.unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', page)
    }


def oauth_client(app: FastAPI, client_id: str, secret: str | None, **kwargs: Any) -> Any:
    return AsyncOAuth2Client(
        client_id=client_id,
        client_secret=secret,
        redirect_uri=REDIRECT_URI,
        code_challenge_method="S256",
        token_endpoint=TOKEN_URL,
        transport=httpx.ASGITransport(app=app),
        base_url=BASE_URL,
        **kwargs,
    )


async def sign_in(
    oauth: Any, email: str, password: str = PASSWORD, **authorize: str
) -> tuple[str, str]:
    """Runs the browser part of the flow; returns the redirect location and the verifier."""
    verifier = generate_token(64)
    url, _state = oauth.create_authorization_url(AUTHORIZE_URL, code_verifier=verifier, **authorize)
    form = await oauth.request("GET", url, withhold_token=True)
    assert form.status_code == 200, form.text
    assert form.headers["content-type"].startswith("text/html")
    fields = hidden_fields(form.text)
    assert fields["code_challenge"] == create_s256_code_challenge(verifier)
    submitted = await oauth.request(
        "POST",
        "/oauth/authorize",
        data={**fields, "email": email, "password": password},
        withhold_token=True,
    )
    assert submitted.status_code == 302, submitted.text
    return submitted.headers["location"], verifier


async def test_authorization_code_flow_with_pkce_then_me(app: FastAPI, state: AppState) -> None:
    user = await make_user(state, email="amina@example.org")
    client_id, secret = await make_oauth_client(state)
    async with oauth_client(app, client_id, secret, scope="comments:write") as oauth:
        location, verifier = await sign_in(oauth, "Amina@Example.org")
        query = parse_qs(urlsplit(location).query)
        assert location.startswith(REDIRECT_URI + "?")
        assert query["iss"] == [BASE_URL]
        token = await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
        assert token["token_type"] == "Bearer"
        assert token["scope"] == "comments:write"
        assert token["refresh_token"]
        me = await oauth.get("/v1/me")
    assert me.status_code == 200
    assert me.json()["id"] == str(user.id)
    assert me.json()["client_id"] == client_id
    assert me.json()["scopes"] == ["comments:write"]
    header = json.loads(base64.urlsafe_b64decode(token["access_token"].split(".")[0] + "=="))
    assert header["typ"] == "at+jwt"
    assert header["alg"] == "ES256"


async def test_public_client_uses_pkce_without_a_secret(app: FastAPI, state: AppState) -> None:
    await make_user(state, email="public@example.org")
    client_id, secret = await make_oauth_client(state, public=True)
    assert secret is None
    async with oauth_client(app, client_id, None) as oauth:
        location, verifier = await sign_in(oauth, "public@example.org")
        token = await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
        assert (await oauth.get("/v1/me")).status_code == 200
    assert token["refresh_token"]


async def test_client_credentials_act_for_the_bound_organization(
    app: FastAPI, state: AppState
) -> None:
    organization = await make_organization(state, name="Bound NGO")
    client_id, secret = await make_oauth_client(state, organization=organization)
    async with oauth_client(app, client_id, secret) as oauth:
        token = await oauth.fetch_token(grant_type="client_credentials")
        me = await oauth.get("/v1/me")
    assert "refresh_token" not in token
    assert set(token["scope"].split()) == {"comments:write", "reports:read"}
    assert me.status_code == 200
    body = me.json()
    assert body["kind"] == "client"
    assert body["client_id"] == client_id
    assert body["roles"] == ["representative"]
    assert [m["organization_id"] for m in body["memberships"]] == [str(organization.id)]


async def test_client_credentials_with_client_secret_post(
    client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(state, organization=organization)
    response = await client.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
            "scope": "comments:write",
        },
    )
    assert response.status_code == 200
    assert response.json()["scope"] == "comments:write"
    assert response.headers["cache-control"] == "no-store"


async def test_no_client_acts_for_a_rejected_organization(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """A client for a pending organization may be registered (it acts once the organization
    is verified); none for a rejected one, and rejection stops the grant of an existing one."""
    secretariat = bearer(await token_for(state, await make_user(state, role="secretariat")))
    rejected = await make_organization(state, verification="rejected")
    refused = await client.post(
        "/v1/clients",
        json={"name": "For the rejected", "organization_id": str(rejected.id)},
        headers=secretariat,
    )
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"

    pending = await make_organization(state, verification="pending")
    client_id, secret = await make_oauth_client(state, organization=pending)
    grant = {"grant_type": "client_credentials"}
    credentials = (client_id, secret or "")
    assert (await client.post("/oauth/token", data=grant, auth=credentials)).status_code == 200
    decided = await client.post(
        f"/v1/organizations/{pending.id}/verification",
        json={"decision": "rejected", "note": "Not a stakeholder organization."},
        headers=secretariat,
    )
    assert decided.status_code == 200
    stopped = await client.post("/oauth/token", data=grant, auth=credentials)
    assert stopped.status_code == 400
    assert stopped.json()["error"] == "unauthorized_client"


async def _sign_in_tokens(
    app: FastAPI, client_id: str, secret: str | None, user: User, **authorize: str
) -> dict[str, Any]:
    async with oauth_client(app, client_id, secret, **authorize) as oauth:
        location, verifier = await sign_in(oauth, user.email)
        return dict(
            await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
        )


async def _code_tokens(app: FastAPI, state: AppState) -> tuple[str, str | None, dict[str, Any]]:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    return client_id, secret, await _sign_in_tokens(app, client_id, secret, user)


async def _two_sign_ins(
    app: FastAPI, state: AppState
) -> tuple[User, str, str | None, dict[str, Any], dict[str, Any]]:
    """A person signed in twice through the same client: the person, the client, and each
    sign-in's tokens."""
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    first = await _sign_in_tokens(app, client_id, secret, user)
    other = await _sign_in_tokens(app, client_id, secret, user)
    return user, client_id, secret, first, other


async def _assert_revoked(client: httpx.AsyncClient, token: str) -> None:
    refused = await client.get("/v1/me", headers=bearer(token))
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    assert refused.headers["content-type"] == "application/problem+json"


async def _refresh(
    client: httpx.AsyncClient,
    client_id: str,
    secret: str | None,
    refresh_token: str,
    scope: str | None = None,
) -> httpx.Response:
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    if scope is not None:
        data["scope"] = scope
    return await client.post("/oauth/token", data=data, auth=(client_id, secret or ""))


async def test_refresh_tokens_rotate_and_reuse_revokes_the_family(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, secret, first = await _code_tokens(app, state)
    rotated = await _refresh(client, client_id, secret, first["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert (await client.get("/v1/me", headers=bearer(second["access_token"]))).status_code == 200

    reused = await _refresh(client, client_id, secret, first["refresh_token"])
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"
    assert reused.headers["content-type"] == "application/json"
    descendant = await _refresh(client, client_id, secret, second["refresh_token"])
    assert descendant.status_code == 400
    assert descendant.json()["error"] == "invalid_grant"


async def test_refresh_may_narrow_but_not_widen_the_scope(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, secret, first = await _code_tokens(app, state)
    narrowed = await client.post(
        "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": first["refresh_token"],
            "scope": "comments:write",
        },
        auth=(client_id, secret or ""),
    )
    assert narrowed.json()["scope"] == "comments:write"
    wider_client, wider_secret = await make_oauth_client(state, scopes=["comments:write"])
    user = await make_user(state)
    async with oauth_client(app, wider_client, wider_secret) as oauth:
        location, verifier = await sign_in(oauth, user.email)
        token = await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
    widened = await client.post(
        "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": token["refresh_token"],
            "scope": "comments:write reports:read",
        },
        auth=(wider_client, wider_secret or ""),
    )
    assert widened.status_code == 400
    assert widened.json()["error"] == "invalid_scope"


def _token_claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    claims: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return claims


async def _set_role(state: AppState, user: User, role: str) -> None:
    users = table_of(User)
    async with state.engine.begin() as connection:
        await connection.execute(sa.update(users).where(users.c.id == user.id).values(role=role))


async def test_reusing_a_refresh_token_stops_the_sign_ins_access_tokens_at_once(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user, client_id, secret, first, other_sign_in = await _two_sign_ins(app, state)
    older_token = await token_for(state, user)
    assert "sid" not in _token_claims(older_token)
    second = (await _refresh(client, client_id, secret, first["refresh_token"])).json()
    for token in (first["access_token"], second["access_token"]):
        # Also remembered by the worker's verifier from now on.
        assert (await client.get("/v1/me", headers=bearer(token))).status_code == 200

    reused = await _refresh(client, client_id, secret, first["refresh_token"])
    assert reused.json()["error"] == "invalid_grant"
    for token in (first["access_token"], second["access_token"]):
        await _assert_revoked(client, token)
    # The person's other sign-in, and a token from before sign-ins carried their id, stand.
    for token in (other_sign_in["access_token"], older_token):
        assert (await client.get("/v1/me", headers=bearer(token))).status_code == 200
    assert (await _refresh(client, client_id, secret, other_sign_in["refresh_token"])).is_success
    sign_ins = {_token_claims(t["access_token"])["sid"] for t in (first, second, other_sign_in)}
    assert len(sign_ins) == 2


async def test_erasing_the_account_stops_its_sign_ins_at_once(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    _, client_id, secret, tokens, other = await _two_sign_ins(app, state)
    assert (
        await client.delete("/v1/me", headers=bearer(tokens["access_token"]))
    ).status_code == 204
    for token in (tokens["access_token"], other["access_token"]):
        await _assert_revoked(client, token)
    assert (await _refresh(client, client_id, secret, other["refresh_token"])).status_code == 400


async def test_a_refresh_never_gains_a_scope_the_sign_in_was_not_granted(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    """RFC 6749 section 6: a registered person signs in through a client allowed every scope,
    so `admin` is asked for but not granted; made an admin later, their refresh still cannot
    have it."""
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    tokens = await _sign_in_tokens(app, client_id, secret, user)
    assert "admin" not in tokens["scope"].split()
    await _set_role(state, user, "admin")

    refreshed = await _refresh(client, client_id, secret, tokens["refresh_token"])
    assert refreshed.status_code == 200
    assert refreshed.json()["scope"] == tokens["scope"]
    assert "admin" not in _token_claims(refreshed.json()["access_token"])["scope"].split()
    asking = await _refresh(
        client, client_id, secret, refreshed.json()["refresh_token"], scope="admin"
    )
    assert asking.status_code == 400
    assert asking.json()["error"] == "invalid_scope"
    # Refused for its scope, the refresh token was not spent.
    again = await _refresh(client, client_id, secret, refreshed.json()["refresh_token"])
    assert again.status_code == 200
    assert "admin" not in again.json()["scope"].split()


async def test_a_refresh_is_filtered_by_the_role_at_refresh_time(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    admin = await make_user(state, role="admin")
    client_id, secret = await make_oauth_client(state)
    tokens = await _sign_in_tokens(app, client_id, secret, admin, scope="admin comments:write")
    assert tokens["scope"] == "admin comments:write"
    await _set_role(state, admin, "secretariat")
    refreshed = await _refresh(client, client_id, secret, tokens["refresh_token"])
    assert refreshed.json()["scope"] == "comments:write"
    only_admin = await _refresh(
        client, client_id, secret, refreshed.json()["refresh_token"], scope="admin"
    )
    assert only_admin.json()["error"] == "invalid_scope"
    # Made an admin again: the sign-in had been granted `admin`.
    await _set_role(state, admin, "admin")
    restored = await _refresh(client, client_id, secret, refreshed.json()["refresh_token"])
    assert restored.json()["scope"] == "admin comments:write"


async def test_a_code_works_once_and_its_replay_revokes_what_it_gave(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    async with oauth_client(app, client_id, secret) as oauth:
        location, verifier = await sign_in(oauth, user.email)
    code = parse_qs(urlsplit(location).query)["code"][0]
    exchange = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URI,
        "code_verifier": verifier,
    }
    first = await client.post("/oauth/token", data=exchange, auth=(client_id, secret or ""))
    assert first.status_code == 200
    access = bearer(first.json()["access_token"])
    assert (await client.get("/v1/me", headers=access)).status_code == 200
    replay = await client.post("/oauth/token", data=exchange, auth=(client_id, secret or ""))
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    refresh = await _refresh(client, client_id, secret, first.json()["refresh_token"])
    assert refresh.json()["error"] == "invalid_grant"
    await _assert_revoked(client, first.json()["access_token"])


async def test_a_code_replay_revokes_access_tokens_of_a_client_that_does_not_refresh(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    data = ClientCreate.model_validate(
        {
            "name": "No refresh",
            "redirect_uris": [REDIRECT_URI],
            "grant_types": ["authorization_code"],
        }
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        registered, secret = await create_client(session, data, created_by=None)
        await session.commit()
    client_id = registered.client_id
    async with oauth_client(app, client_id, secret) as oauth:
        location, verifier = await sign_in(oauth, user.email)
    exchange = {
        "grant_type": "authorization_code",
        "code": parse_qs(urlsplit(location).query)["code"][0],
        "redirect_uri": REDIRECT_URI,
        "code_verifier": verifier,
    }
    first = await client.post("/oauth/token", data=exchange, auth=(client_id, secret or ""))
    assert "refresh_token" not in first.json()
    access = bearer(first.json()["access_token"])
    assert (await client.get("/v1/me", headers=access)).status_code == 200
    await client.post("/oauth/token", data=exchange, auth=(client_id, secret or ""))
    assert (await client.get("/v1/me", headers=access)).status_code == 401


async def test_wrong_code_verifier_is_invalid_grant(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    async with oauth_client(app, client_id, secret) as oauth:
        location, verifier = await sign_in(oauth, user.email)
    code = parse_qs(urlsplit(location).query)["code"][0]

    def exchange(code_verifier: str) -> Any:
        return client.post(
            "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": REDIRECT_URI,
                "code_verifier": code_verifier,
            },
            auth=(client_id, secret or ""),
        )

    response = await exchange(generate_token(64))
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"
    # The code was good for that one attempt; the right verifier comes too late, and the answer
    # does not claim tokens were issued and revoked.
    retry = await exchange(verifier)
    assert retry.status_code == 400
    assert retry.json()["error"] == "invalid_grant"
    assert "one attempt" in retry.json()["error_description"]
    assert "revoked" not in retry.json()["error_description"]


async def test_token_scope_is_limited_by_the_users_role(app: FastAPI, state: AppState) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    async with oauth_client(app, client_id, secret, scope="admin comments:write") as oauth:
        location, verifier = await sign_in(oauth, user.email)
        token = await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
    assert token["scope"] == "comments:write"


async def test_signing_in_for_scopes_none_of_which_can_be_granted_is_invalid_scope(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, _ = await make_oauth_client(state)
    response = await client.post(
        "/oauth/authorize",
        data={
            **_authorize_query(client_id, scope="admin"),
            "email": user.email,
            "password": PASSWORD,
        },
    )
    assert response.status_code == 302
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query["error"] == ["invalid_scope"]
    assert query["state"] == ["xyz"]
    assert query["iss"] == [BASE_URL]
    assert "code" not in query


async def test_signing_in_for_unknown_scopes_only_is_invalid_scope(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    response = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, scope="superuser")
    )
    assert response.status_code == 302
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query["error"] == ["invalid_scope"]
    assert "unknown" in query["error_description"][0]


@pytest.mark.parametrize(
    ("scope", "granted"),
    [
        ("admin", None),
        ("moderation:write", None),
        ("admin consultations:write", None),
        ("comments:write moderation:write", "comments:write"),
        (None, "comments:write reports:read"),
        ("openid comments:write offline_access", "comments:write"),
        ("openid", "comments:write reports:read"),
        # A misspelt scope is no request for everything.
        ("comment:write", None),
        ("superuser", None),
        ("comment:write reports:read", "reports:read"),
    ],
)
async def test_client_credentials_grant_what_they_can_and_refuse_what_they_cannot(
    client: httpx.AsyncClient, state: AppState, scope: str | None, granted: str | None
) -> None:
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(state, organization=organization)
    data = {"grant_type": "client_credentials"} | ({"scope": scope} if scope else {})
    response = await client.post("/oauth/token", data=data, auth=(client_id, secret or ""))
    if granted is None:
        assert response.status_code == 400
        assert response.json()["error"] == "invalid_scope"
    else:
        assert response.status_code == 200
        assert response.json()["scope"] == granted


def _authorize_query(registered_client_id: str, **overrides: str | None) -> dict[str, str]:
    query: dict[str, str | None] = {
        "response_type": "code",
        "client_id": registered_client_id,
        "redirect_uri": REDIRECT_URI,
        "state": "xyz",
        "code_challenge": create_s256_code_challenge(generate_token(48)),
        "code_challenge_method": "S256",
    }
    query.update(overrides)
    return {k: v for k, v in query.items() if v is not None}


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"code_challenge": None, "code_challenge_method": None}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": "moderation:write"}, "invalid_scope"),
    ],
)
async def test_authorize_errors_go_back_to_a_valid_redirect_uri(
    client: httpx.AsyncClient, state: AppState, overrides: dict[str, str | None], error: str
) -> None:
    client_id, _ = await make_oauth_client(state, scopes=["comments:write", "reports:read"])
    response = await client.get("/oauth/authorize", params=_authorize_query(client_id, **overrides))
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith(REDIRECT_URI + "?")
    query = parse_qs(urlsplit(location).query)
    assert query["error"] == [error]
    assert query["state"] == ["xyz"]


@pytest.mark.parametrize(
    "overrides",
    [
        {"redirect_uri": "https://evil.example.net/callback"},
        {"redirect_uri": REDIRECT_URI + "/../elsewhere"},
        {"client_id": "no-such-client"},
        {"client_id": None},
    ],
)
async def test_authorize_never_redirects_to_an_unregistered_uri(
    client: httpx.AsyncClient, state: AppState, overrides: dict[str, str | None]
) -> None:
    client_id, _ = await make_oauth_client(state)
    query = _authorize_query(client_id, **overrides)
    as_browser = await client.get("/oauth/authorize", params=query, headers={"Accept": "text/html"})
    assert as_browser.status_code == 400
    assert "location" not in as_browser.headers
    assert as_browser.headers["content-type"].startswith("text/html")
    as_api = await client.get("/oauth/authorize", params=query)
    assert as_api.status_code == 400
    assert as_api.headers["content-type"] == "application/problem+json"


async def test_wrong_password_shows_the_form_again(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, _ = await make_oauth_client(state)
    query = _authorize_query(client_id)
    response = await client.post(
        "/oauth/authorize", data={**query, "email": user.email, "password": "wrong password!"}
    )
    assert response.status_code == 400
    assert "location" not in response.headers
    assert "Wrong e-mail address or password" in response.text
    assert hidden_fields(response.text)["state"] == "xyz"
    assert "wrong password!" not in response.text
    assert response.headers["x-frame-options"] == "DENY"


async def test_login_page_escapes_what_it_echoes(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    response = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, state='"><script>x</script>')
    )
    assert response.status_code == 200
    assert "<script>" not in response.text
    assert hidden_fields(response.text)["state"] == '"><script>x</script>'


@pytest.mark.parametrize(
    ("data", "auth", "status", "error"),
    [
        ({}, None, 400, "invalid_request"),
        ({"grant_type": "password"}, None, 400, "unsupported_grant_type"),
        ({"grant_type": "client_credentials"}, None, 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, ("CLIENT", "wrong"), 401, "invalid_client"),
        ({"grant_type": "refresh_token", "refresh_token": "nope"}, "OK", 400, "invalid_grant"),
        ({"grant_type": "client_credentials", "scope": "admin"}, "OK", 400, "invalid_scope"),
        ({"grant_type": "client_credentials", "client_secret": "x"}, "OK", 400, "invalid_request"),
    ],
)
async def test_token_endpoint_errors_use_the_rfc6749_shape(
    client: httpx.AsyncClient,
    state: AppState,
    data: dict[str, str],
    auth: Any,
    status: int,
    error: str,
) -> None:
    organization = await make_organization(state)
    client_id, secret = await make_oauth_client(
        state, organization=organization, scopes=["comments:write"]
    )
    if auth == "OK":
        auth = (client_id, secret)
    elif auth is not None:
        auth = (client_id, auth[1])
    response = await client.post("/oauth/token", data=data, auth=auth)
    assert response.status_code == status
    body = response.json()
    assert body["error"] == error
    assert set(body) == {"error", "error_description"}
    assert response.headers["cache-control"] == "no-store"
    if status == 401:
        assert response.headers["www-authenticate"].startswith("Basic")


async def test_public_client_cannot_use_client_credentials(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state, public=True)
    response = await client.post(
        "/oauth/token", data={"grant_type": "client_credentials", "client_id": client_id}
    )
    assert response.json()["error"] == "unauthorized_client"


async def test_metadata_and_jwks(client: httpx.AsyncClient) -> None:
    metadata = (await client.get("/.well-known/oauth-authorization-server")).json()
    assert metadata["issuer"] == BASE_URL
    assert metadata["token_endpoint"] == TOKEN_URL
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert "client_credentials" in metadata["grant_types_supported"]
    jwks = (await client.get(metadata["jwks_uri"].removeprefix(BASE_URL))).json()
    assert jwks["keys"]
    assert all("d" not in key for key in jwks["keys"])
    assert all(key["kty"] == "EC" and key["kid"] for key in jwks["keys"])


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        (b'{"grant_type": "client_credentials"}', {"Content-Type": "application/json"}),
        (b"grant_type=client_credentials", {}),
        (b"grant_type=refresh_token&refresh_token=" + b"x" * 1_100_000, None),
    ],
    ids=["json", "no content type", "too large"],
)
async def test_token_endpoint_refuses_unreadable_bodies_in_the_rfc6749_shape(
    client: httpx.AsyncClient, content: bytes, headers: dict[str, str] | None
) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    response = await client.post(
        "/oauth/token", content=content, headers=form if headers is None else headers
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["error"] == "invalid_request"
    assert set(body) == {"error", "error_description"}


async def test_token_endpoint_refuses_a_streamed_body_over_the_limit_in_the_rfc6749_shape(
    client: httpx.AsyncClient,
) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        yield b"grant_type=refresh_token&refresh_token="
        for _ in range(20):
            yield b"x" * 65536

    response = await client.post(
        "/oauth/token",
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"
    assert response.headers["cache-control"] == "no-store"


async def test_the_sign_in_form_refuses_json_with_a_problem_document(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/oauth/authorize", json={"email": "someone@example.org"})
    assert response.status_code == 415
    assert response.headers["content-type"] == "application/problem+json"


async def _published_kids(http: httpx.AsyncClient) -> set[str]:
    response = await http.get("/.well-known/jwks.json")
    assert response.status_code == 200
    return {key["kid"] for key in response.json()["keys"]}


def _kid(token: str) -> str:
    kid: str = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))["kid"]
    return kid


async def test_a_key_is_published_before_anything_is_signed_with_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    old_token = await token_for(state, user)
    published = await _published_kids(client)
    assert _kid(old_token) in published
    for _ in range(2):
        signing = await KeyRing(state.engine).rotate()  # as `plenary keys rotate` does
        token = await token_for(state, user)
        assert _kid(token) == signing
        assert signing in published
        published = await _published_kids(client)
        assert (await client.get("/v1/me", headers=bearer(token))).status_code == 200
    assert (await client.get("/v1/me", headers=bearer(old_token))).status_code == 200


async def test_every_worker_publishes_the_key_another_signs_with_at_once(
    client: httpx.AsyncClient, database_url: str, state: AppState
) -> None:
    """Two rotations in a row: the key now signing was created by the first, after the other
    worker loaded its key ring."""
    user = await make_user(state)
    other_worker = create_app(make_settings(database_url))
    async with other_worker.router.lifespan_context(other_worker):
        transport = httpx.ASGITransport(app=other_worker)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as other:
            await _published_kids(other)
            for _ in range(2):
                await KeyRing(state.engine).rotate()
            token = await token_for(state, user)
            assert _kid(token) in await _published_kids(other)
            assert _kid(token) in await _published_kids(client)
            assert (await other.get("/v1/me", headers=bearer(token))).status_code == 200


# Forged and broken tokens -------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(state: AppState, subject: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": state.settings.public_url,
        "aud": state.settings.public_url,
        "sub": subject,
        "client_id": "tests",
        "scope": "comments:write",
        "iat": now,
        "exp": now + 600,
        "jti": generate_token(16),
    }
    claims.update(overrides)
    return claims


async def _signed(state: AppState, claims: dict[str, Any], key: ECKey | None = None) -> str:
    """Signed with ``key`` (default: the real key), always naming the real key's id."""
    real = await state.keys.signing_key()
    header = {"alg": "ES256", "typ": "at+jwt", "kid": real.kid}
    return jwt.encode(header, claims, key or real)


def _hs256_with_public_key(claims: dict[str, Any], public_jwk: dict[str, Any]) -> str:
    header = {"alg": "HS256", "typ": "at+jwt", "kid": public_jwk["kid"]}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    secret = json.dumps(public_jwk, sort_keys=True).encode()
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


async def test_forged_and_broken_tokens_are_401_with_www_authenticate(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    subject = str(user.id)
    good = await _signed(state, _claims(state, subject))
    assert (await client.get("/v1/me", headers=bearer(good))).status_code == 200

    header_part, payload_part, signature_part = good.split(".")
    tampered_claims = {**_claims(state, subject), "scope": "admin"}
    tampered = f"{header_part}.{_b64(json.dumps(tampered_claims).encode())}.{signature_part}"
    none_header = _b64(json.dumps({"alg": "none", "typ": "at+jwt"}).encode())
    alg_none = f"{none_header}.{payload_part}."
    public_jwk = (await state.keys.jwks())["keys"][0]
    stranger_key = ECKey.generate_key("P-256", private=True)
    forged = {
        "tampered": tampered,
        "expired": await _signed(
            state, _claims(state, subject, iat=int(time.time()) - 7200, exp=int(time.time()) - 60)
        ),
        "wrong audience": await _signed(state, _claims(state, subject, aud="https://other.org")),
        "wrong issuer": await _signed(state, _claims(state, subject, iss="https://evil.example")),
        "alg none": alg_none,
        "HS256 with the public key": _hs256_with_public_key(_claims(state, subject), public_jwk),
        "wrong key": await _signed(state, _claims(state, subject), key=stranger_key),
        "garbage": "not.a.token",
    }
    for name, token in forged.items():
        response = await client.get("/v1/me", headers=bearer(token))
        assert response.status_code == 401, name
        assert "www-authenticate" in response.headers, name
        assert response.headers["www-authenticate"].startswith("Bearer"), name
        assert response.headers["content-type"] == "application/problem+json", name


@pytest.mark.parametrize(
    ("authorization", "status", "challenge"),
    [
        ("Basic dXNlcjpwYXNz", 401, "Bearer"),
        ("Token abc", 401, "Bearer"),
        ("Bearer", 400, 'Bearer error="invalid_request"'),
        ("Bearer    ", 400, 'Bearer error="invalid_request"'),
        ("Bearer two tokens", 400, 'Bearer error="invalid_request"'),
        ("Bearer a,b", 400, 'Bearer error="invalid_request"'),
        ("Bearer not.a.token", 401, 'Bearer error="invalid_token"'),
    ],
)
async def test_authorization_headers_follow_rfc_6750(
    client: httpx.AsyncClient, authorization: str, status: int, challenge: str
) -> None:
    """Another scheme is no bearer token (401, a bare challenge); an empty or malformed bearer
    credential is a malformed request (400, ``invalid_request``); a well-formed token that
    does not verify is 401 ``invalid_token``."""
    response = await client.get("/v1/me", headers={"Authorization": authorization})
    assert response.status_code == status
    assert response.headers["www-authenticate"].startswith(challenge)
    assert response.headers["content-type"] == "application/problem+json"


async def test_tokens_of_a_client_bound_to_another_organization_are_representatives_only_there(
    app: FastAPI, state: AppState
) -> None:
    mine = await make_organization(state, name="Mine")
    other: Organization = await make_organization(state, name="Other", verification="pending")
    client_id, secret = await make_oauth_client(state, organization=mine)
    async with oauth_client(app, client_id, secret) as oauth:
        await oauth.fetch_token(grant_type="client_credentials")
        assert (await oauth.get(f"/v1/organizations/{mine.id}")).status_code == 200
        assert (await oauth.get(f"/v1/organizations/{other.id}")).status_code == 404


async def test_a_verified_token_is_remembered_until_it_expires(state: AppState) -> None:
    """The verifier remembers tokens it verified (no second signature check), but refuses a
    remembered token once it has expired, and never remembers a refused one."""
    user = await make_user(state)
    now = [float(time.time())]
    verifier = AccessTokenVerifier(
        state.keys,
        issuer=state.settings.public_url,
        audience=state.settings.public_url,
        capacity=1,
        clock=lambda: now[0],
    )
    token = await _signed(state, _claims(state, str(user.id), exp=int(now[0]) + 60))
    first = await verifier.verify(token)
    assert await verifier.verify(token) is first

    now[0] += 60 + EXPIRY_LEEWAY
    assert (await verifier.verify(token)) is first
    now[0] += 1
    with pytest.raises(Unauthorized):
        await verifier.verify(token)

    fresh = await _signed(state, _claims(state, str(user.id), exp=int(now[0]) + 60))
    remembered = await verifier.verify(fresh)
    stranger_key = ECKey.generate_key("P-256", private=True)
    forged = await _signed(state, _claims(state, str(user.id)), key=stranger_key)
    for _ in range(2):
        with pytest.raises(Unauthorized):
            await verifier.verify(forged)
    # Room for one token only: had the forged one been remembered, it would have pushed out
    # the fresh one.
    assert await verifier.verify(fresh) is remembered


async def test_the_verifier_forgets_the_oldest_token_beyond_its_capacity(state: AppState) -> None:
    user = await make_user(state)
    verifier = AccessTokenVerifier(
        state.keys, issuer=state.settings.public_url, audience=state.settings.public_url, capacity=2
    )
    tokens = [
        await _signed(state, {**_claims(state, str(user.id)), "jti": str(n)}) for n in range(3)
    ]
    first_claims = [await verifier.verify(token) for token in tokens]
    assert await verifier.verify(tokens[2]) is first_claims[2]
    again = await verifier.verify(tokens[0])
    assert again == first_claims[0]
    assert again is not first_claims[0]


@pytest.mark.parametrize(
    ("uri", "accepted"),
    [
        ("https://app.example.org/cb", True),
        ("http://127.0.0.1:8765/cb", True),
        ("http://[::1]/cb", True),
        ("http://localhost:3000/cb", True),
        ("org.example.app:/cb", True),
        ("http://app.example.org/cb", True),
        ("http://10.0.0.5/cb", True),
        ("http://testserver/callback", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("https://app.example.org/cb#fragment", False),
        ("http:///cb", False),
        ("/cb", False),
    ],
)
def test_redirect_uris_are_absolute_without_fragment_nor_browser_code_scheme(
    uri: str, accepted: bool
) -> None:
    body = {"name": "App", "redirect_uris": [uri]}
    if accepted:
        assert ClientCreate.model_validate(body).redirect_uris == [uri]
    else:
        with pytest.raises(ValueError, match=r"absolute|scheme|host"):
            ClientCreate.model_validate(body)


async def test_unknown_scopes_are_ignored_when_signing_in_and_refreshing(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    """RFC 6749 3.3: OpenID Connect clients ask for `openid` and `offline_access`, which
    Plenary does not know; they are left out, not refused."""
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state, scopes=["comments:write", "reports:read"])
    tokens = await _sign_in_tokens(
        app, client_id, secret, user, scope="openid comments:write offline_access"
    )
    assert tokens["scope"] == "comments:write"
    assert _token_claims(tokens["access_token"])["scope"] == "comments:write"
    refreshed = await _refresh(
        client, client_id, secret, tokens["refresh_token"], scope="comments:write openid"
    )
    assert refreshed.status_code == 200, refreshed.text
    assert refreshed.json()["scope"] == "comments:write"
    only_unknown = await _sign_in_tokens(app, client_id, secret, user, scope="openid profile")
    assert only_unknown["scope"] == "comments:write reports:read"
    # The known scopes are still held to the client's.
    refused = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, scope="openid moderation:write")
    )
    assert parse_qs(urlsplit(refused.headers["location"]).query)["error"] == ["invalid_scope"]


async def test_the_sign_in_form_takes_what_its_body_lacks_from_the_query(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """A client may post only the credentials to the authorization URL it opened; a parameter
    in the body wins over the query's."""
    user = await make_user(state)
    client_id, _ = await make_oauth_client(state)
    query = _authorize_query(client_id, scope="comments:write", state="from-query")
    credentials_only = await client.post(
        "/oauth/authorize", params=query, data={"email": user.email, "password": PASSWORD}
    )
    assert credentials_only.status_code == 302, credentials_only.text
    answer = parse_qs(urlsplit(credentials_only.headers["location"]).query)
    assert answer["code"]
    assert answer["state"] == ["from-query"]
    body_wins = await client.post(
        "/oauth/authorize",
        params=query,
        data={"state": "from-body", "email": user.email, "password": PASSWORD},
    )
    assert parse_qs(urlsplit(body_wins.headers["location"]).query)["state"] == ["from-body"]
    password_in_query = await client.post(
        "/oauth/authorize",
        params={**query, "password": PASSWORD},
        data={"email": user.email},
    )
    assert password_in_query.status_code == 400
    assert "Wrong e-mail address or password" in password_in_query.text


async def test_registering_a_client_needs_the_consultations_write_or_admin_scope(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """A client bound to an organization speaks for it: a read-only token must not mint one."""
    organization = await make_organization(state)
    body = {"name": "Bot", "organization_id": str(organization.id)}
    staff = await make_user(state, role="secretariat")
    for scopes in (["reports:read"], ["comments:write", "moderation:write", "reports:read"]):
        refused = await client.post(
            "/v1/clients", json=body, headers=bearer(await token_for(state, staff, scopes=scopes))
        )
        assert refused.status_code == 403, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.headers["www-authenticate"] == (
            'Bearer error="insufficient_scope", scope="consultations:write admin"'
        )
    async with AsyncSession(state.engine) as session:
        count = sa.select(sa.func.count()).select_from(table_of(OAuthClient))
        assert (await session.exec(count)).scalar_one() == 0
    admin = await make_user(state, role="admin")
    for user, scopes in ((staff, ["consultations:write"]), (admin, ["admin"])):
        registered = await client.post(
            "/v1/clients", json=body, headers=bearer(await token_for(state, user, scopes=scopes))
        )
        assert registered.status_code == 201, registered.text


async def test_clients_may_register_plain_http_redirect_uris_to_any_host(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await make_user(state, role="secretariat")
    uris = ["http://testserver/callback", "http://example.com/cb"]
    response = await client.post(
        "/v1/clients",
        json={"name": "Acceptance script", "redirect_uris": uris},
        headers=bearer(await token_for(state, staff)),
    )
    assert response.status_code == 201, response.text
    assert response.json()["redirect_uris"] == uris


async def test_a_lone_surrogate_in_a_redirect_uri_is_422_and_nothing_is_stored(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await make_user(state, role="secretariat")
    response = await client.post(
        "/v1/clients",
        content=b'{"name": "App", "redirect_uris": ["https://a.example/\\ud800"]}',
        headers={"content-type": "application/json", **bearer(await token_for(state, staff))},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["body", "redirect_uris", 0]
    async with AsyncSession(state.engine) as session:
        count = sa.select(sa.func.count()).select_from(table_of(OAuthClient))
        assert (await session.exec(count)).scalar_one() == 0
