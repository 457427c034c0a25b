"""Paragraph parser, Chinese texts read as their English versions are: a preambular paragraph
wrapped right after a "，" without blank lines goes on unless the line below opens one."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _paragraphs(text: str, fmt: Format = "text") -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(text, fmt).paragraphs]


_WRAPPED_AT_A_COMMA_ENGLISH = """\
The General Assembly,
Recalling its resolution 79/277 of 27 March 2025,
which established the modalities of the twenty-year review,
Noting the twenty-year review report and the outcomes of the Internet Governance Forum,
which provided important inputs to the review,
1. Decides to extend the mandate of the Internet Governance Forum;
"""

_WRAPPED_AT_A_COMMA_CHINESE = """\
大会，
回顾 2025 年 3 月 27 日大会通过的关于二十周年审查方式的第 79/277 号决议，
该决议确定了即将根据大会议事规则举行的二十周年审查的方式，
注意到科学和技术促进发展委员会编写的二十周年审查报告以及互联网治理论坛的成果，
这些成果为审查提供了重要投入，
1. 决定将互联网治理论坛的任务期限延长；
"""


@pytest.mark.parametrize(
    "text", [_WRAPPED_AT_A_COMMA_ENGLISH, _WRAPPED_AT_A_COMMA_CHINESE], ids=["en", "zh"]
)
def test_a_preambular_paragraph_wrapped_after_its_comma_goes_on(text: str) -> None:
    anchors = [anchor for anchor, _ in _paragraphs(text)]
    assert anchors == ["p-1", "pp1", "pp2", "1"]


def test_the_chinese_wrapped_preambular_paragraphs_keep_their_clauses() -> None:
    texts = dict(_paragraphs(_WRAPPED_AT_A_COMMA_CHINESE))
    assert texts["pp1"] == (
        "回顾 2025 年 3 月 27 日大会通过的关于二十周年审查方式的第 79/277 号决议，"
        "该决议确定了即将根据大会议事规则举行的二十周年审查的方式，"
    )
    assert texts["pp2"] == (
        "注意到科学和技术促进发展委员会编写的二十周年审查报告以及互联网治理论坛的成果，"
        "这些成果为审查提供了重要投入，"
    )


@pytest.mark.parametrize(
    "clause", ["会上通过了《未来契约》，", "题为“未来契约”，", "该决议确定了审查的方式，"]
)
def test_a_chinese_clause_below_a_preambular_comma_goes_on(clause: str) -> None:
    text = (
        "大会，\n回顾其 2015 年 12 月 16 日第 70/125 号决议，\n"
        f"{clause}\n认识到数字鸿沟依然存在，\n1. 决定继续审议这一问题。\n"
    )
    assert _paragraphs(text) == [
        ("p-1", "大会，"),
        ("pp1", f"回顾其 2015 年 12 月 16 日第 70/125 号决议，{clause}"),
        ("pp2", "认识到数字鸿沟依然存在，"),
        ("1", "决定继续审议这一问题。"),
    ]


@pytest.mark.parametrize("opening", ["又回顾其第 78/1 号决议，", "遗憾地注意到数字鸿沟依然存在，"])
def test_a_line_opening_a_preambular_paragraph_still_opens_the_next(opening: str) -> None:
    text = (
        "大会，\n回顾其 2015 年 12 月 16 日第 70/125 号决议，\n"
        f"{opening}\n1. 决定继续审议这一问题。\n"
    )
    assert [anchor for anchor, _ in _paragraphs(text)] == ["p-1", "pp1", "pp2", "1"]


def test_a_decisions_lead_in_below_a_preambular_comma_stays_apart() -> None:
    text = (
        "大会，\n回顾其第 70/125 号决议，\n决定：\n"
        "(a) 将审查推迟到 2026 年；\n(b) 请秘书长提交报告。\n"
    )
    assert dict(_paragraphs(text))["pp1"] == "回顾其第 70/125 号决议，"


def test_a_chinese_clause_wrapped_at_the_pages_edge_below_a_preambular_comma_goes_on() -> None:
    text = (
        "大会，\n"
        "回顾其 2015 年 12 月 16 日关于信息社会世界首脑会议成果落实情况审查的第 70/125 号决议，\n"
        "该决议确定了即将根据大会议事规则举行的二十周年审查的方式并请秘书长在第八十届会议上提\n"
        "交关于审查筹备工作的报告，\n"
        "注意到科学和技术促进发展委员会编写的二十周年审查报告以及互联网治理论坛的成果，\n"
        "1. 决定将互联网治理论坛的任务期限延长；\n"
    )
    paragraphs = _paragraphs(text)
    assert [anchor for anchor, _ in paragraphs] == ["p-1", "pp1", "pp2", "1"]
    assert paragraphs[1][1].endswith(
        "第 70/125 号决议，该决议确定了即将根据大会议事规则"
        "举行的二十周年审查的方式并请秘书长在第八十届会议上提"
        "交关于审查筹备工作的报告，"
    )


def test_an_unpunctuated_title_below_a_preambular_comma_stays_apart() -> None:
    text = (
        "安全理事会，\n回顾其以往关于南苏丹的各项决议，\n根据《联合国宪章》第七章采取行动，\n"
        "联合国南苏丹特派团的任务\n1. 决定将特派团的任务期限延长至 2025 年 4 月 30 日；\n"
    )
    assert [anchor for anchor, _ in _paragraphs(text)] == ["p-1", "pp1", "pp2", "p-4", "1"]


def test_the_formula_leading_into_the_chapeau_stays_apart() -> None:
    text = (
        "序言\n鉴于对人类家庭所有成员的固有尊严及其平等的和不移的权利的承认，\n"
        "鉴于对人权的无视和侮蔑已发展为野蛮暴行，\n因此现在，\n大会，\n"
        "发布这一世界人权宣言，作为所有人民和所有国家努力实现的共同标准。\n"
    )
    texts = [text for _, text in _paragraphs(text)]
    assert "因此现在，" in texts


_COMPILATION_CHINESE = (
    "OP1. 重申我们的承诺；\nOP2. [决定将论坛的任务期限延长十年；]\n{}\n"
    "OP3. 决定在 2035 年举行一次高级别会议。\n"
)


@pytest.mark.parametrize(
    "position",
    [
        "欧盟：删除“十年”",
        "77 国集团和中国：改为“无限期延长”",
        "77 国集团和中国：改为无限期延长",
        "日本：增加“和数字公共产品”",
        "欧盟：保留\n77 国集团和中国：改为“无限期延长”",
    ],
)
def test_a_chinese_delegations_edit_stays_with_the_paragraph_it_proposes_on(position: str) -> None:
    paragraphs = _paragraphs(_COMPILATION_CHINESE.format(position))
    assert [anchor for anchor, _ in paragraphs] == ["1", "2", "3"]
    assert position.split("\n")[-1] in paragraphs[1][1]


def test_an_english_delegations_edit_stays_with_the_paragraph_it_proposes_on() -> None:
    text = (
        "OP1. Reaffirm our commitment;\nOP2. [Decide to extend the mandate for ten years;]\n"
        'EU: replace with "indefinitely"\nOP3. Decide to hold a high-level meeting in 2035.\n'
    )
    paragraphs = _paragraphs(text)
    assert [anchor for anchor, _ in paragraphs] == ["1", "2", "3"]
    assert 'EU: replace with "indefinitely"' in paragraphs[1][1]


def test_a_chinese_title_above_a_compilations_paragraph_still_heads_it() -> None:
    text = "OP1. 重申我们的承诺；\n专题一：数字经济\nOP2. 决定将论坛的任务期限延长十年；\n"
    assert [anchor for anchor, _ in _paragraphs(text)][-1] == "2"
    assert "专题一：数字经济" in [text for _, text in _paragraphs(text)]


_SHORT_FIRST_LINE_CHINESE = (
    "人权理事会，\n\n重申《世界人权宣言》\n{note}以及相关国际人权条约，\n\n1. 请各国：\n\n"
    "(a) 促进数字素养，包括通过以下方式：在国家教育课程中纳入数字技能、支持终\n"
    "身学习方案以及为妇女和女童提供有针对性的培训，特别是在农村地区和偏远地\n区；\n"
)
_SHORT_FIRST_LINE_ENGLISH = (
    "The Human Rights Council,\n\nReaffirming the Universal Declaration of Human Rights\n"
    "{note}and relevant international human rights treaties,\n\n1. Calls upon States:\n\n"
    "(a) To promote digital literacy, including through the integration of digital skills into\n"
    "national curricula and targeted training for women and girls, in particular in rural\n"
    "areas;\n"
)


@pytest.mark.parametrize("note", ["", "1\n"], ids=["plain", "note-number"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SHORT_FIRST_LINE_CHINESE, "重申《世界人权宣言》以及相关国际人权条约，"),
        (
            _SHORT_FIRST_LINE_ENGLISH,
            "Reaffirming the Universal Declaration of Human Rights"
            " and relevant international human rights treaties,",
        ),
    ],
    ids=["zh", "en"],
)
def test_a_preambular_paragraphs_short_first_line_is_no_front_matter(
    text: str, expected: str, note: str
) -> None:
    result = parse_document(text.format(note=note))
    assert [(p.anchor, p.text) for p in result.paragraphs][:2] == [
        ("p-1", text.split("\n")[0]),
        ("pp1", expected),
    ]
    assert not [w for w in result.warnings if w.message == "front matter skipped"]


def test_a_preambular_paragraphs_short_first_line_goes_on_with_its_clause_below() -> None:
    text = _SHORT_FIRST_LINE_CHINESE.format(note="").replace(
        "重申《世界人权宣言》\n以及相关国际人权条约，", "重申大会\n第 60/251 号决议，"
    )
    assert dict(_paragraphs(text))["pp1"] == "重申大会第 60/251 号决议，"


@pytest.mark.parametrize(
    "text",
    [
        "C. Action lines\nC1. The role of public governance authorities and all stakeholders\n"
        "8. The effective participation of governments is vital.\n9. Partnerships matter.\n",
        "C. 行动方针\nC1. 政府和所有利益相关方在推动信息通信技术促进发展方面的作用\n"
        "8. 政府的有效参与至关重要。\n9. 伙伴关系十分重要。\n",
    ],
    ids=["en", "zh"],
)
def test_a_first_heading_c_is_the_letter_not_section_100(text: str) -> None:
    result = parse_document(text)
    assert result.paragraphs[0].anchor == "section-c"
    assert not [w for w in result.warnings if "section 100" in w.message]


def test_a_c_heading_after_a_run_of_sections_keeps_its_reading() -> None:
    text = "I. Intro\n1. A.\nII. Two\n2. B.\nC. Three\n3. C.\n"
    anchors = [p.anchor for p in parse_document(text).paragraphs]
    assert anchors[:4] == ["section-1", "1", "section-2", "2"]
    assert "section-c" not in anchors


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "我们认识到，[^1] 消除饥饿是一项紧迫的全球挑战。",
            "我们认识到，消除饥饿是一项紧迫的全球挑战。",
        ),
        (
            "我们认识到 [^1] 消除饥饿是一项紧迫的全球挑战。",
            "我们认识到消除饥饿是一项紧迫的全球挑战。",
        ),
        ("我们重申《议程》[^1] 2030 年的目标。", "我们重申《议程》2030 年的目标。"),
        ("我们重申议程[^1] 2030 年的目标。", "我们重申议程 2030 年的目标。"),
        (
            "We recognize,[^1] that hunger is a challenge.",
            "We recognize, that hunger is a challenge.",
        ),
        ("We recognize hunger [^1] as a challenge.", "We recognize hunger as a challenge."),
    ],
)
def test_a_markdown_note_reference_leaves_no_space_beside_chinese(
    sentence: str, expected: str
) -> None:
    text = f"1. {sentence}\n\n[^1]: 见第 78/1 号决议。\n"
    assert _paragraphs(text, "markdown")[0] == ("1", expected)
