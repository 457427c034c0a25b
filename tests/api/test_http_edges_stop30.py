"""HTTP edges of the whole API: request bodies in a content coding, refused CORS preflights,
caching of caller-dependent answers, `If-None-Match: *` on a translation's PUT, and PATCH in
a patch format the API does not read."""

import gzip

import httpx

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
