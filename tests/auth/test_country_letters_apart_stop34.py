"""Letters typed apart are no country code and no name: "K E" is not Kenya. An abbreviation's
dots and the spaces between a name's words still go."""

import httpx
import pytest

from api.state import AppState
from auth.countries import UnknownCountryError, normalize_country
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@pytest.mark.parametrize("value", ["K E", "k e", "K  E N", "KE N", "U S A", "G B", "4 0 4"])
def test_letters_typed_apart_are_no_country(value: str) -> None:
    with pytest.raises(UnknownCountryError):
        normalize_country(value)


@pytest.mark.parametrize(
    ("value", "alpha3"),
    [
        ("U.S.A.", "USA"),
        ("U. S. A.", "USA"),
        ("U.K.", "GBR"),
        (" KE ", "KEN"),
        ("Guinea Bissau", "GNB"),
        ("Virgin Islands, U.S.", "VIR"),
        ("St. Lucia", "LCA"),
    ],
)
def test_abbreviations_and_names_of_several_words_still_are(value: str, alpha3: str) -> None:
    assert normalize_country(value) == alpha3


async def test_an_organization_in_country_k_e_is_422(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, country="K E")
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["body", "country"]
