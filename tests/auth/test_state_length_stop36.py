"""The OAuth state is echoed into the redirect: an overlong one is refused before any code is
issued, not sent back whatever its size."""

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import AuthorizationCode
from auth.oauth import MAX_STATE_LENGTH
from tests.factories import PASSWORD, make_oauth_client, make_user


def _authorization(client_id: str, state: str) -> dict[str, str]:
    return {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": "https://app.example.org/callback",
        "state": state,
        "code_challenge": create_s256_code_challenge(generate_token(48)),
        "code_challenge_method": "S256",
    }


async def test_a_state_at_the_limit_is_sent_back(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, _ = await make_oauth_client(state)
    longest = "s" * MAX_STATE_LENGTH
    form = await client.get("/oauth/authorize", params=_authorization(client_id, longest))
    signed_in = await client.post(
        "/oauth/authorize",
        data=_authorization(client_id, longest) | {"email": user.email, "password": PASSWORD},
    )
    assert form.status_code == 200
    assert signed_in.status_code == 302
    assert f"state={longest}" in signed_in.headers["location"]


async def test_an_overlong_state_is_refused_without_a_redirect_or_a_code(
    client: httpx.AsyncClient, state: AppState
) -> None:
    user = await make_user(state)
    client_id, _ = await make_oauth_client(state)
    overlong = "s" * (MAX_STATE_LENGTH + 1)
    form = await client.get("/oauth/authorize", params=_authorization(client_id, overlong))
    signed_in = await client.post(
        "/oauth/authorize",
        data=_authorization(client_id, overlong) | {"email": user.email, "password": PASSWORD},
        headers={"Accept": "text/html"},
    )
    for refused in (form, signed_in):
        assert refused.status_code == 400
        assert "location" not in refused.headers
        assert overlong not in refused.text
    assert form.headers["content-type"] == "application/problem+json"
    assert signed_in.headers["content-type"].startswith("text/html")
    async with AsyncSession(state.engine) as session:
        assert (await session.exec(select(AuthorizationCode))).all() == []
