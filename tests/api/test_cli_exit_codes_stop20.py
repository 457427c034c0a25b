"""Exit status 2 when the command was called wrongly (a value wrong in itself), 1 when something
goes wrong once it runs (an id that names nothing, a file with nothing in it): each on one line."""

import asyncio
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from tests.factories import make_consultation, make_organization


async def invoke(env: dict[str, str], *args: str) -> Result:
    """The commands run their own event loop, so they go to a thread here."""
    return await asyncio.to_thread(CliRunner().invoke, main, list(args), env=env)


def error_line(result: Result, exit_code: int) -> str:
    assert result.exit_code == exit_code, result.output
    assert not result.stdout
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith("Error: "), line
    return line


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("1. Decides to convene a dialogue.\n\n2. Requests a report.\n")
    return path


ROUND = str(uuid.UUID(int=5))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "create", "--email", "notanemail", "--password", "long enough pass"], "email"),
        (["users", "create", "--email", "new@example.org", "--password", "short"], "password"),
        (["clients", "create", "--name", "X", "--redirect-uri", "notauri"], "redirect_uris"),
        (["clients", "create", "--name", "X"], "give redirect URIs"),
        (
            ["clients", "create", "--name", "X", "--organization", "garbage"],
            "'garbage' is not an organization id",
        ),
        (["export", "garbage", "--format", "json", "-o", "out.json"], "is not a round id"),
        (
            ["export", ROUND, "--format", "docx", "--kind", "comments", "-o", "out.docx"],
            "A comments export is csv, ndjson, annotations, not docx.",
        ),
        (["documents", "import", "DRAFT", "--consultation", "c", "--language", "zz_bad"], "lang"),
        (["documents", "import", "DRAFT", "--document", "garbage"], "is not a document id"),
        (["documents", "import", "DRAFT"], "name the consultation"),
    ],
)
async def test_a_wrong_value_is_a_usage_error(
    cli_env: dict[str, str], state: AppState, draft: Path, args: list[str], message: str
) -> None:
    await make_consultation(state, slug="c")
    args = [str(draft) if arg == "DRAFT" else arg for arg in args]
    line = error_line(await invoke(cli_env, *args), exit_code=2)
    assert message in line, line
    assert line.endswith("--help')"), line


async def test_what_the_command_finds_when_it_runs_is_exit_status_1(
    cli_env: dict[str, str], state: AppState, tmp_path: Path
) -> None:
    """A well-formed id that names nothing is a failed lookup, like a file with nothing in it."""
    missing = str(uuid.UUID(int=7))
    unbound = await invoke(cli_env, "clients", "create", "--name", "X", "--organization", missing)
    assert "no organization has this id" in error_line(unbound, exit_code=1)
    output = str(tmp_path / "out.json")
    no_round = await invoke(cli_env, "export", missing, "--format", "json", "-o", output)
    assert error_line(no_round, exit_code=1).startswith("Error: No such round")
    await make_consultation(state, slug="c")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    nothing = await invoke(cli_env, "documents", "import", str(empty), "--consultation", "c")
    assert error_line(nothing, exit_code=1) == f"Error: {empty} is empty"
    organization = await make_organization(state, verification="rejected")
    rejected = await invoke(
        cli_env, "clients", "create", "--name", "X", "--organization", str(organization.id)
    )
    assert "rejected" in error_line(rejected, exit_code=1)
