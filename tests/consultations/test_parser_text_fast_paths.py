"""The parser's per-line helpers take shortcuts for the common case (an ASCII line, a line with
no character to map, a line with no symbol or closing bracket): each must answer as the long
way does, whatever the text."""

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from consultations import parser, parser_text
from consultations.parser_text import (
    display_width,
    ends_open,
    is_cjk,
    join_text,
    marker_view,
    names_a_conference_met,
    normalise,
    title_beside_symbol,
)

# Text mixing what UN documents hold: ASCII, CJK and full-width forms, Arabic digits, odd
# spaces and invisible characters, brackets and the punctuation tags end with.
_ALPHABET = st.sampled_from(
    list("abcXYZ019 ./,;:()[]-\n\t")
    + list("大会决议。，；：（）［］１２ＡＡｂ．")
    + list("٠١٢۳٫\u00a0\u200b\u00ad\u3000\ufb01")
)
_TEXTS = st.text(alphabet=_ALPHABET, max_size=80)


@given(_TEXTS)
def test_marker_view_maps_as_the_whole_table_does(text: str) -> None:
    assert marker_view(text) == text.translate(parser_text._MARKER_TABLE)


def test_the_marker_table_maps_no_ascii_character() -> None:
    # marker_view returns an ASCII line untouched on this ground.
    assert all(code > 0x7F for code in parser_text._MARKER_TABLE)


@given(_TEXTS)
def test_normalise_maps_every_odd_character_and_only_those(text: str) -> None:
    normalised = normalise(text)
    assert not any(ord(ch) in parser_text._NORMALISE_TABLE for ch in normalised)
    if not any(ord(ch) in parser_text._NORMALISE_TABLE for ch in text):
        assert normalised == unicodedata.normalize("NFC", text)


@given(_TEXTS)
def test_display_width_counts_cjk_characters_twice(text: str) -> None:
    assert display_width(text) == len(text) + sum(1 for ch in text if is_cjk(ch))


@given(_TEXTS)
@example("A/RES/79/1 The Pact for the Future")
@example("未来契约 A/RES/79/1")
def test_no_symbol_pattern_matches_a_line_without_a_slash(text: str) -> None:
    # title_beside_symbol answers None at once for such a line, on this ground.
    line = text.replace("/", "")
    assert parser_text._SYMBOL_THEN_TITLE_RE.match(line) is None
    assert parser_text._TITLE_THEN_SYMBOL_RE.match(line) is None


def test_title_beside_symbol_still_reads_both_orders() -> None:
    assert title_beside_symbol("A/RES/79/1 The Pact for the Future") == "The Pact for the Future"
    assert title_beside_symbol("未来契约 A/RES/79/1") == "未来契约"


def test_a_conference_named_with_its_place_and_year() -> None:
    assert names_a_conference_met(
        "The World Telecommunication Development Conference (Kigali, 2022),"
    )
    assert names_a_conference_met("世界电信发展大会（2022年，基加利），")
    assert not names_a_conference_met("The General Assembly,")


def test_a_sponsors_tag_still_closes_a_sentence() -> None:
    assert not ends_open("Recalling its resolution 70/1. [G77]", comma_closes=False)
    assert not ends_open("[Also recognizing the role of data.] (G77 and China)", comma_closes=False)
    assert ends_open("Recalling its resolution 70/1 [G77]", comma_closes=False)


@given(_TEXTS, _TEXTS)
def test_joined_pieces_are_told_apart_by_length(left: str, right: str) -> None:
    # parser._Parser.join tells a space-joined result by its length alone.
    joined = join_text(left, right)
    assert (len(joined) == len(left) + len(right) + 1) == (joined == f"{left} {right}")
    assert (len(joined) == len(left) + len(right)) == (joined == left + right)


_REFERENCE_PIECES = st.sampled_from(
    [
        "subparagraph",
        "sub-paragraphs",
        "paragraph 3",
        "article",
        "annex",
        "Items 12",
        "第3段",
        "第 十二 段",
        "notes",
        "See",
        "x",
        "aparagraph",
        " ",
        "  ",
        "\n",
        "3",
        "(b)",
        "，",
    ]
)


@given(st.lists(_REFERENCE_PIECES, max_size=12).map("".join), st.data())
def test_a_reference_before_a_marker_is_read_in_place(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(min_value=0, max_value=len(text)))
    long_way = parser._REFERENCE_END_RE.search(text[:end].rstrip()) is not None
    assert parser._ends_with_a_reference(text, end) == long_way


@pytest.mark.parametrize(
    "reference",
    [
        "subparagraphs 12 " + " ".join(f"({letter})" for letter in "abcdefghijklmnopqrst"),
        "第 5" + "".join(f"({letter})" for letter in "abcdefghijklmnopqrst"),
        "第 5 " + "".join(f"（{letter}）" for letter in "abcdefghijklmnopqrst"),
    ],
)
def test_a_reference_ending_with_many_markers_is_still_read(reference: str) -> None:
    text = f"Recalls {reference} (u) of it"
    end = text.index("(u)")
    long_way = parser._REFERENCE_END_RE.search(text[:end].rstrip()) is not None
    assert long_way
    assert parser._ends_with_a_reference(text, end)


# Words, years and figures set apart, and what stops a reference or glues it to a token.
_SPACED_NUMBER_TEXTS = st.lists(
    st.sampled_from(
        [*"ab é²٣_/.,;:x\n", " ", " 1", " 12", " 2019", "2030 ", " and", " et", " y", "1"]
    ),
    max_size=30,
).map("".join)


@given(_SPACED_NUMBER_TEXTS)
@example("Addis Ababa 2, and the 2030 1 et x_y 5, b 1 7,")
@example("Agenda 2030 1 and")
def test_spaced_note_markers_are_what_the_pattern_finds_at_every_position(text: str) -> None:
    # The scan starts only where a space precedes a digit; it must find what finditer finds.
    found = parser_text._spaced_note_marker_matches(text)
    expected = parser_text._SPACED_NOTE_MARKER_RE.finditer(text)
    assert [(m.span(), m.groups()) for m in found] == [(m.span(), m.groups()) for m in expected]
