"""Paragraph parser, headings that English and Chinese read differently (audit 27a):

- an outcome document's WSIS action line, "Action line C1. The role of …" / "行动方针C1. …", whose
  title wraps, was an unnumbered paragraph (its paragraphs under the heading above it), and atop a
  text it was skipped as front matter, its words in no paragraph;
- a box printed without a number ("Box" / "框" + its title) was a heading over the paragraph after
  the box, and a Chinese box's short bullets were lines of its caption;
- an annex's title wrapped below "Annex I" ended at its first line, the rest a heading (or an
  unnumbered paragraph) of its own that the Chinese, on one line, lacked;
- a Chinese "目标1. …" heading as wide as the text swallowed its sub-heading ("数字连通性");
- a Chinese report title wrapped after its colon ("…科学小组：" + "初步步骤") was kept as p-1,
  the English skipped as front matter.
"""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, ParseResult, parse_document


def _anchors(result: ParseResult) -> list[str]:
    return [paragraph.anchor for paragraph in result.paragraphs]


def _by_anchor(result: ParseResult) -> dict[str, ParsedParagraph]:
    return {paragraph.anchor: paragraph for paragraph in result.paragraphs}


# -- F5: wrapped action lines --------------------------------------------------------------------

_ACTION_LINES_LAYOUT = {
    "en": """\
                                                                  WSIS+20/DOC/2 (Draft)
                                                                          10 March 2026


                                 WSIS+20 Vision beyond 2025

                                         B. Action lines

            Action line C1. The role of public governance authorities and all
            stakeholders in the promotion of ICTs for development

                  1.     Effective participation of Governments and all stakeholders is vital
            in developing the information society.
                  2.     Targets for 2030: all countries have national digital strategies.

            Action line C2. Information and communication infrastructure

                  1.     Infrastructure is central in achieving the goal of digital inclusion.
""",
    "zh": """\
                                                                  WSIS+20/DOC/2 (Draft)
                                                                          10 March 2026


                                 信息社会世界峰会+20：2025年后愿景

                                         B. 行动方针

            行动方针C1. 政府主管部门和所有利益攸关方在促进信通技术
            促进发展方面的作用

                  1.     政府和所有利益攸关方的有效参与对发展信息社会至关重要，
            需要各方之间开展合作和建立伙伴关系。
                  2.     2030年目标：所有国家都制定了国家数字战略。

            行动方针C2. 信息和通信基础设施

                  1.     基础设施是实现数字包容目标的核心。
""",
}

_ACTION_LINES_PLAIN = {
    "en": """\
B. Action lines
Action line C1. The role of public governance authorities and all
stakeholders in the promotion of ICTs for development
1. Effective participation of Governments and all stakeholders is vital in developing
the information society, requiring cooperation and partnerships among all of them.
2. Targets for 2030: all countries have national digital strategies.
Action line C2. Information and communication infrastructure
1. Infrastructure is central in achieving the goal of digital inclusion.
""",
    "zh": """\
B. 行动方针
行动方针C1. 政府主管部门和所有利益攸关方在促进信通技术
促进发展方面的作用
1. 政府和所有利益攸关方的有效参与对发展信息社会至关重要，需要各方之间开展合作和
建立伙伴关系。
2. 2030年目标：所有国家都制定了国家数字战略。
行动方针C2. 信息和通信基础设施
1. 基础设施是实现数字包容目标的核心。
""",
}

