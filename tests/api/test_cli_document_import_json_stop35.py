"""`plenary documents import --json`: one JSON object on stdout for scripts (the command only
printed a tree meant for people)."""

import asyncio
import json
from pathlib import Path

import httpx
from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from tests.factories import make_consultation

DRAFT = (
    "Front matter line\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n"
    "1. Decides to convene a dialogue;\n\n2. Requests a report:\n\n(a) On progress;\n"
)


async def _invoke(env: dict[str, str], *args: str) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, main, list(args), env=env)


async def test_json_gives_the_document_its_paragraphs_and_warnings(
    cli_env: dict[str, str], client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    await make_consultation(state, slug="scripted")
    draft = tmp_path / "draft.fr.md"
    draft.write_text(DRAFT, encoding="utf-8")

    result = await _invoke(
        cli_env, "documents", "import", str(draft), "--consultation", "scripted", "--json"
    )

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    printed = json.loads(result.stdout)
    listed = await client.get(
        f"/v1/documents/{printed['document_id']}/versions/{printed['version']}/paragraphs"
    )
    assert listed.status_code == 200, listed.text
    assert printed["version"] == 1
    assert printed["language"] == "fr"
    assert printed["format"] == "markdown"
    assert printed["paragraphs"] == listed.json()["items"]
    last = printed["paragraphs"][-1]
    assert (last["anchor"], last["label"], last["kind"], last["parent"]) == (
        "2.a",
        "2 (a)",
        "subparagraph",
        "2",
    )
    assert printed["warnings"]
    assert all(set(w) == {"line", "message", "excerpt"} for w in printed["warnings"])


async def test_json_of_a_revision_counts_its_changes(
    cli_env: dict[str, str], state: AppState, tmp_path: Path
) -> None:
    await make_consultation(state, slug="revised")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    first = json.loads(
        (
            await _invoke(
                cli_env, "documents", "import", str(draft), "--consultation", "revised", "--json"
            )
        ).stdout
    )
    assert first["changes"] is None
    draft.write_text(DRAFT + "\n3. Decides to remain seized.\n", encoding="utf-8")

    result = await _invoke(
        cli_env, "documents", "import", str(draft), "--document", first["document_id"], "--json"
    )

    assert result.exit_code == 0, result.output
    second = json.loads(result.stdout)
    assert second["document_id"] == first["document_id"]
    assert second["version"] == 2
    assert second["changes"]["added"] == 1
