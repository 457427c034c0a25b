"""A cursor is a position in one list, and a list under other filters is another list: its
cursor is refused there (400), as a cursor of another round's comments is, instead of paging
silently from a position the client never saw. Following the `Link` header, which keeps the
filters, pages as before."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import make_world
from tests.factories import bearer, make_comment, make_organization, make_user, token_for


def _next_url(page: httpx.Response) -> str:
    return page.headers["link"][1:].split(">", 1)[0]


async def test_a_comment_cursor_is_refused_under_other_filters(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    for number in range(3):
        await make_comment(state, world.round, world.organization, body=f"Comment {number}")
        await make_comment(
            state,
            world.round,
            world.organization,
            kind="amendment",
            body=f"Amendment {number}",
            proposed_text=f"Text {number}",
        )
    path = f"/v1/rounds/{world.round.id}/comments"
    headers = bearer(world.token)
    first = await client.get(path, params={"kind": "comment", "limit": 2}, headers=headers)
    cursor = first.json()["next_cursor"]
    assert cursor is not None

    for other_filters in ({"kind": "amendment"}, {}, {"kind": "comment", "anchor": "1"}):
        refused = await client.get(
            path, params={**other_filters, "limit": 2, "cursor": cursor}, headers=headers
        )
        assert refused.status_code == 400, (other_filters, refused.text)
        assert refused.headers["content-type"] == "application/problem+json"

    followed = await client.get(_next_url(first), headers=headers)
    assert followed.status_code == 200, followed.text
    assert [item["body"] for item in followed.json()["items"]] == ["Comment 2"]
    reordered = await client.get(
        path, params={"limit": 2, "cursor": cursor, "kind": "comment"}, headers=headers
    )
    assert reordered.json() == followed.json()


async def test_an_organization_cursor_is_refused_under_other_filters(
    client: httpx.AsyncClient, state: AppState
) -> None:
    for number in range(3):
        await make_organization(state, name=f"Kenyan {number}", country="KEN")
    headers = bearer(await token_for(state, await make_user(state, role="secretariat")))
    first = await client.get(
        "/v1/organizations", params={"country": "KEN", "limit": 1}, headers=headers
    )
    cursor = first.json()["next_cursor"]
    assert cursor is not None

    refused = await client.get(
        "/v1/organizations",
        params={"country": "GHA", "limit": 1, "cursor": cursor},
        headers=headers,
    )
    same_country = await client.get(
        "/v1/organizations",
        params={"country": "KE", "limit": 1, "cursor": cursor},
        headers=headers,
    )

    assert refused.status_code == 400, refused.text
    assert same_country.status_code == 200, same_country.text


async def test_an_audit_cursor_is_refused_under_another_event(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    headers = bearer(await token_for(state, await make_user(state, role="secretariat")))
    for number in range(3):
        await client.post(
            f"/v1/rounds/{world.round.id}/comments",
            json=world.body(body=f"Audited {number}"),
            headers={**bearer(world.token), "Idempotency-Key": f"audited-{number}"},
        )
    first = await client.get(
        "/v1/audit", params={"event": "comment.submitted", "limit": 1}, headers=headers
    )
    cursor = first.json()["next_cursor"]
    assert cursor is not None

    refused = await client.get(
        "/v1/audit", params={"event": "comment.edited", "cursor": cursor}, headers=headers
    )

    assert refused.status_code == 400, refused.text
