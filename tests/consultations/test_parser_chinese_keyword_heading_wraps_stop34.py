"""Paragraph parser: a Chinese keyword heading ("行动 2.", "目标 1.") whose line ends without
punctuation, wide, goes on over the line below when that line could be no sub-heading: one
ending like a sentence ("行动，不让任何一个人掉队。") or opening with a heading's keyword it
does not number ("目标的进展"), however short of the text's measured wrap width the heading
stopped."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

_WRAPS = (
    "1. 我们决定在全球、区域和国家各级采取行动，加快实现各项承诺，并确保所有人都能\n"
    "从数字技术中受益。\n"
    "2. 我们承诺到 2030 年将所有人、学校和医院连接到互联网，并确保所有人都能负担得\n"
    "起。\n"
)


def test_an_action_title_goes_on_over_a_line_ending_its_sentence() -> None:
    text = (
        _WRAPS + "行动 2. 我们将把消除贫困作为我们努力的核心，并在全球、区域和国家各级采取\n"
        "行动，不让任何一个人掉队。\n3. 我们决定消除贫困。\n"
    )
    rows = parsed_rows(text)
    assert rows[2:] == [
        (
            "action-2",
            "heading",
            None,
            "我们将把消除贫困作为我们努力的核心，并在全球、区域和国家各级采取行动，不让任何一个人掉队。",
        ),
        ("3", "operative", "action-2", "我们决定消除贫困。"),
    ]


def test_an_objective_title_goes_on_over_its_keyword_unnumbered() -> None:
    text = (
        _WRAPS + "目标 1. 缩小所有数字鸿沟，加快在全球、区域和国家各级实现所有可持续发展\n"
        "目标的进展\n3. 我们决定消除贫困。\n"
    )
    rows = parsed_rows(text)
    assert rows[2:] == [
        (
            "objective-1",
            "heading",
            None,
            "缩小所有数字鸿沟，加快在全球、区域和国家各级实现所有可持续发展目标的进展",
        ),
        ("3", "operative", "objective-1", "我们决定消除贫困。"),
    ]
