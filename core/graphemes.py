"""Extended grapheme clusters (UAX #29), so that a text cut short for an excerpt never ends
inside what a reader sees as one character: a flag, an emoji joined by zero-width joiners or
given a skin tone, a Hangul syllable spelt in jamo, a character and its combining marks."""

import unicodedata
from typing import Final


def grapheme_cluster_start(text: str, index: int) -> int:
    """The start of the extended grapheme cluster holding ``text[index]``."""
    while index > 0 and not _is_grapheme_boundary(text, index):
        index -= 1
    return index


def _is_grapheme_boundary(text: str, index: int) -> bool:
    """Whether UAX #29 breaks between ``text[index - 1]`` and ``text[index]``, for the clusters
    the documents and comments hold. Python's ``unicodedata`` has no Grapheme_Cluster_Break, so
    the rules are written out; where they simplify (any character after a zero-width joiner, any
    letter after a virama), they keep more together, never less: a cut moved back to a boundary
    here is a boundary of UAX #29 too.
    """
    before, after = text[index - 1], text[index]
    if _extends_grapheme(after) or before == "\u200d" or ord(before) in _PREPENDED:
        return False
    if _is_regional_indicator(before) and _is_regional_indicator(after):
        # Flags are pairs of regional indicators counted from the start of their run.
        start = index - 1
        while start > 0 and _is_regional_indicator(text[start - 1]):
            start -= 1
        return (index - start) % 2 == 0
    if unicodedata.combining(before) == _VIRAMA_CLASS and after.isalpha():
        return False
    return not _joins_hangul(before, after)


def _extends_grapheme(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.category(char).startswith("M")
        or char in "\u200c\u200d\u0e33\u0eb3\uff9e\uff9f"
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin tones
        or 0xE0020 <= code <= 0xE007F  # tags of subdivision flags
    )


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


_VIRAMA_CLASS: Final = 9
# Grapheme_Cluster_Break=Prepend: Arabic number signs and the like, written before what they
# apply to.
_PREPENDED: Final = frozenset(
    (
        *range(0x0600, 0x0606),
        *(0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2, 0x111C3),
        *(0x1193F, 0x11941, 0x11A3A, *range(0x11A84, 0x11A8A), 0x11D46, 0x11F02),
    )
)


def _hangul_kind(char: str) -> str:
    code = ord(char)
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _joins_hangul(before: str, after: str) -> bool:
    first, second = _hangul_kind(before), _hangul_kind(after)
    return (
        (first == "L" and second in {"L", "V", "LV", "LVT"})
        or (first in {"LV", "V"} and second in {"V", "T"})
        or (first in {"LVT", "T"} and second == "T")
    )


def cut_at_grapheme_boundary(text: str, length: int) -> str:
    """``text[:length]``, shortened to the last grapheme cluster that it holds whole."""
    if len(text) <= length:
        return text
    return text[: grapheme_cluster_start(text, length)]
