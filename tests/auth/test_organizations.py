"""The stakeholder registry over HTTP: creation, classification, listing, verification,
representatives."""

import asyncio

import httpx
import pytest
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import Membership, Organization, User, VerificationDecision
from core.events import DomainEvent
from tests.consultations.test_submission_batches import waiting_for_a_lock
from tests.factories import bearer, make_organization, make_user, token_for


async def _headers(state: AppState, user: User) -> dict[str, str]:
    return bearer(await token_for(state, user))


async def _create(
    client: httpx.AsyncClient, headers: dict[str, str], **fields: object
) -> httpx.Response:
    body: dict[str, object] = {
        "name": "Kenya ICT Action Network",
        "stakeholder_group": "civil_society",
        "country": "KEN",
    }
    body.update(fields)
    return await client.post("/v1/organizations", json=body, headers=headers)


@pytest.mark.parametrize(
    ("country", "alpha3", "regional_group", "m49_region", "m49_subregion", "groups"),
    [
        ("KE", "KEN", "african", "Africa", "Sub-Saharan Africa", {"developing"}),
        ("Germany", "DEU", "western_european_others", "Europe", "Western Europe", {"developed"}),
        ("bf", "BFA", "african", "Africa", "Sub-Saharan Africa", {"developing", "ldc", "lldc"}),
        ("Haiti", "HTI", "latin_american_caribbean", "Americas",
         "Latin America and the Caribbean", {"developing", "ldc", "sids"}),
        ("Fiji", "FJI", "asia_pacific", "Oceania", "Melanesia", {"developing", "sids"}),
        ("UK", "GBR", "western_european_others", "Europe", "Northern Europe", {"developed"}),
        ("CHN", "CHN", "asia_pacific", "Asia", "Eastern Asia", {"developing"}),
    ],
)  # fmt: skip
async def test_classification_is_derived_and_stored(
    client: httpx.AsyncClient,
    state: AppState,
    country: str,
    alpha3: str,
    regional_group: str,
    m49_region: str,
    m49_subregion: str,
    groups: set[str],
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, country=country)
    assert created.status_code == 201, created.text
    read = await client.get(created.headers["location"], headers=headers)
    assert read.status_code == 200
    organization = read.json()
    assert organization["country"] == alpha3
    assert organization["regional_group"] == regional_group
    assert organization["m49_region"] == m49_region
    assert organization["m49_subregion"] == m49_subregion
    assert set(organization["country_groups"]) == groups
    assert read.headers["etag"]


async def test_creation_starts_pending_with_the_creator_as_representative(
    client: httpx.AsyncClient, state: AppState
) -> None:
    creator = await make_user(state)
    headers = await _headers(state, creator)
    created = await _create(
        client,
        headers,
        website="https://kictanet.or.ke",
        accreditation={"ecosoc_consultative": "special", "wsis_accredited": True},
    )
    assert created.status_code == 201
    organization = created.json()
    assert organization["verification"] == "pending"
    assert organization["website"].startswith("https://kictanet.or.ke")
    assert organization["accreditation"] == {
        "ecosoc_consultative": True,
        "ecosoc_status": "special",
        "wsis_accredited": True,
        "other": None,
    }
    me = (await client.get("/v1/me", headers=headers)).json()
    assert [m["organization_id"] for m in me["memberships"]] == [organization["id"]]
    assert "representative" not in me["roles"]


async def test_accreditation_as_free_text(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, accreditation=["wsis_accredited", "UNFCCC observer"])
    assert created.json()["accreditation"]["wsis_accredited"] is True
    assert created.json()["accreditation"]["other"] == "UNFCCC observer"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"country": "XYZ"}, "country"),
        ({"country": "Korea"}, "country"),
        ({"stakeholder_group": "lobby"}, "stakeholder_group"),
        ({"website": "ftp://example.org"}, "website"),
        ({"website": "not a url"}, "website"),
        ({"name": " "}, "name"),
        ({"surprise": 1}, "surprise"),
    ],
)
async def test_invalid_organizations_are_422(
    client: httpx.AsyncClient, state: AppState, fields: dict[str, object], field: str
) -> None:
    headers = await _headers(state, await make_user(state))
    response = await _create(client, headers, **fields)
    assert response.status_code == 422
    assert any(field in error["loc"] for error in response.json()["errors"])


