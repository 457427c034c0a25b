"""A JSON body is UTF-8 (RFC 8259 section 8.1): one in UTF-16 or UTF-32, with or without a
byte order mark, is 400 `malformed-json` like any other bytes that are not UTF-8, instead of
being read because Python's JSON reader guesses the encoding."""

import json

import httpx
import pytest

from api.state import AppState
from tests.factories import bearer, make_user, token_for

ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


def consultation(slug: str) -> str:
    return json.dumps({"slug": slug, "title": "Encodings", "languages": ["en"]})


@pytest.mark.parametrize("encoding", ENCODINGS)
async def test_a_body_in_utf_16_or_32_is_malformed(
    client: httpx.AsyncClient, state: AppState, encoding: str
) -> None:
    staff = await make_user(state, role="secretariat")
    answer = await client.post(
        "/v1/consultations",
        content=consultation(f"enc-{encoding}").encode(encoding),
        headers={**bearer(await token_for(state, staff)), "Content-Type": "application/json"},
    )
    assert answer.status_code == 400, answer.text
    problem = answer.json()
    assert problem["type"].endswith("/malformed-json")
    assert "UTF-8" in problem["errors"][0]["msg"]


async def test_a_body_in_utf_8_is_read(client: httpx.AsyncClient, state: AppState) -> None:
    staff = await make_user(state, role="secretariat")
    answer = await client.post(
        "/v1/consultations",
        content=consultation("enc-utf-8").encode(),
        headers={**bearer(await token_for(state, staff)), "Content-Type": "application/json"},
    )
    assert answer.status_code == 201, answer.text
