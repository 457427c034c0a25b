"""The README quotes what `plenary demo` prints at its end: the lines to paste into a shell and
the six curl commands with the comment above each, word for word."""

import re
from pathlib import Path

from api.cli_demo import _human
from api.demo import DemoResult, RoundSummary

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _printed() -> list[str]:
    rounds = [
        RoundSummary("ROUND-1", 1, "Zero draft", 1, "closed", "2026-01-01T00:00:00Z", 300),
        RoundSummary("ROUND-2", 2, "Rev.1", 2, "open", "2026-02-01T00:00:00Z", 60),
    ]
    result = DemoResult(
        consultation_id="C",
        slug="demo",
        document_id="D",
        rounds=rounds,
        organizations={"verified": 37, "pending": 2, "rejected": 1},
        secretariat_email="secretariat@demo.plenary",
        secretariat_password="P1",
        cofacilitator_email="cofacilitator@demo.plenary",
        representative_emails=["a@demo.plenary", "b@demo.plenary"],
        people_password="P2",
        access_token="TOKEN",
        token_expires_in=12 * 3600,
        public_url="http://127.0.0.1:8000",
        seconds=20.0,
    )
    return _human(result).splitlines()


def _readme_block_after(words: str) -> list[str]:
    start = README.index(words)
    block = re.search(r"```sh\n(.*?)```", README[start:], re.DOTALL)
    assert block is not None
    return block.group(1).splitlines()


def test_the_readme_shows_the_curl_commands_the_demo_prints() -> None:
    printed = _printed()
    curls = printed[printed.index("export PLENARY_URL=http://127.0.0.1:8000") + 4 :]
    assert _readme_block_after("six `curl` commands") == curls


def test_the_readme_shows_the_lines_to_paste_the_demo_prints() -> None:
    printed = _printed()
    exports = printed[printed.index("export PLENARY_URL=http://127.0.0.1:8000") :][:3]
    shown = _readme_block_after("three lines to paste into the shell")
    placeholders = {
        "=TOKEN": "=eyJ0eXAiOiJhdCtqd3Qi...",
        "ROUND-1": "01a2...",
        "ROUND-2": "01b3...",
    }
    for value, placeholder in placeholders.items():
        exports = [line.replace(value, placeholder) for line in exports]
    assert shown == exports
