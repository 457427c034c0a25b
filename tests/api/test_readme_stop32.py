"""What README.md tells a newcomer to run, checked against what the project does."""

import json
import os
import re
import shutil
import subprocess
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


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_serves_on_the_port_and_host_given_on_its_command_line() -> None:
    """A dry run (-n) prints the commands without running them."""

    make = shutil.which("make")
    assert make is not None

    def serve_command(*arguments: str, environment: dict[str, str]) -> str:
        printed = subprocess.run(  # noqa: S603 - make from PATH, fixed arguments
            [make, "-n", "-C", str(ROOT), "run", *arguments],
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        ).stdout
        (line,) = [line for line in printed.splitlines() if "plenary serve" in line]
        return line

    clean = {"PATH": os.environ["PATH"]}
    given = serve_command("PORT=8111", "HOST=0.0.0.0", environment=clean)
    assert given.endswith("plenary serve --host 0.0.0.0 --port 8111"), given
    exported = serve_command(environment=clean | {"PORT": "9999", "HOST": "example.org"})
    assert exported.endswith("plenary serve --host 127.0.0.1 --port 8000"), exported
