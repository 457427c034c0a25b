"""A POST or PUT reads any `application/*+json` body as JSON (RFC 6839's structured syntax
suffix), and the OpenAPI document says so where it documents 415; a PATCH stays limited to JSON
and JSON merge patch."""

import httpx

from api.state import AppState
from tests.factories import bearer, make_user, token_for


async def test_a_suffixed_json_type_is_read_and_documented(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = bearer(await token_for(state, await make_user(state)))

    suffixed = await client.post(
        "/v1/organizations",
        content=b"{}",
        headers={**headers, "Content-Type": "application/vnd.api+json"},
    )
    plain_text = await client.post(
        "/v1/organizations", content=b"{}", headers={**headers, "Content-Type": "text/plain"}
    )

    assert suffixed.status_code == 422, suffixed.text
    assert plain_text.status_code == 415, plain_text.text
    document = (await client.get("/openapi.json")).json()
    assert "application/*+json" in document["info"]["description"]
    submission = document["paths"]["/v1/rounds/{round_id}/comments"]["post"]
    assert "application/*+json" in submission["responses"]["415"]["description"]
