"""Paragraph parser: a box's or table's caption printed again atop the page it runs on to ("Box 2
(continued)", "专栏 2（续）", "Table 2 (continued)", "表 2（续）"), alone on its line, is page
furniture even where the body's next paragraph came between (a box floated past it, as
-layout prints it): no paragraph in English, no heading over what follows in Chinese. The box's
text below it is a paragraph of its own, a blank line between or not. A caption so printed of
no figure the text printed above ("Table 2 (continued)" with no "Table 2") stays text."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_BOX_EN = (
    "11. Several countries have adopted national AI strategies, as described in box 2.\n\n"
    "Box 2\nNational AI strategies in Africa\nKenya adopted its national AI strategy in 2025.\n\n"
    "12. Most strategies lack dedicated financing.\n\n"
    "{caption}{gap}Ghana is preparing a strategy.\n\n"
    "13. The Secretary-General encourages further efforts.\n"
)
_BOX_ZH = (
    "11. 若干国家通过了国家人工智能战略，如专栏 2 所述。\n\n"
    "专栏 2\n非洲的国家人工智能战略\n肯尼亚于 2025 年通过了国家人工智能战略。\n\n"
    "12. 大多数战略缺乏专门资金。\n\n"
    "{caption}{gap}加纳正在编制战略。\n\n"
    "13. 秘书长鼓励进一步努力。\n"
)


@pytest.mark.parametrize(
    ("template", "caption", "ghana"),
    [
        (_BOX_EN, "Box 2 (continued)", "Ghana is preparing a strategy."),
        (_BOX_EN, "                         Box 2 (continued)", "Ghana is preparing a strategy."),
        (_BOX_ZH, "专栏 2（续）", "加纳正在编制战略。"),
        (_BOX_ZH, "                    专栏 2（续）", "加纳正在编制战略。"),
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_box_caption_continued_below_the_next_paragraph_is_furniture(
    template: str, caption: str, ghana: str, gap: str
) -> None:
    result = parse_document(template.format(caption=caption, gap=gap))
    assert [(p.anchor, p.kind, p.parent, p.heading_path) for p in result.paragraphs] == [
        ("11", "operative", None, ()),
        ("p-2", "unnumbered", None, ()),
        ("p-3", "unnumbered", None, ()),
        ("12", "operative", None, ()),
        ("p-5", "unnumbered", None, ()),
        ("13", "operative", None, ()),
    ]
    assert result.paragraphs[4].text == ghana
    assert "（续）" not in result.paragraphs[3].text
    assert "continued" not in result.paragraphs[3].text


@pytest.mark.parametrize(
    ("box", "caption"), [("Box 2", "Box 2 (continued)"), ("专栏 2", "专栏 2（续）")]
)
def test_a_bold_caption_continued_below_the_next_paragraph(box: str, caption: str) -> None:
    content = (
        "1. Several countries have adopted strategies, as described in box 2.\n\n"
        f"**{box}**\n\n**National AI strategies in Africa**\n\n"
        "Kenya adopted its national AI strategy in 2025.\n\n"
        f"2. Most strategies lack dedicated financing.\n\n**{caption}**\n\n"
        "Ghana is preparing a strategy.\n\n"
        "3. The Secretary-General encourages further efforts.\n"
    )
    result = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("1", "operative", None),
        ("p-2", "unnumbered", None),
        ("p-3", "unnumbered", None),
        ("2", "operative", None),
        ("p-5", "unnumbered", None),
        ("3", "operative", None),
    ]
    assert result.paragraphs[4].text == "Ghana is preparing a strategy."


@pytest.mark.parametrize(
    ("heading", "table", "caption"),
    [("I. Introduction", "Table 2", "Table 2 (continued)"), ("一. 导言", "表 2", "表 2（续）")],
)
def test_a_table_caption_continued_alone_is_furniture(
    heading: str, table: str, caption: str
) -> None:
    content = (
        f"{heading}\n\n1. Several countries have adopted strategies.\n\n"
        f"                     {table}\n                     Strategies adopted, by region\n"
        "   Region        2023     2024\n   Africa          12       15\n\n"
        "2. Most strategies lack dedicated financing.\n\n"
        f"                     {caption}\n\n"
        "   Region        2023     2024\n   Asia            20       24\n   Source: ITU.\n\n"
        "3. The Secretary-General encourages further efforts.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("section-1", "heading", None),
        ("1", "operative", "section-1"),
        ("p-3", "unnumbered", "section-1"),
        ("2", "operative", "section-1"),
        ("p-5", "unnumbered", "section-1"),
        ("3", "operative", "section-1"),
    ]
    assert result.paragraphs[4].text == "Region 2023 2024\nAsia 20 24\nSource: ITU."


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "7. Table 2 (continued) in the annex shows the figures for 2024.",
            "Table 2 (continued) in the annex shows the figures for 2024.",
        ),
        ("Box 2 (continued) — national examples", "Box 2 (continued) — national examples"),
    ],
)
def test_a_continued_caption_in_a_sentence_or_with_a_title_stays_text(line: str, text: str) -> None:
    content = (
        "6. Most strategies lack dedicated financing.\n\n"
        f"{line}\n\n8. The Secretary-General encourages further efforts.\n"
    )
    assert text in [p.text for p in parse_document(content).paragraphs]


def test_a_box_continued_while_it_is_read_reads_as_before() -> None:
    content = (
        "11. Several countries have adopted strategies, as described in box 2.\n\n"
        "Box 2\nNational AI strategies in Africa\n"
        "Kenya adopted its national AI strategy in 2025.\n\n"
        "Box 2 (continued)\n\nGhana is preparing a strategy.\n\n"
        "12. Most strategies lack dedicated financing.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.text) for p in result.paragraphs] == [
        ("11", "Several countries have adopted strategies, as described in box 2."),
        ("p-2", "Box 2\nNational AI strategies in Africa"),
        ("p-3", "Kenya adopted its national AI strategy in 2025."),
        ("p-4", "Ghana is preparing a strategy."),
        ("12", "Most strategies lack dedicated financing."),
    ]


def test_a_sentence_cut_by_a_continued_caption_goes_on_below_it() -> None:
    content = (
        "11. Several countries have adopted strategies, as described in box 2.\n\n"
        "Box 2\nNational AI strategies in Africa\n"
        "Kenya adopted its national AI strategy in 2025.\n\n"
        "12. Most strategies lack dedicated\n\n                 Box 2 (continued)\n\n"
        "financing from national budgets.\n\n13. The Secretary-General encourages efforts.\n"
    )
    result = parse_document(content)
    assert [(p.anchor, p.text) for p in result.paragraphs][3:] == [
        ("12", "Most strategies lack dedicated financing from national budgets."),
        ("13", "The Secretary-General encourages efforts."),
    ]


@pytest.mark.parametrize("caption", ["Table 2 (continued)", "表 2（续）", "Box 3 (continued)"])
def test_a_continued_caption_of_no_figure_read_stays_text(caption: str) -> None:
    content = (
        "1. Several countries have adopted strategies, as described in box 2.\n\n"
        "Box 2\nNational AI strategies in Africa\n"
        "Kenya adopted its national AI strategy in 2025.\n\n"
        f"2. Most strategies lack dedicated financing.\n\n{caption}\n\n"
        "3. The Secretary-General encourages further efforts.\n"
    )
    assert caption in [p.text for p in parse_document(content).paragraphs]
