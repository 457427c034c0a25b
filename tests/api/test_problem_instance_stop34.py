"""A problem's `instance` is a URI reference (RFC 9457 3.1.5): the request's path as sent, its
escapes kept, never decoded into another path ("a%2Fb" as "a/b") or into characters no URI
holds (a space, a NUL, "é")."""

import httpx
import pytest

from api.problems import request_instance


@pytest.mark.parametrize(
    "path",
    [
        "/v1/rounds/a%2Fb",
        "/v1/rounds/%C3%A9x",
        "/v1/rounds/a%20b",
        "/v1/rounds/a%00b",
        "/v1/nothing/here%3Fx",
    ],
)
async def test_the_instance_is_the_path_as_sent(client: httpx.AsyncClient, path: str) -> None:
    answer = await client.get(path + "?limit=1")
    assert answer.status_code in {400, 404}, answer.text
    assert answer.json()["instance"] == path


def test_a_path_without_its_raw_form_is_escaped() -> None:
    scope = {"type": "http", "path": "/v1/rounds/a b/é\x00"}
    assert request_instance(scope) == "/v1/rounds/a%20b/%C3%A9%00"


def test_raw_bytes_outside_ascii_are_escaped() -> None:
    scope = {"type": "http", "path": "/v1/é", "raw_path": "/v1/é".encode()}
    assert request_instance(scope) == "/v1/%C3%A9"
