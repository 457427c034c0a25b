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
