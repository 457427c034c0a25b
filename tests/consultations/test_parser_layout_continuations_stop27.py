"""Paragraph parser: a sentence's stop at the end of a full line, with no blank line below it, is
no paragraph's end when the paragraph goes on at its wrapped lines' indent (pdftotext -layout,
a report's summary too), or in plain text wrapped at its width, which the full lines a sentence
goes on below show as well as the share of full lines: Chinese lines often end at "。" inside a
paragraph, and its paragraphs run to fewer lines, so English and Chinese numbered differently.
A joint report's symbol ("A/80/62–E/2025/11") is the masthead's, no line of the text's width. A
recorded vote's caption ("Against:", "反对：") still opens a paragraph of its own below a full
line. A title in the title block, set apart at an indent of its own between blank lines, never
goes on into the first paragraph below it, however wide."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from consultations.parser_text import display_width


def rows(content: str) -> list[tuple[str, str | None, str]]:
    return [(p.anchor, p.parent, p.text) for p in parse_document(content, "text").paragraphs]


def anchors(content: str) -> list[str]:
    return [p.anchor for p in parse_document(content, "text").paragraphs]


# -- a full line ending with a full stop inside a numbered paragraph ---------------------------

_LAYOUT_ZH = """\
         1.    大会在2025年8月26日第79/325号决议中决定在联合国内设立人工智能问题
       独立国际科学小组和人工智能治理全球对话，并请秘书长提交关于该决议的报告。
       大会请秘书长在第八十届会议上提交关于该决议执行情况的报告。
         2.    在第79/325号决议通过后，秘书长于2025年9月15日发出公开提名征集，征集期为
       六周，通过会员国、各专门机构和学术网络广为传播。
"""

_LAYOUT_EN = """\
         1.    In its resolution 79/325 of 26 August 2025, the General Assembly decided to
       establish the Independent International Scientific Panel on Artificial Intelligence.
       The Assembly requested a report at its eightieth session.
         2.    Following the adoption of resolution 79/325, the Secretary-General issued
       an open call for nominations.
