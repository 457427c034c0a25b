"""The sign-in page says what the sign-in will be granted: the scopes the request asks for, or,
when it asks for none, the default a person gets, never promising `admin`, which only an
administrator's account is granted."""

import html
import re

import httpx
import pytest
from fastapi import FastAPI

from api.state import AppState
from tests.auth.test_oauth import _authorize_query, oauth_client, sign_in
from tests.factories import make_oauth_client, make_user

DEFAULT = "comments:write, consultations:write, moderation:write, reports:read"
ADMIN_NOTE = "and admin if your account is an administrator's"


def _asked(page: str) -> str:
    found = re.search(r"<p><strong>[^<]*</strong>(.*?)</p>", page, re.DOTALL)
    assert found is not None, page
    return " ".join(html.unescape(found.group(1)).split())


@pytest.mark.parametrize(
    ("scope", "asked"),
    [
        (None, f"asks to act for you on Plenary with the scopes it gets by default: {DEFAULT}, "),
        ("openid profile", f"with the scopes it gets by default: {DEFAULT}, {ADMIN_NOTE}."),
        ("reports:read comments:write", "asks to act for you on Plenary (reports:read, "),
        ("admin reports:read", f"on Plenary (reports:read, {ADMIN_NOTE})."),
        ("admin", "on Plenary (admin if your account is an administrator's)."),
    ],
)
async def test_the_page_names_what_the_request_asks_for(
    client: httpx.AsyncClient, state: AppState, scope: str | None, asked: str
) -> None:
    client_id, _ = await make_oauth_client(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id, scope=scope))
    assert page.status_code == 200, page.text
    assert asked in _asked(page.text)
    assert ", admin" not in _asked(page.text)


async def test_the_default_the_page_names_is_what_a_person_is_granted(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, secret = await make_oauth_client(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    assert f"by default: {DEFAULT}, {ADMIN_NOTE}." in _asked(page.text)

    for role, granted in (("registered", DEFAULT), ("admin", f"admin, {DEFAULT}")):
        await make_user(state, email=f"{role}@example.org", role=role)
        async with oauth_client(app, client_id, secret) as oauth:
            location, verifier = await sign_in(oauth, f"{role}@example.org")
            token = await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
        assert token["scope"] == granted.replace(", ", " "), role


async def test_a_client_without_admin_is_named_without_the_note(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state, scopes=["comments:write", "reports:read"])
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    assert _asked(page.text).endswith("by default: comments:write, reports:read.")
