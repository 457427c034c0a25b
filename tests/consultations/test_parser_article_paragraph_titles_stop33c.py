"""Paragraph parser: a convention's article whose numbered paragraphs carry a title of their own
above their text ("Article 2" + "2. Principle of sovereignty" + a blank line + "The States
Parties shall …"), as UNESCO's conventions print their guiding principles, gave a short title
a paragraph alone and its text an unnumbered one, while a long title went on with its text.
Both now go on: a delegate citing "article 2, paragraph 1" cites the principle's text, so the
text belongs to ``article-2/1`` however short the title above it."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

_EN = """\
Article 1

Objectives

The objectives of this Convention are to protect and promote the diversity of cultural
expressions and to create the conditions for cultures to flourish and to freely interact.

Article 2{gap}
Guiding principles

1. {first}

The States Parties shall carry out their obligations under this Convention in a manner
consistent with the principles of sovereign equality and territorial integrity of States.

2. {second}

Cultural diversity can be protected and promoted only if human rights and fundamental
freedoms, such as freedom of expression, information and communication, are guaranteed.

Article 3

Scope of application

This Convention shall apply to the policies and measures adopted by the Parties.
"""

_ZH = """\
第一条

目标

本公约的目标是保护和促进文化表现形式的多样性，为各种文化的繁荣发展和自由互动创造条件。

第二条{gap}
指导原则

1. {first}

缔约国应当以符合各国主权平等和领土完整原则以及不干涉他国内政原则的方式履行本公约规定的
义务。

2. {second}

只有确保人权，以及表达、信息和交流等基本自由，并确保个人可以选择文化表现形式，才能保护和
促进文化多样性。

第三条

适用范围

本公约适用于缔约方采取的有关保护和促进文化表现形式多样性的政策和措施。
"""

_TITLES = {
    "en short": (_EN, "Principle of sovereignty", "Principle of human rights"),
    "en long": (
        _EN,
        "Principle of respect for the sovereignty and territorial integrity of all States",
        "Principle of respect for human rights and fundamental freedoms of all people",
    ),
    "zh short": (_ZH, "主权原则", "人权原则"),
    "zh long": (
        _ZH,
        "尊重所有缔约国主权和领土完整以及不干涉他国内政的原则和各项规定",
        "尊重人权和基本自由原则以及确保个人可以选择文化表现形式的原则",
    ),
}


@pytest.mark.parametrize("article_titled", [True, False])
@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize("case", list(_TITLES))
def test_an_article_paragraph_title_goes_on_with_its_text(
    case: str, gap: str, article_titled: bool
) -> None:
    template, first, second = _TITLES[case]
    content = template.format(gap=gap, first=first, second=second)
    if not article_titled:
        content = content.replace("Guiding principles\n\n", "").replace("指导原则\n\n", "")
    rows = parsed_rows(content)
    in_article_2 = [(anchor, text) for anchor, _, parent, text in rows if parent == "article-2"]

    assert [anchor for anchor, _ in in_article_2] == ["article-2/1", "article-2/2"]
    assert in_article_2[0][1].startswith(first)
    assert in_article_2[0][1].endswith(("States.", "义务。"))
    assert in_article_2[1][1].startswith(second)
    assert in_article_2[1][1].endswith(("guaranteed.", "多样性。"))
