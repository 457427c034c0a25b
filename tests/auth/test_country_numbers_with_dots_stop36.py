"""A number with a dot is no country code: "4.0" is not Austria's M49 code 40, nor "8.40" the
United States' 840. The dots of a letter abbreviation ("U.S.A.") still go."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from auth.countries import UnknownCountryError, normalize_country
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@given(
    st.lists(st.text("0123456789", min_size=1, max_size=3), min_size=2, max_size=4).map(".".join)
)
def test_digits_with_a_dot_are_no_country(value: str) -> None:
    with pytest.raises(UnknownCountryError):
        normalize_country(value)


@pytest.mark.parametrize("value", ["4.0", "8.40", "7.04", "84.0.", "0.04"])
async def test_an_organization_in_country_4_0_is_422(
    client: httpx.AsyncClient, state: AppState, value: str
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, country=value)
    assert refused.status_code == 422, refused.text


def test_numeric_codes_and_abbreviations_still_are() -> None:
    assert [normalize_country(v) for v in ["40", "040", "U.S.A.", "U. K."]] == [
        "AUT",
        "AUT",
        "USA",
        "GBR",
    ]
