"""Paragraph parser, Arabic texts read as their English versions are, so that every language
version of a document gives the same anchors (a translation with other anchors is refused)."""

from __future__ import annotations

import pytest

from consultations.anchoring import TextQuote, quote_as_printed
from consultations.parser import Format, parse_document


def _paragraphs(text: str, fmt: Format = "text") -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(text, fmt).paragraphs]


def _anchors(text: str, fmt: Format = "text") -> list[str]:
    return [anchor for anchor, _ in _paragraphs(text, fmt)]


def _marked_resolution(before: str, after: str) -> str:
    return (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n"
        f"{before}1{after} - تطلب إلى الأمين العام:\n\n"
        f"{before}(أ){after} أن يعد تقريرا؛\n\n"
        f"{before}(ب){after} أن يقدم التقرير؛\n\n"
        f"{before}2{after} - تقرر أن تبقي المسألة قيد نظرها.\n"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [("\u061c", ""), ("\u2067", "\u2069"), ("\u2066", "\u2069"), ("\u2068", "\u2069")],
    ids=["arabic-letter-mark", "rli", "lri", "fsi"],
)
def test_arabic_letter_marks_and_bidi_isolates_do_not_hide_the_numbering(
    before: str, after: str
) -> None:
    paragraphs = _paragraphs(_marked_resolution(before, after))
    assert [anchor for anchor, _ in paragraphs] == ["p-1", "pp1", "1", "1.a", "1.b", "2"]
    assert all(mark not in text for _, text in paragraphs for mark in before + after)


def test_a_quote_copied_with_the_invisible_marks_matches_the_stored_text() -> None:
    texts = dict(_paragraphs(_marked_resolution("\u2067", "\u2069")))
    quote = TextQuote("تقرر أن \u061cتبقي المسألة", None, None)
    printed = quote_as_printed(quote, texts["2"])
    assert printed is not None
    assert printed.exact == "تقرر أن تبقي المسألة"
