"""The authorization endpoint's refusals are an HTML page for a caller that prefers one (a
browser) and a problem document for one that prefers JSON, as its Accept header says with its
qualities (RFC 9110 12.5.1), media types in any case; the page repeats nothing of the request."""

import httpx
import pytest
from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from api.app import create_app
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.factories import make_oauth_client, make_user

PROBLEM = "application/problem+json"
HTML = "text/html; charset=utf-8"


@pytest.mark.parametrize(
    ("accept", "answered_as"),
    [
        ("Text/HTML", HTML),
        ("application/problem+json, text/html;q=0.5", PROBLEM),
        ("application/json, text/html;q=0.9", PROBLEM),
        ("text/html;q=0, */*", PROBLEM),
    ],
)
async def test_an_unusable_authorization_request_is_answered_as_the_caller_prefers(
    client: httpx.AsyncClient, accept: str, answered_as: str
) -> None:
    query = {
        "response_type": "code",
        "client_id": "<script>alert(1)</script>",
        "redirect_uri": "https://evil.example/<b>cb</b>",
        "code_challenge": create_s256_code_challenge(generate_token(48)),
        "code_challenge_method": "S256",
    }
    answer = await client.get("/oauth/authorize", params=query, headers={"Accept": accept})
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert answer.headers["content-type"] == answered_as
    assert "<script>" not in answer.text
    assert "evil.example" not in answer.text


async def test_a_caller_preferring_json_is_refused_by_the_limit_with_a_problem(
    database_url: str,
) -> None:
    app = create_app(make_settings(database_url, rate_limits="on", rate_limit_login="1/60"))
    async with app.router.lifespan_context(app):
        state: AppState = app.state.plenary
        user = await make_user(state)
        client_id, _ = await make_oauth_client(state)
        form = {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": "https://app.example.org/callback",
            "code_challenge": create_s256_code_challenge(generate_token(48)),
            "code_challenge_method": "S256",
            "email": user.email,
            "password": "wrong guess",
        }
        prefers_json = {"Accept": "application/json, text/html;q=0.1"}
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            first = await http.post("/oauth/authorize", data=form, headers=prefers_json)
            refused = await http.post("/oauth/authorize", data=form, headers=prefers_json)
    assert first.status_code == 400
    assert refused.status_code == 429
    assert refused.headers["content-type"] == PROBLEM
    assert "retry-after" in refused.headers
