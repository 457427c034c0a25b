"""What a 415 says the server would have read, `Accept-Encoding: identity` for a body in a
content coding and, to a PATCH, `Accept-Patch` for a body of another type, is declared on the
415 of every operation that sends it: each operation declaring a 415 is asked."""

import gzip
import uuid
from typing import Any

import httpx

from api.app import create_app
from api.openapi import openapi_document


def _refusable(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation["responses"]["415"])
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if "415" in operation["responses"]
    ]


def _url(template: str) -> str:
    ids = {"number": "1", "language": "fr"}
    names = [part[1:-1] for part in template.split("/") if part.startswith("{")]
    return template.format(**{name: ids.get(name, str(uuid.uuid4())) for name in names})


async def test_every_415_declares_what_it_would_have_read(client: httpx.AsyncClient) -> None:
    document = openapi_document(create_app())
    refusable = _refusable(document)
    assert len(refusable) >= 20
    patches = 0
    for method, template, refusal in refusable:
        declared = refusal.get("headers", {})
        coded = await client.request(
            method,
            _url(template),
            content=gzip.compress(b"{}"),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        assert coded.status_code == 415, (method, template, coded.text)
        assert coded.headers["accept-encoding"] == "identity"
        assert "Accept-Encoding" in declared, (method, template)
        assert not declared["Accept-Encoding"].get("required"), (method, template)
        if method != "PATCH":
            continue
        patches += 1
        patch = await client.request(
            method,
            _url(template),
            content=b"[]",
            headers={"Content-Type": "application/json-patch+json"},
        )
        assert patch.status_code == 415, (method, template, patch.text)
        assert "accept-patch" in patch.headers
        assert "Accept-Patch" in declared, (method, template)
        assert not declared["Accept-Patch"].get("required"), (method, template)
    assert patches == 4
