"""Paragraph parser: unnumbered prose (a concept note, a chair's summary) whose paragraphs blank
lines set apart. A sentence ending exactly at a full line's end goes on, as in a numbered text,
so Chinese and English number their paragraphs alike; and a heading that blank lines set apart
stays a heading, however wide, never the first words of the paragraph below it."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def rows(result: ParseResult) -> list[tuple[str, str, str]]:
    return [(p.anchor, p.kind, p.text) for p in result.paragraphs]


CONCEPT_NOTE_ZH = (
    "信息社会世界峰会于 2003 年在日内瓦和 2005 年在突尼斯分两个阶段举行。峰会通过了\n"
    "《日内瓦原则宣言》、《日内瓦行动计划》、《突尼斯承诺》和《信息社会突尼斯议程》。\n"
    "二十年来，这些成果文件一直指导着国际社会建设以人为本、具有包容性和面向发展的信息\n"
    "社会的努力。\n"
    "\n"
    "会议将包括一次开幕式、三次互动式小组讨论和一次闭幕式。每次小组讨论将由一名主持人\n"
    "主持，并由四至五名小组成员发言，随后进行公开讨论。会员国和观察员可作为观察员出席\n"
    "会议。\n"
)
CONCEPT_NOTE_EN = (
    "The World Summit on the Information Society was held in two phases, in Geneva in 2003.\n"
    "The Summit adopted the Geneva Declaration of Principles and the Geneva Plan of Action.\n"
    "For twenty years, these outcome documents have guided the efforts of the international\n"
    "community.\n"
    "\n"
    "The meeting will comprise an opening segment, three interactive panel discussions and a\n"
    "closing segment. Each panel will be moderated, with four to five panellists, followed by\n"
    "an open discussion.\n"
)


@pytest.mark.parametrize("content", [CONCEPT_NOTE_ZH, CONCEPT_NOTE_EN])
def test_a_sentence_ending_at_a_full_line_goes_on_in_unnumbered_prose(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-2"]
    first = result.paragraphs[0].text
    assert first.startswith(("信息社会世界峰会", "The World Summit"))
    assert first.endswith(("社会的努力。", "international community."))
    # Without blank lines between paragraphs, a stop at a full line's end still ends the
    # paragraph: nothing else tells where the next one begins.
    if "。" in content:
        noblank = parse_document(content.replace("\n\n", "\n"))
        assert [p.anchor for p in noblank.paragraphs] == ["p-1", "p-2", "p-3"]


CHAIRS_SUMMARY_ZH = (
    "委员会主席在开幕致辞中指出，本届会议恰逢信息社会世界峰会二十周年审查，是评估过去\n"
    "二十年成就和规划未来方向的重要契机。\n"
    "\n"
    "优先主题一：科学、技术和创新促进具有韧性的城市发展\n"
    "\n"
    "关于第一个优先主题的讨论以秘书长的报告为基础。小组成员介绍了利用数字孪生、智能\n"
    "交通系统和遥感数据加强城市韧性的经验。\n"
    "\n"
    "优先主题二：技术和创新促进气候行动\n"
    "\n"
    "与会者讨论了技术和创新在气候减缓与适应方面的作用。\n"
    "\n"
    "闭幕式\n"
    "\n"
    "主席致闭幕词。\n"
)
CHAIRS_SUMMARY_EN = (
    "The Chair of the Commission noted in his opening remarks that the session coincided with the\n"
    "twenty-year review of the World Summit on the Information Society, an important opportunity.\n"
    "\n"
    "Priority theme 1: Science, technology and innovation for resilient urban development\n"
    "\n"
    "The discussion on the first priority theme was based on the report of the Secretary-General.\n"
    "Panellists presented experiences of using digital twins and remote sensing data to make\n"
    "cities more resilient.\n"
    "\n"
    "Priority theme 2: Technology and innovation for climate action\n"
    "\n"
    "Participants discussed the role of technology and innovation in climate mitigation.\n"
    "\n"
    "Closing segment\n"
    "\n"
    "The Chair delivered closing remarks.\n"
)


@pytest.mark.parametrize(
    ("content", "theme"),
    [
        (CHAIRS_SUMMARY_ZH, "优先主题一：科学、技术和创新促进具有韧性的城市发展"),
        (
            CHAIRS_SUMMARY_EN,
            "Priority theme 1: Science, technology and innovation for resilient urban development",
        ),
    ],
)
def test_a_heading_blank_lines_set_apart_is_no_paragraphs_first_words(
    content: str, theme: str
) -> None:
    result = parse_document(content)
    assert [(p.anchor, p.kind) for p in result.paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
        ("p-4", "heading"),
        ("p-5", "unnumbered"),
        ("p-6", "heading"),
        ("p-7", "unnumbered"),
    ]
    assert result.paragraphs[1].text == theme
    assert result.paragraphs[2].heading_path == (theme,)
    assert result.paragraphs[2].parent == "p-2"
    assert not result.paragraphs[2].text.startswith(theme)


@pytest.mark.parametrize(
    ("above", "heading", "below"),
    [
        (
            "1. The Commission noted that the session coincided with the twenty-year review of\n"
            "the World Summit on the Information Society, an important opportunity.\n\n"
            "2. The Chair noted that the session coincided with the twenty-year review of the\n"
            "World Summit on the Information Society, an important opportunity for all.\n",
            "Priority theme 1: Science, technology and innovation for resilient urban development",
            "The discussion on the first priority theme was based on the report of the\n"
            "Secretary-General, and panellists presented the experience of their cities.\n\n"
            "3. Participants discussed the role of technology in climate mitigation.\n",
        ),
        (
            "1. 委员会主席在开幕致辞中指出，本届会议恰逢信息社会世界峰会二十周年审查，是评估\n"
            "过去二十年成就和规划未来方向的重要契机。\n\n"
            "2. 联合国贸易和发展会议秘书长强调，数字鸿沟依然存在，并表示贸发会议将继续支持发\n"
            "展中国家利用科学、技术和创新实现可持续发展目标。\n",
            "优先主题一：科学、技术和创新促进具有韧性的城市发展",
            "关于第一个优先主题的讨论以秘书长的报告为基础。小组成员介绍了利用数字孪生、智\n"
            "能交通系统和遥感数据加强城市韧性的经验。\n\n"
            "3. 与会者讨论了技术和创新在气候减缓与适应方面的作用。\n",
        ),
    ],
)
def test_a_heading_set_apart_between_numbered_paragraphs_heads_the_prose_below(
    above: str, heading: str, below: str
) -> None:
    result = parse_document(f"{above}\n{heading}\n\n{below}")
    assert [(p.anchor, p.kind) for p in result.paragraphs] == [
        ("1", "operative"),
        ("2", "operative"),
        ("p-3", "heading"),
        ("p-4", "unnumbered"),
        ("3", "operative"),
    ]
    assert result.paragraphs[2].text == heading
    assert result.paragraphs[3].parent == "p-3"


def test_only_a_heading_stands_apart_not_a_sentence_a_blank_line_cut() -> None:
    """A heading set apart by blank lines stands apart; a sentence stopped at a word no title
    ends with, or inside a title it quotes, goes on below the blank line; and in a text printed
    double-spaced, where a blank line follows every line, nothing is set apart so."""
    opening = (
        "The Chair opened the session and welcomed the participants to the meeting of the\n"
        "Commission.\n\n"
    )
    heading = "Priority theme 1: Science, technology and innovation for resilient development"
    content = f"{opening}{heading}\n\nThe discussion was based on the report.\n"
    assert [p.kind for p in parse_document(content).paragraphs] == [
        "unnumbered",
        "heading",
        "unnumbered",
    ]
    for line, rest in (
        (
            "The discussion on the first priority theme was based on the report of the",
            "Secretary-General.",
        ),
        ("回顾其2015年9月25日题为《变革我们的世界：2030年可持续发", "展议程》的决议。"),
    ):
        texts = [p.text for p in parse_document(f"{opening}{line}\n\n{rest}\n").paragraphs]
        assert texts[-1].startswith(line[:20])
        assert texts[-1].endswith(rest)
    double_spaced = (
        "The Chair opened the session and welcomed the participants.\n\n"
        "The discussion on the first priority theme was based on the report of the Secretary\n\n"
        "General and on the contributions that Member States submitted before the session.\n\n"
        "Participants discussed the role of technology and innovation in climate action.\n"
    )
    result = parse_document(double_spaced)
    assert [(p.anchor, p.kind) for p in result.paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-2", "unnumbered"),
        ("p-3", "unnumbered"),
    ]
    assert result.paragraphs[1].text.endswith("before the session.")
