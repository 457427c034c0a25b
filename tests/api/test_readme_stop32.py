"""What README.md tells a newcomer to run, checked against what the project does."""

import json
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from api.settings import Settings
from api.state import AppState
from tests.api.test_cli_exit_codes_stop20 import error_line, invoke
from tests.factories import (
    make_consultation,
    make_document,
    make_oauth_client,
    make_round,
    make_user,
)

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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "set-role", "--email", "nobody", "--role", "admin"], "not an e-mail address"),
        (["clients", "delete", "--client-id", ""], "'' is not a client id"),
        (["clients", "delete", "--client-id", "  "], "'  ' is not a client id"),
        (["clients", "delete", "--client-id", "x" * 65], "is not a client id"),
    ],
)
async def test_an_address_or_client_id_that_cannot_be_one_is_a_usage_error(
    cli_env: dict[str, str], state: AppState, args: list[str], message: str
) -> None:
    line = error_line(await invoke(cli_env, *args), exit_code=2)
    assert message in line, line


async def test_a_well_formed_address_or_client_id_is_looked_up(
    cli_env: dict[str, str], state: AppState
) -> None:
    nobody = await invoke(
        cli_env, "users", "set-role", "--email", "nobody@example.org", "--role", "admin"
    )
    assert "No account" in error_line(nobody, exit_code=1)
    unknown = await invoke(cli_env, "clients", "delete", "--client-id", "a" * 24)
    assert error_line(unknown, exit_code=1)

    user = await make_user(state, email="someone@example.org")
    granted = await invoke(
        cli_env, "users", "set-role", "--email", " Someone@Example.org ", "--role", "secretariat"
    )
    assert granted.exit_code == 0, granted.output
    assert json.loads(granted.stdout) == {
        "id": str(user.id),
        "email": "someone@example.org",
        "role": "secretariat",
    }
    client_id, _ = await make_oauth_client(state)
    deleted = await invoke(cli_env, "clients", "delete", "--client-id", client_id)
    assert deleted.exit_code == 0, deleted.output
    assert json.loads(deleted.stdout)["client_id"] == client_id


@pytest.mark.parametrize("option", [["--title", "Renamed"], ["--symbol", "A/80/L.99"]])
async def test_a_new_version_refuses_a_title_or_symbol_it_would_not_apply(
    cli_env: dict[str, str], state: AppState, tmp_path: Path, option: list[str]
) -> None:
    """They name a new document: a revision silently keeping the old ones misled its caller."""
    await make_consultation(state, slug="c")
    draft = tmp_path / "draft.zh.txt"
    draft.write_text("1. 决定召开对话。\n\n2. 请求提交报告。\n", encoding="utf-8")
    first = await invoke(cli_env, "documents", "import", str(draft), "--consultation", "c")
    assert first.exit_code == 0, first.output
    document_id = first.stdout.split("document ", 1)[1].split()[0]
    revised = await invoke(
        cli_env,
        "documents",
        "import",
        str(draft),
        "--document",
        document_id,
        "--label",
        "Rev.1",
        *option,
    )
    line = error_line(revised, exit_code=2)
    assert "--title and --symbol name a new document" in line, line
    plain = await invoke(
        cli_env, "documents", "import", str(draft), "--document", document_id, "--label", "Rev.1"
    )
    assert plain.exit_code == 0, plain.output
    assert " version 2 (zh)" in plain.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("group", "commands"),
    [
        ([], "clients, db, demo, documents, export, keys, openapi, serve, users"),
        (["users"], "create, set-password, set-role"),
    ],
)
async def test_a_group_without_a_command_is_one_line_naming_its_commands(
    cli_env: dict[str, str], group: list[str], commands: str
) -> None:
    """Click's own message for it is the whole help text, on stderr, after 'Error: Usage:'."""
    line = error_line(await invoke(cli_env, *group), exit_code=2)
    assert line.startswith(f"Error: missing command: {commands} (see "), line


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("http://127.0.0.1:8111/", "http://127.0.0.1:8111"),
        ("https://consult.example.org/plenary/", "https://consult.example.org/plenary"),
        (" http://[::1]:8000 ", "http://[::1]:8000"),
    ],
)
def test_the_public_url_loses_a_trailing_slash(given: str, used: str) -> None:
    """The issuer is compared as a string: a slash on one side only refused every token."""
    assert Settings(public_url=given).public_url == used


@pytest.mark.parametrize(
    "given",
    [
        "not-a-url",
        "ftp://example.org",
        "http://",
        "/relative",
        "http://a:99999",
        "http://a/?x=1",
        "http://a/#top",
        "http://a b",
    ],
)
async def test_a_public_url_that_cannot_be_one_stops_a_command_in_one_line(
    cli_env: dict[str, str], tmp_path: Path, given: str
) -> None:
    """Read at startup like the other settings; it used to become the advertised issuer."""
    environment = cli_env | {"PLENARY_PUBLIC_URL": given}
    line = error_line(await invoke(environment, "keys", "rotate"), exit_code=1)
    assert line.startswith("Error: PLENARY_PUBLIC_URL must be an absolute http or https URL"), line


def test_a_command_on_a_new_relative_sqlite_file_names_the_file_it_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from another directory than the server's, the default URL opens another file: the
    message said only './var/plenary.db' and advised migrating it."""
    monkeypatch.chdir(tmp_path)
    environment = {"PLENARY_DATABASE_URL": "sqlite:///./var/plenary.db", "PLENARY_ACCESS_LOG": "0"}
    line = error_line(CliRunner().invoke(main, ["keys", "rotate"], env=environment), exit_code=1)
    opened = tmp_path.resolve() / "var" / "plenary.db"
    assert f"(the file {opened}, relative to the current directory) does not exist" in line
    assert not opened.parent.exists()


def test_an_absolute_sqlite_path_is_named_once(tmp_path: Path) -> None:
    database = tmp_path / "new.db"
    environment = {"PLENARY_DATABASE_URL": f"sqlite:///{database}", "PLENARY_ACCESS_LOG": "0"}
    line = error_line(CliRunner().invoke(main, ["keys", "rotate"], env=environment), exit_code=1)
    assert f"The database sqlite+aiosqlite:///{database} does not exist" in line, line


async def test_an_export_file_is_its_owners_only_as_the_readme_says(
    cli_env: dict[str, str], state: AppState, tmp_path: Path
) -> None:
    """It holds personal data: mode 0600 whatever the umask, a file it replaces included."""
    consultation = await make_consultation(state)
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    output = tmp_path / "comments.csv"
    output.write_text("shared\n")
    output.chmod(0o644)
    previous = os.umask(0o022)
    try:
        result = await invoke(
            cli_env,
            "export",
            str(round_.id),
            "--format",
            "csv",
            "--kind",
            "comments",
            "-o",
            str(output),
        )
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert "mode 0600, whatever the umask, also when it replaces a file" in " ".join(README.split())
