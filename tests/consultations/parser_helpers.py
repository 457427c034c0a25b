"""What the parser tests ask of a parse: its anchors, its rows, or one paragraph by anchor."""

from __future__ import annotations

from consultations.parser import Format, ParsedParagraph, parse_document


def anchors(content: str, fmt: Format = "text") -> list[str]:
    return [paragraph.anchor for paragraph in parse_document(content, fmt).paragraphs]


def paragraph(content: str, anchor: str, fmt: Format = "text") -> ParsedParagraph:
    paragraphs = parse_document(content, fmt).paragraphs
    return next(found for found in paragraphs if found.anchor == anchor)


def parsed_rows(content: str, fmt: Format = "text") -> list[tuple[str, str, str | None, str]]:
    """Each paragraph's anchor, kind, parent and text."""
    return [(p.anchor, p.kind, p.parent, p.text) for p in parse_document(content, fmt).paragraphs]
