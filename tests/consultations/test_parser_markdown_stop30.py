"""Paragraph parser: Markdown as pandoc writes it from the Word drafts secretariats upload.

Backslash escapes are read as CommonMark reads them, a backslash before any ASCII punctuation
being that character ("\\$98,347,300", "Member States\\'"), and escaped angle brackets are text,
never an HTML tag whose words would go ("the \\<Digital Cooperation\\> roadmap")."""

from __future__ import annotations

from consultations.anchoring import TextQuote, quote_occurs

from .parser_helpers import parsed_rows

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
