"""Paragraph parser: a copy printing each paragraph on a line of its own, no blank line between
(a web page's), wraps none of its lines: an unpunctuated line short of the text's width, its
title ("Enhancing the digital contribution to peace, development and sustainability"), is a
heading, never the first words of the paragraph below, however long the text's other lines make
it look wrapped. In text wrapped at its width, a line left unfinished still goes on below."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


@pytest.mark.parametrize(
    "lines",
    [
        [
            "The Forum met in Riyadh from 15 to 19 December 2024 under the theme "
            '"Building our Multistakeholder Digital Future".',
            "Enhancing the digital contribution to peace, development and sustainability",
            "Digital public infrastructure can accelerate progress on the Goals if designed "
            "with safeguards.",
            "Advancing human rights and inclusion in the digital age",
            "Human rights apply online as they do offline.",
        ],
        [
            "论坛于2024年12月15日至19日在利雅得举行，主题为“建设我们的多利益攸关方数字未来”。",
            "加强数字技术对和平、发展和可持续性的贡献以及数字合作",
            "数字公共基础设施如果在设计时配有保障措施，可以加快实现各项目标的进展。",
            "在数字时代促进人权和包容",
            "人权在网上和网下同样适用。",
        ],
    ],
)
def test_a_title_on_its_own_line_heads_the_paragraph_below(lines: list[str]) -> None:
    paragraphs = parse_document("\n".join(lines) + "\n").paragraphs
    assert [(p.anchor, p.kind, p.text) for p in paragraphs] == [
        ("p-1", "unnumbered", lines[0]),
        ("p-2", "heading", lines[1]),
        ("p-3", "unnumbered", lines[2]),
        ("p-4", "heading", lines[3]),
        ("p-5", "unnumbered", lines[4]),
    ]


def test_a_line_left_unfinished_in_wrapped_text_still_goes_on() -> None:
    text = (
        "1. The Forum met in Riyadh from 15 to 19 December 2024 under the theme of\n"
        "building a multistakeholder digital future for all, and it heard from the\n"
        "participants of more than 170 countries.\n"
        "2. Digital public infrastructure can accelerate progress on the Goals if it\n"
        "is designed with safeguards.\n"
    )
    paragraphs = parse_document(text).paragraphs
    assert [p.anchor for p in paragraphs] == ["1", "2"]
    assert paragraphs[1].text == (
        "Digital public infrastructure can accelerate progress on the Goals if it is designed "
        "with safeguards."
    )
