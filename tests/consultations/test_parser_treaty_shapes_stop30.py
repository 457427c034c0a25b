"""Paragraph parser, treaty and decision shapes read alike in English and Chinese: inserted
articles, lettered preambles, the enacting formula, a chapeau wrapped below a decision's title."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _paragraphs(text: str, fmt: Format = "text") -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(text, fmt).paragraphs]


def _anchors(text: str, fmt: Format = "text") -> list[str]:
    return [anchor for anchor, _ in _paragraphs(text, fmt)]


@pytest.mark.parametrize(
    "text",
    [
        "Article 4\n1. States Parties undertake to ensure the rights of persons.\n"
        "2. Each State Party undertakes to take measures.\nArticle 4 bis\n"
        "1. States Parties shall cooperate.\nArticle 5\n1. States Parties recognize equality.\n",
        "第四条\n一、缔约国承诺确保残疾人的权利。\n二、各缔约国承诺采取措施。\n第四条之二\n"
        "一、缔约国应相互合作。\n第五条\n一、缔约国确认人人平等。\n",
        "第 4 条\n一、缔约国承诺确保残疾人的权利。\n二、各缔约国承诺采取措施。\n第 4 条之二\n"
        "一、缔约国应相互合作。\n第 5 条\n一、缔约国确认人人平等。\n",
    ],
    ids=["english", "chinese-numeral", "chinese-digits"],
)
def test_an_inserted_article_is_an_article_in_english_and_chinese(text: str) -> None:
    anchors = _anchors(text)
    assert anchors == [
        "article-4",
        "article-4/1",
        "article-4/2",
        "article-4bis",
        "article-4bis/1",
        "article-5",
        "article-5/1",
    ]
    assert not parse_document(text, "text").warnings


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        (
            "Rule 2\nThe session shall open.\nRule 2 bis\nIt may be suspended.\n"
            "Rule 3\nThe agenda.\n",
            "bis",
        ),
        ("第 2 条\n会议应开幕。\n第 2 条之二\n会议可暂停。\n第 3 条\n应通过议程。\n", "bis"),
        ("规则 2\n会议应开幕。\n规则 2 之二\n会议可暂停。\n规则 3\n应通过议程。\n", "bis"),
        ("第八条\n战争罪\n第八条之三\n侵略罪\n第九条\n犯罪要件\n", "ter"),
    ],
    ids=["english-rule", "chinese-rule-article", "chinese-rule", "chinese-ter"],
)
def test_an_inserted_rule_or_article_is_a_heading_of_its_own(text: str, suffix: str) -> None:
    anchors = [anchor for anchor in _anchors(text) if anchor.startswith("article-")]
    first = int(anchors[0].removeprefix("article-"))
    assert anchors == [f"article-{first}", f"article-{first}{suffix}", f"article-{first + 1}"]


_LETTERED_PREAMBLE_EN = (
    "The States Parties to the present Convention,\n"
    "(a) Recalling the principles proclaimed in the Charter of the United Nations,\n"
    "(b) Recognizing that everyone is entitled to all the rights and freedoms,\n"
    "Have agreed as follows:\nArticle 1\n"
    "The purpose of the present Convention is to promote the human rights of persons.\n"
)
_LETTERED_PREAMBLE_ZH = (
    "本公约缔约国，\n(一) 回顾《联合国宪章》宣告的各项原则，\n"
    "(二) 确认人人有权享有一切权利和自由，\n兹议定如下：\n"
    "第一条\n本公约的宗旨是促进残疾人的人权。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _LETTERED_PREAMBLE_ZH,
        _LETTERED_PREAMBLE_ZH.replace("(一) ", "（一）").replace("(二) ", "（二）"),
    ],
    ids=["ascii-brackets", "full-width-brackets"],
)
def test_a_chinese_lettered_treaty_preamble_is_lettered_as_the_english(text: str) -> None:
    english = _anchors(_LETTERED_PREAMBLE_EN)
    assert [anchor for anchor in english if "." in anchor] == ["p-1.a", "p-1.b"]
    assert _anchors(text) == english


def test_a_resolution_preamble_above_an_annexed_treaty_keeps_its_roman_items() -> None:
    text = (
        "大会，\n回顾其各项决议，包括：\n(一) 第 60/1 号决议，\n(二) 第 70/1 号决议，\n"
        "1. 通过本决议所附公约。\n附件\n公约\n本公约缔约国，\n(一) 回顾各项原则，\n"
        "(二) 确认人人有权享有一切权利，\n兹议定如下：\n第一条\n本公约的宗旨是促进人权。\n"
    )
    items = [anchor for anchor in _anchors(text) if "." in anchor]
    assert items[:2] == ["pp1.i", "pp1.ii"]
    assert [anchor.rsplit(".", 1)[1] for anchor in items[2:]] == ["a", "b"]


_ILO_CONVENTION = (
    "The General Conference of the International Labour Organization,\n"
    "Recognizing the right of everyone to a world of work free from violence and harassment, and\n"
    "Having determined that these proposals shall take the form of an international\n"
    "Convention;\n"
    "adopts this twenty-first day of June of the year two thousand and nineteen the following\n"
    "Convention, which may be cited as the Violence and Harassment Convention, 2019.\n"
    "Article 1\n1. For the purpose of this Convention the term applies.\n"
)


@pytest.mark.parametrize(
    "text",
    [_ILO_CONVENTION, _ILO_CONVENTION.replace("\n", "\n\n")],
    ids=["no-blank-lines", "blank-lines"],
)
def test_the_ilo_adopting_formula_below_a_semicolon_is_a_paragraph_of_its_own(text: str) -> None:
    paragraphs = _paragraphs(text)
    assert [anchor for anchor, _ in paragraphs] == [
        "p-1",
        "pp1",
        "pp2",
        "p-4",
        "article-1",
        "article-1/1",
    ]
    assert paragraphs[2][1].endswith("international Convention;")
    assert paragraphs[3][1].startswith("adopts this twenty-first day of June")


_CMA_DECISION = (
    "Decision 1/CMA.5\nOutcome of the first global stocktake\n"
    "The Conference of the Parties serving as the meeting of the Parties to the\nParis Agreement,\n"
    "Recalling Article 14 of the Paris Agreement,\n1. Welcomes the progress;\n"
)
_CMA_DECISION_LAYOUT = (
    "                                                  FCCC/PA/CMA/2023/16/Add.1\n\n"
    "            Decision 1/CMA.5\n\n            Outcome of the first global stocktake\n\n"
    "                    The Conference of the Parties serving as the meeting of the"
    " Parties to the\n"
    "            Paris Agreement,\n"
    "                    Recalling Article 14 of the Paris Agreement,\n"
    "                    1.      Welcomes the progress;\n"
)
_CMA_DECISION_ZH = (
    "第 1/CMA.5 号决定\n第一次全球盘点的成果\n作为《巴黎协定》缔约方会议的《公约》缔约方会议，\n"
    "回顾《巴黎协定》第十四条，\n1. 欢迎取得的进展；\n"
)


@pytest.mark.parametrize(
    "text", [_CMA_DECISION, _CMA_DECISION_LAYOUT, _CMA_DECISION_ZH], ids=["plain", "layout", "zh"]
)
def test_a_chapeau_wrapped_over_two_lines_below_a_decision_title_is_the_chapeau(text: str) -> None:
    paragraphs = _paragraphs(text)
    assert [anchor for anchor, _ in paragraphs] == ["p-1", "pp1", "1"]
    if not text.startswith("第"):
        assert paragraphs[0][1] == (
            "The Conference of the Parties serving as the meeting of the Parties to the Paris "
            "Agreement,"
        )
        assert paragraphs[1][1] == "Recalling Article 14 of the Paris Agreement,"


_SEVEN_PARAGRAPHS = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n" + "".join(
    f"{number}. Decides on matter {number};\n\n" for number in range(1, 8)
)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            _SEVEN_PARAGRAPHS + "## Annex I\n\n8. Something the annex sets out:\n\n(c) an item;\n",
            "markdown",
        ),
        (
            _SEVEN_PARAGRAPHS + "Annex I\n\n8. Something the annex sets out:\n\n(c) an item;\n",
            "text",
        ),
        (
            "大会，\n\n回顾其第 70/1 号决议，\n\n"
            + "".join(f"{number}. 决定事项 {number}；\n\n" for number in range(1, 8))
            + "附件一\n\n8. 附件列出的事项：\n\n(c) 一个项目；\n",
            "text",
        ),
    ],
    ids=["markdown", "text", "chinese"],
)
def test_an_annex_numbering_on_from_the_text_keeps_its_numbers(text: str, fmt: Format) -> None:
    assert _anchors(text, fmt)[-3:] == ["annex-1", "annex-1/8", "annex-1/8.c"]
