"""A paragraph whose edits a later version undoes reads again as the comment's own version
printed it: the comment is ``unchanged`` there, its quote where it was written (even a quote
whose words an intermediate version had dropped)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from consultations.anchoring import QuoteMatch, TextQuote, VersionParagraph, resolve_anchor

WRITTEN = "Alpha paragraph about oceans and climate."
FORESTS = VersionParagraph("2", "Beta paragraph about forests.")


@pytest.mark.parametrize(
    ("edited", "quote", "expected"),
    [
        ("Alpha paragraph about oceans and the climate.", None, None),
        ("Alpha paragraph about oceans and the climate.", TextQuote("climate"), (33, 40)),
        ("Alpha paragraph about seas and weather.", TextQuote("oceans and climate"), (22, 40)),
    ],
)
def test_a_paragraph_edited_then_restored_is_unchanged(
    edited: str, quote: TextQuote | None, expected: tuple[int, int] | None
) -> None:
    versions = [(VersionParagraph("1", text), FORESTS) for text in (WRITTEN, edited, WRITTEN + " ")]
    resolved = resolve_anchor("1", quote, list(pairwise(versions)))
    assert (resolved.anchor, resolved.status) == ("1", "unchanged")
    if expected is None:
        assert resolved.quote is None
    else:
        assert resolved.quote == QuoteMatch(*expected, 1.0, True)


def test_a_paragraph_restored_but_for_case_is_still_modified() -> None:
    versions = [
        (VersionParagraph("1", text), FORESTS)
        for text in (WRITTEN, WRITTEN.replace("and", "and the"), WRITTEN.replace("Alpha", "ALPHA"))
    ]
    resolved = resolve_anchor("1", None, list(pairwise(versions)))
    assert (resolved.anchor, resolved.status) == ("1", "modified")
