"""A sign-in revoked because one of its credentials came back (a rotated refresh token, an
exchanged code) is audited as `sign_in.revoked`, about the person, without token material;
the person's data export lists it, and a second reuse of a revoked sign-in adds nothing."""

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from fastapi import FastAPI

from api.state import AppState
from tests.auth.test_oauth import (
    REDIRECT_URI,
    _refresh,
    _sign_in_tokens,
    _token_claims,
    oauth_client,
    sign_in,
)
from tests.factories import bearer, make_oauth_client, make_user, token_for


async def _revocations(client: httpx.AsyncClient, state: AppState) -> list[dict[str, Any]]:
    secretariat = bearer(await token_for(state, await make_user(state, role="secretariat")))
    response = await client.get("/v1/audit", params={"limit": 200}, headers=secretariat)
    assert response.status_code == 200, response.text
    verified = await client.get("/v1/audit/verify", headers=secretariat)
    assert verified.json()["valid"] is True
    return [entry for entry in response.json()["items"] if entry["event"] == "sign_in.revoked"]


async def test_a_reused_refresh_token_is_audited_once_about_the_person(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    first = await _sign_in_tokens(app, client_id, secret, user)
    second = (await _refresh(client, client_id, secret, first["refresh_token"])).json()
    for _ in range(2):
        reused = await _refresh(client, client_id, secret, first["refresh_token"])
        assert reused.json()["error"] == "invalid_grant"

    (entry,) = await _revocations(client, state)
    assert (entry["subject_type"], entry["subject_id"], entry["actor_id"]) == (
        "sign_in",
        _token_claims(first["access_token"])["sid"],
        None,
    )
    assert entry["data"] == {
        "user_id": str(user.id),
        "client_id": client_id,
        "reused": "refresh_token",
    }
    written = json.dumps(entry)
    for token in (*first.values(), *second.values()):
        if isinstance(token, str) and len(token) > 20:
            assert token not in written
    export = await client.get("/v1/me/export", headers=bearer(await token_for(state, user)))
    exported = [e for e in export.json()["audit_entries"] if e["event"] == "sign_in.revoked"]
    assert [e["seq"] for e in exported] == [entry["seq"]]


async def test_a_replayed_code_is_audited_and_a_sign_out_is_not(
    app: FastAPI, client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, secret = await make_oauth_client(state)
    async with oauth_client(app, client_id, secret) as oauth:
        location, verifier = await sign_in(oauth, user.email)
        await oauth.fetch_token(authorization_response=location, code_verifier=verifier)
    (code,) = parse_qs(urlsplit(location).query)["code"]
    replayed = await client.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URI,
            "code_verifier": verifier,
        },
        auth=(client_id, secret or ""),
    )
    assert replayed.json()["error"] == "invalid_grant"
    signed_out = await _sign_in_tokens(app, client_id, secret, user)
    revoked = await client.post(
        "/oauth/revoke",
        data={"token": signed_out["refresh_token"]},
        auth=(client_id, secret or ""),
    )
    assert revoked.status_code == 200, revoked.text

    (entry,) = await _revocations(client, state)
    assert entry["data"] == {
        "user_id": str(user.id),
        "client_id": client_id,
        "reused": "authorization_code",
    }
    assert code not in json.dumps(entry)
