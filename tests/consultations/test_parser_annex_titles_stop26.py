"""Paragraph parser: the title of a text annexed below its annex's heading ("Annex" + "Zero
draft — 12 March 2025" + the title + "The General Assembly,") is a heading over the text, as
when it fits on its line, however many lines it wraps over: English, whose titles wrap, and
Chinese, whose titles fit, get the same kinds and parents."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ANNEX = "1.      Decides to note the annex.\n\n" + " " * 80 + "{annex}\n\n{draft}\n\n{title}\n\n"
ENGLISH = ANNEX.format(
    annex="Annex",
    draft="Zero draft — 12 March 2025",
    title=(
        "Terms of reference and modalities for the establishment and functioning of the\n"
        "Independent International Scientific Panel on Artificial Intelligence and the Global\n"
        "Dialogue on Artificial Intelligence Governance"
    ),
) + (
    "        The General Assembly,\n\n"
    "        Recalling its resolution 79/1 of 22 September 2024,\n\n"
    "        1.      Decides to establish the Independent International Scientific Panel;\n\n"
    "        2.      Also decides to establish the Global Dialogue;\n"
)
CHINESE = ANNEX.format(
    annex="附件",
    draft="零草案——2025 年 3 月 12 日",
    title="人工智能问题独立国际科学小组和人工智能治理全球对话的设立和运作职权范围和模式",
) + (
    "        大会，\n\n"
    "        回顾其 2024 年 9 月 22 日第 79/1 号决议，\n\n"
    "        1.      决定设立人工智能问题独立国际科学小组；\n\n"
    "        2.      又决定设立人工智能治理全球对话；\n"
)
MARKDOWN = (
    "1. Decides to note the annex.\n\n## Annex\n\nZero draft — 12 March 2025\n\n"
    "Terms of reference and modalities for the establishment and functioning of the\n"
    "Independent International Scientific Panel on Artificial Intelligence\n\n"
    "The General Assembly,\n\n"
    "Recalling its resolution 79/1 of 22 September 2024,\n\n"
    "1. Decides to establish the Panel;\n\n"
    "2. Also decides to establish the Global Dialogue;\n"
)
EXPECTED = [
    ("1", "operative", None),
    ("annex-1", "heading", None),
    ("p-3", "heading", "annex-1"),
    ("p-4", "unnumbered", "p-3"),
    ("annex-1/pp1", "preamble", "p-3"),
    ("annex-1/1", "operative", "p-3"),
    ("annex-1/2", "operative", "p-3"),
]


@pytest.mark.parametrize(
    ("content", "fmt", "title"),
    [
        (ENGLISH, "text", "Terms of reference and modalities"),
        (MARKDOWN, "markdown", "Terms of reference and modalities"),
        (ENGLISH.replace("        ", ""), "text", "Terms of reference and modalities"),
    ],
    ids=["english", "markdown", "not-indented"],
)
def test_a_wrapped_title_below_an_annex_heading_titles_the_annexed_text(
    content: str, fmt: str, title: str
) -> None:
    paragraphs = parse_document(content, fmt).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == EXPECTED
    assert paragraphs[2].text.startswith(title)
    assert "\n" not in paragraphs[2].text


def test_a_title_on_one_line_keeps_its_reading() -> None:
    paragraphs = parse_document(CHINESE).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == EXPECTED
    assert paragraphs[2].text.startswith("人工智能问题独立国际科学小组")


def test_english_and_chinese_annexed_texts_read_alike() -> None:
    english = parse_document(ENGLISH).paragraphs
    chinese = parse_document(CHINESE).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in english] == [
        (p.anchor, p.kind, p.parent) for p in chinese
    ]


def test_a_sentence_below_an_annex_heading_stays_a_paragraph() -> None:
    content = ANNEX.format(
        annex="Annex",
        draft="Zero draft — 12 March 2025",
        title=(
            "The Panel shall be established as set out below and will operate in an independent\n"
            "manner."
        ),
    ) + (
        "        The General Assembly,\n\n"
        "        1.      Decides to establish the Independent International Scientific Panel;\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("1", "operative", None),
        ("annex-1", "heading", None),
        ("p-3", "unnumbered", "annex-1"),
        ("p-4", "unnumbered", "annex-1"),
        ("annex-1/1", "operative", "annex-1"),
    ]


def test_a_wrapped_title_right_below_the_annex_label_is_the_annexs_title() -> None:
    content = (
        "1.      Decides to note the annex.\n\n" + " " * 80 + "Annex\n\n"
        "Terms of reference and modalities for the establishment and functioning of the\n"
        "Independent International Scientific Panel on Artificial Intelligence\n\n"
        "        The General Assembly,\n\n"
        "        1.      Decides to establish the Independent International Scientific Panel;\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("1", "operative", None),
        ("annex-1", "heading", None),
        ("p-3", "unnumbered", "annex-1"),
        ("annex-1/1", "operative", "annex-1"),
    ]
    assert paragraphs[1].text.startswith("Terms of reference")
