"""Paragraph parser: an action or objective printed alone on its line takes the commitment below
it as its title, items and all, as on one line ("Action 1. We will … We decide to:" + "(a) …")."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_EN_COMMITMENT = "We will take bold actions to implement the 2030 Agenda. We decide to:"
_ZH_COMMITMENT = "我们将采取大胆行动落实2030年议程。我们决定："
_EN_ITEMS = "(a) Prioritize the eradication of poverty;\n\n(b) Ensure social protection.\n\n"
_ZH_ITEMS = "(a) 优先消除贫困；\n\n(b) 确保社会保护。\n\n"
_NEWLINE, _BLANK = "\n", "\n\n"


def _rows(content: str, fmt: str) -> list[tuple[str, str, str | None, str]]:
    """Each paragraph's anchor, kind, parent and text."""
    return [(p.anchor, p.kind, p.parent, p.text) for p in parse_document(content, fmt).paragraphs]


def _expected(
    keyword: str, commitment: str, items: str, last: str
) -> list[tuple[str, str, str | None, str]]:
    first, second = (line[4:] for line in items.split("\n\n")[:2])
    return [
        (f"{keyword}-1", "heading", None, commitment),
        (f"{keyword}-1.a", "subparagraph", f"{keyword}-1", first),
        (f"{keyword}-1.b", "subparagraph", f"{keyword}-1", second),
        (f"{keyword}-2", "heading", None, last),
    ]


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (f"Action 1\n\n{_EN_COMMITMENT}\n\n{_EN_ITEMS}Action 2\n\nWe will end hunger.\n", "text"),
        (
            f"Action 1\n{_EN_COMMITMENT}\n{_EN_ITEMS.replace(_BLANK, _NEWLINE)}"
            "Action 2\nWe will end hunger.\n",
            "text",
        ),
        (
            f"Action 1\n\n{_EN_COMMITMENT}\n\n{_EN_ITEMS}Action 2\n\nWe will end hunger.\n",
            "markdown",
        ),
        (
            f"### Action 1\n\n{_EN_COMMITMENT}\n\n{_EN_ITEMS}### Action 2\n\nWe will end hunger.\n",
            "markdown",
        ),
        (
            f"**Action 1**\n\n{_EN_COMMITMENT}\n\n{_EN_ITEMS}**Action 2**\n\nWe will end hunger.\n",
            "markdown",
        ),
    ],
)
def test_an_action_alone_on_its_line_takes_a_commitment_of_sentences_and_its_items(
    content: str, fmt: str
) -> None:
    assert _rows(content, fmt) == _expected(
        "action", _EN_COMMITMENT, _EN_ITEMS, "We will end hunger."
    )


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (f"行动 1\n\n{_ZH_COMMITMENT}\n\n{_ZH_ITEMS}行动 2\n\n我们将消除饥饿。\n", "text"),
        (
            f"### 行动 1\n\n{_ZH_COMMITMENT}\n\n{_ZH_ITEMS}### 行动 2\n\n我们将消除饥饿。\n",
            "markdown",
        ),
    ],
)
def test_a_chinese_action_alone_on_its_line_takes_its_commitment_and_items(
    content: str, fmt: str
) -> None:
    assert _rows(content, fmt) == _expected("action", _ZH_COMMITMENT, _ZH_ITEMS, "我们将消除饥饿。")


@pytest.mark.parametrize("keyword", ["Action", "Objective"])
def test_the_commitment_below_an_action_reads_as_on_its_line(keyword: str) -> None:
    alone = f"{keyword} 1\n\n{_EN_COMMITMENT}\n\n{_EN_ITEMS}{keyword} 2\n\nWe will end hunger.\n"
    one_line = f"{keyword} 1. {_EN_COMMITMENT}\n\n{_EN_ITEMS}{keyword} 2. We will end hunger.\n"
    assert _rows(alone, "text") == _rows(one_line, "text")
    assert _rows(alone, "text") == _expected(
        keyword.lower(), _EN_COMMITMENT, _EN_ITEMS, "We will end hunger."
    )


def test_a_commitment_opening_its_list_with_we_will_titles_the_action() -> None:
    content = f"Action 1\n\nWe will:\n\n{_EN_ITEMS}Action 2\n\nWe will end hunger.\n"
    assert _rows(content, "text") == _expected(
        "action", "We will:", _EN_ITEMS, "We will end hunger."
    )


def test_prose_going_on_below_the_commitment_leaves_it_a_paragraph() -> None:
    content = (
        "Action 1\n\nWe will take bold actions. We will act now.\n\n"
        "This requires new means of implementation.\n\nAction 2\n\nWe will end hunger.\n"
    )
    assert [row[:3] for row in _rows(content, "text")] == [
        ("action-1", "heading", None),
        ("p-2", "unnumbered", "action-1"),
        ("p-3", "unnumbered", "action-1"),
        ("action-2", "heading", None),
    ]
