"""A refused access token says why (stop 33): expired, not verifying against this server's keys,
or issued for another address of this server (the usual slip: a token printed by `plenary demo`
run with another PLENARY_PUBLIC_URL), naming both addresses, in the problem and in the
``WWW-Authenticate`` challenge alike."""

from __future__ import annotations

import time

import httpx
import pytest
from joserfc.jwk import ECKey

from api.state import AppState
from tests.auth.test_oauth import _claims, _signed
from tests.factories import bearer, make_user


@pytest.mark.parametrize(
    ("case", "explanation"),
    [
        ("expired", "The access token has expired."),
        ("wrong issuer", "issued for https://old.example:8000, not for this server (http"),
        ("wrong audience", "issued for https://other.org, not for this server (http"),
        ("wrong key", "The access token does not verify against this server's keys."),
        ("issuer with quotes", "issued for https://x.example/a, not for this server"),
    ],
)
async def test_a_refused_token_says_why(
    client: httpx.AsyncClient, state: AppState, case: str, explanation: str
) -> None:
    subject = str((await make_user(state)).id)
    now = int(time.time())
    tokens = {
        "expired": lambda: _signed(state, _claims(state, subject, iat=now - 7200, exp=now - 60)),
        "wrong issuer": lambda: _signed(
            state, _claims(state, subject, iss="https://old.example:8000")
        ),
        "wrong audience": lambda: _signed(state, _claims(state, subject, aud="https://other.org")),
        "wrong key": lambda: _signed(
            state, _claims(state, subject), key=ECKey.generate_key("P-256", private=True)
        ),
        "issuer with quotes": lambda: _signed(
            state, _claims(state, subject, iss='https://x.example/a"é\\')
        ),
    }
    response = await client.get("/v1/me", headers=bearer(await tokens[case]()))
    assert response.status_code == 401
    detail = response.json()["detail"]
    assert explanation in detail
    if case == "wrong issuer":
        assert detail.endswith(f"({state.settings.public_url}): ask this server for a token.")
    challenge = response.headers["www-authenticate"]
    assert challenge == f'Bearer error="invalid_token", error_description="{detail}"'
