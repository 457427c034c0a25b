"""Paragraph parser: in plain text, the bullets Word prints besides "•" ("➢", "■", "✓", its
Wingdings glyphs as pdftotext prints them, a figure dash) open a list's items as "•" does, and
so does its second-level "o" where a list shows it is one; a lone "o" elsewhere is a word."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document
from tests.consultations.parser_helpers import paragraph


def rows(result: ParseResult) -> list[tuple[str, str, str | None, str]]:
    return [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]


ENGLISH_LIST = (
    "III. Follow-up\n\n{0}   Extend the mandate of the Forum\n{0}   Review progress in 2030\n\n"
    "IV. Means of implementation\n\n{0}   Domestic resources\n"
)
CHINESE_LIST = (
    "三、后续行动\n\n{0}   延长论坛的任务期限\n{0}   在 2030 年审查进展\n\n"
    "四、执行手段\n\n{0}   国内资源\n"
)


@pytest.mark.parametrize("content", [ENGLISH_LIST, CHINESE_LIST], ids=["en", "zh"])
@pytest.mark.parametrize(
    "glyph",
    ["➢", "➤", "►", "▶", "■", "◆", "❖", "✓", "✔", "‒", "\uf0d8", "\uf076", "\uf0fc"],
)
def test_words_bullet_glyphs_open_items_as_a_bullet_does(content: str, glyph: str) -> None:
    result = parse_document(content.format(glyph))
    assert rows(result) == rows(parse_document(content.format("•")))
    assert [p.kind for p in result.paragraphs] == [
        "heading",
        "unnumbered",
        "unnumbered",
        "heading",
        "unnumbered",
    ]
    assert not any(glyph in p.text for p in result.paragraphs)


@pytest.mark.parametrize(
    ("content", "items"),
    [
        (
            "II. Action lines\n\n"
            "o   Capacity-building for developing countries\n"
            "o   Investment in digital public infrastructure\n\n"
            "III. Follow-up\n\n1. The Forum will review progress in 2030.\n",
            [
                "Capacity-building for developing countries",
                "Investment in digital public infrastructure",
            ],
        ),
        (
            # As pdftotext prints it without its layout: one space after the bullet.
            "II. Action lines\n\n"
            "o Capacity-building for developing countries\n\n"
            "o Investment in digital public infrastructure\n\n"
            "III. Follow-up\n\n1. The Forum will review progress in 2030.\n",
            [
                "Capacity-building for developing countries",
                "Investment in digital public infrastructure",
            ],
        ),
        (
            "二、行动方针\n\no   发展中国家的能力建设\no   数字公共基础设施投资\n\n"
            "三、后续行动\n\n1. 论坛将在 2030 年审查进展。\n",
            ["发展中国家的能力建设", "数字公共基础设施投资"],
        ),
    ],
    ids=["en-layout", "en-raw", "zh"],
)
def test_letter_o_bullets_listed_together_are_items_not_the_headings_words(
    content: str, items: list[str]
) -> None:
    result = parse_document(content)
    assert [(p.anchor, p.kind, p.text) for p in result.paragraphs[:3]] == [
        ("section-2", "heading", result.paragraphs[0].text),
        ("p-2", "unnumbered", items[0]),
        ("p-3", "unnumbered", items[1]),
    ]
    assert result.paragraphs[0].text in ("Action lines", "行动方针")
    assert [p.parent for p in result.paragraphs[1:3]] == ["section-2", "section-2"]


@pytest.mark.parametrize(
    ("content", "owner"),
    [
        (
            "II. Action lines\n\n"
            "•   Capacity-building for developing countries, including through:\n"
            "       o   digital skills programmes for women and girls;\n"
            "       o   teacher training.\n"
            "•   Enabling environment\n",
            "Capacity-building for developing countries, including through:\n"
            "digital skills programmes for women and girls;\nteacher training.",
        ),
        (
            # Without its layout: the sub-items are told by their glyph, and so is the next
            # item of the list they are under.
            "II. Action lines\n\n"
            "• Capacity-building for developing countries, including through:\n"
            "o digital skills programmes for women and girls;\n"
            "o teacher training.\n"
            "• Enabling environment\n",
            "Capacity-building for developing countries, including through:\n"
            "digital skills programmes for women and girls;\nteacher training.",
        ),
        (
            "二、行动方针\n\n•   发展中国家的能力建设，包括：\n"
            "      o   面向妇女和女童的数字技能方案；\n      o   教师培训。\n•   有利环境\n",
            "发展中国家的能力建设，包括：\n面向妇女和女童的数字技能方案；\n教师培训。",
        ),
    ],
    ids=["en-layout", "en-raw", "zh"],
)
def test_letter_o_sub_bullets_below_a_colon_are_its_lines_without_the_o(
    content: str, owner: str
) -> None:
    result = parse_document(content)
    assert paragraph(content, "p-2").text == owner
    enabling = paragraph(content, "p-3")
    assert (enabling.kind, enabling.parent) == ("unnumbered", "section-2")
    assert enabling.text in ("Enabling environment", "有利环境")
    assert len(result.paragraphs) == 3


def test_one_letter_o_set_off_below_a_colon_is_its_item() -> None:
    content = (
        "II. Action lines\n\n"
        "•   Capacity-building for developing countries, including through:\n"
        "       o   digital skills programmes for women and girls.\n"
        "•   Enabling environment\n"
    )
    assert paragraph(content, "p-2").text == (
        "Capacity-building for developing countries, including through:\n"
        "digital skills programmes for women and girls."
    )
    assert paragraph(content, "p-3").text == "Enabling environment"


def test_a_figure_dash_bullet_alone_under_a_heading_is_a_paragraph_not_a_heading() -> None:
    content = "V. Other matters\n\n‒   Partnerships\n"
    assert [(p.anchor, p.kind, p.text) for p in parse_document(content).paragraphs] == [
        ("section-5", "heading", "Other matters"),
        ("p-2", "unnumbered", "Partnerships"),
    ]


# What must not change.


def test_a_lone_o_opening_a_wrapped_line_is_a_word() -> None:
    # Spanish "o" ("or") opening a bullet's wrapped line: one space after it, no list of "o".
    content = (
        "II. Acciones\n\n"
        "•   Fortalecer la cooperación internacional\n"
        "    o regional en materia de ciencia.\n"
        "•   Promover la inversión\n"
    )
    assert [p.text for p in parse_document(content).paragraphs] == [
        "Acciones",
        "Fortalecer la cooperación internacional o regional en materia de ciencia.",
        "Promover la inversión",
    ]


def test_a_figure_dash_before_a_figure_is_a_minus_sign() -> None:
    content = "1. The balance changed by\n‒5 per cent in 2024 and ‒3 per cent in 2025.\n"
    assert [p.text for p in parse_document(content).paragraphs] == [
        "The balance changed by ‒5 per cent in 2024 and ‒3 per cent in 2025."
    ]


# A figure dash or "■" opening a line a sentence wrapped onto goes on with it, as "– " does.

WRAPPED_AT_A_FIGURE_DASH = (
    "I.    Introduction\n\n"
    "1.    The Panel noted that between 2006 and 2025 the Forum had met twenty times, and that"
    " its outputs\n"
    "‒ notably the IGF Messages ‒ had grown in relevance over the period.\n\n"
    "2.    The Panel will report to the Secretary-General.\n"
)
# Chinese has no lower case: the line above reaches the text's width.
WRAPPED_AT_A_FIGURE_DASH_ZH = (
    "一、导言\n\n"
    "1. 专家组指出，2006 年至 2025 年间论坛共举行了二十次会议，而且论坛的各项产出\n"
    "‒ 特别是互联网治理论坛信息 ‒ 在此期间的重要性与日俱增，得到广泛认可。\n\n"
    "2. 专家组将向秘书长报告。\n"
)


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (
            WRAPPED_AT_A_FIGURE_DASH,
            "The Panel noted that between 2006 and 2025 the Forum had met twenty times, and that"
            " its outputs ‒ notably the IGF Messages ‒ had grown in relevance over the period.",
        ),
        (
            WRAPPED_AT_A_FIGURE_DASH.replace("‒", "■"),
            "The Panel noted that between 2006 and 2025 the Forum had met twenty times, and that"
            " its outputs ■ notably the IGF Messages ■ had grown in relevance over the period.",
        ),
        (
            WRAPPED_AT_A_FIGURE_DASH_ZH,
            "专家组指出，2006 年至 2025 年间论坛共举行了二十次会议，而且论坛的各项产出 ‒"
            " 特别是互联网治理论坛信息 ‒ 在此期间的重要性与日俱增，得到广泛认可。",
        ),
    ],
    ids=["en-figure-dash", "en-square", "zh"],
)
def test_a_figure_dash_opening_a_wrapped_line_goes_on_with_the_sentence(
    content: str, sentence: str
) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["section-1", "1", "2"]
    assert paragraph(content, "1").text == sentence


def test_a_recommendations_tail_wrapped_at_a_figure_dash_stays_in_it() -> None:
    content = (
        "II.   Conclusions and/or recommendations\n\n"
        "120. The following recommendations will be examined by Norway, which will provide\n"
        "responses in due time:\n\n"
        "      120.1 Strengthen measures to combat hate speech online\n"
        "– including through digital literacy programmes (Austria);\n\n"
        "      120.2 Continue efforts to close the gender digital divide\n"
        "‒ in particular in rural areas (Philippines);\n\n"
        "121. All conclusions and/or recommendations contained in the present report reflect\n"
        "the position of the submitting State(s).\n"
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["section-2", "120", "120.1", "120.2", "121"]
    assert paragraph(content, "120.2").text == (
        "Continue efforts to close the gender digital divide ‒ in particular in rural areas"
        " (Philippines);"
    )


def test_a_sentences_paired_figure_dashes_at_two_wraps_stay_in_it() -> None:
    # As with "– ": no sentence wraps twice at a dash, unless at its paired dashes.
    content = (
        "1. The Committee noted that the three criteria\n"
        "‒ income per capita, the human assets index and the economic vulnerability index\n"
        "‒ had been met by the country.\n\n"
        "2. The Committee will report.\n"
    )
    assert [p.text for p in parse_document(content).paragraphs] == [
        "The Committee noted that the three criteria ‒ income per capita, the human assets index"
        " and the economic vulnerability index ‒ had been met by the country.",
        "The Committee will report.",
    ]


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (
            # Below a colon, wrapped flush with the glyph: the item above is this one's sibling.
            "1. The Panel agreed on the following:\n■ the strengthening of national\ncapacities\n"
            "■ financing\n\n2. The Panel will report.\n",
            [
                "The Panel agreed on the following:\nthe strengthening of national capacities\n"
                "financing",
                "The Panel will report.",
            ],
        ),
        (
            # An item opening as an entry does, below a title left unpunctuated.
            "II. Messages\n\nKey messages\n‒ Financing gaps are widening\n\n"
            "2. The Panel will report.\n",
            ["Messages", "Key messages", "Financing gaps are widening", "The Panel will report."],
        ),
        (
            # Set as a bullet is, indented deeper than the words above it.
            "1. The Panel discussed\n      ■   the mandate of the Forum\n\n"
            "2. The Panel will report.\n",
            ["The Panel discussed", "the mandate of the Forum", "The Panel will report."],
        ),
        (
            # Chinese, below a line short of the text's width.
            "一、导言\n\n1. 专家组商定了下列信息\n■ 论坛应成为常设机构\n■ 论坛应加强外联\n\n"
            "2. 专家组将向秘书长报告。\n",
            [
                "导言",
                "专家组商定了下列信息",
                "论坛应成为常设机构",
                "论坛应加强外联",
                "专家组将向秘书长报告。",
            ],
        ),
    ],
    ids=["en-siblings-below-a-wrap", "en-capital", "en-indented", "zh-short-line-above"],
)
def test_figure_dash_and_square_bullets_still_open_items_below_unfinished_lines(
    content: str, texts: list[str]
) -> None:
    assert [p.text for p in parse_document(content).paragraphs] == texts
