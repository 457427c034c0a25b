"""An organization's country_groups is read as of today, so its reading changes on its
country's LDC graduation day without a revision: the ETag says so, and a copy cached before
the graduation is not answered 304."""

from datetime import date

import httpx

from api.state import AppState
from auth.countries import graduated_from_ldc
from auth.organizations import organization_etag
from tests.factories import bearer, make_organization, make_user, token_for


def test_graduation_is_dated() -> None:
    assert not graduated_from_ldc("BGD", date(2026, 11, 23))
    assert graduated_from_ldc("BGD", date(2026, 11, 24))
    assert not graduated_from_ldc("KEN", date(2100, 1, 1))
    assert not graduated_from_ldc("MWI", date(2100, 1, 1))


async def test_a_tag_from_before_the_graduation_is_not_304(
    client: httpx.AsyncClient, state: AppState
) -> None:
    # Bangladesh left the LDC list on 2026-11-24; these tests run after it.
    organization = await make_organization(state, name="Dhaka NGO", country="BGD")
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    before_graduation = f'"{organization.id}.{organization.revision}"'

    read = await client.get(f"/v1/organizations/{organization.id}", headers=staff)
    revalidated = await client.get(
        f"/v1/organizations/{organization.id}",
        headers={**staff, "If-None-Match": before_graduation},
    )
    current = await client.get(
        f"/v1/organizations/{organization.id}",
        headers={**staff, "If-None-Match": read.headers["etag"]},
    )

    assert read.headers["etag"] == organization_etag(organization)
    assert read.headers["etag"] == f'"{organization.id}.{organization.revision}.ldc-graduated"'
    assert revalidated.status_code == 200, revalidated.text
    assert current.status_code == 304


async def test_a_decision_names_the_tag_with_the_graduation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    organization = await make_organization(
        state, name="Dhaka NGO", country="BGD", verification="pending"
    )
    staff = bearer(await token_for(state, await make_user(state, role="secretariat")))
    tag = (await client.get(f"/v1/organizations/{organization.id}", headers=staff)).headers["etag"]

    decided = await client.post(
        f"/v1/organizations/{organization.id}/verification",
        json={"decision": "verified"},
        headers={**staff, "If-Match": tag},
    )
    assert decided.status_code == 200, decided.text
