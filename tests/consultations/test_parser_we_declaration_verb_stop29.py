"""Paragraph parser: a declaration's "我们，…，" wrapped right before its verb ("重申我们对…的
坚定承诺。") goes on with it, as English's lower-case "…, reaffirm our …" does: one preambular
paragraph, never pp1 + pp2 because the verb opens like a preambular paragraph. A preambular
paragraph below the "We, …," still ends with its comma and stays one of its own."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
The General Assembly,

Adopts the following political declaration:

We, the Heads of State and Government and High Representatives, gathered at
United Nations Headquarters on 30 June 2026, reaffirm our strong commitment to Sevilla.

I. Our shared vision

1. We reaffirm that eradicating poverty is the greatest global challenge.
"""

_CHINESE = """\
大会，

通过以下政治宣言：

我们，国家元首和政府首脑及高级别代表，于 2026 年 6 月 30 日聚集在联合国总部，
重申我们对《塞维利亚承诺》的坚定承诺。

一、我们的共同愿景

1. 我们重申，消除一切形式和表现的贫困是全球最大的挑战。
"""

# The verb's sentence wrapped over two lines before its full stop.
_CHINESE_WRAPPED = """\
大会，

通过以下政治宣言：

我们，国家元首和政府首脑及高级别代表，于 2026 年 6 月 30 日聚集在联合国总部，
重申我们对《塞维利亚承诺》、《亚的斯亚贝巴行动议程》和《2030 年议程》的坚定
承诺。

一、我们的共同愿景

1. 我们重申，消除一切形式和表现的贫困是全球最大的挑战。
"""


def _anchors(text: str) -> list[str]:
    return [p.anchor for p in parse_document(text).paragraphs]


@pytest.mark.parametrize(
    "text", [_ENGLISH, _CHINESE, _CHINESE_WRAPPED], ids=["en", "zh", "zh-wrapped"]
)
def test_the_we_goes_on_with_its_verb(text: str) -> None:
    assert _anchors(text) == ["p-1", "p-2", "pp1", "section-1", "1"]


def test_the_chinese_we_and_its_verb_are_one_paragraph() -> None:
    paragraphs = {p.anchor: p.text for p in parse_document(_CHINESE).paragraphs}
    assert paragraphs["pp1"].endswith("聚集在联合国总部，重申我们对《塞维利亚承诺》的坚定承诺。")


@pytest.mark.parametrize(
    "text",
    [
        "We, the Ministers, gathered in Geneva,\nRecalling the Tunis Agenda,\n"
        "Reaffirming the Geneva Declaration,\nDeclare as follows:\n1. We commit to act.\n",
        "我们，各国部长，聚集在日内瓦，\n回顾《突尼斯议程》，\n重申《日内瓦宣言》，\n"
        "兹宣布：\n1. 我们承诺采取行动。\n",
    ],
    ids=["en", "zh"],
)
def test_a_preambular_paragraph_below_the_we_stays_its_own(text: str) -> None:
    assert _anchors(text) == ["pp1", "pp2", "pp3", "p-4", "1"]