@pytest.mark.parametrize(
    ("accreditation", "locations"),
    [
        ({"wsis_accredited": "often"}, [["body", "accreditation", "object", "wsis_accredited"]]),
        ({"colour": "red"}, [["body", "accreditation", "object", "colour"]]),
        (5, [["body", "accreditation", "object"]]),
        (["wsis_accredited", 7], [["body", "accreditation", "list", 1]]),
    ],
)
async def test_a_wrong_accreditation_gets_the_errors_of_its_own_shape(
    client: httpx.AsyncClient, state: AppState, accreditation: object, locations: list[list[object]]
) -> None:
    headers = await _headers(state, await make_user(state))
    response = await _create(client, headers, accreditation=accreditation)
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["errors"]] == locations


async def test_anonymous_cannot_create(client: httpx.AsyncClient) -> None:
    response = await _create(client, {})
    assert response.status_code == 401


async def test_listing_visibility_and_filters(client: httpx.AsyncClient, state: AppState) -> None:
    owner = await make_user(state)
    staff = await make_user(state, role="secretariat")
    await make_organization(state, name="Verified KE", country="KEN")
    await make_organization(
        state,
        name="Verified DE",
        country="DEU",
        stakeholder_group="private_sector",
        regional_group="western_european_others",
    )
    await make_organization(state, name="Someone's pending", verification="pending")
    await make_organization(
        state, name="Mine pending", verification="pending", representatives=[owner]
    )
    await make_organization(state, name="Rejected", verification="rejected")

    async def names(headers: dict[str, str], query: str = "") -> list[str]:
        response = await client.get(f"/v1/organizations{query}", headers=headers)
        assert response.status_code == 200, response.text
        return [o["name"] for o in response.json()["items"]]

    assert await names({}) == ["Verified KE", "Verified DE"]
    assert await names(await _headers(state, owner)) == [
        "Verified KE",
        "Verified DE",
        "Mine pending",
    ]
    assert len(await names(await _headers(state, staff))) == 5
    assert await names({}, "?country=Germany") == ["Verified DE"]
    assert await names({}, "?country=de") == ["Verified DE"]
    assert await names({}, "?stakeholder_group=civil_society") == ["Verified KE"]
    assert await names({}, "?regional_group=western_european_others") == ["Verified DE"]
    assert await names({}, "?verification=pending") == []
    staff_pending = await names(await _headers(state, staff), "?verification=pending")
    assert set(staff_pending) == {"Someone's pending", "Mine pending"}
    unknown = await client.get("/v1/organizations?country=Atlantis")
    assert unknown.status_code == 422


async def test_listing_is_keyset_paginated(client: httpx.AsyncClient, state: AppState) -> None:
    for index in range(5):
        await make_organization(state, name=f"Org {index}")
    seen: list[str] = []
    url: str | None = "/v1/organizations?limit=2"
    pages = 0
    while url is not None:
        response = await client.get(url)
        body = response.json()
        seen += [o["name"] for o in body["items"]]
        pages += 1
        if body["next_cursor"] is None:
            assert "link" not in response.headers
            url = None
        else:
            assert 'rel="next"' in response.headers["link"]
            url = f"/v1/organizations?limit=2&cursor={body['next_cursor']}"
    assert seen == [f"Org {i}" for i in range(5)]
    assert pages == 3
    assert (await client.get("/v1/organizations?cursor=garbage")).status_code == 400


async def test_pending_organization_is_404_to_strangers(
    client: httpx.AsyncClient, state: AppState
) -> None:
    owner = await make_user(state)
    pending = await make_organization(state, verification="pending", representatives=[owner])
    stranger = await _headers(state, await make_user(state))
    assert (await client.get(f"/v1/organizations/{pending.id}")).status_code == 404
    assert (
        await client.get(f"/v1/organizations/{pending.id}", headers=stranger)
    ).status_code == 404
    owner_read = await client.get(
        f"/v1/organizations/{pending.id}", headers=await _headers(state, owner)
    )
    assert owner_read.status_code == 200
    assert (await client.get("/v1/organizations/not-a-uuid")).status_code == 404


