"""Paragraph parser on messy copies of a clean text: the same anchors and texts as the clean
version whatever invisible and control characters a copy carries, whichever glyph it sets its
bullets with, and with roman numerals typed as Unicode's numeral characters ("Ⅱ", "ⅰ")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.consultations.parser_helpers import parsed_rows

ENGLISH_RESOLUTION = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Decides to convene the Fourth International Conference on Financing for Development;

2. Also decides that the Conference shall:

(a) Assess progress made in the implementation of the Monterrey Consensus;

(b) Address new and emerging issues, including:

(i) The mobilization of domestic public resources;

(ii) International development cooperation;

(c) Reinvigorate the financing for development follow-up process;

3. Decides to remain seized of the matter.
"""

CHINESE_RESOLUTION = """大会，

回顾其2015年9月25日第70/1号决议，

1. 决定2025年在西班牙召开第四次发展筹资问题国际会议；

2. 又决定会议应当：

(a) 评估《蒙特雷共识》执行进展；

(b) 处理新的和正在出现的问题，包括：

㈠ 调动国内公共资源；

㈡ 国际发展合作；

(c) 重振发展筹资后续进程；

3. 决定继续处理此案。
"""

RESOLUTIONS = pytest.mark.parametrize(
    "clean", [ENGLISH_RESOLUTION, CHINESE_RESOLUTION], ids=["en", "zh"]
)

# Characters that print nothing: the C1 controls (a Windows-1252 file read as Latin-1 leaves its
# curly quotes as U+0093/U+0094, its bullets as U+0095; U+0085 is a line break), the invisible
# operators, the Mongolian vowel separator and the combining grapheme joiner.
INVISIBLE = [chr(code) for code in range(0x80, 0xA0) if code != 0x85]
INVISIBLE += ["\u2061", "\u2062", "\u2063", "\u2064", "\u180e", "\u034f"]


@RESOLUTIONS
def test_invisible_and_c1_control_characters_are_removed(clean: str) -> None:
    messy = clean.replace("1. ", "\u20621.\u0080 ").replace("议", "议\u009b\u2063\u180e\u034f")
    messy = messy.replace("Decides", "Deci\u0093des\u0094\u2061")
    assert parsed_rows(messy) == parsed_rows(clean)


@RESOLUTIONS
@given(
    insertions=st.lists(
        st.tuples(st.integers(min_value=0), st.text(st.sampled_from(INVISIBLE), min_size=1)),
        max_size=8,
    )
)
def test_invisible_characters_anywhere_keep_anchors_and_texts(
    clean: str, insertions: list[tuple[int, str]]
) -> None:
    messy = clean
    for position, characters in insertions:
        at = position % (len(messy) + 1)
        messy = messy[:at] + characters + messy[at:]
    assert parsed_rows(messy) == parsed_rows(clean)
