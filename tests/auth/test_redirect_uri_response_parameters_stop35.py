"""A registered redirect URI keeps its query in the authorization response (RFC 6749 3.1.2), so
one that already holds a parameter the response adds (`code`, `state`, `error`,
`error_description`, `error_uri`, `iss`) would send the client two values of it, and many
libraries read the first. Such a URI is refused at registration: 422 naming `redirect_uris`
over HTTP, a one-line error on the command line."""

import asyncio

import httpx
import pytest
from click.testing import CliRunner

from api.cli import main
from api.state import AppState
from tests.auth.test_cli_identity import cli_env, one_line_error
from tests.factories import bearer, make_user, token_for

__all__ = ["cli_env"]

RESPONSE_PARAMETERS = ["code", "state", "error", "error_description", "error_uri", "iss"]


async def _register(client: httpx.AsyncClient, state: AppState, uri: str) -> httpx.Response:
    staff = await make_user(state, role="secretariat")
    return await client.post(
        "/v1/clients",
        json={"name": "Q", "redirect_uris": [uri], "scopes": ["comments:write"]},
        headers=bearer(await token_for(state, staff)),
    )


@pytest.mark.parametrize("name", [*RESPONSE_PARAMETERS, "co%64e"])
async def test_a_redirect_uri_holding_a_response_parameter_is_refused(
    client: httpx.AsyncClient, state: AppState, name: str
) -> None:
    answer = await _register(client, state, f"https://x.example/cb?tenant=1&{name}=zzz")
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    (error,) = answer.json()["errors"]
    assert error["loc"][:2] == ["body", "redirect_uris"]
    assert "authorization response" in error["msg"]


@pytest.mark.parametrize("query", ["tenant=1", "codes=1&statement=2", "next=/x?code=1"])
async def test_other_query_parameters_stay_allowed(
    client: httpx.AsyncClient, state: AppState, query: str
) -> None:
    answer = await _register(client, state, f"https://x.example/cb?{query}")
    assert answer.status_code == 201, answer.text


async def test_the_command_line_refuses_it_in_one_line(cli_env: str) -> None:
    result = await asyncio.to_thread(
        CliRunner().invoke,
        main,
        ["clients", "create", "--name", "Q", "--redirect-uri", "https://x.example/cb?code=zzz"],
    )
    assert "authorization response" in one_line_error(result, 2)
