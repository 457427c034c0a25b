"""Paragraph parser: Chinese compilation texts. A delegation's position below a paragraph,
"77 国集团和中国：保留" as the official Chinese spaces the number, is a line of that paragraph,
not a note dropped as front matter; and the sponsors named in parentheses after a bracketed
proposal ("[Also recognizing …,] (G77 and China)") leave it finished, so the "Operative part"
heading after a blank line is a heading, not that paragraph's last words."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

CHINESE = (
    "          序言部分\n\n"
    "          PP1    回顾大会第 70/1 号决议，\n"
    "                 77 国集团和中国：保留\n"
    "                 欧盟：删除\n\n"
    "          PP2    认识到科学、技术和创新在实现可持续发展目标方面的关键作用，\n\n"
    "          PP2 之二  [又认识到数字技术的作用，]（77 国集团和中国）\n\n"
    "          执行部分\n\n"
    "          OP1    鼓励会员国加强国家创新体系；\n"
    "                 美国：[删除“国家”]\n\n"
    "          OP2    请秘书长提交报告；\n"
)

ENGLISH = (
    "          Preambular part\n\n"
    "          PP1    Recalling General Assembly resolution 70/1,\n"
    "                 G77 and China: retain\n"
    "                 EU: delete\n\n"
    "          PP2    Recognizing the key role of science, technology and innovation,\n\n"
    "          PP2 bis  [Also recognizing the role of digital technologies,] (G77 and China)\n\n"
    "          Operative part\n\n"
    "          OP1    Encourages Member States to strengthen national innovation systems;\n"
    '                 US: [delete "national"]\n\n'
    "          OP2    Requests the Secretary-General to submit a report;\n"
)


def _outline(content: str, fmt: str = "text") -> list[tuple[str, str, str | None]]:
    return [(p.anchor, p.kind, p.parent) for p in parse_document(content, fmt).paragraphs]


def test_a_spaced_g77_position_is_a_line_of_the_paragraph_above() -> None:
    result = parse_document(CHINESE)
    texts = {p.anchor: p.text for p in result.paragraphs}
    assert texts["pp1"] == "回顾大会第 70/1 号决议，\n77 国集团和中国：保留\n欧盟：删除"
    assert not any("77 国集团和中国：保留" in w.excerpt for w in result.warnings)


def test_a_spaced_g77_position_in_markdown_is_kept_too() -> None:
    content = (
        "PP1 回顾大会第 70/1 号决议，\n"
        "77 国集团和中国：保留\n\n"
        "PP2 认识到科学、技术和创新的关键作用，\n\n"
        "OP1 鼓励会员国加强国家创新体系；\n"
    )
    texts = {p.anchor: p.text for p in parse_document(content, "markdown").paragraphs}
    assert texts["pp1"] == "回顾大会第 70/1 号决议，\n77 国集团和中国：保留"


@pytest.mark.parametrize("content", [CHINESE, ENGLISH], ids=["zh", "en"])
def test_sponsors_after_a_bracketed_proposal_leave_it_finished(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    texts = {p.anchor: p.text for p in paragraphs}
    assert texts["pp2bis"].endswith(("（77 国集团和中国）", "(G77 and China)"))
    assert texts["p-4"] in ("执行部分", "Operative part")
    assert _outline(content) == [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("pp2bis", "preamble", None),
        ("p-4", "heading", None),
        ("1", "operative", "p-4"),
        ("2", "operative", "p-4"),
    ]


def test_both_languages_anchor_alike() -> None:
    assert _outline(CHINESE) == _outline(ENGLISH)


def test_a_numbered_note_below_the_separator_stays_a_note() -> None:
    content = (
        "大会，\n\n"
        "回顾国际电联的报告3，\n\n"
        "1. 决定继续审议这一问题。\n"
        "__________\n"
        "3 国际电联：《2024 年事实与数字》。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.text for p in paragraphs] == [
        "大会，",
        "回顾国际电联的报告，",
        "决定继续审议这一问题。",
    ]


def test_a_bracketed_clause_before_a_parenthesis_in_lower_case_still_goes_on() -> None:
    content = (
        "PP1 Recalling resolution 70/1,\n\n"
        "PP2 [Also recognizing the role of digital technologies,] (see annex)\n\n"
        "Operative part\n\n"
        "OP1 Encourages Member States to act;\n"
    )
    texts = {p.anchor: p.text for p in parse_document(content).paragraphs}
    assert texts["pp2"] == (
        "[Also recognizing the role of digital technologies,] (see annex) Operative part"
    )
