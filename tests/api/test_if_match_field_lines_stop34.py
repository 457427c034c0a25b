"""If-Match sent on several field lines is one list (RFC 9110 5.3): the change goes ahead when
any line names the current ETag, whichever line it is on, and is 412 when none does."""

import httpx

from api.state import AppState
from tests.factories import (
    bearer,
    make_consultation,
    make_document,
    make_round,
    make_user,
    token_for,
)


async def rename(client: httpx.AsyncClient, state: AppState, *lines: str) -> httpx.Response:
    staff = await make_user(state, role="secretariat")
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    headers = list(bearer(await token_for(state, staff)).items())
    current = (await client.get(f"/v1/rounds/{round_.id}", headers=headers)).headers["etag"]
    conditions = [("If-Match", current if line == "current" else line) for line in lines]
    return await client.patch(
        f"/v1/rounds/{round_.id}", json={"title": "Renamed"}, headers=headers + conditions
    )


async def test_the_current_etag_on_the_second_line_matches(
    client: httpx.AsyncClient, state: AppState
) -> None:
    answer = await rename(client, state, '"stale"', "current")
    assert answer.status_code == 200, answer.text


async def test_the_current_etag_on_the_first_line_matches(
    client: httpx.AsyncClient, state: AppState
) -> None:
    answer = await rename(client, state, "current", '"stale"')
    assert answer.status_code == 200, answer.text


async def test_no_line_naming_it_is_412(client: httpx.AsyncClient, state: AppState) -> None:
    answer = await rename(client, state, '"stale"', '"older"')
    assert answer.status_code == 412, answer.text
