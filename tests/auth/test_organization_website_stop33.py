"""An organization's website comes back as it was sent: no slash is added to a URL without a
path. What makes it one URL in one spelling (host case, punycode, escapes) still applies, and
only an absolute http(s) URL as written, without credentials, is taken: the URL parser's
repairs of a malformed one are not a URL the person gave."""

import httpx
import pytest

from api.state import AppState
from auth.schemas import http_url
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("https://example.org", "https://example.org"),
        ("https://example.org/", "https://example.org/"),
        ("http://example.org/about", "http://example.org/about"),
        ("https://example.org/a/?q=1#top", "https://example.org/a/?q=1#top"),
        ("https://EXAMPLE.org", "https://example.org"),
        ("https://example.org:443", "https://example.org"),
        ("https://example.org:8443", "https://example.org:8443"),
        ("https://bücher.example", "https://xn--bcher-kva.example"),
        ("https://example.org/a b", "https://example.org/a%20b"),
    ],
)
def test_the_normal_form_adds_no_slash_to_a_url_without_a_path(sent: str, kept: str) -> None:
    assert http_url(sent) == kept


async def test_a_website_without_a_path_comes_back_as_sent(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, website="https://example.org")
    assert created.status_code == 201, created.text
    assert created.json()["website"] == "https://example.org"
    read = await client.get(f"/v1/organizations/{created.json()['id']}", headers=headers)
    assert read.json()["website"] == "https://example.org"


@pytest.mark.parametrize(
    ("website", "said"),
    [
        ("ftp://example.org", None),
        ("not a url", None),
        ("https://", None),
        ("example.org", None),
        ("https://x/" + "a" * 500, None),
        # The URL parser would repair these into a URL the person never gave.
        ("https:///path", "host"),
        ("http:example.org", "host"),
        ("https:example.org/about", "host"),
        ("https:\\\\example.org", "host"),
        # Published as sent, so no credentials (and the refusal does not echo them).
        ("https://user:pw@example.org/", "password"),
        ("https://user@example.org", "password"),
        ("https://@example.org", "password"),
    ],
)
async def test_what_is_no_http_url_as_written_is_422(
    client: httpx.AsyncClient, state: AppState, website: str, said: str | None
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, website=website)
    assert refused.status_code == 422, refused.text
    error = refused.json()["errors"][0]
    assert error["loc"] == ["body", "website"]
    if said is not None:
        assert said in error["msg"]
    assert "pw" not in refused.text
