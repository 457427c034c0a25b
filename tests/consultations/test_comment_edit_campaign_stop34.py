"""An edit's 200 shows the comment as stored, with the campaign detection gave it."""

import uuid

import httpx

from api.state import AppState
from tests.moderation.helpers import make_world, representative_of_new_organization, submit

LETTER = (
    "We urge the co-facilitators to keep the commitment to universal meaningful connectivity "
    "by 2030, with concrete targets for rural areas, women and girls, and persons with "
    "disabilities, and with financing that is new and additional."
)
UNRELATED = "Our delegation has nothing to add on this paragraph beyond its support for it."


async def test_an_edit_response_shows_the_campaign_as_a_get_does(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state)
    await submit(client, world, LETTER)
    author, organization = await representative_of_new_organization(state, "Second")
    second = await submit(client, world, LETTER, author=author, organization=organization)
    assert second["campaign_id"] is not None

    async def edit(body: str, etag: str) -> httpx.Response:
        response = await client.patch(
            f"/v1/comments/{second['id']}",
            json={"body": body},
            headers={**author.headers, "If-Match": etag},
        )
        assert response.status_code == 200, response.text
        after = await client.get(f"/v1/comments/{second['id']}", headers=author.headers)
        assert after.headers["ETag"] == response.headers["ETag"]
        assert response.json()["campaign_id"] == after.json()["campaign_id"]
        return response

    away = await edit(UNRELATED, f'"{second["id"]}.1"')
    assert away.json()["campaign_id"] is None
    back = await edit(LETTER, away.headers["ETag"])
    assert uuid.UUID(back.json()["campaign_id"])
