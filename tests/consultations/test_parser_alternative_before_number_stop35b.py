"""Paragraph parser: an alternative printed with "Alt" before its paragraph's number ("Alt 4.
…", "Alt. 4. …", "Alt 4: …") is that paragraph's alternative, ``4alt``, as "4 alt. …" is (a
second one ``4alt_2``); it used to be an unnumbered ``p-9`` with "Alt 4." in its text. A
numbered paragraph's alternatives list ("2. Alt 1: …" + "Alt 2: …") stays in the paragraph."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.parser_helpers import posted_paragraphs


@pytest.mark.parametrize("printed", ["Alt 4.", "Alt. 4.", "Alt 4:", "ALT 4.", "4 alt."])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_alternative_printed_before_its_number_is_the_paragraphs(printed: str, fmt: str) -> None:
    content = (
        "3. We commit to three.\n\n4. We commit to four.\n\n"
        f"{printed} We commit to alternative four.\n\n5. We commit to five.\n"
    )
    result = parse_document(content, fmt)  # type: ignore[arg-type]
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("3", "We commit to three."),
        ("4", "We commit to four."),
        ("4alt", "We commit to alternative four."),
        ("5", "We commit to five."),
    ]
    assert [w.message for w in result.warnings if w.line > 1] == []


def test_a_second_alternative_gets_its_own_anchor() -> None:
    content = (
        "1. We commit to one.\n\nAlt 1. We commit to another one.\n\n"
        "Alt. 1. We commit to a third one.\n\n2. We commit to two.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "1alt", "1alt_2", "2"]


def test_an_alternative_printed_before_its_base_stands_for_it() -> None:
    content = "1. We commit to one.\n\nAlt. 2. We decide to extend.\n\n3. We commit to three.\n"
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "2alt", "3"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("apart", ["\n", "\n\n"])
def test_a_paragraphs_numbered_alternatives_are_no_alternative_paragraphs(
    fmt: str, apart: str
) -> None:
    content = (
        f"1. We commit to one.\n\n2. Alt 1: We commit to two.{apart}Alt 2: We commit to deux."
        f"{apart}Alt 3: We commit to zwei.\n\n3. We commit to three.\n"
    )
    anchors = [p.anchor for p in parse_document(content, fmt).paragraphs]  # type: ignore[arg-type]
    assert "2alt" not in anchors
    assert "3alt" not in anchors
    if apart == "\n":
        assert anchors == ["1", "2", "3"]


def test_an_alternative_numbered_far_from_the_paragraphs_is_text() -> None:
    content = "1. We commit to one.\n\n2. We commit to two.\n\nAlt 9. We commit otherwise.\n"
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[-1].text.endswith("Alt 9. We commit otherwise.")


async def test_the_api_anchors_alternatives_printed_either_way_alike(
    client: httpx.AsyncClient, state: AppState
) -> None:
    content = (
        "4. We commit to four.\n\nAlt 4. We commit to alternative four.\n\n"
        "5. We commit to five.\n\n5 alt. We commit to alternative five.\n"
    )
    items = await posted_paragraphs(client, state, content, "markdown", title="Alt")
    assert [item["anchor"] for item in items] == ["4", "4alt", "5", "5alt"]
