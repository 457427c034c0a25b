"""Conditional GET (RFC 9110 13.1.2): a response with an ETag that ``If-None-Match`` names is
304 Not Modified, for every route at once (``api.middleware.NotModifiedMiddleware``)."""

from collections.abc import AsyncIterator

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from api.app import create_app
from api.middleware import HeadAsGetMiddleware, NotModifiedMiddleware
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import (
    bearer,
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
    make_user,
    token_for,
)


async def test_a_matching_if_none_match_is_304_with_the_etag_and_no_body(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}"
    full = await client.get(url)
    assert full.status_code == 200
    etag = full.headers["etag"]

    for condition in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        for method in ("GET", "HEAD"):
            cached = await client.request(method, url, headers={"If-None-Match": condition})
            assert cached.status_code == 304, (method, condition)
            assert cached.content == b""
            assert cached.headers["etag"] == etag
            assert "content-type" not in cached.headers
            assert "content-length" not in cached.headers
            assert cached.headers["x-request-id"]

    for condition in ('"other"', f'"{consultation.id}.0"', "not a tag", ""):
        answered = await client.get(url, headers={"If-None-Match": condition})
        assert answered.status_code == 200, condition
        assert answered.json() == full.json()


async def test_a_304_keeps_the_cache_control_of_the_200(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = bearer(await token_for(state, await make_user(state)))
    me = await client.get("/v1/me", headers=headers)
    assert me.headers["cache-control"] == "no-store"
    cached = await client.get("/v1/me", headers={**headers, "If-None-Match": me.headers["etag"]})
    assert cached.status_code == 304
    assert cached.headers["cache-control"] == "no-store"
    assert cached.headers["etag"] == me.headers["etag"]


async def test_changes_errors_and_untagged_answers_are_unchanged(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}"
    etag = (await client.get(url)).headers["etag"]

    changed = await client.patch(
        url, json={"title": "Renamed"}, headers={**headers, "If-Match": etag, "If-None-Match": "*"}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"] == "Renamed"
    assert changed.headers["etag"] != etag
    stale = await client.get(url, headers={"If-None-Match": etag})
    assert stale.status_code == 200
    assert stale.json()["title"] == "Renamed"

    missing = await client.get("/v1/consultations/no-such-thing", headers={"If-None-Match": "*"})
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    listed = await client.get("/v1/consultations", headers={"If-None-Match": "*"})
    assert listed.status_code == 200
    assert "etag" not in listed.headers
    assert listed.json()["items"]


async def test_the_304_is_made_from_any_route_s_headers_and_drops_a_streamed_body() -> None:
    """The middleware alone: Vary, Cache-Control and Content-Location stay, the headers of the
    body go, a streamed body is read and dropped; an error with an ETag and a POST pass."""

    async def tagged(request: Request) -> Response:
        return PlainTextResponse(
            "the text",
            headers={
                "ETag": '"t.1"',
                "Vary": "Accept-Language",
                "Cache-Control": "max-age=60",
                "Content-Location": "/tagged",
                "Content-Disposition": "attachment",
                "Link": '</next>; rel="next"',
            },
        )

    async def streamed(request: Request) -> Response:
        async def chunks() -> AsyncIterator[bytes]:
            for chunk in (b"one", b"two", b"three"):
                yield chunk

        return StreamingResponse(chunks(), headers={"ETag": 'W/"s"'})

    async def conflict(request: Request) -> Response:
        return PlainTextResponse("no", status_code=409, headers={"ETag": '"t.1"'})

    app = HeadAsGetMiddleware(
        NotModifiedMiddleware(
            Starlette(
                routes=[
                    Route("/tagged", tagged, methods=["GET", "POST"]),
                    Route("/streamed", streamed),
                    Route("/conflict", conflict),
                ]
            )
        )
    )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        cached = await http.get("/tagged", headers={"If-None-Match": 'W/"t.1"'})
        assert cached.status_code == 304
        assert cached.content == b""
        assert {k: v for k, v in cached.headers.items()} == {
            "etag": '"t.1"',
            "vary": "Accept-Language",
            "cache-control": "max-age=60",
            "content-location": "/tagged",
        }
        head = await http.head("/tagged", headers={"If-None-Match": '"t.1"'})
        assert head.status_code == 304
        two_lines = await http.get(
            "/tagged", headers=[("If-None-Match", '"t.0"'), ("If-None-Match", '"t.1"')]
        )
        assert two_lines.status_code == 304
        full = await http.get("/tagged", headers={"If-None-Match": '"t.2"'})
        assert full.status_code == 200
        assert full.text == "the text"
        assert full.headers["link"] == '</next>; rel="next"'

        dropped = await http.get("/streamed", headers={"If-None-Match": '"s"'})
        assert dropped.status_code == 304
        assert dropped.content == b""
        assert (await http.get("/streamed")).content == b"onetwothree"

        refused = await http.get("/conflict", headers={"If-None-Match": "*"})
        assert refused.status_code == 409
        assert refused.text == "no"
        posted = await http.post("/tagged", headers={"If-None-Match": "*"})
        assert posted.status_code == 200
        assert posted.text == "the text"


async def test_a_browser_app_may_ask_conditionally(database_url: str) -> None:
    """With CORS on, a preflight allows `If-None-Match`, and the 304 carries the CORS headers
    and `Vary: Origin` a 200 would."""
    origin = "https://app.example.org"
    app = create_app(make_settings(database_url, cors_origins=[origin]))
    async with app.router.lifespan_context(app):
        consultation = await make_consultation(app.state.plenary)
        url = f"/v1/consultations/{consultation.id}"
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            preflight = await http.options(
                url,
                headers={
                    "Origin": origin,
                    "Access-Control-Request-Method": "GET",
                    "Access-Control-Request-Headers": "if-none-match",
                },
            )
            full = await http.get(url, headers={"Origin": origin})
            cached = await http.get(
                url, headers={"Origin": origin, "If-None-Match": full.headers["etag"]}
            )
    assert preflight.status_code == 200, preflight.text
    assert cached.status_code == 304
    for header in ("access-control-allow-origin", "access-control-expose-headers", "vary"):
        assert cached.headers[header] == full.headers[header], header
    assert "Origin" in cached.headers["vary"]


async def test_a_comment_is_answered_in_full_as_its_campaign_and_flags_change_without_its_etag(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    comment = await make_comment(state, round_, await make_organization(state))
    url = f"/v1/comments/{comment.id}"
    full = await client.get(url)
    assert full.status_code == 200

    revalidated = await client.get(url, headers={"If-None-Match": full.headers["etag"]})
    assert revalidated.status_code == 200
    assert revalidated.headers["etag"] == full.headers["etag"]
    assert revalidated.json() == full.json()
