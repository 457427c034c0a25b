"""Paragraph parser: an action set in bold in Markdown ("**Action 1. We will take bold
actions.**", read as a line of text since it ends like a sentence) sits under the Markdown
section and sub-heading above it, as in plain text, and the next sub-heading ("#### B.") stands
beside the one it closes; the action used to rank above every Markdown heading deeper than "###"
(``annex-1/action-1`` under ``annex-1``, ``section-2.b`` under the action)."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.parser_helpers import posted_paragraphs

_BODY = [
    ("Annex", "# Annex"),
    ("II. Sustainable development", "### II. Sustainable development"),
    ("A. Eradicating poverty", "#### A. Eradicating poverty"),
    ("3. We recognize that poverty is the greatest challenge.", None),
    ("Action 1. We will take bold actions.", "**Action 1. We will take bold actions.**"),
    ("4. We decide to:", None),
    ("(a) Scale up investment;", "   (a) Scale up investment;"),
    ("(b) Leave no one behind.", "   (b) Leave no one behind."),
    ("B. Digital cooperation", "#### B. Digital cooperation"),
    ("Action 2. We will cooperate.", "**Action 2. We will cooperate.**"),
    ("5. We decide to act.", None),
    ("III. Peace and security", "### III. Peace and security"),
    ("6. We will end conflicts.", None),
]

TEXT = "\n\n".join(plain for plain, _ in _BODY) + "\n"
MARKDOWN = "\n\n".join(marked or plain for plain, marked in _BODY) + "\n"

EXPECTED_PARENTS = [
    ("annex-1", None),
    ("annex-1/section-2", "annex-1"),
    ("annex-1/section-2.a", "annex-1/section-2"),
    ("annex-1/3", "annex-1/section-2.a"),
    ("annex-1/action-1", "annex-1/section-2.a"),
    ("annex-1/4", "annex-1/action-1"),
    ("annex-1/4.a", "annex-1/4"),
    ("annex-1/4.b", "annex-1/4"),
    ("annex-1/section-2.b", "annex-1/section-2"),
    ("annex-1/action-2", "annex-1/section-2.b"),
    ("annex-1/5", "annex-1/action-2"),
    ("annex-1/section-3", "annex-1"),
    ("annex-1/6", "annex-1/section-3"),
]


def _tree(content: str, fmt: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    paragraphs = parse_document(content, fmt).paragraphs  # type: ignore[arg-type]
    return [(p.anchor, p.parent, p.heading_path) for p in paragraphs]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_bold_action_sits_under_the_sub_heading_above_it(fmt: str) -> None:
    tree = _tree(TEXT if fmt == "text" else MARKDOWN, fmt)
    assert [(anchor, parent) for anchor, parent, _ in tree] == EXPECTED_PARENTS
    paths = dict((anchor, path) for anchor, _, path in tree)
    assert paths["annex-1/4"][1:] == (
        "II. Sustainable development",
        "A. Eradicating poverty",
        "Action 1. We will take bold actions.",
    )


def test_markdown_and_text_give_the_same_tree() -> None:
    assert _tree(MARKDOWN, "markdown") == _tree(TEXT, "text")


def test_an_action_set_as_a_deeper_markdown_heading_still_closes_at_the_next_sub_heading() -> None:
    content = MARKDOWN.replace("**Action 1. We will take bold actions.**", "##### Action 1.")
    parents = dict((anchor, parent) for anchor, parent, _ in _tree(content, "markdown"))
    assert parents["annex-1/action-1"] == "annex-1/section-2.a"
    assert parents["annex-1/section-2.b"] == "annex-1/section-2"


async def test_the_api_nests_a_bold_action_under_its_sub_heading(
    client: httpx.AsyncClient, state: AppState
) -> None:
    items = await posted_paragraphs(client, state, MARKDOWN, "markdown", title="Pact")
    parents = [(item["anchor"], item["parent"]) for item in items]
    assert parents == EXPECTED_PARENTS
