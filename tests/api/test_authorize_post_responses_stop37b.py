"""POST /oauth/authorize is declared with the answers it sends: redirects (302, with the
client's redirect URI in Location) and refusals, never a 200, which FastAPI listed by default
although the form is posted back only to be redirected or refused."""

import httpx

from api.app import create_app
from api.openapi import openapi_document
from api.state import AppState
from tests.auth.test_oauth import REDIRECT_URI, _authorize_query, hidden_fields
from tests.factories import PASSWORD, make_oauth_client, make_user


async def test_the_sign_in_post_declares_what_it_answers_and_no_200(
    client: httpx.AsyncClient, state: AppState
) -> None:
    client_id, _ = await make_oauth_client(state)
    user = await make_user(state)
    page = await client.get("/oauth/authorize", params=_authorize_query(client_id))
    fields = hidden_fields(page.text)
    answers = [
        await client.post("/oauth/authorize", data={**fields, **credentials})
        for credentials in (
            {"email": user.email, "password": PASSWORD},
            {"decision": "deny"},
            {"decision": "maybe"},
            {"email": user.email, "password": "not the password"},
        )
    ]
    answers.append(await client.post("/oauth/authorize", json=fields))

    assert [answer.status_code for answer in answers] == [302, 302, 302, 400, 415]
    operation = openapi_document(create_app())["paths"]["/oauth/authorize"]["post"]
    declared = operation["responses"]
    assert [status for status in declared if status[0] in "23"] == ["302"]
    assert declared["302"]["headers"]["Location"]["required"] is True
    for answer in answers:
        assert str(answer.status_code) in declared, answer.status_code
        if answer.status_code == 302:
            assert answer.headers["location"].startswith(REDIRECT_URI)
