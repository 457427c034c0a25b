"""Paragraph parser: pdftotext -layout indents a paragraph's first line, never its wrapped ones,
whatever the page's margin. A preambular line at the margin right below a full line a comma
ends goes on with the paragraph, without blank lines between paragraphs too: Chinese, which
wraps anywhere, lands a "，" at the edge in many a preamble, and was split there."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ZH_SHORT = (
    "                  大会，\n"
    "                  回顾其 2015 年 9 月 25 日题为“变革我们的世界：2030 年可持续发展\n"
    "          议程”的第 70/1 号决议，其中通过了一套全面、影响深远和以人为中心的普遍，\n"
    "          具有普遍性和变革性的可持续发展目标和具体目标，\n"
    "                  又回顾其 2015 年 12 月 16 日第 70/125 号决议，\n"
    "                  1.     决定继续审议这一问题。\n"
)
ZH_LONG = (
    "                  大会，\n"
    "                  回顾其 2015 年 9 月 25 日题为“变革我们的世界：2030 年可持续发展\n"
    "          议程”的第 70/1 号决议，其中通过了一套全面、影响深远和以人为中心的普遍，\n"
    "          具有普遍性和变革性的可持续发展目标和具体目标，\n"
    "                  重申其 2015 年 7 月 27 日关于第三次发展筹资问题国际会议亚的斯\n"
    "          亚贝巴行动议程的第 69/313 号决议，该议程是 2030 年议程的组成部分，\n"
    "                  又回顾其 2015 年 12 月 16 日关于信息社会世界首脑会议成果落实\n"
    "          情况的第 70/125 号决议，以及其后关于信息和通信技术促进可持续发展\n"
    "          的各项决议，\n"
    "                  确认信息和通信技术有潜力为实现可持续发展目标提供新的解决办法，\n"
    "          特别是在减贫、卫生、教育和环境可持续性等领域，\n"
    "                  1.     决定继续审议这一问题。\n"
    "                  2.     请秘书长在第八十一届会议上提交一份关于本决议执行情况的报告。\n"
)
EN_LONG = (
    "                  The General Assembly,\n"
    '                  Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming\n'
    '          our world: the 2030 Agenda for Sustainable Development", and its follow-up,\n'
    "          United Nations system-wide coherence and the reports of the Secretary-General,\n"
    "                  Reaffirming its resolution 69/313 of 27 July 2015 on the Addis Ababa\n"
    "          Action Agenda of the Third International Conference on Financing for\n"
    "          Development, which is an integral part of the 2030 Agenda,\n"
    "                  Recognizing that information and communications technologies have the\n"
    "          potential to provide new solutions to development challenges, particularly,\n"
    "          Poverty eradication, health, education and environmental sustainability,\n"
    "                  1.     Decides to continue its consideration of the question.\n"
    "                  2.     Requests the Secretary-General to report at its"
    " eighty-first session.\n"
)


def _anchors(content: str) -> list[str]:
    return [p.anchor for p in parse_document(content).paragraphs]


def test_a_chinese_line_at_the_margin_below_a_comma_at_the_edge_goes_on() -> None:
    paragraphs = parse_document(ZH_SHORT).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "1"]
    assert paragraphs[1].text.endswith(
        "以人为中心的普遍，具有普遍性和变革性的可持续发展目标和具体目标，"
    )
    assert paragraphs[2].text.startswith("又回顾其")


def test_a_chinese_preamble_wrapped_without_blank_lines_keeps_its_paragraphs_whole() -> None:
    paragraphs = parse_document(ZH_LONG).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "pp3", "pp4", "1", "2"]
    assert "普遍，具有普遍性" in paragraphs[1].text
    # The preamble's last line, above operative paragraph 1, goes on too.
    assert paragraphs[4].text.endswith("解决办法，特别是在减贫、卫生、教育和环境可持续性等领域，")


def test_an_english_capitalised_line_at_the_margin_below_a_comma_at_the_edge_goes_on() -> None:
    paragraphs = parse_document(EN_LONG).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert "its follow-up, United Nations system-wide coherence" in paragraphs[1].text
    assert paragraphs[3].text.endswith(
        "particularly, Poverty eradication, health, education and environmental sustainability,"
    )


@pytest.mark.parametrize(
    ("printed", "changed"),
    [
        pytest.param(
            "          具有普遍性和变革性的",
            "                  具有普遍性和变革性的",
            id="at-the-first-lines-indent",
        ),
        pytest.param(
            "          具有普遍性和变革性的",
            "          注意到具有普遍性和变革性的",
            id="a-preambular-opening-at-the-margin",
        ),
        pytest.param(
            "其中通过了一套全面、影响深远和以人为中心的普遍，",
            "其中通过了，",
            id="at-the-margin-below-a-short-line",
        ),
    ],
)
def test_a_line_below_a_comma_opens_a_paragraph_when_it_reads_as_one(
    printed: str, changed: str
) -> None:
    """Changed so, ZH_SHORT's line at the margin below pp1's comma is a paragraph of its own."""
    content = ZH_SHORT.replace(printed, changed)
    assert content != ZH_SHORT
    assert _anchors(content) == ["p-1", "pp1", "pp2", "pp3", "1"]


def test_an_unpunctuated_line_at_the_margin_above_a_numbered_paragraph_stays_apart() -> None:
    # A heading that lost its blank lines ("…2030 Agenda," + "Governance and coordination" +
    # "1. …") is no line of the preambular paragraph above it.
    content = EN_LONG.replace(
        "          Poverty eradication, health, education and environmental sustainability,\n",
        "          Governance and coordination\n",
    )
    paragraphs = parse_document(content).paragraphs
    recognizing = next(p for p in paragraphs if p.text.startswith("Recognizing"))
    assert recognizing.text.endswith("development challenges, particularly,")
    assert [p.text for p in paragraphs if p.text.startswith("Governance")] == [
        "Governance and coordination"
    ]
