"""The service foundation: problem documents, limits, request ids, health, unit of work."""

import json
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlmodel import select

from api.deps import SessionDep
from auth.models import User
from tests.conftest import BASE_URL

PROBLEM = "application/problem+json"


class Echo(BaseModel):
    name: str
    count: int


def add_probe_routes(app: FastAPI) -> None:
    """Routes that exist only in these tests, to drive the shared machinery directly."""

    @app.post("/probe/echo", status_code=201)
    async def echo(body: Echo) -> Echo:
        return body

    @app.get("/probe/stream")
    async def stream() -> StreamingResponse:
        async def chunks() -> AsyncIterator[bytes]:
            for chunk in (b"first,", b"second"):
                yield chunk

        return StreamingResponse(chunks(), media_type="text/csv")

    @app.post("/probe/users/{fail}")
    async def write_then_maybe_fail(fail: str, session: SessionDep) -> dict[str, str]:
        user = User(email=f"{uuid.uuid4().hex}@example.org", password_hash="x", display_name="P")
        session.add(user)
        await session.flush()
        if fail == "yes":
            raise RuntimeError("boom: internal detail that must not leak")
        return {"id": str(user.id)}


@pytest.fixture
async def probe(app: FastAPI) -> httpx.AsyncClient:
    add_probe_routes(app)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url=BASE_URL)


async def test_valid_json_reaches_the_route(probe: httpx.AsyncClient) -> None:
    response = await probe.post("/probe/echo", json={"name": "a", "count": 1})
    assert response.status_code == 201
    assert response.json() == {"name": "a", "count": 1}


