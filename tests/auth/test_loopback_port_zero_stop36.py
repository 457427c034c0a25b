"""A loopback redirect URI matches any port but 0, which no app listens on (it only asks the
system for an ephemeral port)."""

import httpx

from api.state import AppState
from tests.auth.test_oauth import _authorize_query
from tests.factories import make_oauth_client


async def test_a_loopback_redirect_uri_does_not_match_port_zero(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(
        state, redirect_uris=["http://127.0.0.1/cb"], public=True
    )
    answers = {
        port: await client.get(
            "/oauth/authorize",
            params=_authorize_query(client_id, redirect_uri=f"http://127.0.0.1:{port}/cb"),
        )
        for port in ("0", "00", "49152")
    }
    assert answers["0"].status_code == answers["00"].status_code == 400
    assert "location" not in answers["0"].headers
    assert answers["49152"].status_code == 200
