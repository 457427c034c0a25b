"""HTTP edges of the whole API: request bodies in a content coding, refused CORS preflights,
caching of caller-dependent answers, `If-None-Match: *` on a translation's PUT, and PATCH in
a patch format the API does not read."""

import gzip

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from api.app import create_app
from api.middleware import CallerCachingMiddleware
from api.state import AppState
from tests.conftest import BASE_URL, make_settings
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_documents_api import fixture_text, import_draft
from tests.factories import bearer, make_consultation, make_user, token_for

PROBLEM = "application/problem+json"
REGISTRATION = (
    b'{"email": "someone@example.org", "password": "a long passphrase", "display_name": "S"}'
)


async def test_a_body_in_a_content_coding_is_415_and_never_decoded(
    client: httpx.AsyncClient,
) -> None:
    for coding, body in (("gzip", gzip.compress(REGISTRATION)), ("br", b"{}"), ("GZIP", b"{}")):
        response = await client.post(
            "/v1/users",
            content=body,
            headers={"Content-Type": "application/json", "Content-Encoding": coding},
        )
        assert response.status_code == 415, (coding, response.text)
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["accept-encoding"] == "identity"
        assert coding in response.json()["detail"]
    signed_in = await client.post(
        "/oauth/authorize",
        content=gzip.compress(b"email=someone%40example.org&password=x"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Content-Encoding": "gzip"},
    )
    assert signed_in.status_code == 415
    assert signed_in.headers["content-type"] == PROBLEM
    assert signed_in.headers["accept-encoding"] == "identity"


async def test_the_token_endpoint_refuses_a_coded_body_in_the_rfc6749_shape(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/oauth/token",
        content=gzip.compress(b"grant_type=client_credentials"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Content-Encoding": "gzip"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"
    assert response.headers["accept-encoding"] == "identity"
    assert response.headers["cache-control"] == "no-store"


async def test_identity_is_no_content_coding(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/users",
        content=b"{}",
        headers={"Content-Type": "application/json", "Content-Encoding": "identity"},
    )
    assert response.status_code == 422, response.text


ORIGIN = "https://app.example.org"


async def _preflight(database_url: str, **asked: str) -> tuple[httpx.Response, httpx.Response]:
    """A refused preflight (``asked`` replaces what an allowed one asks) and an allowed one."""
    app = create_app(make_settings(database_url, cors_origins=[ORIGIN]))
    allowed = {
        "Origin": ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            refused = await http.options("/v1/consultations", headers={**allowed, **asked})
            accepted = await http.options("/v1/consultations", headers=allowed)
    return refused, accepted


async def test_a_refused_cors_preflight_is_a_problem_naming_what_was_refused(
    database_url: str,
) -> None:
    for asked, named in (
        ({"Origin": "https://elsewhere.example"}, "https://elsewhere.example"),
        ({"Access-Control-Request-Method": "TRACE"}, "TRACE"),
        ({"Access-Control-Request-Headers": "authorization, x-secret"}, "x-secret"),
        ({"Access-Control-Request-Headers": "authorization,"}, "(an empty name)"),
    ):
        refused, accepted = await _preflight(database_url, **asked)
        assert refused.status_code == 400, asked
        assert refused.headers["content-type"] == PROBLEM
        problem = refused.json()
        assert problem["status"] == 400
        assert named in problem["detail"], problem
        assert "Origin" in refused.headers["vary"]
        assert accepted.status_code == 200
        assert accepted.text == "OK"
        assert accepted.headers["access-control-allow-origin"] == ORIGIN


def _listed(value: str) -> list[str]:
    return [part.strip().lower() for part in value.split(",")]


async def test_answers_that_depend_on_the_caller_say_so_to_caches(
    client: httpx.AsyncClient, state: AppState
) -> None:
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}"
    headers = bearer(await token_for(state, await make_user(state)))

    anonymous = await client.get(url)
    assert _listed(anonymous.headers["vary"]) == ["authorization"]
    assert "cache-control" not in anonymous.headers

    full = await client.get(url, headers=headers)
    assert full.headers["cache-control"] == "private"
    assert _listed(full.headers["vary"]) == ["authorization"]
    cached = await client.get(url, headers={**headers, "If-None-Match": full.headers["etag"]})
    assert cached.status_code == 304
    assert cached.headers["cache-control"] == full.headers["cache-control"]
    assert cached.headers["vary"] == full.headers["vary"]

    missing = await client.get("/v1/consultations/unknown", headers=headers)
    assert missing.headers["cache-control"] == "private"
    assert _listed(missing.headers["vary"]) == ["authorization"]

    # The route's own Cache-Control stands: no-store for identity, public for the keys.
    me = await client.get("/v1/me", headers=headers)
    assert me.headers["cache-control"] == "no-store"
    keys = await client.get("/.well-known/jwks.json", headers=headers)
    assert keys.headers["cache-control"].startswith("public, max-age=")
    assert "vary" not in keys.headers
    assert "cache-control" not in (await client.get("/healthz")).headers


async def test_vary_merges_with_cors_origin_without_repeating(database_url: str) -> None:
    app = create_app(make_settings(database_url, cors_origins=[ORIGIN]))
    async with app.router.lifespan_context(app):
        consultation = await make_consultation(app.state.plenary)
        url = f"/v1/consultations/{consultation.id}"
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            full = await http.get(url, headers={"Origin": ORIGIN})
            cached = await http.get(
                url, headers={"Origin": ORIGIN, "If-None-Match": full.headers["etag"]}
            )
    assert sorted(_listed(full.headers["vary"])) == ["authorization", "origin"]
    assert cached.status_code == 304
    assert cached.headers["vary"] == full.headers["vary"]


async def test_a_route_s_own_vary_is_kept_and_not_repeated() -> None:
    async def varied(request: Request) -> Response:
        return PlainTextResponse("x", headers={"Vary": "Accept-Language, authorization"})

    async def plain(request: Request) -> Response:
        return PlainTextResponse("x", headers={"Vary": "Accept-Language"})

    app = CallerCachingMiddleware(
        Starlette(routes=[Route("/v1/varied", varied), Route("/v1/plain", plain)])
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as http:
        varied_response = await http.get("/v1/varied")
        plain_response = await http.get("/v1/plain", headers={"Authorization": "Bearer x"})
    assert _listed(varied_response.headers["vary"]) == ["accept-language", "authorization"]
    assert _listed(plain_response.headers["vary"]) == ["accept-language", "authorization"]
    assert plain_response.headers["cache-control"] == "private"


async def test_if_none_match_star_puts_a_translation_only_when_there_is_none(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = (await import_draft(client, headers, str(consultation.id))).json()
    url = f"/v1/documents/{imported['document']['id']}/versions/1/translations/zh"
    body = {"content": fixture_text("draft.zh.txt")}
    only_new = {**headers, "If-None-Match": "*"}

    created = await client.put(url, json=body, headers=only_new)
    assert created.status_code == 201, created.text
    refused = await client.put(
        url, json={"content": fixture_text("draft.zh.txt") + "\n"}, headers=only_new
    )
    assert refused.status_code == 412, refused.text
    assert refused.headers["content-type"] == PROBLEM
    assert "zh" in refused.json()["detail"]
    # Nothing changed: the document's ETag is the one the creation gave.
    document = await client.get(f"/v1/documents/{imported['document']['id']}")
    assert document.headers["etag"] == created.headers["etag"]
    # A tag of an earlier state does not match; the current one does.
    stale = await client.put(url, json=body, headers={**headers, "If-None-Match": '"old.0"'})
    assert stale.status_code == 200, stale.text
    assert stale.json()["replaced"] is True
    current = {**headers, "If-None-Match": stale.headers["etag"]}
    assert (await client.put(url, json=body, headers=current)).status_code == 412
    # A mistyped condition is a bad request, never "matches nothing" and a replacement.
    for malformed in ("abc", "W/*", "*, *", "old.0"):
        mistyped = await client.put(url, json=body, headers={**headers, "If-None-Match": malformed})
        assert mistyped.status_code == 400, (malformed, mistyped.text)
        assert mistyped.headers["content-type"] == PROBLEM


async def test_a_patch_in_json_patch_format_is_415_naming_the_accepted_types(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    url = f"/v1/consultations/{consultation.id}"
    etag = (await client.get(url, headers=headers)).headers["etag"]
    conditional = {**headers, "If-Match": etag}

    operations = b'[{"op": "replace", "path": "/title", "value": "Renamed"}]'
    refused = await client.patch(
        url,
        content=operations,
        headers={**conditional, "Content-Type": "application/json-patch+json"},
    )
    assert refused.status_code == 415, refused.text
    assert refused.headers["content-type"] == PROBLEM
    detail = refused.json()["detail"]
    assert "application/json" in detail
    assert "application/merge-patch+json" in detail
    assert refused.headers["accept-patch"] == "application/json, application/merge-patch+json"

    for media in ("application/merge-patch+json", "application/json; charset=utf-8"):
        renamed = await client.patch(
            url, content=b'{"title": "Renamed"}', headers={**conditional, "Content-Type": media}
        )
        assert renamed.status_code == 200, renamed.text
        conditional["If-Match"] = renamed.headers["etag"]


def test_the_openapi_document_offers_merge_patches_wherever_patch_is() -> None:
    document = create_app().openapi()
    patches = [ops["patch"] for ops in document["paths"].values() if "patch" in ops]
    assert len(patches) >= 4
    for operation in patches:
        content = operation["requestBody"]["content"]
        assert content["application/merge-patch+json"] == content["application/json"]
