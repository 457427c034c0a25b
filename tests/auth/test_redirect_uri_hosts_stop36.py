"""A redirect URI reads as the host that receives the code: no user name or password before
the host, an internationalised host stored in A-labels (a look-alike shows for what it is),
and the sign-in form says where the code goes."""

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from auth.oauth import redirect_uri_matches
from auth.schemas import check_redirect_uri
from tests.auth.test_oauth import _authorize_query
from tests.factories import bearer, make_oauth_client, make_user, token_for

LOOK_ALIKE = "https://\u0430pple.com/cb"  # a Cyrillic "а"
LOOK_ALIKE_A_LABELS = "https://xn--pple-43d.com/cb"


async def _registered(client: httpx.AsyncClient, state: AppState, uri: str) -> httpx.Response:
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    return await client.post(
        "/v1/clients", json={"name": "Portal", "redirect_uris": [uri]}, headers=staff
    )


async def test_a_redirect_uri_with_a_user_name_or_password_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    for uri in ("https://user:pw@a.org/cb", "https://a.org@evil.example/cb"):
        refused = await _registered(client, state, uri)
        assert refused.status_code == 422, uri
        assert "user name or password" in refused.text


async def test_an_internationalised_host_is_stored_in_a_labels_and_matched_in_either_form(
    client: httpx.AsyncClient, state: AppState
) -> None:
    created = await _registered(client, state, LOOK_ALIKE)
    assert created.status_code == 201
    assert created.json()["redirect_uris"] == [LOOK_ALIKE_A_LABELS]
    client_id = created.json()["client_id"]
    for requested in (LOOK_ALIKE, LOOK_ALIKE_A_LABELS):
        page = await client.get(
            "/oauth/authorize", params=_authorize_query(client_id, redirect_uri=requested)
        )
        assert page.status_code == 200, requested
        assert "sends you back to <strong>xn--pple-43d.com</strong>" in page.text


async def test_the_sign_in_form_names_where_the_code_goes(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    native_id, _ = await make_oauth_client(
        state, redirect_uris=["org.example.app:/callback"], public=True
    )
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    native = await client.get(
        "/oauth/authorize",
        params=_authorize_query(native_id, redirect_uri="org.example.app:/callback"),
    )
    assert "Signing in sends you back to <strong>app.example.org</strong>." in page.text
    assert "the app that opens <strong>org.example.app:</strong> links" in native.text


@given(st.text(st.characters(min_codepoint=0xA1, max_codepoint=0x4FF), min_size=1, max_size=12))
def test_a_stored_host_is_ascii_and_matches_the_uri_as_written(label: str) -> None:
    written = f"https://{label}.example/cb"
    try:
        stored = check_redirect_uri(written)
    except ValueError:
        return
    assert stored.isascii()
    assert redirect_uri_matches(stored, written)
