"""Paragraph parser: a Markdown sub-heading marked up at its section's own level ("### 二、组成" +
"### （一）主席团", "### II. Composition" + "### A. Bureau"), in the text or in an annex, is a
part of that section: parent ``section-2``, the section in its heading path and in its
paragraphs', as plain text and a deeper Markdown level give. It had the child's anchor but no
parent, and its paragraphs' heading path left the section out. Anchors do not change."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.parser import Format, ParsedParagraph, parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

CHINESE = (
    "### 一、任务\n\n1.  论坛的任务是审查进展。\n\n### 二、组成\n\n2.  论坛由会员国组成。\n\n"
    "### （一）主席团\n\n3.  主席团由五名成员组成。\n\n### （二）秘书处\n\n4.  秘书处提供支助。\n"
)
ENGLISH = (
    "### I. Mandate\n\n1.  The mandate of the forum is to review progress.\n\n"
    "### II. Composition\n\n2.  The forum is composed of Member States.\n\n"
    "### A. Bureau\n\n3.  The Bureau is composed of five members.\n\n"
    "### B. Secretariat\n\n4.  The secretariat provides support.\n"
)


def _by_anchor(content: str, fmt: Format = "markdown") -> dict[str, ParsedParagraph]:
    return {p.anchor: p for p in parse_document(content, fmt).paragraphs}


@pytest.mark.parametrize(
    ("content", "section", "sub_heading"),
    [(CHINESE, "二、组成", "（一）主席团"), (ENGLISH, "II. Composition", "A. Bureau")],
    ids=["zh", "en"],
)
def test_a_sub_heading_at_the_sections_level_is_its_part(
    content: str, section: str, sub_heading: str
) -> None:
    paragraphs = _by_anchor(content)
    assert list(paragraphs) == [
        "section-1", "1", "section-2", "2", "section-2.a", "3", "section-2.b", "4"
    ]  # fmt: skip
    assert paragraphs["section-2.a"].parent == "section-2"
    assert paragraphs["section-2.b"].parent == "section-2"
    assert paragraphs["section-2.a"].heading_path == (section,)
    assert paragraphs["3"].heading_path == (section, sub_heading)


@pytest.mark.parametrize("content", [CHINESE, ENGLISH], ids=["zh", "en"])
def test_markdown_reads_as_plain_text_does(content: str) -> None:
    plain = content.replace("### ", "").replace("  ", " ")

    def rows(text: str, fmt: Format) -> list[tuple[str, str | None, tuple[str, ...]]]:
        return [(p.anchor, p.parent, p.heading_path) for p in parse_document(text, fmt).paragraphs]

    assert rows(content, "markdown") == rows(plain, "text")


def test_in_an_annex_too() -> None:
    content = "# 附件二\n\n## 职权范围\n\n" + CHINESE
    paragraphs = _by_anchor(content)
    assert paragraphs["annex-2/section-2.a"].parent == "annex-2/section-2"
    assert "二、组成" in paragraphs["annex-2/3"].heading_path


def test_the_headings_below_the_sub_heading_stay_its_own() -> None:
    content = ENGLISH.replace("### A. Bureau\n\n", "### A. Bureau\n\n#### Election\n\n")
    paragraphs = _by_anchor(content)
    election = next(p for p in paragraphs.values() if p.text == "Election")
    assert election.parent == "section-2.a"
    assert paragraphs["section-2.b"].parent == "section-2"


@given(level=st.integers(min_value=1, max_value=4), deeper=st.booleans())
def test_the_sub_heading_is_the_sections_at_any_level(level: int, deeper: bool) -> None:
    marks = "#" * level
    content = ENGLISH.replace("### ", f"{marks} ").replace(
        f"{marks} A.", f"{marks}{'#' if deeper else ''} A."
    )
    paragraphs = _by_anchor(content)
    assert paragraphs["section-2.a"].parent == "section-2"
    assert paragraphs["3"].parent == "section-2.a"


async def test_the_api_gives_the_sub_heading_its_section(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "职权范围", "language": "zh", "format": "markdown", "content": CHINESE},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    paragraphs = {item["anchor"]: item for item in created.json()["paragraphs"]}
    assert paragraphs["section-2.a"]["parent"] == "section-2"
    assert paragraphs["section-2.a"]["heading_path"] == ["二、组成"]
