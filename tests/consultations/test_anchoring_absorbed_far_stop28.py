"""Re-anchoring: a paragraph merged into a far-away one is still found there when the whole
text shares its words, so that dozens of paragraphs hold some of its rarest n-grams and only
the best-placed of them are weighed (``ABSORBED_CANDIDATES``)."""

from __future__ import annotations

import random

from consultations.anchoring import ABSORBED_CANDIDATES, VersionParagraph, diff_versions

_VOCABULARY = (
    "development sustainable digital States Member cooperation international capacity data "
    "connectivity governance rights access inclusive implementation review stakeholders "
    "financing infrastructure national strategies privacy security trust"
)
_WORDS = _VOCABULARY.split()


def _paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(40)) + "."


def test_a_paragraph_merged_far_away_follows_its_text_among_many_lookalikes() -> None:
    rng = random.Random(28)
    texts = [_paragraph(rng) for _ in range(3 * ABSORBED_CANDIDATES)]
    merged, absorber = 10, 80
    old = tuple(VersionParagraph(str(i + 1), text) for i, text in enumerate(texts))
    revised = [text for i, text in enumerate(texts) if i != merged]
    revised[absorber - 1] = f"{texts[absorber]} {texts[merged]}"
    new = tuple(VersionParagraph(str(i + 1), text) for i, text in enumerate(revised))

    diff = diff_versions(old, new)

    assert diff.items[merged].new_anchor == new[absorber - 1].anchor
    assert diff.items[absorber].new_anchor == new[absorber - 1].anchor
    assert all(
        item.new_anchor == str(i if i > merged else i + 1)
        for i, item in enumerate(diff.items)
        if i not in (merged, absorber)
    )
