"""Every integer of a query string is read alike: digits only. Pydantic alone reads "+5",
" 5", "5 " and "5.0" as 5, so `limit=+5` was answered while `version=+2` was refused."""

import httpx
import pytest

from api.state import AppState
from tests.factories import (
    make_comment,
    make_consultation,
    make_document,
    make_organization,
    make_round,
)

NOT_DIGITS = ["+5", "-5", " 5", "5 ", "5.0", "1_0", "٥", "0x5", ""]
MESSAGE = "must be a whole number, written in digits only"


async def integer_queries(state: AppState) -> dict[str, tuple[str, str]]:
    """Endpoint -> (its integer query parameter, a value it accepts)."""
    consultation = await make_consultation(state)
    draft = await make_document(state, consultation)
    round_ = await make_round(state, consultation, draft)
    comment = await make_comment(state, round_, await make_organization(state))
    return {
        "/v1/consultations": ("limit", "5"),
        "/v1/organizations": ("limit", "5"),
        f"/v1/rounds/{round_.id}/comments": ("limit", "5"),
        f"/v1/documents/{draft.document.id}/versions/1/paragraphs": ("limit", "5"),
        f"/v1/comments/{comment.id}": ("version", "1"),
    }


@pytest.mark.parametrize("value", NOT_DIGITS)
async def test_an_integer_not_written_in_digits_is_422_naming_it(
    client: httpx.AsyncClient, state: AppState, value: str
) -> None:
    for path, (name, _) in (await integer_queries(state)).items():
        answer = await client.get(path, params={name: value})
        assert answer.status_code == 422, (path, answer.text)
        assert answer.json()["errors"] == [{"loc": ["query", name], "msg": MESSAGE}], path


async def test_a_plus_sign_written_raw_in_the_url_is_refused_too(
    client: httpx.AsyncClient,
) -> None:
    # Unencoded, "+" in a query string is a space (form encoding): " 5", refused as well.
    answer = await client.get("/v1/consultations?limit=+5")
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["loc"] == ["query", "limit"]


async def test_digits_are_read(client: httpx.AsyncClient, state: AppState) -> None:
    for path, (name, value) in (await integer_queries(state)).items():
        answer = await client.get(path, params={name: value})
        assert answer.status_code == 200, (path, answer.text)
    padded = await client.get("/v1/consultations", params={"limit": "007"})
    assert padded.status_code == 200, padded.text


async def test_a_limit_out_of_range_is_still_422(client: httpx.AsyncClient) -> None:
    for limit in ("0", "201"):
        answer = await client.get("/v1/consultations", params={"limit": limit})
        assert answer.status_code == 422, answer.text
