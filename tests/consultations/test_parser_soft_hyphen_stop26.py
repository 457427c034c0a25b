"""Paragraph parser: a soft hyphen (U+00AD) ending a line marks a word broken there by the
converter. The word is whole again in the paragraph ("ex" above "plained" is "explained"); the
invisible hyphen was dropped on its own, leaving "ex plained". A soft hyphen inside a line is
only dropped, and nothing else of the layout changes: the line below keeps its place and
indent, and a word's rest alone on its line does not leave a blank line behind it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from consultations.parser_text import normalise
from tests.consultations.parser_helpers import paragraph

SHY = "\u00ad"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_word_broken_at_a_soft_hyphen_is_whole_again(fmt: str) -> None:
    content = (
        f"1.     The divide is compounded by gaps in skills and data, as ex{SHY}\n"
        f"       plained in box 1, and by the lack of com{SHY}\n"
        "       puting power.\n"
        "\n"
        "2.     Existing mechanisms include the Digital Window.\n"
    )
    assert paragraph(content, "1", fmt).text == (  # type: ignore[arg-type]
        "The divide is compounded by gaps in skills and data, as explained in box 1, "
        "and by the lack of computing power."
    )
    assert paragraph(content, "2", fmt).text == "Existing mechanisms include the Digital Window."  # type: ignore[arg-type]


def test_chinese_broken_at_a_soft_hyphen_joins_without_a_space() -> None:
    content = (
        f"1.  我们致力于缩小数字鸿沟，加强信息{SHY}\n"
        "    通信技术基础设施。\n"
        "\n"
        "2.  我们决定设立论坛。\n"
    )
    assert paragraph(content, "1").text == "我们致力于缩小数字鸿沟，加强信息通信技术基础设施。"


def test_a_words_rest_alone_on_its_line_leaves_no_blank_line() -> None:
    content = (
        "1.     Requests the Secretary-General to submit a report on the implemen" + SHY + "\n"
        "       tation\n"
        "       of the present resolution.\n"
    )
    result = parse_document(content, "text")
    assert [p.anchor for p in result.paragraphs] == ["1"]
    assert result.paragraphs[0].text == (
        "Requests the Secretary-General to submit a report on the implementation of the "
        "present resolution."
    )


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        (f"multi{SHY}stakeholder dialogue", "multistakeholder dialogue"),
        (f"ex{SHY}\n   plained in box 1", "explained\n   in box 1"),
        (f"ex{SHY}  \n   plained   \nnext", "explained\nnext"),
        (f"{SHY}\nalone", "\nalone"),
        (f"page end{SHY}\n\fnext page", "page end\n\fnext page"),
        (f"in 2024{SHY}\n2025 alone", "in 2024\n2025 alone"),
    ],
)
def test_only_a_line_ending_soft_hyphen_after_a_letter_moves_a_word(
    raw: str, normalised: str
) -> None:
    assert normalise(raw) == normalised