async def test_verification_decisions_are_recorded_and_audited(
    client: httpx.AsyncClient, state: AppState
) -> None:
    seen: list[DomainEvent] = []

    async def remember(_session: object, event: DomainEvent) -> None:
        seen.append(event)

    state.events.subscribe(remember)  # type: ignore[arg-type]
    owner = await make_user(state)
    staff = await make_user(state, role="secretariat")
    created = await _create(client, await _headers(state, owner), country="Tuvalu")
    organization_id = created.json()["id"]
    url = f"/v1/organizations/{organization_id}/verification"
    staff_headers = await _headers(state, staff)
    rejected_without_note = await client.post(
        url, json={"decision": "rejected"}, headers=staff_headers
    )
    assert rejected_without_note.status_code == 422
    verified = await client.post(
        url, json={"decision": "verified", "note": "ECOSOC list checked"}, headers=staff_headers
    )
    assert verified.status_code == 200
    assert verified.json()["verification"] == "verified"
    assert verified.json()["verified_at"].endswith("Z")
    assert verified.json()["verification_note"] == "ECOSOC list checked"
    assert verified.headers["etag"] != created.headers["etag"]
    # The note is the secretariat's word to the organization, not the public's.
    organization_url = f"/v1/organizations/{organization_id}"
    anonymous = await client.get(organization_url)
    assert anonymous.json()["verification_note"] is None
    listed = await client.get("/v1/organizations")
    assert [o["verification_note"] for o in listed.json()["items"]] == [None]
    own = await client.get(organization_url, headers=await _headers(state, owner))
    assert own.json()["verification_note"] == "ECOSOC list checked"
    staff_list = await client.get("/v1/organizations", headers=staff_headers)
    assert staff_list.json()["items"][0]["verification_note"] == "ECOSOC list checked"
    rejected = await client.post(
        url, json={"decision": "rejected", "note": "Not a legal entity"}, headers=staff_headers
    )
    assert rejected.json()["verification"] == "rejected"
    assert rejected.json()["verified_at"] is None
    async with AsyncSession(state.engine) as session:
        decisions = (
            await session.exec(
                select(VerificationDecision).order_by(VerificationDecision.decided_at)  # type: ignore[arg-type]
            )
        ).all()
    assert [(d.decision, d.decided_by) for d in decisions] == [
        ("verified", staff.id),
        ("rejected", staff.id),
    ]
    names = [e.name for e in seen]
    assert names == [
        "organization.created",
        "organization.verified",
        "organization.rejected",
    ]
    me = await client.get("/v1/me", headers=await _headers(state, owner))
    assert me.json()["memberships"][0]["verification"] == "rejected"


async def test_a_verification_sent_with_a_stale_if_match_is_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """If-Match is optional on a decision; sent, it must name the organization's state."""
    owner = await make_user(state)
    staff_headers = await _headers(state, await make_user(state, role="secretariat"))
    created = await _create(client, await _headers(state, owner))
    url = f"/v1/organizations/{created.json()['id']}/verification"
    decision = {"decision": "verified", "note": "Checked"}
    verified = await client.post(
        url, json=decision, headers={**staff_headers, "If-Match": created.headers["etag"]}
    )
    assert verified.status_code == 200
    stale = await client.post(
        url,
        json={"decision": "rejected", "note": "Stale view"},
        headers={**staff_headers, "If-Match": created.headers["etag"]},
    )
    assert stale.status_code == 412
    assert stale.headers["content-type"] == "application/problem+json"
    malformed = await client.post(
        url, json=decision, headers={**staff_headers, "If-Match": "bogus"}
    )
    assert malformed.status_code == 400
    current = await client.get(f"/v1/organizations/{created.json()['id']}", headers=staff_headers)
    assert current.json()["verification"] == "verified"
    assert current.headers["etag"] == verified.headers["etag"]


async def test_verification_is_for_the_secretariat_with_the_scope(
    client: httpx.AsyncClient, state: AppState
) -> None:
    owner = await make_user(state)
    organization = await make_organization(state, verification="pending", representatives=[owner])
    url = f"/v1/organizations/{organization.id}/verification"
    body = {"decision": "verified", "note": "ok"}
    own = await client.post(url, json=body, headers=await _headers(state, owner))
    assert own.status_code == 403
    staff = await make_user(state, role="secretariat")
    scoped = bearer(await token_for(state, staff, scopes=["comments:write"]))
    assert (await client.post(url, json=body, headers=scoped)).status_code == 403
    stranger = await _headers(state, await make_user(state))
    assert (await client.post(url, json=body, headers=stranger)).status_code == 404


