"""Every answer says nosniff; the docs page, where people paste tokens, loads an exact Swagger
UI version and may not be framed."""

import re

import httpx

from api.state import AppState
from tests.auth.test_oauth import _authorize_query
from tests.factories import make_oauth_client

FRAMED_NEVER = {"x-frame-options": "DENY", "content-security-policy": "frame-ancestors 'none'"}


async def test_every_answer_says_nosniff(client: httpx.AsyncClient, state: AppState) -> None:
    client_id, _ = await make_oauth_client(state)
    answers = [
        await client.get("/readyz"),
        await client.get("/v1/consultations"),
        await client.get("/v1/no/such/thing"),
        await client.get("/openapi.json"),
        await client.get("/oauth/authorize", params=_authorize_query(client_id)),
        await client.get("/docs"),
    ]
    for answer in answers:
        assert answer.headers.get("x-content-type-options") == "nosniff", answer.request.url


async def test_the_docs_pages_pin_swagger_ui_and_are_never_framed(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/docs")
    redirect = await client.get("/docs/oauth2-redirect")
    assert page.status_code == redirect.status_code == 200
    sources = re.findall(r'(?:src|href)="(https://cdn\.jsdelivr\.net/[^"]+)"', page.text)
    assert sources, page.text
    for source in sources:
        assert re.search(r"/swagger-ui-dist@\d+\.\d+\.\d+/", source), source
    assert "oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect'" in page.text
    assert "usePkceWithAuthorizationCodeGrant" in page.text
    for answer in (page, redirect):
        for header, value in FRAMED_NEVER.items():
            assert answer.headers.get(header) == value, (answer.request.url, header)
