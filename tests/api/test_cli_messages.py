"""What the commands print around their work: a refused request on one line, said once, and
counts in words that agree with them."""

import asyncio
import uuid
from pathlib import Path

from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from tests.factories import make_consultation, make_organization


async def invoke(env: dict[str, str], *args: str) -> Result:
    """The commands run their own event loop, so they go to a thread here."""
    return await asyncio.to_thread(CliRunner().invoke, main, list(args), env=env)


def error_line(result: Result, exit_code: int = 1) -> str:
    assert result.exit_code == exit_code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


async def test_a_client_refused_for_want_of_a_grant_says_why_once(
    cli_env: dict[str, str], state: AppState
) -> None:
    reason = "give redirect URIs, or bind the client to an organization"
    unbound = error_line(await invoke(cli_env, "clients", "create", "--name", "x"), exit_code=2)
    assert unbound == f"Error: {reason} (redirect_uris) (see 'main clients create --help')"

    organization = await make_organization(state)
    arguments = ("--name", "x", "--public", "--organization", str(organization.id))
    public = error_line(await invoke(cli_env, "clients", "create", *arguments), exit_code=2)
    assert public.count("bound to an organization") + public.count(reason) == 1, public


async def test_an_export_of_no_round_prints_its_error_alone(
    cli_env: dict[str, str], state: AppState, tmp_path: Path
) -> None:
    output = tmp_path / "synthesis.json"
    result = await invoke(
        cli_env, "export", str(uuid.uuid4()), "--format", "json", "-o", str(output)
    )
    assert error_line(result).startswith("Error: No such round")
    assert not output.exists()


async def test_document_import_counts_in_the_singular_and_plural(
    cli_env: dict[str, str], state: AppState, tmp_path: Path
) -> None:
    await make_consultation(state, slug="one-warning")
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Front matter line\n\n1. Decides to convene a dialogue.\n\n2. Requests a report.\n",
        encoding="utf-8",
    )
    result = await invoke(
        cli_env, "documents", "import", str(draft), "--consultation", "one-warning"
    )
    assert result.exit_code == 0, result.output
    summary = result.stdout.splitlines()[0]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert summary.endswith(", 2 paragraphs, 1 warning"), summary
