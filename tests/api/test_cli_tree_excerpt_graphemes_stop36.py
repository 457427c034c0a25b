"""`plenary documents import` prints each paragraph's excerpt cut between grapheme clusters:
never half a flag or an emoji without its skin tone."""

import asyncio
from pathlib import Path

import httpx
from click.testing import CliRunner, Result

from api.cli import main
from api.state import AppState
from tests.factories import make_consultation

FLAG = "\U0001f1fa\U0001f1f3"
WAVE_WITH_SKIN_TONE = "\U0001f44b\U0001f3fd"
# The tree shows the first 60 characters of a paragraph, then "…".
EXCERPT = 60


async def _invoke(env: dict[str, str], *args: str) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, main, list(args), env=env)


async def test_the_tree_keeps_flags_and_skin_toned_emoji_whole(
    cli_env: dict[str, str], client: httpx.AsyncClient, state: AppState, tmp_path: Path
) -> None:
    await make_consultation(state, slug="graphemes")
    flagged = "Decides " + "x" * (EXCERPT - 9) + FLAG + " to convene a dialogue;"
    toned = "Requests " + "y" * (EXCERPT - 10) + WAVE_WITH_SKIN_TONE + " to report back;"
    draft = tmp_path / "draft.en.txt"
    draft.write_text(
        f"The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. {flagged}\n\n2. {toned}\n",
        encoding="utf-8",
    )

    result = await _invoke(
        cli_env, "documents", "import", str(draft), "--consultation", "graphemes"
    )

    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert lines["1"].endswith("  " + flagged[: EXCERPT - 1] + "…"), lines["1"]
    assert lines["2"].endswith("  " + toned[: EXCERPT - 1] + "…"), lines["2"]
