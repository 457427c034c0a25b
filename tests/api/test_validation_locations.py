"""Errors found by checks across fields still name the field, in the contract's words."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import make_world, submit
from tests.factories import bearer, make_organization, make_user, token_for


def _errors(response: httpx.Response) -> list[tuple[list[str | int], str]]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    return [(error["loc"], error["msg"]) for error in response.json()["errors"]]


async def test_cross_field_errors_of_a_submission_name_their_field(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    amendment = await submit(client, world.round.id, world.token, world.body(kind="amendment"))
    assert _errors(amendment) == [(["body", "proposed_text"], "required for an amendment")]
    comment = await submit(
        client, world.round.id, world.token, world.body(proposed_text="New wording.")
    )
    assert _errors(comment) == [
        (["body", "proposed_text"], "only for amendments (kind 'amendment')")
    ]
    general = await submit(
        client, world.round.id, world.token, world.body(anchor=None, quote={"exact": "the"})
    )
    assert _errors(general) == [
        (["body", "quote"], "needs an anchor: general comments quote nothing")
    ]
    assert "Value error" not in general.json()["detail"]


async def test_a_null_that_clears_nothing_names_its_field(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submit(client, world.round.id, world.token, world.body())
    refused = await client.patch(
        created.headers["Location"],
        json={"body": None},
        headers={**bearer(world.token), "If-Match": created.headers["ETag"]},
    )
    assert _errors(refused) == [(["body", "body"], "cannot be null: leave it out to keep it")]


async def test_registration_and_verification_name_their_field(
    client: httpx.AsyncClient, state: AppState
) -> None:
    registration = await client.post(
        "/v1/users",
        json={
            "email": "same.as.password@example.org",
            "password": "same.as.password@example.org",
            "display_name": "Same",
        },
    )
    assert _errors(registration) == [(["body", "password"], "must not be the e-mail address")]
    staff = await make_user(state, role="secretariat")
    organization = await make_organization(state, verification="pending")
    rejection = await client.post(
        f"/v1/organizations/{organization.id}/verification",
        json={"decision": "rejected"},
        headers=bearer(await token_for(state, staff)),
    )
    assert _errors(rejection) == [(["body", "note"], "a rejection needs a note saying why")]


async def test_a_printed_label_or_a_near_miss_is_told_what_anchor_it_means(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    label = await submit(client, world.round.id, world.token, world.body(anchor="3 (b)"))
    ((loc, message),) = _errors(label)
    assert loc == ["body", "anchor"]
    assert "not its printed label" in message
    assert "Value error" not in message
    near = await submit(client, world.round.id, world.token, world.body(anchor="3B"))
    assert _errors(near) == [
        (["body", "anchor"], "no such paragraph in the round's version; did you mean '3.b'?")
    ]
    assert "Did you mean '3.b'?" in near.json()["detail"]
    unknown = await submit(client, world.round.id, world.token, world.body(anchor="99"))
    assert _errors(unknown) == [(["body", "anchor"], "no such paragraph in the round's version")]


async def test_listing_by_a_printed_label_is_refused_rather_than_empty(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    response = await client.get(f"/v1/rounds/{world.round.id}/comments", params={"anchor": "3 (b)"})
    ((loc, message),) = _errors(response)
    assert loc == ["query", "anchor"]
    assert "not its printed label" in message
