from api.app import create_app
from api.openapi import OPENAPI_PATH, openapi_document, render_openapi


def test_committed_openapi_matches_the_app() -> None:
    assert OPENAPI_PATH.read_bytes() == render_openapi(create_app()), (
        "openapi/openapi.json is out of date: run `.venv/bin/plenary openapi`"
    )


def test_generation_is_deterministic_and_operation_ids_unique() -> None:
    assert render_openapi(create_app()) == render_openapi(create_app())
    document = openapi_document(create_app())
    ids = [
        operation["operationId"]
        for path in document["paths"].values()
        for operation in path.values()
    ]
    assert len(ids) == len(set(ids))


def _security(document: dict, method: str, path: str) -> list[dict] | None:
    security: list[dict] | None = document["paths"][path][method].get("security")
    return security


def test_operations_declare_whether_they_need_a_token() -> None:
    """Token required where the caller must sign in, optional (an empty alternative) where
    anonymous callers read what is public, absent where no token is read at all."""
    document = openapi_document(create_app())
    schemes = document["components"]["securitySchemes"]
    flows = schemes["oauth2"]["flows"]
    assert set(flows["authorizationCode"]["scopes"]) == {
        "comments:write",
        "consultations:write",
        "moderation:write",
        "reports:read",
        "admin",
    }
    assert flows["authorizationCode"]["tokenUrl"] == "/oauth/token"
    assert set(flows["clientCredentials"]["scopes"]) == {"comments:write", "reports:read"}
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer"}
    signed_in = [{"oauth2": []}, {"bearer": []}]
    assert _security(document, "post", "/v1/rounds/{round_id}/comments") == [
        {"oauth2": ["comments:write"]},
        {"bearer": ["comments:write"]},
    ]
    assert _security(document, "get", "/v1/me") == signed_in
    assert _security(document, "get", "/v1/consultations") == [{}, *signed_in]
    assert _security(document, "get", "/v1/rounds/{round_id}/representation") == [{}, *signed_in]
    assert _security(document, "get", "/healthz") is None
    assert _security(document, "post", "/oauth/token") is None
    assert _security(document, "post", "/v1/users") is None


def _header(document: dict, method: str, path: str, name: str) -> dict:
    parameters = document["paths"][path][method]["parameters"]
    (parameter,) = [p for p in parameters if p["in"] == "header" and p["name"].lower() == name]
    return dict(parameter)


def test_headers_the_contract_requires_are_declared_required() -> None:
    """A client generated from the document must send them: without them the server answers
    400 (Idempotency-Key) or 428 (If-Match), though FastAPI sees them as optional."""
    document = openapi_document(create_app())
    required = [
        ("post", "/v1/rounds/{round_id}/comments", "idempotency-key"),
        ("patch", "/v1/comments/{comment_id}", "if-match"),
        ("delete", "/v1/comments/{comment_id}", "if-match"),
        ("patch", "/v1/rounds/{round_id}", "if-match"),
        ("patch", "/v1/documents/{document_id}", "if-match"),
        ("delete", "/v1/documents/{document_id}", "if-match"),
    ]
    for method, path, name in required:
        header = _header(document, method, path, name)
        assert header["required"] is True, (method, path)
        assert header["schema"]["type"] == "string"
        assert not any(key.startswith("x-") for key in header["schema"])
    optional = [
        ("post", "/v1/comments/{comment_id}/moderation", "if-match"),
        ("post", "/v1/documents/{document_id}/versions", "if-match"),
    ]
    for method, path, name in optional:
        assert not _header(document, method, path, name).get("required"), (method, path)
    created = document["paths"]["/v1/rounds/{round_id}/comments"]["post"]["responses"]["201"]
    assert {"Location", "ETag", "Idempotent-Replayed"} <= set(created["headers"])


def test_problems_are_described_under_the_media_type_they_are_sent_as() -> None:
    document = openapi_document(create_app())
    problem = {"$ref": "#/components/schemas/Problem"}
    checked = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                content = response.get("content", {})
                schemas = {media: body.get("schema") for media, body in content.items()}
                if problem not in schemas.values() and "application/problem+json" not in content:
                    continue
                checked += 1
                assert schemas["application/problem+json"] == problem, (path, method, status)
                assert [m for m, s in schemas.items() if s == problem] == [
                    "application/problem+json"
                ], (path, method, status)
    assert checked > 200
    unauthorized = document["paths"]["/v1/me"]["get"]["responses"]["401"]["content"]
    assert unauthorized == {"application/problem+json": {"schema": problem}}
