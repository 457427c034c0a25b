"""A problem lists at most MAX_LISTED_ERRORS errors, its detail saying how many there were: a
body of a hundred thousand bad items is not answered with megabytes of errors."""

import httpx

from api.problems import MAX_LISTED_ERRORS
from api.state import AppState
from tests.factories import bearer, make_user, token_for


async def test_the_errors_are_capped_and_counted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    staff = await make_user(state, role="secretariat")
    answer = await client.post(
        "/v1/consultations",
        json={"slug": "capped", "title": "Capped", "languages": ["!!"] * 1000},
        headers=bearer(await token_for(state, staff)),
    )
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert len(problem["errors"]) == MAX_LISTED_ERRORS
    assert f"The first {MAX_LISTED_ERRORS} of 1000 errors are listed." in problem["detail"]


async def test_a_few_errors_are_all_listed(client: httpx.AsyncClient, state: AppState) -> None:
    staff = await make_user(state, role="secretariat")
    answer = await client.post(
        "/v1/consultations",
        json={"slug": "few", "title": "Few", "languages": ["!!", "??"]},
        headers=bearer(await token_for(state, staff)),
    )
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert len(problem["errors"]) == 2
    assert "are listed" not in problem["detail"]
