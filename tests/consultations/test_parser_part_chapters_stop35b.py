"""Paragraph parser: a text divided into parts and the parts into chapters ("Part One" +
"Chapter 1", "Première partie" + "Chapitre premier", "第一部分" + "第一章", the Pact for the
Future's shape) has its parts at the top, ``section-1``, ``section-2``, their chapters inside
them, ``section-1.1``, ``section-1.2``, ``section-2.1`` (chapters numbered anew in each part
never collide), the chapters' numbered sections below those, ``section-1.1.2``, in plain text
and Markdown alike; no heading line is ever a paragraph's text or another heading's title."""

from __future__ import annotations

import re

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

PARTS = (
    "Part One\n\nChapter 1. Development\n\n1. We commit to one.\n\n"
    "Chapter 2. Peace\n\n2. We commit to two.\n\n"
    "Part Two\n\nChapter 1. Technology\n\n3. We commit to three.\n"
)
TITLED_PARTS = (
    "# Part One. Commitments\n\n## Chapter I. Development\n\n1. We commit to one.\n\n"
    "## Chapter II. Peace\n\n2. We commit to two.\n\n"
    "# Part Two. Follow-up\n\n## Chapter I. Technology\n\n3. We commit to three.\n"
)
FRENCH = (
    "Première partie\nEngagements\n\nChapitre premier\nDéveloppement\n\n1. Un.\n\n"
    "Chapitre II\nPaix\n\n2. Deux.\n\n"
    "Deuxième partie\nSuivi\n\nChapitre premier\nTechnologie\n\n3. Trois.\n"
)
CHINESE = (
    "第一部分 承诺\n\n第一章 发展\n\n1. 一。\n\n第二章 和平\n\n2. 二。\n\n"
    "第二部分 后续\n\n第一章 技术\n\n3. 三。\n"
)
ANCHORS = [
    ("section-1", None),
    ("section-1.1", "section-1"),
    ("1", "section-1.1"),
    ("section-1.2", "section-1"),
    ("2", "section-1.2"),
    ("section-2", None),
    ("section-2.1", "section-2"),
    ("3", "section-2.1"),
]


def _plain(markdown: str) -> str:
    return re.sub(r"^#+ ", "", markdown, flags=re.MULTILINE)


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (PARTS, "text"),
        (PARTS.replace("\n\nChapter", "\nChapter"), "text"),
        (TITLED_PARTS, "markdown"),
        (_plain(TITLED_PARTS), "text"),
        (FRENCH, "text"),
        (CHINESE, "text"),
    ],
    ids=["parts", "chapter-right-below", "markdown", "titled-plain", "french", "chinese"],
)
def test_parts_hold_their_chapters(content: str, fmt: str) -> None:
    result = parse_document(content, fmt)  # type: ignore[arg-type]
    assert [(p.anchor, p.parent) for p in result.paragraphs] == ANCHORS
    assert result.warnings == ()
    assert all(p.kind == "heading" for p in result.paragraphs if p.anchor.startswith("section"))


def test_heading_lines_are_neither_text_nor_titles() -> None:
    paragraphs = {p.anchor: p for p in parse_document(PARTS).paragraphs}
    assert (paragraphs["section-1"].label, paragraphs["section-1"].text) == ("Part One", "")
    assert (paragraphs["section-2.1"].label, paragraphs["section-2.1"].text) == (
        "Chapter 1",
        "Technology",
    )
    assert paragraphs["3"].heading_path == ("Part Two", "Chapter 1. Technology")


def test_a_parts_chapter_holds_its_numbered_sections() -> None:
    content = (
        "Part One\nCommitments\n\nChapter I\nDevelopment\n\nI. Background\n\n1. One.\n\n"
        "II. Purpose\n\nA. Near term\n\n2. Two.\n\nChapter II\nPeace\n\nI. Mechanism\n\n"
        "3. Three.\n\nPart Two\nFollow-up\n\nChapter I\nTechnology\n\n4. Four.\n"
    )
    assert [(p.anchor, p.parent) for p in parse_document(content).paragraphs] == [
        ("section-1", None),
        ("section-1.1", "section-1"),
        ("section-1.1.1", "section-1.1"),
        ("1", "section-1.1.1"),
        ("section-1.1.2", "section-1.1"),
        ("section-1.1.2.a", "section-1.1.2"),
        ("2", "section-1.1.2.a"),
        ("section-1.2", "section-1"),
        ("section-1.2.1", "section-1.2"),
        ("3", "section-1.2.1"),
        ("section-2", None),
        ("section-2.1", "section-2"),
        ("4", "section-2.1"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Part One\n\n1. One.\n\nPart Two\n\n2. Two.\n", ["section-1", "1", "section-2", "2"]),
        (
            "Chapter 1. Development\n\n1. One.\n\nChapter 2. Peace\n\n2. Two.\n",
            ["section-1", "1", "section-2", "2"],
        ),
    ],
    ids=["parts-only", "chapters-only"],
)
def test_parts_alone_and_chapters_alone_keep_their_anchors(
    content: str, expected: list[str]
) -> None:
    assert [p.anchor for p in parse_document(content).paragraphs] == expected


async def test_a_french_translation_of_a_text_in_parts_is_accepted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    english = (
        "Part One\nCommitments\n\nChapter I\nDevelopment\n\n1. One.\n\nChapter II\nPeace\n\n"
        "2. Two.\n\nPart Two\nFollow-up\n\nChapter I\nTechnology\n\n3. Three.\n"
    )
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Pact", "language": "en", "format": "text", "content": english},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == [anchor for anchor, _ in ANCHORS]
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/fr",
        json={"content": FRENCH, "format": "text"},
        headers=headers,
    )
    assert response.status_code in (200, 201), response.text


def test_a_parts_chapter_holds_its_worded_sections() -> None:
    content = (
        "Part One\nGeneral\n\nChapter I\nSessions\n\nSection 1. Regular sessions\n\n1. One.\n\n"
        "Section 2. Special sessions\n\n2. Two.\n\nChapter II\nAgenda\n\n3. Three.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.parent) for p in result.paragraphs] == [
        ("section-1", None),
        ("section-1.1", "section-1"),
        ("section-1.1.1", "section-1.1"),
        ("1", "section-1.1.1"),
        ("section-1.1.2", "section-1.1"),
        ("2", "section-1.1.2"),
        ("section-1.2", "section-1"),
        ("3", "section-1.2"),
    ]
    assert result.warnings == ()
