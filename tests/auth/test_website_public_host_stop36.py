"""An organization's website names a host the public can reach: a DNS name of two labels or
more (an IDN too) or a public IP address; not "localhost", "127.0.0.1" or "exa_mple.org"."""

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
        "https://.org",
        "https://example..org",
        "https://-bad-.org",
        "https://bad-.org",
        "https://exa_mple.org",
        "https://" + "a" * 64 + ".org",
        "https://example",
        "http://localhost",
        "http://localhost:8080/path",
        "http://127.0.0.1:8080",
        "http://0x7f.1",
        "http://10.1.2.3",
        "http://192.168.0.1",
        "http://169.254.169.254/latest",
        "http://0.0.0.0",
        "http://240.0.0.1",
        "http://[::1]",
        "http://[fe80::1]",
        "http://[::ffff:127.0.0.1]",
    ],
)
async def test_a_host_the_public_cannot_reach_is_422(
    client: httpx.AsyncClient, state: AppState, website: str
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, website=website)
    assert refused.status_code == 422, refused.text
    assert "host" in refused.text


@pytest.mark.parametrize(
    ("website", "stored"),
    [
        ("https://kictanet.or.ke", "https://kictanet.or.ke"),
        ("https://bücher.de/x", "https://xn--bcher-kva.de/x"),
        ("https://例子.中国", "https://xn--fsqu00a.xn--fiqs8s"),
        ("https://my-org.example.org.", "https://my-org.example.org."),
        ("http://8.8.8.8", "http://8.8.8.8"),
        ("http://[2001:4860:4860::8888]/", "http://[2001:4860:4860::8888]/"),
    ],
)
async def test_public_names_and_addresses_stay_accepted(
    client: httpx.AsyncClient, state: AppState, website: str, stored: str
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, website=website)
    assert created.status_code == 201, created.text
    assert created.json()["website"] == stored


_LABEL = st.from_regex(r"[a-z0-9]{1,10}(?:-[a-z0-9]{1,10})?", fullmatch=True)


@given(st.lists(_LABEL, min_size=1, max_size=3), st.sampled_from(["org", "ke", "com"]))
def test_any_dns_name_of_two_labels_or_more_is_accepted(labels: list[str], tld: str) -> None:
    host = ".".join([*labels, tld])
    assert http_url(f"https://{host}") == f"https://{host}"


@given(_LABEL, _LABEL, st.sampled_from(["_", "-", ""]), st.booleans())
def test_a_bad_label_is_refused(left: str, right: str, bad: str, at_start: bool) -> None:
    label = f"{bad}{left}" if at_start else f"{left}{bad}"
    if bad == "":
        label = ""
    with pytest.raises(ValueError, match="host"):
        http_url(f"https://{label}.{right}.org")
