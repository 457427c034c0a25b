"""Consultations and co-facilitators through the HTTP API, and the pure helpers behind them."""

import asyncio
import re
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncSession

from api.state import AppState
from auth.schemas import STAKEHOLDER_GROUPS
from consultations.consultations import derive_tracking_prefix, target_errors
from consultations.models import Facilitator
from consultations.schemas import UN_LANGUAGES
from core.events import DomainEvent
from core.languages import normalize_language_tag
from tests.consultations.test_submission_batches import waiting_for_a_lock
from tests.factories import (
    bearer,
    make_consultation,
    make_organization,
    make_user,
    token_for,
)


def capture_events(state: AppState) -> list[DomainEvent]:
    seen: list[DomainEvent] = []

    async def keep(_session: AsyncSession, event: DomainEvent) -> None:
        seen.append(event)

    state.events.subscribe(keep)
    return seen


async def secretariat_headers(state: AppState, **kwargs: Any) -> dict[str, str]:
    user = await make_user(state, role="secretariat")
    return bearer(await token_for(state, user, **kwargs))


def consultation_body(slug: str = "gdc-review", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "slug": slug,
        "title": "Global Digital Compact review",
        "description": "Consultation on the zero draft.",
        "visibility": "public",
        "moderation": "post",
        "attribution": "named",
    }
    body.update(overrides)
    return body


# --------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("slug", "prefix"),
    [
        ("gdc-review", "GDCREV"),
        ("wsis20", "WSIS20"),
        ("global-digital-compact", "GLDICO"),
        ("a-b", "AB"),
        ("summit-of-the-future-2024", "SOTF2"),
    ],
)
def test_tracking_prefix_is_derived_from_the_slug(slug: str, prefix: str) -> None:
    assert derive_tracking_prefix(slug) == prefix


@given(st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,6}", fullmatch=True))
def test_tracking_prefix_is_short_upper_alphanumeric(slug: str) -> None:
    prefix = derive_tracking_prefix(slug)
    assert re.fullmatch(r"[A-Z0-9]{1,8}", prefix)
    assert prefix[0] == slug[0].upper()


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [
        ("en", "en"),
        ("ZH-hans", "zh-Hans"),
        ("es-419", "es-419"),
        ("zh_cn", "zh-CN"),
        ("yue", "yue"),
    ],
)
def test_language_tags_are_normalised(tag: str, canonical: str) -> None:
    assert normalize_language_tag(tag) == canonical


