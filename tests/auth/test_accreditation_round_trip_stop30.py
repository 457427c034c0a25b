"""An organization's accreditation as it is read back can be sent again (`ecosoc_status` beside
`ecosoc_consultative: true` was 422 "Extra inputs are not permitted")."""

import httpx
import pytest

from api.state import AppState
from tests.auth.test_organizations import _create, _headers
from tests.factories import make_user


async def test_the_read_shape_is_accepted(client: httpx.AsyncClient, state: AppState) -> None:
    headers = await _headers(state, await make_user(state))
    first = await _create(client, headers, accreditation={"ecosoc_consultative": "general"})
    read = first.json()["accreditation"]
    assert read["ecosoc_status"] == "general"
    again = await _create(client, headers, name="Second network", accreditation=read)
    assert again.status_code == 201, again.text
    assert again.json()["accreditation"] == read


@pytest.mark.parametrize(
    "accreditation",
    [
        {"ecosoc_consultative": False, "ecosoc_status": "general"},
        {"ecosoc_consultative": "special", "ecosoc_status": "general"},
        {"ecosoc_consultative": "roster", "ecosoc_status": "special"},
    ],
)
async def test_contradictions_are_refused(
    client: httpx.AsyncClient, state: AppState, accreditation: dict[str, object]
) -> None:
    headers = await _headers(state, await make_user(state))
    refused = await _create(client, headers, accreditation=accreditation)
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"][:2] == ["body", "accreditation"]
