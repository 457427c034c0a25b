"""A website without a path keeps having none when a query or a fragment follows the host:
"https://example.org#about" is not answered as "https://example.org/#about"."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from auth.schemas import http_url
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@pytest.mark.parametrize(
    "website",
    [
        "https://example.org#frag",
        "https://example.org?q=1",
        "https://example.org?q=1#frag",
        "https://example.org:8443?q=1",
        "https://example.org/?q=1",
        "https://example.org/",
    ],
)
async def test_the_website_is_kept_with_or_without_its_slash(
    client: httpx.AsyncClient, state: AppState, website: str
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, website=website)
    assert created.status_code == 201, created.text
    assert created.json()["website"] == website


@given(
    st.text("abcxyz019=&", max_size=8),
    st.text("abcxyz019-", max_size=8),
)
def test_no_slash_is_added_before_a_query_or_fragment(query: str, fragment: str) -> None:
    website = f"https://example.org?{query}#{fragment}"
    assert http_url(website) == website