"""

_ZH_ONE = (
    "大会在2025年8月26日第79/325号决议中决定在联合国内设立人工智能问题独立国际科学小组和"
    "人工智能治理全球对话，并请秘书长提交关于该决议的报告。"
    "大会请秘书长在第八十届会议上提交关于该决议执行情况的报告。"
)
_ZH_TWO = (
    "在第79/325号决议通过后，秘书长于2025年9月15日发出公开提名征集，征集期为六周，"
    "通过会员国、各专门机构和学术网络广为传播。"
)
_EN_ONE = (
    "In its resolution 79/325 of 26 August 2025, the General Assembly decided to establish the "
    "Independent International Scientific Panel on Artificial Intelligence. The Assembly "
    "requested a report at its eightieth session."
)
_EN_TWO = (
    "Following the adoption of resolution 79/325, the Secretary-General issued an open call for "
    "nominations."
)


def _plain(layout: str) -> str:
    """The same text as plain pdftotext prints it: no indents, one space after the number."""
    return "".join(line.strip().replace(".    ", ". ", 1) + "\n" for line in layout.splitlines())


@pytest.mark.parametrize(
    ("content", "first", "second"),
    [
        (_LAYOUT_ZH, _ZH_ONE, _ZH_TWO),
        (_LAYOUT_EN, _EN_ONE, _EN_TWO),
        (_plain(_LAYOUT_ZH), _ZH_ONE, _ZH_TWO),
        (_plain(_LAYOUT_EN), _EN_ONE, _EN_TWO),
    ],
    ids=["zh-layout", "en-layout", "zh-plain", "en-plain"],
)
def test_a_full_line_ending_a_sentence_does_not_split_a_numbered_paragraph(
    content: str, first: str, second: str
) -> None:
    assert rows(content) == [("1", None, first), ("2", None, second)]


def test_a_line_opening_further_in_below_a_stop_is_a_paragraph_of_its_own() -> None:
    # Near miss: below a wrapped line ending a sentence, a line indented further opens a
    # paragraph, as pdftotext -layout indents a first line.
    chinese = _LAYOUT_ZH.replace(
        "       大会请秘书长在第八十届", "             大会请秘书长在第八十届"
    )
    english = _LAYOUT_EN.replace(
        "       The Assembly requested", "             The Assembly requested"
    )
    for content in (chinese, english):
        assert anchors(content) == ["1", "p-2", "2"]
    assert rows(chinese)[1][2] == "大会请秘书长在第八十届会议上提交关于该决议执行情况的报告。"
    assert rows(english)[1][2] == "The Assembly requested a report at its eightieth session."


def test_a_copy_with_a_paragraph_a_line_keeps_its_lines_apart() -> None:
    # Near miss: no line stops mid-sentence, so nothing shows the text wrapped: each line that
    # ends a sentence ends its paragraph, however wide.
    chinese = (
        "1. 大会在2025年8月26日第79/325号决议中决定在联合国内设立人工智能问题独立国际科学小组"
        "和人工智能治理全球对话，并请秘书长提交关于该决议的报告。\n"
        "大会请秘书长在第八十届会议上提交关于该决议执行情况的报告，并提出建议。\n"
        "2. 在第79/325号决议通过后，秘书长发出公开提名征集。\n"
    )
    english = (
        "1. In its resolution 79/325 of 26 August 2025, the General Assembly decided to "
        "establish the Independent International Scientific Panel on Artificial Intelligence.\n"
        "The Assembly requested the Secretary-General to report at its eightieth session.\n"
        "2. Following the adoption of resolution 79/325, the Secretary-General issued a call.\n"
    )
    for content in (chinese, english):
        assert anchors(content) == ["1", "p-2", "2"]


_VOTE_ZH = """\
3. 在同次会议上，委员会以165票对2票、3票弃权的记录表决结果通过了决议草案
A/C.2/80/L.30（见第6段）。表决情况如下：
赞成：
阿富汗、阿尔巴尼亚、阿尔及利亚、安道尔、安哥拉、阿根廷、亚美尼亚、澳大利亚、
奥地利、阿塞拜疆、巴哈马、巴林、孟加拉国、比利时、巴西、中国、赞比亚、津巴布韦。
反对：
以色列、美利坚合众国。
弃权：
阿根廷、匈牙利、巴拉圭。
4. 在表决前，美国代表发了言。
"""

_VOTE_EN = """\
3. At the same meeting, the Committee adopted draft resolution A/C.2/80/L.30 by a
recorded vote of 165 to 2, with 3 abstentions (see para. 6). The voting was as follows:
In favour:
Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia,
Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Belgium, Brazil, China, Zimbabwe.
Against:
Israel, United States of America.
Abstaining:
Argentina, Hungary, Paraguay.
4. Before the vote, the representative of the United States made a statement.
"""


@pytest.mark.parametrize(
    ("content", "captions"),
    [
        (_VOTE_ZH, ("赞成：", "反对：", "弃权：")),
        (_VOTE_EN, ("In favour:", "Against:", "Abstaining:")),
    ],
    ids=["zh", "en"],
)
def test_a_recorded_votes_caption_below_a_full_line_opens_a_paragraph(
    content: str, captions: tuple[str, str, str]
) -> None:
    found = rows(content)
    assert [anchor for anchor, _, _ in found] == [
        "3",
        "p-2",
        "p-3",
        "p-4",
        "p-5",
        "p-6",
        "p-7",
        "4",
    ]
    assert (found[1][2], found[3][2], found[5][2]) == captions
    assert found[2][2].endswith(("津巴布韦。", "Zimbabwe."))


# -- a joint report's symbol in the masthead ---------------------------------------------------


def _masthead(content: str) -> str:
    """The masthead as pdftotext -layout sets it: the symbol, the distribution and the date at
    the page's right edge (from column 89), past the body's."""
    laid_out = []
    for line in content.splitlines(keepends=True):
        left, mark, right = line.partition("<right>")
        if mark:
            left = left + " " * (88 - display_width(left))
        laid_out.append(left + right)
    return "".join(laid_out)


_BOX_ZH = _masthead("""\
 联合国<right>A/80/62–E/2025/11

 大会<right>Distr.: General
 经济及社会理事会<right>3 March 2025

在区域和国际两级执行和落实信息社会世界首脑会议成果的进展情况
秘书长的报告
一. 导言
1. 本报告是该系列的第二十份报告，审查了2024年期间在执行信息社会世界首脑会
议成果方面取得的进展。本报告是根据联合国系统32个实体和其他国际组织提供的
材料编写的。
2. 生成式人工智能的迅速普及给信息社会提出了新的问题，包括在数据治理、知识
产权和工作的未来方面。

