"""Paragraph parser: a bullet indented deeper than the bullet paragraph above is its item, in its
text one per line, as Markdown nests lists; a bullet back at that paragraph's indent below such
items is its sibling, below a colon too."""

from __future__ import annotations

import pytest

from consultations.parser import Format, ParseResult, parse_document


def rows(result: ParseResult) -> list[tuple[str, str, str | None, str]]:
    return [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]


ENGLISH = (
    "II. Action lines\n\n"
    "{0}   Information and communication infrastructure\n"
    "{0}   Capacity-building\n"
    "    {1}   digital skills\n"
    "    {1}   teacher training\n"
    "{0}   Enabling environment\n"
)
CHINESE = (
    "二、行动方针\n\n{0}   信息和通信技术基础设施\n{0}   能力建设\n"
    "    {1}   数字技能\n    {1}   教师培训\n{0}   有利环境\n"
)


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (
            ENGLISH,
            [
                "Action lines",
                "Information and communication infrastructure",
                "Capacity-building\ndigital skills\nteacher training",
                "Enabling environment",
            ],
        ),
        (
            CHINESE,
            ["行动方针", "信息和通信技术基础设施", "能力建设\n数字技能\n教师培训", "有利环境"],
        ),
    ],
    ids=["en", "zh"],
)
@pytest.mark.parametrize("sub_bullet", ["–", "‒", "◦", "o"])
def test_sub_bullets_indented_under_a_bullet_are_its_lines(
    content: str, texts: list[str], sub_bullet: str
) -> None:
    result = parse_document(content.format("•", sub_bullet))
    assert rows(result) == [
        ("section-2", "heading", None, texts[0]),
        ("p-2", "unnumbered", "section-2", texts[1]),
        ("p-3", "unnumbered", "section-2", texts[2]),
        ("p-4", "unnumbered", "section-2", texts[3]),
    ]


@pytest.mark.parametrize(
    ("content", "owner"),
    [
        (ENGLISH, "Capacity-building\ndigital skills\nteacher training"),
        (CHINESE, "能力建设\n数字技能\n教师培训"),
    ],
    ids=["en", "zh"],
)
def test_a_markdown_nested_list_reads_as_the_text_copy(content: str, owner: str) -> None:
    markdown = content.format("-", "-").replace("-   ", "- ")
    result = parse_document(markdown, "markdown")
    assert result.paragraphs[2].text == owner
    assert rows(result) == rows(parse_document(content.format("•", "–")))


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (
            "II. Action areas\n\n"
            "•   Combat illicit financial flows, including through:\n"
            "    –   beneficial ownership transparency;\n"
            "    –   asset recovery and return.\n"
            "•   Strengthen tax cooperation\n",
            "text",
        ),
        (
            "## II. Action areas\n\n"
            "- Combat illicit financial flows, including through:\n"
            "  - beneficial ownership transparency;\n"
            "  - asset recovery and return.\n"
            "- Strengthen tax cooperation\n",
            "markdown",
        ),
    ],
    ids=["text", "markdown"],
)
def test_a_bullet_back_at_the_indent_below_a_colons_items_is_its_sibling(
    content: str, fmt: Format
) -> None:
    assert [(p.anchor, p.text) for p in parse_document(content, fmt).paragraphs] == [
        ("section-2", "Action areas"),
        (
            "p-2",
            "Combat illicit financial flows, including through:\n"
            "beneficial ownership transparency;\nasset recovery and return.",
        ),
        ("p-3", "Strengthen tax cooperation"),
    ]


def test_chinese_sub_bullets_below_a_colon_then_a_sibling() -> None:
    content = (
        "二、行动领域\n\n•   打击非法资金流动，包括：\n"
        "    –   受益所有权透明度；\n    –   追回和返还资产。\n•   加强税务合作\n"
    )
    assert [p.text for p in parse_document(content).paragraphs] == [
        "行动领域",
        "打击非法资金流动，包括：\n受益所有权透明度；\n追回和返还资产。",
        "加强税务合作",
    ]


# What must not change.


def test_bullets_at_one_indent_below_a_bullets_colon_stay_its_lines() -> None:
    content = "II. Elements\n\n•   The elements are:\n•   first element\n•   second element\n"
    assert [p.text for p in parse_document(content).paragraphs] == [
        "Elements",
        "The elements are:\nfirst element\nsecond element",
    ]


def test_nested_bullets_under_a_numbered_paragraph_stay_its_lines() -> None:
    content = (
        "1. Decides:\n   •   to convene a meeting;\n       –   in New York;\n"
        "   •   to report back.\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    assert [(p.anchor, p.text) for p in parse_document(content).paragraphs] == [
        ("1", "Decides:\nto convene a meeting;\nin New York;\nto report back."),
        ("2", "Requests the Secretary-General to report."),
    ]


def test_a_markdown_item_one_space_in_is_no_nested_item() -> None:
    # CommonMark nests an item only as deep as its parent's text: " - " below "- " is a sibling.
    content = (
        "## II. Action lines\n\n- Capacity-building\n - digital skills\n- Enabling environment\n"
    )
    assert [p.text for p in parse_document(content, "markdown").paragraphs] == [
        "Action lines",
        "Capacity-building",
        "digital skills",
        "Enabling environment",
    ]
