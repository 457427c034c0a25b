"""Paragraph parser: a report's box ("Box 1" + its title + its text) reads alike whatever its
text's length: the title is a paragraph, the text one of its own, even a text of a line (which
Chinese prints more often than English); the caption printed again where the box runs on to the
next page ("Box 2 (continued)", "专栏 2（续）") is no text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

PARAGRAPH_ONE = "1.     The divide is compounded by gaps in skills.\n\n"
PARAGRAPH_TWO = "\n2.     Existing mechanisms include the Digital Window.\n"
CHINESE_ONE = "1.     技能和数据方面的差距加剧了这一鸿沟。\n\n"
CHINESE_TWO = "\n2.     现有机制包括联合可持续发展目标基金数字窗口。\n"


def _texts(content: str, fmt: str = "text") -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content, fmt).paragraphs]


@pytest.mark.parametrize(
    ("content", "fmt", "caption", "body"),
    [
        (
            f"{PARAGRAPH_ONE}Box 1\nSkills gaps in least developed countries\n"
            "   In 2024, only 8 per cent had basic digital skills.\n"
            f"{PARAGRAPH_TWO}",
            "text",
            "Box 1\nSkills gaps in least developed countries",
            "In 2024, only 8 per cent had basic digital skills.",
        ),
        (
            f"{CHINESE_ONE}框 1\n最不发达国家的技能差距\n"
            "   2024 年，最不发达国家只有 8% 的人口具备基本数字技能，而发达国家为 68%。\n"
            f"{CHINESE_TWO}",
            "text",
            "框 1\n最不发达国家的技能差距",
            "2024 年，最不发达国家只有 8% 的人口具备基本数字技能，而发达国家为 68%。",
        ),
        (
            f"{CHINESE_ONE}专栏 1\n最不发达国家的技能差距\n只有 8% 的人口具备基本数字技能。\n"
            f"{CHINESE_TWO}",
            "text",
            "专栏 1\n最不发达国家的技能差距",
            "只有 8% 的人口具备基本数字技能。",
        ),
        (
            f"{PARAGRAPH_ONE}Box 1: Skills gaps in least developed countries\n"
            "   In 2024, only 8 per cent had basic digital skills.\n"
            f"{PARAGRAPH_TWO}",
            "text",
            "Box 1: Skills gaps in least developed countries",
            "In 2024, only 8 per cent had basic digital skills.",
        ),
        (
            f"{PARAGRAPH_ONE}Box 1\nSkills gaps in least developed countries and small island"
            " developing\nStates\n   In 2024, only 8 per cent had basic digital skills.\n"
            f"{PARAGRAPH_TWO}",
            "text",
            "Box 1\nSkills gaps in least developed countries and small island developing States",
            "In 2024, only 8 per cent had basic digital skills.",
        ),
        (
            "1. The divide is compounded by gaps in skills.\n\n**Box 1**\n"
            "**Skills gaps in least developed countries**\n"
            "In 2024, only 8 per cent had basic digital skills.\n\n"
            "2. Existing mechanisms include the Digital Window.\n",
            "markdown",
            "Box 1\nSkills gaps in least developed countries",
            "In 2024, only 8 per cent had basic digital skills.",
        ),
    ],
    ids=["english", "chinese", "chinese-flat", "title-on-caption-line", "wrapped-title", "md"],
)
def test_a_boxs_one_line_text_is_a_paragraph_of_its_own(
    content: str, fmt: str, caption: str, body: str
) -> None:
    texts = _texts(content, fmt)
    assert [anchor for anchor, _ in texts] == ["1", "p-2", "p-3", "2"]
    assert texts[1][1] == caption
    assert texts[2][1] == body


def test_english_and_chinese_boxes_get_the_same_anchors() -> None:
    english = (
        f"{PARAGRAPH_ONE}Box 1\nSkills gaps in least developed countries\n"
        "   In 2024, only 8 per cent of the population of least developed countries\n"
        "   had basic digital skills, compared with 68 per cent in developed countries.\n"
        f"{PARAGRAPH_TWO}"
    )
    chinese = (
        f"{CHINESE_ONE}框 1\n最不发达国家的技能差距\n"
        "   2024 年，最不发达国家只有 8% 的人口具备基本数字技能，而发达国家为 68%。\n"
        f"{CHINESE_TWO}"
    )
    english_paragraphs = parse_document(english).paragraphs
    chinese_paragraphs = parse_document(chinese).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in english_paragraphs] == [
        (p.anchor, p.kind, p.parent) for p in chinese_paragraphs
    ]


PAGE_BREAK = (
    "\n\n\n24-27106                                                                  5/12\n"
    "A/80/345\n\n"
)


@pytest.mark.parametrize(
    ("content", "fmt", "kenya", "chile"),
    [
        (
            "10.    National strategies vary widely, as illustrated in box 2.\n\n"
            "Box 2\nExamples of national artificial intelligence strategies\n"
            "   Kenya adopted its national AI strategy in 2025, focusing on agriculture,\n"
            "   health and public services.\n"
            f"{PAGE_BREAK}Box 2 (continued)\n"
            "   Chile updated its national AI policy in 2024, adding a chapter on ethics.\n\n"
            "11.    Most strategies lack dedicated financing.\n",
            "text",
            "Kenya adopted its national AI strategy in 2025, focusing on agriculture, health and "
            "public services.",
            "Chile updated its national AI policy in 2024, adding a chapter on ethics.",
        ),
        (
            "10.    National strategies vary widely, as illustrated in box 2.\n\n"
            "Box 2\nExamples of national artificial intelligence strategies\n"
            "   Kenya adopted its national AI strategy in 2025, focusing on agriculture,\n"
            "   health and public services. Its strategy was developed through\n"
            f"{PAGE_BREAK}Box 2 (continued)\n"
            "   multi-stakeholder consultations.\n"
            "   Chile updated its national AI policy in 2024, adding a chapter on ethics.\n\n"
            "11.    Most strategies lack dedicated financing.\n",
            "text",
            "Kenya adopted its national AI strategy in 2025, focusing on agriculture, health and "
            "public services. Its strategy was developed through multi-stakeholder consultations.",
            "Chile updated its national AI policy in 2024, adding a chapter on ethics.",
        ),
        (
            "10.    各国战略差异很大，如专栏 2 所示。\n\n专栏 2\n国家人工智能战略实例\n"
            "   肯尼亚于 2025 年通过了国家人工智能战略，重点关注农业、卫生和公共服务。\n"
            f"{PAGE_BREAK}专栏 2（续）\n"
            "   智利于 2024 年更新了国家人工智能政策。\n\n"
            "11.    大多数战略缺乏专项资金。\n",
            "text",
            "肯尼亚于 2025 年通过了国家人工智能战略，重点关注农业、卫生和公共服务。",
            "智利于 2024 年更新了国家人工智能政策。",
        ),
        (
            "10. National strategies vary widely, as illustrated in box 2.\n\n**Box 2**\n\n"
            "**Examples of national strategies**\n\n"
            "Kenya adopted its national AI strategy in 2025.\n\n**Box 2 (continued)**\n\n"
            "Chile updated its national AI policy in 2024.\n\n"
            "11. Most strategies lack dedicated financing.\n",
            "markdown",
            "Kenya adopted its national AI strategy in 2025.",
            "Chile updated its national AI policy in 2024.",
        ),
    ],
    ids=["english", "mid-sentence", "chinese", "md"],
)
def test_a_boxs_caption_printed_again_after_a_page_break_is_no_text(
    content: str, fmt: str, kenya: str, chile: str
) -> None:
    texts = _texts(content, fmt)
    assert [anchor for anchor, _ in texts] == ["10", "p-2", "p-3", "p-4", "11"]
    assert texts[2][1] == kenya
    assert texts[3][1] == chile


def test_continued_in_a_sentence_or_outside_a_box_stays_text() -> None:
    content = (
        "10. See box 2.\n\n"
        "As noted in Box 2 (continued) below, strategies vary.\n\n"
        "Box 2 (continued)\n\n"
        "11. Most strategies lack dedicated financing.\n"
    )
    texts = _texts(content)
    assert [anchor for anchor, _ in texts] == ["10", "p-2", "p-3", "11"]
    assert texts[2][1] == "Box 2 (continued)"


def test_a_tables_cells_below_its_title_stay_the_tables() -> None:
    content = (
        "1. Internet use grew.\n\nTable 2\nInternet users by region, 2023\n"
        "Region\nAfrica\n6.0\nSource: ITU.\n\n2. Gaps remain.\n"
    )
    texts = _texts(content)
    assert [anchor for anchor, _ in texts] == ["1", "p-2", "2"]
    assert texts[1][1].endswith("\nSource: ITU.")


def test_a_boxs_title_wrapped_on_a_second_line_stays_the_title() -> None:
    content = (
        f"{PARAGRAPH_ONE}Box 1\nSkills gaps in least developed countries and small island\n"
        "developing States\n\n"
        "In 2024, only 8 per cent of the population had basic digital skills.\n"
        f"{PARAGRAPH_TWO}"
    )
    texts = _texts(content)
    assert [anchor for anchor, _ in texts] == ["1", "p-2", "p-3", "2"]
    assert texts[1][1].endswith("small island developing States")
