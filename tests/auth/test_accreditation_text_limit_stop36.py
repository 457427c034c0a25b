"""An accreditation's free text longer than 500 characters is refused in every shape (object,
string, list of strings), never cut."""

import httpx
import pytest

from api.state import AppState
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


@pytest.mark.parametrize(
    "accreditation",
    [
        "x" * 501,
        ["x" * 300, "y" * 300],
        ["wsis_accredited", "x" * 250, "y" * 249],
        {"other": "x" * 501},
    ],
    ids=["text", "list", "list-joined-501", "object"],
)
async def test_free_text_over_500_characters_is_422(
    client: httpx.AsyncClient, state: AppState, accreditation: object
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, accreditation=accreditation)
    assert refused.status_code == 422, refused.text


async def test_free_text_of_500_characters_is_kept_whole(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await _headers(state, await make_user(state))
    created = await _create(client, headers, accreditation=["x" * 250, "y" * 248])
    assert created.status_code == 201, created.text
    assert created.json()["accreditation"]["other"] == "x" * 250 + "; " + "y" * 248
