"""Paragraph parser: a Chinese preambular paragraph wrapped right after a "，" goes on where
English, in lower case, does: below a line opening with a conjunction no preambular paragraph
opens with ("以及", "包括", "特别是" …), and, where blank lines set the paragraphs apart, right
below it with no blank line between, the line punctuated and opening no preambular paragraph.
A line opening one ("又回顾…", "重申…") still opens the next paragraph."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_CONJUNCTION_ENGLISH = """\
The Human Rights Council,
Guided by the purposes and principles of the Charter of the United Nations,
Reaffirming the Universal Declaration of Human Rights and relevant treaties,
and the International Covenant on Economic, Social and Cultural Rights,
Recognizing that new and emerging technologies can facilitate the promotion,
1. Affirms that the same rights that people have offline must also be protected online;
2. Decides to remain seized of the matter.
"""

_CONJUNCTION_CHINESE = """\
人权理事会，
遵循《联合国宪章》的宗旨和原则，
重申《世界人权宣言》和相关国际人权条约，包括《公民权利和政治权利国际公约》，
以及《经济社会文化权利国际公约》，
认识到新技术和新兴技术可以促进和保护人权，但也可能被用来破坏人权，
1. 申明人们在线下享有的权利在线上也必须受到保护；
2. 决定继续处理这一问题。
"""

_SHORT_LINE_ENGLISH = """\
The Security Council,

Recalling its previous resolutions on South Sudan, in particular resolution 2625 (2022),

Deeply concerned at the continued deterioration of the humanitarian situation,
with more than 9 million people in need of humanitarian assistance,

1. Decides to extend the mandate;
"""

_SHORT_LINE_CHINESE = """\
安全理事会，

回顾其以往关于南苏丹局势的各项决议，特别是第 2625(2022)号决议，

深为关切南苏丹的人道主义局势持续恶化，
有 900 多万人需要人道主义援助，

1. 决定延长任务期限；
"""


def _anchors(text: str) -> list[str]:
    return [p.anchor for p in parse_document(text).paragraphs]


@pytest.mark.parametrize("text", [_CONJUNCTION_ENGLISH, _CONJUNCTION_CHINESE], ids=["en", "zh"])
def test_a_line_opening_with_a_conjunction_goes_on_below_a_comma(text: str) -> None:
    assert _anchors(text) == ["p-1", "pp1", "pp2", "pp3", "1", "2"]


def test_the_chinese_conjunction_line_is_joined_to_its_paragraph() -> None:
    paragraphs = {p.anchor: p.text for p in parse_document(_CONJUNCTION_CHINESE).paragraphs}
    assert paragraphs["pp2"].endswith("政治权利国际公约》，以及《经济社会文化权利国际公约》，")


@pytest.mark.parametrize("text", [_SHORT_LINE_ENGLISH, _SHORT_LINE_CHINESE], ids=["en", "zh"])
def test_a_line_right_below_a_short_comma_line_goes_on_between_blank_lines(text: str) -> None:
    assert _anchors(text) == ["p-1", "pp1", "pp2", "1"]


def test_the_chinese_short_comma_line_is_joined_to_its_paragraph() -> None:
    paragraphs = {p.anchor: p.text for p in parse_document(_SHORT_LINE_CHINESE).paragraphs}
    assert (
        paragraphs["pp2"] == "深为关切南苏丹的人道主义局势持续恶化，有 900 多万人需要人道主义援助，"
    )


@pytest.mark.parametrize(
    "text",
    [
        # No blank lines: a line opening a preambular paragraph opens the next one.
        "大会，\n回顾其第 70/1 号决议，\n又回顾其第 79/1 号决议，\n1. 决定继续处理此问题。\n",
        # Where blank lines set the paragraphs apart, right below one too.
        "大会，\n\n回顾其第 70/1 号决议，\n重申其第 79/1 号决议，\n\n1. 决定继续处理此问题。\n",
    ],
    ids=["no-blank-lines", "blank-lines"],
)
def test_a_line_opening_a_preambular_paragraph_still_opens_one(text: str) -> None:
    assert _anchors(text) == ["p-1", "pp1", "pp2", "1"]


def test_an_unpunctuated_line_below_a_comma_stays_a_heading() -> None:
    text = "大会，\n\n回顾其第 70/1 号决议，\n南苏丹特派团的任务\n\n1. 决定继续处理此问题。\n"
    outline = [(p.anchor, p.kind) for p in parse_document(text).paragraphs]
    assert ("p-3", "heading") in outline
    assert outline[-1] == ("1", "operative")
