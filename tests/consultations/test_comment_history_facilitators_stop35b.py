"""A comment's edit history is read by the co-facilitators of its consultation too (api.md: they
"read all comments there"), as much of it as the comment itself shows them: no person."""

import httpx

from api.state import AppState
from tests.consultations.test_comments import make_world
from tests.consultations.test_comments_edit import submitted, with_etag
from tests.consultations.test_comments_read import staff
from tests.factories import bearer, make_consultation, make_user, token_for


async def test_the_consultations_co_facilitators_read_the_history_without_the_editor(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, attribution="group_only")
    created = await submitted(client, world)
    edited = await client.patch(
        created.headers["Location"],
        json={"body": "Our second thoughts."},
        headers=with_etag(world.token, created.headers["ETag"]),
    )
    assert edited.status_code == 200, edited.text
    path = f"{created.headers['Location']}/history"
    secretariat, facilitator, _ = await staff(state, world)

    history = await client.get(path, headers=bearer(facilitator))

    assert history.status_code == 200, history.text
    (earlier,) = history.json()["items"]
    assert earlier["body"] == "We welcome this paragraph."
    assert earlier["edited_by"] is None
    comment = await client.get(created.headers["Location"], headers=bearer(facilitator))
    assert comment.json()["organization_id"] == str(world.organization.id)
    for sees_the_editor in (secretariat, world.token):
        (item,) = (await client.get(path, headers=bearer(sees_the_editor))).json()["items"]
        assert item["edited_by"] == str(world.representative.id)


async def test_a_co_facilitator_of_another_consultation_is_still_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    created = await submitted(client, world)
    elsewhere = await make_user(state)
    await make_consultation(state, facilitators=[elsewhere])

    refused = await client.get(
        f"{created.headers['Location']}/history",
        headers=bearer(await token_for(state, elsewhere)),
    )

    assert refused.status_code == 403, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