@pytest.mark.parametrize("tag", ["", "english", "xx", "en--US", "e", "zh-Hans-"])
def test_bad_language_tags_are_refused(tag: str) -> None:
    with pytest.raises(ValueError, match="language"):
        normalize_language_tag(tag)


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("xx", "'xx' is not an ISO 639 language code"),
        ("XX", "'XX' is not an ISO 639 language code"),
        ("xx-Latn", "'xx-Latn': 'xx' is not an ISO 639 language code"),
    ],
)
def test_an_unknown_language_is_named_once(tag: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        normalize_language_tag(tag)


def test_targets_are_checked_per_dimension() -> None:
    eligible = ["government", "civil_society"]
    assert target_errors({"stakeholder_group": {"government": 0.5}}, eligible) == []
    assert target_errors({"country_group": {"ldc": 0.6, "developing": 0.8}}, eligible) == []
    assert target_errors({"gender": {"woman": 0.5, "man": 0.4, "non_binary": 0.1}}, eligible) == []
    female = target_errors({"gender": {"female": 0.5}}, eligible)
    assert [e.loc for e in female] == [("body", "representation_targets", "gender", "female")]
    unknown = target_errors({"stakeholder_group": {"academia": 0.2}}, eligible)
    assert [e.loc for e in unknown] == [
        ("body", "representation_targets", "stakeholder_group", "academia")
    ]
    over = target_errors({"regional_group": {"african": 0.7, "asia_pacific": 0.4}}, eligible)
    assert [e.loc for e in over] == [("body", "representation_targets", "regional_group")]
    pair = target_errors({"country_group": {"developing": 0.7, "developed": 0.4}}, eligible)
    assert len(pair) == 1
    out_of_range = target_errors({"gender": {"woman": 1.5}}, eligible)
    assert "a share is a number from 0 to 1" in [error.msg for error in out_of_range]


# --------------------------------------------------------------------------- create


async def test_secretariat_creates_a_consultation(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    response = await client.post(
        "/v1/consultations",
        json=consultation_body(
            representation_targets={"stakeholder_group": {"government": 0.3}},
            languages=["EN", "zh-hans"],
        ),
        headers=headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["slug"] == "gdc-review"
    assert body["tracking_prefix"] == "GDCREV"
    assert body["eligible_groups"] == list(STAKEHOLDER_GROUPS)
    assert body["languages"] == ["en", "zh-Hans"]
    assert body["representation_targets"] == {"stakeholder_group": {"government": 0.3}}
    assert body["created_at"].endswith("Z")
    assert response.headers["location"] == f"/v1/consultations/{body['id']}"
    assert response.headers["etag"]
    assert [e.name for e in events] == ["consultation.created"]
    assert events[0].subject_id == body["id"]

    again = await client.post(
        "/v1/consultations", json=consultation_body(title="Other"), headers=headers
    )
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


async def test_defaults_and_taken_prefixes(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await secretariat_headers(state)
    first = await client.post("/v1/consultations", json=consultation_body(), headers=headers)
    second = await client.post(
        "/v1/consultations", json=consultation_body("gdc-revision"), headers=headers
    )
    assert first.json()["languages"] == list(UN_LANGUAGES)
    assert first.json()["tracking_prefix"] == "GDCREV"
    assert second.json()["tracking_prefix"] == "GDCREV2"


@pytest.mark.parametrize(
    ("overrides", "loc"),
    [
        ({"slug": "GDC Review"}, ["body", "slug"]),
        ({"slug": "0190a9a4-6c1e-7000-8000-000000000000"}, ["body", "slug"]),
        ({"visibility": "secret"}, ["body", "visibility"]),
        ({"eligible_groups": ["aliens"]}, ["body", "eligible_groups", 0]),
        ({"languages": ["klingon"]}, ["body", "languages", 0]),
        ({"unexpected": 1}, ["body", "unexpected"]),
        (
            {
                "eligible_groups": ["government"],
                "representation_targets": {"stakeholder_group": {"youth": 0.2}},
            },
            ["body", "representation_targets", "stakeholder_group", "youth"],
        ),
        (
            {"representation_targets": {"gender": {"woman": 0.6, "man": 0.6}}},
            ["body", "representation_targets", "gender"],
        ),
        (
            {"representation_targets": {"gender": {"woman": "0.5"}}},
            ["body", "representation_targets", "gender", "woman"],
        ),
        (
            {"representation_targets": {"gender": {"woman": True}}},
            ["body", "representation_targets", "gender", "woman"],
        ),
    ],
)
async def test_invalid_consultations_are_422(
    client: httpx.AsyncClient, state: AppState, overrides: dict[str, Any], loc: list[Any]
) -> None:
    headers = await secretariat_headers(state)
    response = await client.post(
        "/v1/consultations", json=consultation_body(**overrides), headers=headers
    )
    assert response.status_code == 422, response.text
    assert loc in [error["loc"] for error in response.json()["errors"]]


async def test_only_the_secretariat_creates(client: httpx.AsyncClient, state: AppState) -> None:
    anonymous = await client.post("/v1/consultations", json=consultation_body())
    assert anonymous.status_code == 401
    assert "www-authenticate" in anonymous.headers
    registered = await make_user(state)
    forbidden = await client.post(
        "/v1/consultations",
        json=consultation_body(),
        headers=bearer(await token_for(state, registered)),
    )
    assert forbidden.status_code == 403
    no_scope = await client.post(
        "/v1/consultations",
        json=consultation_body(),
        headers=await secretariat_headers(state, scopes=["reports:read"]),
    )
    assert no_scope.status_code == 403
    assert "consultations:write" in no_scope.json()["detail"]


# --------------------------------------------------------------------------- read and list


async def test_visibility_of_restricted_consultations(
    client: httpx.AsyncClient, state: AppState
) -> None:
    facilitator = await make_user(state)
    public = await make_consultation(state, slug="open-one")
    restricted = await make_consultation(
        state,
        slug="closed-one",
        visibility="restricted",
        eligible_groups=["government"],
        facilitators=[facilitator],
    )
    other_restricted = await make_consultation(
        state, slug="closed-two", visibility="restricted", eligible_groups=["academia"]
    )
    government_rep = await make_user(state)
    await make_organization(state, stakeholder_group="government", representatives=[government_rep])
    pending_rep = await make_user(state)
    await make_organization(
        state,
        stakeholder_group="government",
        verification="pending",
        representatives=[pending_rep],
    )

    async def slugs(headers: dict[str, str]) -> list[str]:
        response = await client.get("/v1/consultations", headers=headers)
        assert response.status_code == 200
        return [item["slug"] for item in response.json()["items"]]

    assert await slugs({}) == ["open-one"]
    assert await slugs(await secretariat_headers(state)) == [
        "open-one",
        "closed-one",
        "closed-two",
    ]
    assert await slugs(bearer(await token_for(state, facilitator))) == ["open-one", "closed-one"]
    assert await slugs(bearer(await token_for(state, government_rep))) == [
        "open-one",
        "closed-one",
    ]
    assert await slugs(bearer(await token_for(state, pending_rep))) == ["open-one"]

    assert (await client.get(f"/v1/consultations/{public.id}")).status_code == 200
    assert (await client.get("/v1/consultations/open-one")).json()["id"] == str(public.id)
    hidden = await client.get(f"/v1/consultations/{restricted.id}")
    assert hidden.status_code == 404
    assert (await client.get("/v1/consultations/closed-one")).status_code == 404
    rep_view = await client.get(
        f"/v1/consultations/{restricted.id}",
        headers=bearer(await token_for(state, government_rep)),
    )
    assert rep_view.status_code == 200
    assert rep_view.headers["etag"]
    not_eligible = await client.get(
        f"/v1/consultations/{other_restricted.id}",
        headers=bearer(await token_for(state, government_rep)),
    )
    assert not_eligible.status_code == 404
    assert (await client.get("/v1/consultations/not-a-thing")).status_code == 404


async def test_list_is_keyset_paginated(client: httpx.AsyncClient, state: AppState) -> None:
    for index in range(5):
        await make_consultation(state, slug=f"page-{index}")
    seen: list[str] = []
    url: str | None = "/v1/consultations?limit=2"
    while url:
        response = await client.get(url)
        assert response.status_code == 200
        body = response.json()
        assert len(body["items"]) <= 2
        seen.extend(item["slug"] for item in body["items"])
        link = response.headers.get("link")
        if body["next_cursor"] is None:
            assert link is None
            url = None
        else:
            assert link is not None
            assert 'rel="next"' in link
            url = f"/v1/consultations?limit=2&cursor={body['next_cursor']}"
    assert seen == [f"page-{index}" for index in range(5)]
    bad = await client.get("/v1/consultations?cursor=nonsense")
    assert bad.status_code == 400


# --------------------------------------------------------------------------- update


async def test_patch_requires_if_match(client: httpx.AsyncClient, state: AppState) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    created = await client.post("/v1/consultations", json=consultation_body(), headers=headers)
    url = f"/v1/consultations/{created.json()['id']}"
    etag = created.headers["etag"]

    missing = await client.patch(url, json={"title": "Renamed"}, headers=headers)
    assert missing.status_code == 428
    stale = await client.patch(
        url, json={"title": "Renamed"}, headers={**headers, "If-Match": '"stale.1"'}
    )
    assert stale.status_code == 412
    for null in ({"title": None}, {"description": None}, {"representation_targets": None}):
        refused = await client.patch(url, json=null, headers={**headers, "If-Match": etag})
        assert refused.status_code == 422, null
    done = await client.patch(
        url,
        json={"title": "Renamed", "visibility": "restricted"},
        headers={**headers, "If-Match": etag},
    )
    assert done.status_code == 200, done.text
    assert done.json()["title"] == "Renamed"
    assert done.json()["visibility"] == "restricted"
    assert done.headers["etag"] != etag
    assert events[-1].name == "consultation.updated"
    assert events[-1].data == {
        "fields": ["title", "visibility"],
        "changes": {
            "title": ["Global Digital Compact review", "Renamed"],
            "visibility": ["public", "restricted"],
        },
    }

    slug_change = await client.patch(
        url, json={"slug": "other"}, headers={**headers, "If-Match": done.headers["etag"]}
    )
    assert slug_change.status_code == 422
    narrowed = await client.patch(
        url,
        json={
            "eligible_groups": ["government"],
            "representation_targets": {"stakeholder_group": {"youth": 0.5}},
        },
        headers={**headers, "If-Match": done.headers["etag"]},
    )
    assert narrowed.status_code == 422

    registered = await make_user(state)
    forbidden = await client.patch(
        url,
        json={"title": "Mine"},
        headers={**bearer(await token_for(state, registered)), "If-Match": "*"},
    )
    assert forbidden.status_code == 404  # restricted now, so not even visible


# --------------------------------------------------------------------------- facilitators


async def test_a_facilitator_appointed_concurrently_is_200_as_when_appointed_before(
    client: httpx.AsyncClient, state: AppState
) -> None:
    """The request checks for the appointment, then inserts it while a concurrent transaction
    that appointed the same person commits: the database's unique key decides, and the answer
    is the idempotent 200 of the sequential case. (PostgreSQL: on SQLite writers never
    overlap.)"""
    if state.engine.dialect.name != "postgresql":
        pytest.skip("needs concurrent writers")
    events = capture_events(state)
    consultation = await make_consultation(state)
    person = await make_user(state, name="Ms Facilitator")
    async with AsyncSession(state.engine) as concurrent:
        concurrent.add(Facilitator(consultation_id=consultation.id, user_id=person.id))
        await concurrent.flush()
        appointing = asyncio.create_task(
            client.put(
                f"/v1/consultations/{consultation.id}/facilitators/{person.id}",
                headers=await secretariat_headers(state),
            )
        )
        await waiting_for_a_lock(state)
        await concurrent.commit()
    response = await appointing
    assert response.status_code == 200, response.text
    assert response.json()["user_id"] == str(person.id)
    assert response.json()["display_name"] == "Ms Facilitator"
    assert events == []


async def test_appointing_and_removing_facilitators(
    client: httpx.AsyncClient, state: AppState
) -> None:
    events = capture_events(state)
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    person = await make_user(state, name="Ms Facilitator")
    url = f"/v1/consultations/{consultation.id}/facilitators/{person.id}"

    first = await client.put(url, headers=headers)
    assert first.status_code == 201, first.text
    assert first.json()["user_id"] == str(person.id)
    assert first.json()["display_name"] == "Ms Facilitator"
    second = await client.put(url, headers=headers)
    assert second.status_code == 200
    assert second.json() == first.json()
    assert [e.name for e in events] == ["facilitator.appointed"]

    listing = await client.get(
        f"/v1/consultations/{consultation.id}/facilitators",
        headers=bearer(await token_for(state, person)),
    )
    assert listing.status_code == 200
    assert [item["user_id"] for item in listing.json()["items"]] == [str(person.id)]

    as_facilitator = await client.put(
        f"/v1/consultations/{consultation.id}/facilitators/{person.id}",
        headers=bearer(await token_for(state, person)),
    )
    assert as_facilitator.status_code == 403
    registered = await make_user(state)
    outsider_list = await client.get(
        f"/v1/consultations/{consultation.id}/facilitators",
        headers=bearer(await token_for(state, registered)),
    )
    assert outsider_list.status_code == 403
    unknown_user = await client.put(
        f"/v1/consultations/{consultation.id}/facilitators/{registered.id}x", headers=headers
    )
    assert unknown_user.status_code == 404

    removed = await client.delete(url, headers=headers)
    assert removed.status_code == 204
    removed_again = await client.delete(url, headers=headers)
    assert removed_again.status_code == 404
    assert [e.name for e in events] == ["facilitator.appointed", "facilitator.removed"]
    empty = await client.get(f"/v1/consultations/{consultation.id}/facilitators", headers=headers)
    assert empty.json() == {"items": [], "next_cursor": None}
