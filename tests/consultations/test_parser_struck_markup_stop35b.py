"""Paragraph parser: a Markdown redline marked with HTML or GFM strikethrough ("<del>open</del>
<ins>trusted</ins>", "<s>old</s> <u>new</u>", "<strike>…</strike>", "~~eliminate~~ **reduce**")
reads with its changes accepted, as pandoc's "[x]{.deletion}[y]{.insertion}" does: struck text
goes, no double space left where it stood, inserted or underlined text stays without its
markers. The struck words used to stay as live text ("open trusted data flows"), or kept their
"~~". A compilation's struck words are a delegation's proposal, still marked; plain text keeps
"~~" as printed."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.parser_helpers import posted_paragraphs


def _texts(content: str, fmt: str = "markdown") -> list[tuple[str, str]]:
    paragraphs = parse_document(content, fmt).paragraphs  # type: ignore[arg-type]
    return [(p.anchor, p.text) for p in paragraphs]


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ("<del>open</del> <ins>trusted</ins>", "trusted"),
        ("<s>old</s> <u>new</u>", "new"),
        ("<strike>old</strike> <u>new</u>", "new"),
        ("<DEL>open</DEL><INS>trusted</INS>", "trusted"),
        ("~~eliminate~~ **reduce**", "reduce"),
        ("~~open and~~ trusted", "trusted"),
        ('[open]{.deletion author="A"}[trusted]{.insertion author="B"}', "trusted"),
    ],
)
def test_struck_words_go_and_inserted_ones_stay(changed: str, expected: str) -> None:
    content = f"1. We commit to {changed} data flows.\n\n2. We decide to act.\n"
    assert _texts(content) == [
        ("1", f"We commit to {expected} data flows."),
        ("2", "We decide to act."),
    ]


def test_struck_words_at_a_sentence_edge_leave_no_stray_space() -> None:
    content = "1. ~~We note~~ We welcome the report ~~of the Secretary-General~~.\n"
    assert _texts(content) == [("1", "We welcome the report.")]


def test_a_struck_passage_wrapped_over_lines_goes_whole() -> None:
    content = "1. We commit to ~~open and\nfree~~ trusted data flows.\n"
    assert _texts(content) == [("1", "We commit to trusted data flows.")]


@pytest.mark.parametrize(
    "struck",
    [
        "~~We decide to establish a new body.~~",
        "<del>We decide to establish a new body.</del>",
        '[We decide to establish a new body.]{.deletion author="A"}',
    ],
)
def test_a_paragraph_struck_whole_goes_as_a_tracked_deletion_does(struck: str) -> None:
    content = f"1. We commit to one.\n\n{struck}\n\n2. We commit to two.\n"
    assert _texts(content) == [("1", "We commit to one."), ("2", "We commit to two.")]


def test_a_tilde_that_strikes_nothing_stays() -> None:
    content = "1. We note ~ 40 members and ~~ alone.\n"
    assert _texts(content) == [("1", "We note ~ 40 members and ~~ alone.")]


def test_plain_text_keeps_its_tildes_as_printed() -> None:
    content = "1. We commit to ~~eliminate~~ reduce the digital divide.\n"
    assert _texts(content, "text") == [
        ("1", "We commit to ~~eliminate~~ reduce the digital divide.")
    ]


def test_a_compilations_struck_proposal_stays_marked() -> None:
    content = (
        "**OP1** Reaffirm our commitment;\n\n"
        "**OP2** ~~Request the Commission~~ Invite the Commission to report;\n"
    )
    assert _texts(content)[1] == (
        "2",
        "~~Request the Commission~~ Invite the Commission to report;",
    )


async def test_the_api_reads_a_redline_with_its_changes_accepted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = (
        "1. We commit to ~~eliminate~~ **reduce** the digital divide.\n\n"
        "2. We commit to <del>open</del> <ins>trusted</ins> data flows.\n\n"
        "3. We commit to <s>old</s> <u>new</u> standards.\n"
    )
    items = await posted_paragraphs(client, state, content, "markdown", title="Redline")
    assert [(item["anchor"], item["text"]) for item in items] == [
        ("1", "We commit to reduce the digital divide."),
        ("2", "We commit to trusted data flows."),
        ("3", "We commit to new standards."),
    ]