@pytest.mark.parametrize(
    "content",
    [
        b'{"name": "a",',  # a syntax error
        b'{"name": "\xff", "count": 1}',  # not UTF-8
        b"[" * 100_000 + b"]" * 100_000,  # deeper than the decoder goes
        b'{"name": "a", "count": ' + b"9" * 5000 + b"}",  # more digits than Python converts
    ],
)
async def test_malformed_json_is_400_problem(probe: httpx.AsyncClient, content: bytes) -> None:
    response = await probe.post(
        "/probe/echo", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == 400
    assert body["type"].endswith("malformed-json")
    assert body["errors"]


async def test_a_missing_or_empty_body_is_400_like_unreadable_json(
    probe: httpx.AsyncClient,
) -> None:
    for response in (
        await probe.post("/probe/echo"),
        await probe.post("/probe/echo", content=b"", headers={"Content-Type": "application/json"}),
    ):
        assert response.status_code == 400
        assert response.json()["type"].endswith("malformed-json")


async def test_nul_characters_are_refused_before_the_route(probe: httpx.AsyncClient) -> None:
    json_headers = {"Content-Type": "application/json"}
    nul = await probe.post(
        "/probe/echo", content=b'{"name": "a\\u0000b", "count": 1}', headers=json_headers
    )
    assert nul.status_code == 422
    assert nul.json()["errors"] == [{"loc": ["body"], "msg": "must not contain U+0000"}]
    # A backslash followed by "u0000" is text, not the escape.
    text = await probe.post(
        "/probe/echo", content=b'{"name": "a\\\\u0000b", "count": 1}', headers=json_headers
    )
    assert (text.status_code, text.json()["name"]) == (201, "a\\u0000b")
    assert (await probe.get("/healthz?probe=a%00b")).status_code == 400
    token = await probe.post(
        "/oauth/token",
        content=b"grant_type=client_credentials&client_id=a%00b",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert (token.status_code, token.json()["error"]) == (400, "invalid_request")


async def test_invalid_fields_are_422_with_errors(probe: httpx.AsyncClient) -> None:
    response = await probe.post("/probe/echo", json={"name": "a", "count": "many"})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    errors = response.json()["errors"]
    assert {"loc": ["body", "count"], "msg": errors[0]["msg"]} in errors


async def test_body_over_limit_is_413_before_it_is_read(probe: httpx.AsyncClient) -> None:
    big = b'{"name": "' + b"x" * (5 * 1024 * 1024) + b'", "count": 1}'
    response = await probe.post(
        "/probe/echo", content=big, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM


async def test_streamed_body_over_limit_is_413(probe: httpx.AsyncClient) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b"x" * 65536

    response = await probe.post(
        "/probe/echo", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM


async def test_wrong_content_type_is_415(probe: httpx.AsyncClient) -> None:
    response = await probe.post(
        "/probe/echo",
        content=b"name=a&count=1",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 415
    assert response.headers["content-type"] == PROBLEM


async def test_unknown_path_is_404_problem(probe: httpx.AsyncClient) -> None:
    response = await probe.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 404


async def test_each_problem_type_has_one_title(probe: httpx.AsyncClient) -> None:
    """The framework's errors and the domain's share types, and a type keeps its title."""
    framework_404 = (await probe.get("/v1/nothing-here")).json()
    domain_404 = (await probe.get(f"/v1/consultations/{uuid.uuid4()}")).json()
    assert framework_404["type"] == domain_404["type"]
    assert framework_404["title"] == domain_404["title"] == "Not found"
    too_large = await probe.post(
        "/probe/echo",
        content=b"x" * (5 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
    )
    assert too_large.json()["type"].endswith("/payload-too-large")
    assert too_large.json()["title"] == "Payload too large"
    validation = (await probe.post("/probe/echo", json={"name": "a"})).json()
    assert validation["type"].endswith("/validation")
    assert validation["title"] == "Unprocessable content"


async def test_wrong_method_is_405_problem(probe: httpx.AsyncClient) -> None:
    response = await probe.delete("/healthz")
    assert response.status_code == 405
    assert response.headers["content-type"] == PROBLEM


async def test_head_answers_as_get_without_a_body(probe: httpx.AsyncClient) -> None:
    get = await probe.get("/.well-known/jwks.json")
    head = await probe.head("/.well-known/jwks.json")
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["content-type"] == get.headers["content-type"]

    streamed = await probe.head("/probe/stream")
    assert (streamed.status_code, streamed.content) == (200, b"")
    assert streamed.headers["content-type"].startswith("text/csv")
    assert (await probe.get("/probe/stream")).content == b"first,second"

    post_only = await probe.head("/probe/echo")
    assert post_only.status_code == 405
    assert post_only.headers["allow"] == "POST"


async def test_405_allows_every_method_of_the_path(client: httpx.AsyncClient) -> None:
    """A document's GET, PATCH and DELETE are three routes; Allow names them all."""
    response = await client.put(f"/v1/documents/{uuid.uuid4()}", json={})
    assert response.status_code == 405
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["allow"] == "GET, HEAD, PATCH, DELETE"


async def test_unexpected_error_is_bare_500_and_rolls_back(
    probe: httpx.AsyncClient, client: httpx.AsyncClient, state
) -> None:  # type: ignore[no-untyped-def]
    response = await probe.post("/probe/users/yes")
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert "boom" not in response.text
    assert "Traceback" not in response.text
    assert response.headers["x-request-id"]

    from sqlmodel.ext.asyncio.session import AsyncSession

    async with AsyncSession(state.engine) as session:
        assert (await session.exec(select(User))).all() == []


async def test_successful_write_is_committed_before_the_response(
    probe: httpx.AsyncClient, state
) -> None:  # type: ignore[no-untyped-def]
    response = await probe.post("/probe/users/no")
    assert response.status_code == 200
    from sqlmodel.ext.asyncio.session import AsyncSession

    async with AsyncSession(state.engine) as session:
        stored = await session.get(User, uuid.UUID(response.json()["id"]))
    assert stored is not None


async def test_request_id_is_echoed_or_generated(client: httpx.AsyncClient) -> None:
    echoed = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    generated = await client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert generated.headers["x-request-id"] not in {"", "bad id with spaces"}


async def access_log_of(
    database_url: str,
    caplog: pytest.LogCaptureFixture,
    send: Callable[[httpx.AsyncClient], Awaitable[object]],
) -> list[str]:
    """The access-log lines an app with logging on writes while ``send`` makes its requests."""
    from api.app import create_app
    from tests.conftest import make_settings

    app = create_app(make_settings(database_url, access_log=True))
    logging.getLogger("plenary.access").propagate = True
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            with caplog.at_level(logging.INFO, logger="plenary.access"):
                await send(http)
    return [r.getMessage() for r in caplog.records if r.name == "plenary.access"]


async def test_access_log_is_one_json_line_without_secrets(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def send(http: httpx.AsyncClient) -> None:
        await http.get("/readyz?secret=shh", headers={"Authorization": "Bearer sekrit-token"})

    lines = await access_log_of(database_url, caplog, send)
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["method"] == "GET"
    assert entry["route"] == "/readyz"
    assert entry["status"] == 200
    assert set(entry) == {"method", "route", "status", "duration_ms", "request_id"}
    assert "sekrit" not in lines[0]
    assert "shh" not in lines[0]


async def test_access_log_names_routes_refused_before_routing(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def send(http: httpx.AsyncClient) -> None:
        await http.post("/v1/users", content=b"x", headers={"Content-Type": "text/plain"})
        await http.get("/docs")
        await http.get("/no/such/route")

    entries = [json.loads(line) for line in await access_log_of(database_url, caplog, send)]
    assert [(e["route"], e["status"]) for e in entries] == [
        ("/v1/users", 415),
        ("/docs", 200),
        ("unmatched", 404),
    ]


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"


async def test_cors_is_off_by_default_and_configurable(database_url: str) -> None:
    from api.app import create_app
    from tests.conftest import make_settings

    for origins, expected in (([], None), (["https://app.example.org"], "https://app.example.org")):
        app = create_app(make_settings(database_url, cors_origins=origins))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
                response = await http.get("/healthz", headers={"Origin": "https://app.example.org"})
                preflight = await http.options(
                    "/v1/consultations",
                    headers={
                        "Origin": "https://app.example.org",
                        "Access-Control-Request-Method": "POST",
                        "Access-Control-Request-Headers": "authorization, x-request-id",
                    },
                )
        assert response.headers.get("access-control-allow-origin") == expected
        if expected is not None:
            exposed = response.headers["access-control-expose-headers"].split(", ")
            assert {"Idempotent-Replayed", "WWW-Authenticate", "ETag", "Location"} <= set(exposed)
            # A browser app may send its own request id, which the API echoes.
            assert preflight.status_code == 200, preflight.text


async def test_an_empty_cursor_asks_for_the_first_page(client: httpx.AsyncClient) -> None:
    first = await client.get("/v1/consultations?limit=5")
    empty = await client.get("/v1/consultations?limit=5&cursor=")
    assert empty.status_code == 200, empty.text
    assert empty.json() == first.json()
    assert (await client.get("/v1/consultations?cursor=garbage")).status_code == 400
