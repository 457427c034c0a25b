"""A quote whose own words were edited is kept as the counterpart of those words only: of spans
equally close to it, its context chooses, so the last word of its prefix is not taken in."""

from __future__ import annotations

import pytest

from consultations.anchoring import TextQuote, VersionParagraph, quote_at, resolve_anchor

OLD = "Encourages the sharing of open datasets for training language models in {}."
NEW = "Encourages the sharing of high-quality open datasets for training language models in {}."


@pytest.mark.parametrize(
    ("written", "edited"),
    [
        ("under-resourced languages", "low-resource languages"),
        ("languages with few speakers", "languages of few speakers"),
    ],
)
def test_an_edited_quote_keeps_only_the_counterpart_of_its_words(written: str, edited: str) -> None:
    old = (VersionParagraph("1", OLD.format(written)),)
    new = (VersionParagraph("1", NEW.format(edited)),)
    resolved = resolve_anchor("1", TextQuote(written), [(old, new)])
    assert (resolved.anchor, resolved.status) == ("1", "modified")
    assert resolved.quote is not None
    assert not resolved.quote.exact
    assert quote_at(resolved.quote, new[0].text).exact == edited
