"""Paragraph parser: Markdown as pandoc writes it from the Word drafts secretariats upload.

Backslash escapes are read as CommonMark reads them, a backslash before any ASCII punctuation
being that character ("\\$98,347,300", "Member States\\'"), and escaped angle brackets are text,
never an HTML tag whose words would go ("the \\<Digital Cooperation\\> roadmap"). A heading's
attribute block is dropped whatever its id holds: pandoc's automatic ids keep full stops
("## I. Introduction {#i.-introduction}")."""

from __future__ import annotations

from consultations.anchoring import TextQuote, quote_occurs

from .parser_helpers import anchors, parsed_rows

_ESCAPES = """\
1.  *Notes* that resources amount to \\$98,347,300 and Member States\\' views differ;

2.  *Welcomes* the \\"Digital Cooperation\\" roadmap, \\@UN, x\\^2, 50\\%, \\&amp; and \\#1.

3.  *Notes* the \\<Digital Cooperation\\> roadmap, where 1 \\< 2 \\> 0.
"""


def test_backslash_escapes_are_the_punctuation_they_escape() -> None:
    rows = parsed_rows(_ESCAPES, "markdown")
    assert [(anchor, text) for anchor, _, _, text in rows] == [
        ("1", "Notes that resources amount to $98,347,300 and Member States' views differ;"),
        ("2", 'Welcomes the "Digital Cooperation" roadmap, @UN, x^2, 50%, &amp; and #1.'),
        ("3", "Notes the <Digital Cooperation> roadmap, where 1 < 2 > 0."),
    ]
    assert quote_occurs(TextQuote(exact="$98,347,300"), rows[0][3])


_HEADING_IDS = """\
## I. Introduction {#i.-introduction}

### Action 1. We will take bold actions. {#action-1.-we-will-take-bold-actions.}

1.  We decide to act.

## II. Scope {#_Toc178234 .unnumbered}

2.  We decide to go.

## 三、后续行动 {#三后续行动。 lang="zh"}

3.  我们决定行动。

## IV. Review {-}

4.  Text.
"""


def test_a_heading_attribute_block_is_dropped_whatever_its_id_holds() -> None:
    rows = parsed_rows(_HEADING_IDS, "markdown")
    assert [(anchor, text) for anchor, kind, _, text in rows if kind == "heading"] == [
        ("section-1", "Introduction"),
        ("action-1", "We will take bold actions."),
        ("section-2", "Scope"),
        ("section-3", "后续行动"),
        ("section-4", "Review"),
    ]
    assert anchors(_HEADING_IDS, "markdown")[-1] == "4"
