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
    assert _security(document, "post", "/v1/rounds/{round_id}/comments") == signed_in
    assert _security(document, "delete", "/v1/me") == signed_in
    assert _security(document, "get", "/v1/consultations") == [{}, *signed_in]
    assert _security(document, "get", "/v1/rounds/{round_id}/representation") == [{}, *signed_in]
    assert _security(document, "get", "/healthz") is None
    assert _security(document, "post", "/oauth/token") is None
    assert _security(document, "post", "/v1/users") is None
