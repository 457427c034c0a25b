"""An access token is accepted a few seconds past its ``exp`` (clocks differ a little between
the issuer, a client and a proxy), and the README says so where it gives the lifetime."""

import re
from pathlib import Path

import httpx

from api.state import AppState
from auth.tokens import EXPIRY_LEEWAY, issue_access_token
from tests.factories import bearer, make_user

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


async def _expired_since(state: AppState, seconds: int) -> str:
    user = await make_user(state)
    token, _ = await issue_access_token(
        state.keys,
        issuer=state.settings.public_url,
        audience=state.settings.public_url,
        subject=str(user.id),
        client_id="tests",
        scopes=("comments:write",),
        ttl_seconds=-seconds,
    )
    return token


async def test_a_token_is_accepted_for_the_leeway_past_exp_and_refused_after(
    client: httpx.AsyncClient, state: AppState
) -> None:
    within = await client.get("/v1/me", headers=bearer(await _expired_since(state, 2)))
    assert within.status_code == 200, within.text
    past = await client.get(
        "/v1/me", headers=bearer(await _expired_since(state, EXPIRY_LEEWAY + 2))
    )
    assert past.status_code == 401
    assert 'error="invalid_token"' in past.headers["www-authenticate"]


def test_the_readme_gives_the_leeway_where_it_gives_the_lifetime() -> None:
    flat = re.sub(r"\s+", " ", README)
    leeway = f"{EXPIRY_LEEWAY} seconds past its `exp`"
    (ttl_row,) = [
        line for line in README.splitlines() if line.startswith("| `PLENARY_ACCESS_TOKEN_TTL`")
    ]
    assert leeway in ttl_row, ttl_row
    lifetime = flat.index("valid for `PLENARY_ACCESS_TOKEN_TTL` seconds")
    assert leeway in flat[lifetime : lifetime + 400]
