"""Extended grapheme clusters (UAX #29), so that a text cut short for an excerpt never ends
inside what a reader sees as one character: a flag, an emoji joined by zero-width joiners or
given a skin tone, a Hangul syllable spelt in jamo, a conjunct, a character and its combining
marks.

Python's ``unicodedata`` has no Grapheme_Cluster_Break, so the clusters are the ``regex``
package's ``\\X``, which follows UAX #29 for the Unicode version it ships.
"""

from typing import Final

import regex

# Where UAX #29 breaks whatever comes before: ahead of a character that no rule joins to what
# precedes it (not Extend, ZWJ, SpacingMark, a Hangul jamo or syllable, a regional indicator, an
# emoji or a conjunct's consonant), unless a Prepend character precedes it. Searched backwards
# from the cut, it lets the clusters be matched from a few characters before it rather than
# from the text's start (five times faster on a 280-character excerpt).
_CERTAIN_BOUNDARY: Final = regex.compile(
    r"(?r)(?<!\p{GCB=Prepend})"
    r"(?=[\p{GCB=Other}--\p{Extended_Pictographic}--\p{InCB=Consonant}])",
    regex.VERSION1,
)
# The clusters of a text before its last one, which the lookahead leaves to match.
_CLUSTERS_BEFORE_THE_LAST: Final = regex.compile(r"\X*(?=\X\Z)")


def grapheme_cluster_start(text: str, index: int) -> int:
    """The start of the extended grapheme cluster holding ``text[index]``."""
    if not 0 <= index < len(text):
        raise IndexError(f"index {index} is outside a text of {len(text)} characters")
    # No boundary at or before ``index`` depends on a character after it, so the text may end
    # there. Clusters are matched forwards from a certain boundary: matched backwards, regional
    # indicators would pair from the cut rather than from the start of their run.
    end = index + 1
    boundary = _CERTAIN_BOUNDARY.search(text, 0, end)
    start = boundary.start() if boundary is not None else 0
    clusters = _CLUSTERS_BEFORE_THE_LAST.match(text, start, end)
    assert clusters is not None  # \X matches any character, so a last cluster is always there
    return clusters.end()


def cut_at_grapheme_boundary(text: str, length: int) -> str:
    """``text[:length]``, shortened to the last grapheme cluster that it holds whole."""
    if len(text) <= length:
        return text
    return text[: grapheme_cluster_start(text, length)]
