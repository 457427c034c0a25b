"""What README.md tells a newcomer to run, checked against what the project does."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
OPENAPI = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _documented_queries() -> list[tuple[str, str, str]]:
    """(method, path, query parameter) for each `METHOD /path?name=...` the README shows."""
    queries = []
    for method, path, query in re.findall(
        r"`(GET|POST|PUT|PATCH|DELETE) (/[^`?\s]*)\?([^`]*)`", README
    ):
        for name in re.findall(r"(?:^|[&\[])([a-z_]+)=", query):
            queries.append((method.lower(), path, name))
    return queries


def test_the_readme_shows_query_parameters() -> None:
    assert ("get", "/v1/comments/{id}", "version") in _documented_queries()


@pytest.mark.parametrize(("method", "path", "name"), _documented_queries())
def test_each_query_parameter_the_readme_shows_is_one_the_api_declares(
    method: str, path: str, name: str
) -> None:
    """FastAPI drops an undeclared query parameter without a word, so a README that names one
    leads its reader to believe the server read it."""
    (operation,) = [
        operations[method]
        for template, operations in OPENAPI["paths"].items()
        if _template(template) == _template(path) and method in operations
    ]
    declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    assert name in declared, f"{method.upper()} {path} has no query parameter {name!r}"