框1
全球数字契约
大会在第79/1号决议中通过了《未来契约》，包括作为附件一的《全球数字契约》。
《契约》呼吁信息社会世界首脑会议审查考虑到其各项承诺。
3. 若干实体报告了在发展中国家建设人工智能能力的举措。
""")

_BOX_EN = _masthead("""\
 United Nations<right>A/80/62–E/2025/11

 General Assembly<right>Distr.: General
 Economic and Social Council<right>3 March 2025

Progress made in the implementation of the outcomes of the World Summit
Report of the Secretary-General
I. Introduction
1. The present report is the twentieth in the series and reviews the progress made in
implementing the outcomes of the World Summit in 2024. It is based on contributions
from 32 entities of the United Nations system and other international organizations.
2. The rapid uptake of generative artificial intelligence raises new questions for the
information society, including on data governance and the future of work.

Box 1
Global Digital Compact
In its resolution 79/1, the General Assembly adopted the Pact for the Future and the
Global Digital Compact annexed to it, as annex I, in September 2024 at the Summit.
The Compact calls for the WSIS review to take account of its commitments.
3. Several entities reported initiatives to build capacity in developing countries.
""")


@pytest.mark.parametrize(
    ("content", "box"),
    [
        (
            _BOX_ZH,
            "大会在第79/1号决议中通过了《未来契约》，包括作为附件一的《全球数字契约》。"
            "《契约》呼吁信息社会世界首脑会议审查考虑到其各项承诺。",
        ),
        (
            _BOX_EN,
            "In its resolution 79/1, the General Assembly adopted the Pact for the Future and the "
            "Global Digital Compact annexed to it, as annex I, in September 2024 at the Summit. "
            "The Compact calls for the WSIS review to take account of its commitments.",
        ),
    ],
    ids=["zh", "en"],
)
def test_a_joint_symbol_in_the_masthead_leaves_the_texts_width_to_its_lines(
    content: str, box: str
) -> None:
    found = rows(content)
    assert [anchor for anchor, _, _ in found] == ["section-1", "1", "2", "p-4", "p-5", "3"]
    assert found[4] == ("p-5", "section-1", box)
    warnings = parse_document(content, "text").warnings
    # The masthead is no front matter the parser reports: the title below it is.
    assert warnings[0].line == 6


# -- a report's summary laid out with its first line indented ---------------------------------

_SUMMARY_EN = """\
   Summary
             The present report is submitted pursuant to General Assembly resolution
        79/325, in which the Assembly requested the Secretary-General to report on the
        arrangements made for the launch of the Global Dialogue on AI Governance today.
        It describes the preparations undertaken since the adoption of the resolution.


 I. Introduction
         1.    In its resolution 79/325 of 26 August 2025, the General Assembly decided to
       establish, within the United Nations, the Independent International Scientific Panel
       on Artificial Intelligence.
"""

_SUMMARY_ZH = """\
   摘要
             本报告是根据大会第79/325号决议提交的。大会在该决议中请秘书长报告为
        启动人工智能治理全球对话和设立人工智能问题独立国际科学小组所作的安排。
        本报告介绍了该决议通过以来开展的筹备工作，并提出建议供会员国审议。


 一. 导言
         1.    大会在2025年8月26日第79/325号决议中决定在联合国内设立人工智能问题
       独立国际科学小组和人工智能治理全球对话。大会请秘书长在第八十届会议上
       提交关于该决议执行情况的报告。
"""


@pytest.mark.parametrize(
    ("content", "summary"),
    [
        (
            _SUMMARY_EN,
            "The present report is submitted pursuant to General Assembly resolution 79/325, in "
            "which the Assembly requested the Secretary-General to report on the arrangements "
            "made for the launch of the Global Dialogue on AI Governance today. It describes the "
            "preparations undertaken since the adoption of the resolution.",
        ),
        (
            _SUMMARY_ZH,
            "本报告是根据大会第79/325号决议提交的。大会在该决议中请秘书长报告为启动人工智能治理"
            "全球对话和设立人工智能问题独立国际科学小组所作的安排。本报告介绍了该决议通过以来开展"
            "的筹备工作，并提出建议供会员国审议。",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_summary_goes_on_at_its_wrapped_lines_indent(content: str, summary: str) -> None:
    found = rows(content)
    assert [anchor for anchor, _, _ in found] == ["p-1", "section-1", "1"]
    assert found[0] == ("p-1", None, summary)
    assert found[2][1] == "section-1"


@pytest.mark.parametrize("content", [_SUMMARY_EN, _SUMMARY_ZH], ids=["en", "zh"])
def test_a_summary_paragraph_opening_at_the_first_lines_indent_stands_apart(
    content: str,
) -> None:
    # Near miss: the summary's second paragraph opens at its first line's indent.
    opened = "".join(
        "     " + line if line.lstrip().startswith(("It describes", "本报告介绍了")) else line
        for line in content.splitlines(keepends=True)
    )
    assert opened != content
    found = rows(opened)
    assert [anchor for anchor, _, _ in found] == ["p-1", "p-2", "section-1", "1"]
    assert found[1][2].startswith(("It describes", "本报告介绍了"))


# -- a title set apart in the title block -----------------------------------------------------

_TITLE_EN = """\
                                  Co-Chairs’ summary

          Multi-stakeholder segment: “Building capacity for AI in developing countries”

      The multi-stakeholder segment of the first session of the Global Dialogue was
