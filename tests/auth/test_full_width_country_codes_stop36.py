"""Country codes typed in full-width letters or digits (an East Asian keyboard's other mode) are
the codes they look like."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from auth.countries import all_countries, normalize_country
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) for ch in text)


@given(st.sampled_from([info.alpha3 for info in all_countries()]), st.booleans())
def test_a_full_width_code_is_the_code(alpha3: str, lower: bool) -> None:
    typed = _full_width(alpha3.lower() if lower else alpha3)
    assert normalize_country(typed) == alpha3


@pytest.mark.parametrize(
    ("country", "alpha3"), [("ＫＥＮ", "KEN"), ("ｋｅ", "KEN"), ("４０４", "KEN")]
)
async def test_an_organization_in_full_width_ken_is_in_kenya(
    client: httpx.AsyncClient, state: AppState, country: str, alpha3: str
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, country=country)
    assert created.status_code == 201, created.text
    assert created.json()["country"] == alpha3
