"""An S256 code challenge is the BASE64URL of a SHA-256 digest (RFC 7636 4.2): 43 characters.
Any other could never match a verifier, so the authorization request is refused at once, with
the same redirect as for a challenge too short or too long."""

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from api.state import AppState
from tests.auth.test_oauth import REDIRECT_URI, _authorize_query
from tests.factories import make_oauth_client

# RFC 7636 appendix B.
CHALLENGE = create_s256_code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")


@pytest.mark.parametrize(
    "challenge",
    [
        CHALLENGE[:42],
        CHALLENGE + "A",
        "A" * 128,
        "A" * 129,
        # The alphabet of verifiers, not of BASE64URL.
        "." + CHALLENGE[1:],
        # 43 characters whose last one holds bits past the 256 of a digest.
        CHALLENGE[:42] + "B",
        CHALLENGE + "\n",
    ],
)
async def test_a_challenge_that_no_sha_256_digest_encodes_is_invalid_request(
    client: httpx.AsyncClient, state: AppState, challenge: str
) -> None:
    client_id, _ = await make_oauth_client(state)
    response = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, code_challenge=challenge)
    )
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT_URI + "?")
    assert parse_qs(urlsplit(location).query)["error"] == ["invalid_request"]


async def test_a_digests_challenge_shows_the_sign_in_form(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    response = await client.get(
        "/oauth/authorize", params=_authorize_query(client_id, code_challenge=CHALLENGE)
    )
    assert response.status_code == 200, response.text