held on 8 July 2026. It brought together more than 300 participants from Governments,
the private sector, civil society and international organizations.

      The Co-Chairs opened the segment by recalling paragraph 7 of resolution 79/325.
"""

_TITLE_ZH = """\
                                  共同主席的摘要

                多利益攸关方部分：“在发展中国家建设人工智能能力”

      全球对话第一届会议多利益攸关方部分于2026年7月8日举行，来自各国政府、私
营部门、民间社会、技术界和学术界以及国际组织的300多名与会者参加了会议。

      共同主席在该部分开始时回顾了第79/325号决议第7段。
"""


@pytest.mark.parametrize(
    ("content", "first", "title"),
    [
        (
            _TITLE_EN,
            "The multi-stakeholder segment of the first session of the Global Dialogue was held "
            "on 8 July 2026. It brought together more than 300 participants from Governments, "
            "the private sector, civil society and international organizations.",
            "Multi-stakeholder segment",
        ),
        (
            _TITLE_ZH,
            "全球对话第一届会议多利益攸关方部分于2026年7月8日举行，来自各国政府、私营部门、民间"
            "社会、技术界和学术界以及国际组织的300多名与会者参加了会议。",
            "多利益攸关方部分",
        ),
        (
            _TITLE_EN.replace("“", "").replace("”", ""),
            "The multi-stakeholder segment of the first session of the Global Dialogue was held "
            "on 8 July 2026. It brought together more than 300 participants from Governments, "
            "the private sector, civil society and international organizations.",
            "Multi-stakeholder segment",
        ),
    ],
    ids=["en", "zh", "en-unquoted"],
)
def test_a_title_set_apart_never_goes_on_into_the_first_paragraph(
    content: str, first: str, title: str
) -> None:
    result = parse_document(content, "text")
    found = [(p.anchor, p.parent, p.text) for p in result.paragraphs]
    assert [anchor for anchor, _, _ in found] == ["p-1", "p-2"]
    assert found[0] == ("p-1", None, first)
    assert any(
        w.line == 3 and w.message == "front matter skipped" and w.excerpt.startswith(title)
        for w in result.warnings
    )


def test_a_sentence_that_lost_its_stop_at_the_paragraphs_indent_still_goes_on() -> None:
    # Near miss: a line at the indent the paragraphs open at is no title set apart.
    content = (
        "                                  Co-Chairs’ summary\n"
        "\n"
        "      The multi-stakeholder segment of the first session of the Global Dialogue was held\n"
        "\n"
        "      on 8 July 2026 in Geneva and brought together more than 300 participants.\n"
        "\n"
        "      The Co-Chairs opened the segment by recalling paragraph 7 of resolution 79/325.\n"
    )
    found = rows(content)
    assert [anchor for anchor, _, _ in found] == ["p-1", "p-2"]
    assert found[0][2] == (
        "The multi-stakeholder segment of the first session of the Global Dialogue was held on "
        "8 July 2026 in Geneva and brought together more than 300 participants."
    )


def test_a_paragraph_after_a_block_quote_set_further_in_stands_apart() -> None:
    content = (
        "               The President of the General Assembly delivered the following message:\n"
        '                    "Artificial intelligence must serve humanity. We must\n'
        '               govern it together, on the basis of international law."\n'
        "               The Secretary-General also addressed the meeting. He recalled that the\n"
        "         Global Digital Compact was adopted two years ago, in September 2024.\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts[1:] == [
        '"Artificial intelligence must serve humanity. We must govern it together, on the basis '
        'of international law."',
        "The Secretary-General also addressed the meeting. He recalled that the Global Digital "
        "Compact was adopted two years ago, in September 2024.",
    ]
