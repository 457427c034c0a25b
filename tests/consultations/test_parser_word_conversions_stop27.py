"""Paragraph parser: drafts converted from Word (audit 27e). A decimal list nested under a
numbered paragraph stays in its text (pandoc's gfm writer prints Word's lettered sub-items so, and
so does a text's own list: reading them as items (a), (b) was tried and reverted after a
false-positive audit). A compilation's Chinese sponsor tag opening with digits ("PP2 之二（77国
集团和中国）") is a tag after the number, as "（瑞士）" is, with or without a space before
"之二"."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

_GFM_EN = (
    "*The General Assembly*,\n\n"
    "1.  *Decides also* that the Panel shall be composed of 40 members, on\n"
    "    the basis of:\n\n"
    "    1.  Scientific excellence;\n\n"
    "    2.  Balanced geographical and gender representation;\n\n"
    "2.  *Decides* to launch the Global Dialogue, which shall:\n\n"
    "    1.  Discuss international cooperation;\n\n"
    "    2.  Consider, inter alia:\n\n"
    "        1.  The development of safe, secure and trustworthy artificial\n"
    "            intelligence systems;\n\n"
    "        2.  The interoperability of governance approaches;\n\n"
    "    3.  Hold its first meeting in Geneva in 2026;\n\n"
    "3.  *Requests* the Secretary-General to launch a call for nominations;\n"
)
_GFM_ZH = (
    "大会，\n\n"
    "1.  又决定小组由40名成员组成，任命依据如下：\n\n"
    "    1.  卓越科学成就；\n\n"
    "    2.  均衡的地域代表性和性别代表性；\n\n"
    "2.  *决定*启动全球对话，全球对话应：\n\n"
    "    1.  讨论国际合作；\n\n"
    "    2.  除其他外，审议：\n\n"
    "        1.  开发安全、可靠和值得信赖的人工智能\n"
    "            系统；\n\n"
    "        2.  各种治理办法的互操作性；\n\n"
    "    3.  于2026年在日内瓦举行第一次会议；\n\n"
    "3.  请秘书长公开征集提名；\n"
)


@pytest.mark.parametrize("content", [_GFM_EN, _GFM_ZH])
def test_a_gfm_decimal_list_nested_under_a_paragraph_stays_in_its_text(content: str) -> None:
    # A known limit: a text's own numbered list nested so (an agenda a report quotes) reads the
    # same, and its numbers must stay as printed.
    result = parse_document(content, "markdown")
    by_anchor = {p.anchor: p for p in result.paragraphs}
    assert "1.a" not in by_anchor
    assert "\n1." in by_anchor["1"].text


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        # Numbered by hand, "1." + "1.": a list in the paragraph's text, as before.
        (
            "1. Decides:\n\n    1. to act;\n    1. to report;\n\n2. Requests a report.\n",
            "Decides:\n1. to act;\n1. to report;",
        ),
        (
            "1. 决定：\n\n    1. 采取行动；\n    1. 提出报告；\n\n2. 请提出报告。\n",
            "决定：\n1. 采取行动；\n1. 提出报告；",
        ),
        # Indented unevenly.
        (
            "1. Decides that the themes shall be:\n\n    1. Poverty;\n\n   2. Inequality;\n\n"
            "2. Requests a report.\n",
            "Decides that the themes shall be:\n1. Poverty;\n2. Inequality;",
        ),
        (
            "1. 决定主题为：\n\n    1. 贫困；\n\n   2. 不平等；\n\n2. 请提出报告。\n",
            "决定主题为：\n1. 贫困；\n2. 不平等；",
        ),
        # Tight: its items are lines of the paragraph.
        (
            "1. Decides that the themes shall be:\n   1. Poverty;\n   2. Inequality;\n"
            "2. Requests a report.\n",
            "Decides that the themes shall be:\n1. Poverty;\n2. Inequality;",
        ),
        (
            "1. 决定主题为：\n\n    1. 贫困；\n    2. 不平等；\n\n2. 请提出报告。\n",
            "决定主题为：\n1. 贫困；\n2. 不平等；",
        ),
        # A list at the margin below a lead-in.
        (
            "1. Decides that the themes shall be:\n1. Poverty;\n2. Inequality;\n"
            "2. Requests a report.\n",
            "Decides that the themes shall be:\n1. Poverty;\n2. Inequality;",
        ),
        (
            "1. 决定主题为：\n1. 贫困；\n2. 不平等；\n2. 请提出报告。\n",
            "决定主题为：\n1. 贫困；\n2. 不平等；",
        ),
    ],
)
def test_a_list_numbered_or_indented_by_hand_stays_in_its_paragraph(
    content: str, kept: str
) -> None:
    assert anchors(content, "markdown") == ["1", "2"]
    assert paragraph(content, "1", "markdown").text == kept


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "The General Assembly,\n\n3. Decides:\n\n1. to act as follows:\n\n    1. first;\n\n"
            "    2. second;\n\n2. to report;\n\n4. Decides to remain seized of the matter.\n",
            "Decides:\n1. to act as follows:\n1. first;\n2. second;\n2. to report;",
        ),
        (
            "大会，\n\n3. 决定：\n\n1. 采取以下行动：\n\n    1. 第一；\n\n"
            "    2. 第二；\n\n2. 提出报告；\n\n4. 决定继续处理此案。\n",
            "决定：\n1. 采取以下行动：\n1. 第一；\n2. 第二；\n2. 提出报告；",
        ),
    ],
)
def test_a_list_nested_under_an_entry_kept_in_its_paragraph_stays_there(
    content: str, kept: str
) -> None:
    assert anchors(content, "markdown") == ["p-1", "3", "4"]
    assert paragraph(content, "3", "markdown").text == kept


def test_the_gfm_form_as_plain_text_keeps_its_reading() -> None:
    # Only Markdown nests lists by their indent.
    assert anchors(_GFM_EN) == ["pp1", "1", "2", "3"]
    assert paragraph(_GFM_EN, "1").text.endswith(
        "\n1. Scientific excellence;\n2. Balanced geographical and gender representation;"
    )


_COMPILATION_EN = (
    "The Economic and Social Council,\n"
    "PP1\tRecalling the outcome documents of the World Summit,\n"
    "PP2\tRecalling also General Assembly resolution 70/125,\n"
    "PP2 bis (G77 and China)\tRecognizing the digital divides,\n"
    "OP1\tReaffirms the importance of the Action Lines;\n"
    "OP1 bis (G77 and China)\tRequests the Secretary-General to report;\n"
    "OP2\tDecides to remain seized of the matter.\n"
)
_COMPILATION_ZH = (
    "经济及社会理事会，\n"
    "PP1\t回顾信息社会世界峰会成果文件，\n"
    "PP2\t又回顾大会第70/125号决议，\n"
    "PP2 之二（77国集团和中国）\t认识到数字鸿沟，\n"
    "OP1\t重申行动方面的重要性；\n"
    "OP1 之二（77国集团和中国）\t请秘书长提交报告；\n"
    "OP2\t决定继续处理此案。\n"
)
_COMPILATION_ANCHORS = ["p-1", "pp1", "pp2", "pp2bis", "1", "1bis", "2"]


@pytest.mark.parametrize(
    "content",
    [
        _COMPILATION_ZH,
        _COMPILATION_ZH.replace(" 之二", "之二"),
        _COMPILATION_ZH.replace("（77国集团", "（77 国集团"),
        _COMPILATION_ZH.replace("（77国集团和中国）", "(77国集团和中国)"),
    ],
)
def test_a_chinese_sponsor_tag_opening_with_digits_is_a_tag(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == _COMPILATION_ANCHORS
    assert anchors(_COMPILATION_EN) == _COMPILATION_ANCHORS
    assert not result.warnings
    by_anchor = {p.anchor: p for p in result.paragraphs}
    assert by_anchor["pp2bis"].label is not None
    assert by_anchor["pp2bis"].label.replace(" ", "") == "PP2之二"
    assert by_anchor["pp2bis"].text.endswith("国集团和中国） 认识到数字鸿沟，") or by_anchor[
        "pp2bis"
    ].text.endswith("国集团和中国) 认识到数字鸿沟，")
    assert by_anchor["1"].text == "重申行动方面的重要性；"
    assert by_anchor["1bis"].text.endswith("请秘书长提交报告；")
    assert by_anchor["1bis"].parent is None
    assert by_anchor["2"].text == "决定继续处理此案。"


def test_the_english_twin_and_an_ideograph_tag_keep_their_reading() -> None:
    english = parse_document(_COMPILATION_EN).paragraphs
    assert [p.label for p in english][3:] == ["PP2 bis", "1", "1 bis", "2"]
    assert english[3].text == "(G77 and China) Recognizing the digital divides,"
    swiss = _COMPILATION_ZH.replace("77国集团和中国", "瑞士")
    assert anchors(swiss) == _COMPILATION_ANCHORS
    assert paragraph(swiss, "1bis").text == "（瑞士） 请秘书长提交报告；"


def test_a_year_in_parentheses_after_a_number_is_no_tag() -> None:
    # "（2015年）" is no delegation: four digits are a year.
    content = _COMPILATION_ZH.replace("OP1 之二（77国集团和中国）\t", "OP1 之二（2015年）\t")
    zh = parse_document(content).paragraphs
    assert "1bis" not in [p.anchor for p in zh]
