"""Organization names: invisible format characters (zero-width space, word joiner, BOM, soft
hyphen) are removed, ZWJ and ZWNJ kept; a second organization with the same name (NFKC, letter
case and whitespace aside) in the same country is 409 naming the first, unless that one was
rejected."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from auth.organizations import name_key
from auth.schemas import OrganizationCreate
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_organization, make_user


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\ufeff", "\u00ad"])
async def test_invisible_characters_are_removed_from_the_name(
    client: httpx.AsyncClient, state: AppState, invisible: str
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, name=f"Org{invisible}anisation{invisible}")
    assert created.status_code == 201, created.text
    assert created.json()["name"] == "Organisation"


async def test_a_name_of_invisible_characters_only_is_422(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, name="\u200b\u00ad")
    assert refused.status_code == 422, refused.text


@given(st.text(alphabet="ab \u200c\u200d", min_size=1, max_size=10).filter(lambda n: "a" in n))
def test_joiners_stay(name: str) -> None:
    body = OrganizationCreate(name=name, stakeholder_group="civil_society", country="IRN")
    assert body.name == name.strip()


@pytest.mark.parametrize(
    "again",
    [
        "Kenya ICT Action Network",
        "KENYA ICT ACTION NETWORK",
        "  kenya   ict\u3000action network ",
        "Ｋｅｎｙａ ICT Action Network",
        "Kenya ICT Action\u200b Network",
    ],
)
async def test_the_same_name_in_the_same_country_is_409_not_naming_a_pending_first(
    client: httpx.AsyncClient, state: AppState, again: str
) -> None:
    headers = await _headers(state, await make_user(state))
    first = await _create(client, headers, name="Kenya ICT Action Network", country="KEN")
    assert first.status_code == 201, first.text
    other = await _headers(state, await make_user(state))
    second = await _create(client, other, name=again, country="KE")
    assert second.status_code == 409, second.text
    assert first.json()["id"] not in second.json()["detail"]
    assert "awaits verification" in second.json()["detail"]


async def test_the_same_name_as_a_verified_organization_is_409_naming_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    verified = await make_organization(
        state, name="Kenya ICT Action Network", country="KEN", verification="verified"
    )
    headers = await _headers(state, await make_user(state))
    again = await _create(client, headers, name="kenya ict action network", country="KEN")
    assert again.status_code == 409, again.text
    assert str(verified.id) in again.json()["detail"]


async def test_the_same_name_in_another_country_is_another_organization(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await _headers(state, await make_user(state))
    assert (await _create(client, headers, name="ICT Network", country="KEN")).status_code == 201
    assert (await _create(client, headers, name="ICT Network", country="UGA")).status_code == 201


async def test_a_rejected_organization_does_not_block_the_name(
    client: httpx.AsyncClient, state: AppState
) -> None:
    await make_organization(state, name="Kenya Red Cross", country="KEN", verification="rejected")
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, name="Kenya Red Cross", country="KEN")
    assert created.status_code == 201, created.text


@given(st.text(min_size=1, max_size=20))
def test_the_name_key_ignores_case_width_and_spacing(name: str) -> None:
    assert name_key(f"  {name.upper()}  ") == name_key(name.upper())
    assert name_key(name.replace(" ", "  ")) == name_key(name)
