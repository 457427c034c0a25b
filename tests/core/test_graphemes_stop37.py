"""Cuts between extended grapheme clusters are the ``regex`` package's ``\\X`` clusters (stop 37).
Before, hand-written rules on Python's Unicode 14 data split the clusters of later scripts (a
Kawi vowel sign, an Egyptian hieroglyph's format control, both Unicode 15) and kept together
what UAX #29 parts (a Tamil consonant and its virama before the next letter, which drop from an
excerpt whole)."""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from core.graphemes import cut_at_grapheme_boundary, grapheme_cluster_start

# The characters that some rule of UAX #29 joins to a neighbour, or that a neighbour joins to:
# everything but Grapheme_Cluster_Break=Other, and the emoji and conjunct consonants among them.
_EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
JOINING = regex.findall(
    r"[^\p{GCB=Other}]|\p{Extended_Pictographic}|\p{InCB=Consonant}",
    _EVERY_CHARACTER,
    flags=regex.VERSION1,
)
TEXTS = st.text(
    st.one_of(st.sampled_from(JOINING), st.sampled_from("a 中\n")), min_size=1, max_size=40
)


def _cluster_starts(text: str) -> list[int]:
    return [match.start() for match in regex.finditer(r"\X", text)]


@settings(max_examples=500)
@given(TEXTS, st.data())
def test_a_cut_never_splits_a_cluster_that_regex_finds(text: str, data: st.DataObject) -> None:
    length = data.draw(st.integers(min_value=0, max_value=len(text)))
    head = cut_at_grapheme_boundary(text, length)
    assert text.startswith(head)
    assert len(head) in {*_cluster_starts(text), len(text)}


@settings(max_examples=500)
@given(TEXTS, st.data())
def test_the_cluster_start_is_the_start_of_the_cluster_that_regex_finds(
    text: str, data: st.DataObject
) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    expected = max(start for start in _cluster_starts(text) if start <= index)
    assert grapheme_cluster_start(text, index) == expected


@pytest.mark.parametrize(
    ("text", "length", "head"),
    [
        ("\U00011f12\U00011f34 and more", 1, ""),  # Kawi KA and its vowel sign
        ("\U00013000\U00013440 and more", 1, ""),  # a hieroglyph and its mirror control
        ("\u0b95\u0bcd\u0bb7 and more", 2, "\u0b95\u0bcd"),  # Tamil K.SSA: two clusters
        ("\u0915\u094d\u0937 and more", 2, ""),  # Devanagari K.SSA: one conjunct
        ("\U0001f1fa\U0001f1f3\U0001f1eb\U0001f1f7 and more", 3, "\U0001f1fa\U0001f1f3"),
        ("line\r\nnext", 5, "line"),
    ],
)
def test_a_cut_keeps_every_whole_cluster_before_it(text: str, length: int, head: str) -> None:
    assert cut_at_grapheme_boundary(text, length) == head