async def test_representatives_add_registered_people(
    client: httpx.AsyncClient, state: AppState
) -> None:
    owner = await make_user(state)
    colleague = await make_user(state, email="colleague@example.org", gender="woman")
    organization = await make_organization(state, verification="pending", representatives=[owner])
    url = f"/v1/organizations/{organization.id}/representatives"
    headers = await _headers(state, owner)
    added = await client.post(url, json={"email": " Colleague@Example.org"}, headers=headers)
    assert added.status_code == 201, added.text
    assert added.json()["user_id"] == str(colleague.id)
    assert "gender" not in added.json()
    again = await client.post(url, json={"email": "colleague@example.org"}, headers=headers)
    assert again.status_code == 409
    unknown = await client.post(url, json={"email": "nobody@example.org"}, headers=headers)
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["body", "email"]
    malformed = await client.post(url, json={"email": "zzz"}, headers=headers)
    assert malformed.status_code == 422
    assert malformed.json()["errors"][0]["msg"].endswith("not an e-mail address")
    me = await client.get("/v1/me", headers=await _headers(state, colleague))
    assert [m["organization_id"] for m in me.json()["memberships"]] == [str(organization.id)]
    outsider = await _headers(state, await make_user(state))
    assert (
        await client.post(url, json={"email": "colleague@example.org"}, headers=outsider)
    ).status_code == 404


async def test_a_rejected_organization_takes_no_new_representatives(
    client: httpx.AsyncClient, state: AppState
) -> None:
    owner = await make_user(state)
    await make_user(state, email="colleague@example.org")
    organization = await make_organization(state, verification="rejected", representatives=[owner])
    url = f"/v1/organizations/{organization.id}/representatives"
    refused = await client.post(
        url, json={"email": "colleague@example.org"}, headers=await _headers(state, owner)
    )
    assert refused.status_code == 409
    assert "rejected" in refused.json()["detail"]
    async with AsyncSession(state.engine) as session:
        members = (await session.exec(select(Membership))).all()
    assert [member.user_id for member in members] == [owner.id]


@pytest.mark.parametrize("accreditation", ['"\\ud83d"', '["wsis_accredited", "\\ud83d"]'])
async def test_a_lone_surrogate_in_the_accreditation_is_422_and_nothing_is_stored(
    client: httpx.AsyncClient, state: AppState, accreditation: str
) -> None:
    body = (
        '{"name": "A", "stakeholder_group": "academia", "country": "KEN", '
        f'"accreditation": {accreditation}}}'
    )
    headers = await _headers(state, await make_user(state))
    response = await client.post(
        "/v1/organizations",
        content=body.encode(),
        headers={"content-type": "application/json", **headers},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert {error["loc"][1] for error in response.json()["errors"]} == {"accreditation"}
    async with AsyncSession(state.engine) as session:
        assert (await session.exec(select(Organization))).all() == []


async def test_a_representative_added_concurrently_is_409_as_when_added_before(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The request checks for the membership, then inserts it while a concurrent transaction
    that added the same one commits: the database's unique key decides, and the answer is the
    409 of the sequential case. (PostgreSQL: on SQLite writers never overlap.)"""
    if state.engine.dialect.name != "postgresql":
        pytest.skip("needs concurrent writers")
    owner = await make_user(state)
    colleague = await make_user(state)
    organization = await make_organization(state, representatives=[owner])
    async with AsyncSession(state.engine) as concurrent:
        concurrent.add(Membership(organization_id=organization.id, user_id=colleague.id))
        await concurrent.flush()
        adding = asyncio.create_task(
            client.post(
                f"/v1/organizations/{organization.id}/representatives",
                json={"email": colleague.email},
                headers=await _headers(state, owner),
            )
        )
        await waiting_for_a_lock(state)
        await concurrent.commit()
    response = await adding
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/problem+json"
