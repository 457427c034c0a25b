"""The committed OpenAPI document: generated deterministically so that drift shows in a diff."""

from pathlib import Path
from typing import Any

import orjson
from fastapi import FastAPI

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi" / "openapi.json"


def openapi_document(app: FastAPI) -> dict[str, Any]:
    return app.openapi()


def render_openapi(app: FastAPI) -> bytes:
    return (
        orjson.dumps(openapi_document(app), option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
        + b"\n"
    )


def write_openapi(app: FastAPI, path: Path = OPENAPI_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_openapi(app))
    return path