_C1_TITLES = {
    "en": "Action line C1. The role of public governance authorities and all stakeholders in the "
    "promotion of ICTs for development",
    "zh": "行动方针C1. 政府主管部门和所有利益攸关方在促进信通技术促进发展方面的作用",
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("texts", [_ACTION_LINES_LAYOUT, _ACTION_LINES_PLAIN])
def test_wrapped_action_line_is_a_heading_over_its_paragraphs(
    language: str, texts: dict[str, str]
) -> None:
    result = parse_document(texts[language])
    assert _anchors(result) == ["section-b", "p-2", "1", "2", "p-5", "part-2/1"]
    paragraphs = _by_anchor(result)
    c1 = paragraphs["p-2"]
    assert c1.kind == "heading"
    assert c1.text == _C1_TITLES[language]
    assert c1.parent == "section-b"
    for anchor in ("1", "2"):
        assert paragraphs[anchor].parent == "p-2"
        assert paragraphs[anchor].heading_path[-1] == _C1_TITLES[language]
    assert paragraphs["part-2/1"].parent == "p-5"


def _from_the_line_of(text: str, words: str) -> str:
    return text[text.rindex("\n", 0, text.index(words)) + 1 :]


# The same text without its masthead and section heading: the action line opens it.
_ACTION_LINE_AT_TOP = {
    "en": _from_the_line_of(_ACTION_LINES_LAYOUT["en"], "Action line C1."),
    "zh": _from_the_line_of(_ACTION_LINES_LAYOUT["zh"], "行动方针C1."),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_action_line_atop_a_text_is_no_front_matter(language: str) -> None:
    result = parse_document(_ACTION_LINE_AT_TOP[language])
    assert _anchors(result) == ["p-1", "1", "2", "p-4", "part-2/1"]
    paragraphs = _by_anchor(result)
    assert paragraphs["p-1"].kind == "heading"
    assert paragraphs["p-1"].text == _C1_TITLES[language]
    assert paragraphs["1"].parent == "p-1"
    assert not any(warning.message == "front matter skipped" for warning in result.warnings)


def test_action_lines_listed_or_cited_stay_text() -> None:
    """Near misses: entries of a list below a colon, a sentence going on over one, a numbered
    paragraph opening with one and one ending like a sentence are text, as before."""
    text = """\
B. Action lines
The action lines are as follows:
Action line C1. The role of public governance authorities
Action line C2. Information and communication infrastructure
1. The facilitators of
Action line C1. The role of public governance authorities will report.
2. Action line C3. Access to information.
3. Effective participation of Governments is vital.
Action line C1. The role of public governance authorities and all stakeholders is vital
in developing the information society.
4. Next.
"""
    result = parse_document(text)
    assert _anchors(result) == ["section-b", "p-2", "p-3", "1", "2", "3", "p-7", "4"]
    paragraphs = _by_anchor(result)
    assert all(paragraph.kind != "heading" for paragraph in result.paragraphs[1:])
    assert paragraphs["p-3"].text == (
        "Action line C1. The role of public governance authorities Action line C2. Information "
        "and communication infrastructure"
    )
    assert paragraphs["1"].text.endswith(
        "Action line C1. The role of public governance authorities will report."
    )


# -- F6: a box printed without a number -------------------------------------------------------

_BOX = {
    "en": """\
 III. Launch of the Global Dialogue on Artificial Intelligence Governance
         7.    The Global Dialogue will be launched during a high-level event at the
       eightieth session of the General Assembly.

                                              {caption}
                         Modalities of the Global Dialogue

          • Two days of meetings, including a high-level segment
          • Participation of all Member States and relevant stakeholders
          • Co-chairs appointed by the President of the General Assembly


         8.    The co-chairs will prepare a summary of each session, which will be made
       available as an input to the work of the Commission.
""",
    "zh": """\
 三. 启动人工智能治理全球对话
         7.    全球对话将在大会第八十届会议期间举行的一次高级别活动上启动，随后于
       2026年在日内瓦、2027年在纽约举行会议。

                                              {caption}
                                   全球对话的模式

          • 为期两天的会议，包括一个高级别部分
          • 所有会员国和相关利益攸关方参加
          • 由大会主席任命共同主席


         8.    共同主席将编写每届会议的摘要，作为对科学和技术促进发展委员会工作的
       投入。
""",
}
_BOX_CAPTIONS = {"en": ("Box", "Box 1"), "zh": ("框", "框 1")}
_SECTION_TITLES = {
    "en": "III. Launch of the Global Dialogue on Artificial Intelligence Governance",
    "zh": "三. 启动人工智能治理全球对话",
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("numbered", [False, True])
def test_paragraph_after_a_box_stays_in_its_section(language: str, numbered: bool) -> None:
    caption = _BOX_CAPTIONS[language][numbered]
    result = parse_document(_BOX[language].format(caption=caption))
    assert _anchors(result) == ["section-3", "7", "p-3", "p-4", "p-5", "p-6", "8"]
    paragraphs = _by_anchor(result)
    box = paragraphs["p-3"]
    assert box.kind == "unnumbered"
    assert box.text.split("\n")[0] == caption
    for anchor in ("p-4", "p-5", "p-6", "8"):
        assert paragraphs[anchor].parent == "section-3"
        assert paragraphs[anchor].heading_path == (_SECTION_TITLES[language],)
    assert paragraphs["p-4"].text == (
        "Two days of meetings, including a high-level segment"
        if language == "en"
        else "为期两天的会议，包括一个高级别部分"
    )


def test_box_ending_a_sentence_is_no_caption() -> None:
    text = """\
I. Launch
7. The Global Dialogue will be launched during a high-level event, as described in
Box
1. The co-chairs will prepare a summary.
"""
    result = parse_document(text)
    assert _anchors(result) == ["section-1", "p-2", "1"]
    assert result.paragraphs[1].text.endswith("as described in Box")


# -- F7: an annex's wrapped title ----------------------------------------------------------------

_ANNEX = {
    "en": """\
Annex I
                Proposed modalities for the Global Dialogue on Artificial
                Intelligence Governance

                     1.    The Global Dialogue shall be held annually for up to 2 days, alternating
                between Geneva and New York, in conjunction with existing United Nations
                conferences and events.
                     2.    The Global Dialogue shall be open to all Member States and observers.
""",
    "en-plain": """\
Annex I
Proposed modalities for the Global Dialogue on Artificial
Intelligence Governance

1.    The Global Dialogue shall be held annually for up to two days, alternating
between Geneva and New York, in conjunction with existing United Nations
conferences and events.
2.    The Global Dialogue shall be open to all Member States and observers.
""",
    "zh": """\
附件一
                人工智能治理全球对话的拟议模式

                     1.    全球对话应每年举行一次，会期最多两天，轮流在日内瓦和纽约举行，
                并与现有的联合国会议和活动同时举行。
                     2.    全球对话应向所有会员国和观察员开放。
""",
}
_ANNEX_TITLES = {
    "en": "Proposed modalities for the Global Dialogue on Artificial Intelligence Governance",
    "en-plain": "Proposed modalities for the Global Dialogue on Artificial Intelligence Governance",
    "zh": "人工智能治理全球对话的拟议模式",
}


@pytest.mark.parametrize("language", ["en", "en-plain", "zh"])
def test_wrapped_annex_title_is_one_heading(language: str) -> None:
    result = parse_document(_ANNEX[language])
    assert _anchors(result) == ["annex-1", "annex-1/1", "annex-1/2"]
    paragraphs = _by_anchor(result)
    assert paragraphs["annex-1"].text == _ANNEX_TITLES[language]
    assert paragraphs["annex-1/1"].parent == "annex-1"


_ANNEX_THREE_LINES = {
    "en": """\
                      1.   Decides to establish, within the United Nations, the Independent
                International Scientific Panel on Artificial Intelligence and the Global Dialogue on
                Artificial Intelligence Governance, in accordance with the terms of reference
                contained in the annex to the present resolution;

                                                       Annex
                Terms of reference of the Independent International Scientific
                Panel on Artificial Intelligence and the Global Dialogue on
                Artificial Intelligence Governance
                A.   Independent International Scientific Panel on Artificial Intelligence
                      1.   The Panel shall issue an annual policy-relevant but non-prescriptive
                summary report synthesizing existing research related to the opportunities, risks
                and impacts of artificial intelligence.
""",
    "zh": """\
                      1.   决定根据本决议附件所载职权范围，在联合国内设立人工智能问题独
                立国际科学小组和人工智能治理全球对话；

                                                       附件
                人工智能问题独立国际科学小组和人工智能治理全球对话的
                职权范围
                A.   人工智能问题独立国际科学小组
                      1.   科学小组应每年发布一份与政策相关但非规定性的摘要报告，综合有关
                人工智能的机遇、风险和影响的现有研究。
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_annex_title_over_three_lines_above_a_section(language: str) -> None:
    result = parse_document(_ANNEX_THREE_LINES[language])
    assert _anchors(result) == ["1", "annex-1", "annex-1/section-a", "annex-1/1"]
    annex = _by_anchor(result)["annex-1"]
    assert annex.text == (
        "Terms of reference of the Independent International Scientific Panel on Artificial "
        "Intelligence and the Global Dialogue on Artificial Intelligence Governance"
        if language == "en"
        else "人工智能问题独立国际科学小组和人工智能治理全球对话的职权范围"
    )


def test_annex_text_right_below_its_title_is_no_title() -> None:
    """Near miss: the annex's first paragraph, unnumbered, right below its title, ends like a
    sentence: a paragraph under the annex, as before."""
    text = """\
Annex
Terms of reference
The Panel shall issue an annual summary report synthesizing existing research on
the opportunities, risks and impacts of artificial intelligence.
1. The Panel shall be composed of 40 members.
"""
    result = parse_document(text)
    assert _anchors(result) == ["annex-1", "p-2", "annex-1/1"]
    assert result.paragraphs[0].text == "Terms of reference"
    assert result.paragraphs[1].text.startswith("The Panel shall issue")


# -- F8: a Chinese objective heading above its sub-heading ---------------------------------------

_OBJECTIVES = {
    "en": """\
Global Digital Compact
1. Digital technologies are dramatically transforming our world.
2. We recognize that the pace and power of emerging technologies are creating new
possibilities but also new risks for humanity.
3. Our goal is an inclusive, open, sustainable, fair, safe and secure digital future
for all.
4. We will realize the objectives through the following commitments and actions.
Objective 1. Close all digital divides and accelerate progress across the
Sustainable Development Goals
Digital connectivity
5. We commit by 2030 to connect all persons to the Internet.
""",
    "zh": """\
全球数字契约
1. 数字技术正在急剧改变我们的世界。
2. 我们确认，新兴技术的速度和力量正在为人类创造新的可能性，但也带来新的风
险。
3. 我们的宗旨是为所有人创造一个包容、开放、可持续、公平、安全和可靠的数字
未来。
4. 我们将通过以下承诺和行动实现各项目标。
目标1. 弥合所有数字鸿沟，加快在实现各项可持续发展目标方面取得进展
数字连通性
5. 我们承诺到2030年将所有人连接到互联网。
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_objective_heading_keeps_its_sub_heading_apart(language: str) -> None:
    result = parse_document(_OBJECTIVES[language])
    assert _anchors(result) == ["1", "2", "3", "4", "objective-1", "p-6", "5"]
    paragraphs = _by_anchor(result)
    assert paragraphs["objective-1"].text == (
        "Close all digital divides and accelerate progress across the Sustainable Development Goals"
        if language == "en"
        else "弥合所有数字鸿沟，加快在实现各项可持续发展目标方面取得进展"
    )
    sub_heading = paragraphs["p-6"]
    assert sub_heading.kind == "heading"
    assert sub_heading.text == ("Digital connectivity" if language == "en" else "数字连通性")
    assert sub_heading.parent == "objective-1"
    assert paragraphs["5"].parent == "p-6"


def test_chinese_objective_heading_wrapped_at_the_edge_goes_on() -> None:
    """Near miss: a Chinese heading that reached the width the text wraps at goes on below."""
    text = """\
全球数字契约
1. 数字技术正在急剧改变我们的世界。
2. 我们确认，新兴技术的速度和力量正在为人类创造新的可能性，但也带来新的风
险。
3. 我们的宗旨是为所有人创造一个包容、开放、可持续、公平、安全和可靠的数字
未来。
目标1. 弥合所有数字鸿沟，加快在实现各项可持续发展目标方面取得进展和包容性数
字经济
4. 我们承诺到2030年将所有人连接到互联网。
"""
    result = parse_document(text)
    assert _anchors(result) == ["1", "2", "3", "objective-1", "4"]
    assert _by_anchor(result)["objective-1"].text.endswith("包容性数字经济")


# -- F9: a Chinese title wrapped after its colon -------------------------------------------------

_TITLE_COLON = {
    "en": """\
                                                                                A/80/345
             United Nations
                                General Assembly                          Distr.: General
                                                                          14 August 2025

Eightieth session
Item 16 of the provisional agenda*
Information and communications technologies for sustainable development


             Global Dialogue on Artificial Intelligence Governance and Scientific Panel:
             initial steps

             Report of the Secretary-General


 I. Introduction
         1.    In its resolution 79/325, the General Assembly decided to establish the Panel.
""",
    "zh": """\
                                                                                A/80/345
             联 合 国
                                大    会                                  Distr.: General
                                                                          14 August 2025

第八十届会议
临时议程*项目16
信息和通信技术促进可持续发展


             人工智能治理全球对话和人工智能问题独立国际科学小组：
             初步步骤

             秘书长的报告


 一. 导言
         1.    大会在2025年8月26日第79/325号决议中决定设立人工智能问题独立国际科学小组。
""",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_title_wrapped_after_its_colon_is_front_matter(language: str) -> None:
    result = parse_document(_TITLE_COLON[language])
    assert _anchors(result) == ["section-1", "1"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "论坛的主要信息和今后步骤，以及秘书处就下列事项提出的建议：",
        "论坛的主要信息和今后步骤，以及秘书处提出的各项建议：",
    ],
)
def test_chinese_sentence_ending_with_a_colon_is_kept(lead_in: str) -> None:
    """Near misses: a sentence leading into a list, or stringing clauses, stays a paragraph."""
    text = f"""\
主席总结

{lead_in}
融资缺口正在扩大

1. 论坛在日内瓦举行会议。
2. 论坛通过了报告。
"""
    result = parse_document(text)
    assert _anchors(result) == ["p-1", "1", "2"]
    assert result.paragraphs[0].text == lead_in


@pytest.mark.parametrize(
    ("annex", "title", "lines"),
    [
        ("Annex", "Composition of the Bureau", ("Chair", "Ms. Amina Hassan (Kenya)")),
        ("附件", "主席团成员", ("主席", "阿米娜·哈桑女士(肯尼亚)")),
    ],
)
def test_short_lines_below_a_short_annex_title_are_no_part_of_it(
    annex: str, title: str, lines: tuple[str, str]
) -> None:
    content = (
        "1. The Commission elected its Bureau, whose composition is set out in the annex.\n\n"
        f"{annex}\n{title}\n{lines[0]}\n{lines[1]}\n\n"
        "1. The Bureau met four times during the intersessional period.\n"
    )
    paragraphs = parse_document(content).paragraphs
    heading = next(p for p in paragraphs if p.anchor == "annex-1")
    assert heading.text == title


@pytest.mark.parametrize(
    ("annex", "lines", "title"),
    [
        ("Annex", ("Terms of reference", "of the Panel"), "Terms of reference of the Panel"),
        ("附件", ("小组的", "职权范围"), "小组的职权范围"),
    ],
)
def test_a_short_annex_title_line_left_open_goes_on(
    annex: str, lines: tuple[str, str], title: str
) -> None:
    content = (
        "3. The Council decided to establish the Panel with the terms of reference set out in "
        f"the annex.\n\n{annex}\n{lines[0]}\n{lines[1]}\n\n"
        "1. The Panel shall meet twice a year.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert next(p for p in paragraphs if p.anchor == "annex-1").text == title
