"""A query parameter given twice ("?anchor=2.a&anchor=3") is refused: read as its last value
alone, the answer was silently partial. A parameter declared as a list (the comment export's
``status``) takes several: tests/consultations/test_exports_api.py."""

from __future__ import annotations

import httpx


async def test_a_parameter_given_twice_is_refused_naming_it(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/consultations?limit=1&limit=3&visibility=public")
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert [error["loc"] for error in problem["errors"]] == [["query", "limit"]]
    assert "more than once" in problem["errors"][0]["msg"]


async def test_every_repeated_parameter_is_named_once(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/v1/organizations?country=FR&stakeholder_group=academia&country=DE&country=IT"
        "&stakeholder_group=youth"
    )
    assert response.status_code == 422, response.text
    assert [error["loc"] for error in response.json()["errors"]] == [
        ["query", "country"],
        ["query", "stakeholder_group"],
    ]


async def test_parameters_given_once_are_read_as_before(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/organizations?country=FR&stakeholder_group=academia")
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


async def test_the_oauth_endpoints_keep_their_own_error_shape(client: httpx.AsyncClient) -> None:
    response = await client.get("/oauth/authorize?client_id=a&client_id=b")
    assert response.status_code == 400
    assert "must be given once" in response.json()["detail"]
