"""The optional fields of a registration may be null, each read as not given: `languages` like
`gender` and `birth_year`."""

import uuid

import httpx
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import User


async def test_null_optional_fields_are_read_as_not_given(
    client: httpx.AsyncClient, state: AppState
) -> None:
    body = {
        "email": "null.fields@example.org",
        "password": "a long enough passphrase",
        "display_name": "Null Fields",
        "gender": None,
        "birth_year": None,
        "languages": None,
    }
    response = await client.post("/v1/users", json=body)
    assert response.status_code == 201, response.text
    account = response.json()
    assert (account["gender"], account["birth_year"], account["languages"]) == (None, None, [])
    async with AsyncSession(state.engine) as session:
        stored = await session.get(User, uuid.UUID(account["id"]))
    assert stored is not None
    assert stored.languages == []
