"""Paragraph parser, Chinese texts as PDF and web copies wrap them (and the English where it
wraps alike): a note marker glued after a line's final stop, a bracketed preambular paragraph
above a declaration's formula, half-width punctuation and URLs at a wrap, an unnumbered
paragraph between lettered items, and a page's notes set wider than the body's lines."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultations.parser import parse_document
from consultations.parser_text import join_text
from tests.consultations.parser_helpers import anchors, paragraph

# --------------------------------------------------------------- a note marker after a stop

# pdftotext prints a resolution wrapped at the page's width, no blank lines; only the first
# operative paragraph's first line ends with a note's marker glued after its "。".
_MARKER_AT_A_LINE_END_ZH = """\
人权理事会，
遵循《联合国宪章》的宗旨和原则，
重申《世界人权宣言》、《公民及政治权利国际公约》和其他相关国际人权文书，
回顾人权理事会关于人权与气候变化的所有以往决议，包括2023年7月14日
第53/6号决议，以及大会关于这一主题的相关决议，
注意到《联合国气候变化框架公约》、《巴黎协定》及其目标，并认识到气候变化
的不利影响对有效享有人权产生一系列直接和间接影响，
关切地注意到，气候变化对已经处于脆弱境地的人口群体影响最为严重，包括土著
人民、地方社区、农民、移民、儿童、妇女、残疾人和老年人，
1. 吁请各国在应对气候变化的所有行动中尊重、促进和考虑各自的人权义务。{marker}
各国应确保气候政策的制定和实施具有包容性和参与性，并考虑到处境脆弱者的需
求；
2. 鼓励各国加强国际合作，向发展中国家，特别是最不发达国家和小岛屿发展
中国家提供支持，以增强其适应能力。这种支持应包括资金、技术转让和能力建设
，并应以国家自主的优先事项为依据；
3. 请联合国人权事务高级专员办事处编写一份关于气候变化对儿童权利的不利
影响的分析研究报告，并在编写报告时与各国、联合国相关机构、国家人权机构和
民间社会协商。
4. 决定继续审议这一问题。
1 见 A/HRC/53/6。
"""

_MARKER_AT_A_LINE_END_EN = """\
The Human Rights Council,
Guided by the purposes and principles of the Charter of the United Nations,
Reaffirming the Universal Declaration of Human Rights and the International
Covenant on Civil and Political Rights and other relevant instruments,
Recalling all previous resolutions of the Human Rights Council on human rights
and climate change, including resolution 53/6 of 14 July 2023,
1. Calls upon States to respect, promote and consider their respective human
rights obligations in all actions to address climate change and its effects.{marker}
States should ensure that climate policies are inclusive and participatory and
take into account the needs of persons in vulnerable situations;
2. Encourages States to strengthen international cooperation and to provide
support to developing countries, in particular the least developed countries,
to enhance their adaptive capacity, including through finance and technology;
3. Decides to continue its consideration of this question.
1 See A/HRC/53/6.
"""

# pdftotext -layout: the paragraph's first line indented, its wrapped lines at the margin.
_MARKER_IN_A_LAYOUT_ZH = """\
一. 导言

     1.     大会在第 78/132 号决议中请秘书长在第七十九届会议上提交一份报告，说明该决议的执行情况。1
本报告即根据该请求编写。
     2.     本报告借鉴了联合国系统各实体、区域委员会和其他利益攸关方提供的资料和各项建议。
     3.     秘书长在编写本报告时参考了会员国提交的材料，以及相关国际组织提供的最新数据。
_______________
     1   第 78/132 号决议，第 15 段。
"""

_MARKER_IN_A_LAYOUT_EN = """\
I. Introduction

     1.     In resolution 78/132, the Assembly asked the Secretary-General to submit a report.1
The present report is submitted pursuant to that request and covers the period.
     2.     The report draws on information provided by entities of the United Nations system.
     3.     The Secretary-General also drew on submissions by Member States and recent data.
_______________
     1   Resolution 78/132, para. 15.
"""


@pytest.mark.parametrize(
    ("text", "expected", "second"),
    [
        (
            _MARKER_AT_A_LINE_END_ZH,
            ["p-1", "pp1", "pp2", "pp3", "pp4", "pp5", "1", "2", "3", "4"],
            "。各国应确保气候政策",
        ),
        (
            _MARKER_AT_A_LINE_END_EN,
            ["p-1", "pp1", "pp2", "pp3", "1", "2", "3"],
            "its effects. States should ensure",
        ),
    ],
    ids=["zh", "en"],
)
def test_a_note_marker_after_a_line_end_stop_does_not_end_the_paragraph(
    text: str, expected: list[str], second: str
) -> None:
    content = text.format(marker="1")
    assert anchors(content) == expected
    # The marker is no word of the text.
    assert second in paragraph(content, "1").text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (_MARKER_IN_A_LAYOUT_ZH, "说明该决议的执行情况。本报告即根据该请求编写。"),
        (_MARKER_IN_A_LAYOUT_EN, "submit a report. The present report is submitted"),
    ],
    ids=["zh", "en"],
)
def test_a_marked_stop_in_a_layout_copy_goes_on_at_the_wrapped_margin(
    text: str, joined: str
) -> None:
    assert anchors(text) == ["section-1", "1", "2", "3"]
    assert joined in paragraph(text, "1").text


# ------------------------------------------------- a bracketed preambular paragraph, a formula

_DECLARATION_ZH = """\
我们，各国元首和政府首脑及高级代表，于2025年9月聚集在纽约联合国总部，

{bracketed}

重申我们对多边主义的承诺，

兹宣布：

1. 我们重申致力于弥合数字鸿沟。

2. 我们决定审查本宣言。
"""

_DECLARATION_EN = """\
We, the Heads of State and Government and High Representatives, gathered at United Nations \
Headquarters in New York in September 2025,

{bracketed}

Reaffirming our commitment to multilateralism,

Declare the following:

1. We reaffirm our commitment to bridge the digital divide.

2. We decide to review this declaration.
"""


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        (_DECLARATION_ZH, "[又回顾《2030年可持续发展议程》，]"),
        (_DECLARATION_ZH, "又回顾《2030年可持续发展议程》，"),
        (_DECLARATION_EN, "[Also recalling the Pact for the Future,]"),
        (_DECLARATION_EN, "Also recalling the Pact for the Future,"),
    ],
)
def test_a_bracketed_preambular_paragraph_keeps_the_formula_unnumbered(
    text: str, bracketed: str
) -> None:
    content = text.format(bracketed=bracketed)
    assert anchors(content) == ["pp1", "pp2", "pp3", "p-4", "1", "2"]
    assert paragraph(content, "pp2").text == bracketed


# ------------------------------------------------------- half-width punctuation at a wrap

_HALF_WIDTH_WRAPPED = """\
1. 我们承诺加强国际合作,支持努力为高质量和包容性的科学、技术教育提供机会,
并促进妇女和女童的参与(目标4)。
2. 我们承诺支持发展中国家的能力建设(目标17);以及加强合作:包括南南合作(
所有目标)。
"""


def test_half_width_punctuation_in_chinese_takes_no_space_at_a_wrap() -> None:
    texts = [p.text for p in parse_document(_HALF_WIDTH_WRAPPED).paragraphs]
    assert texts == [
        "我们承诺加强国际合作,支持努力为高质量和包容性的科学、技术教育提供机会,并促进妇女和女童的参与(目标4)。",
        "我们承诺支持发展中国家的能力建设(目标17);以及加强合作:包括南南合作(所有目标)。",
    ]


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        # The official text spaces a Latin marker after a reference: kept.
        (
            "回顾第 60/251 号决议第 5 段",
            "(e) 分段的规定；",
            "回顾第 60/251 号决议第 5 段 (e) 分段的规定；",
        ),
        # A bracketed tag above the words it marks keeps its space.
        ("[欧盟：删除]", "注意到小组的工作，", "[欧盟：删除] 注意到小组的工作，"),
        # English keeps its spaces.
        ("Recalling resolution 70/1,", "(2015) and", "Recalling resolution 70/1, (2015) and"),
        ("as follows:", "(a) to act;", "as follows: (a) to act;"),
        # A note marker after the stop is never glued to a year below it.
        ("…《议程》。1", "2030年", "…《议程》。1 2030年"),
        # A bracketed Chinese clause or alternative goes on without a space.
        (
            "[备选案文 A：请秘书长提交报告，]",
            "并请会员国提供资料；",
            "[备选案文 A：请秘书长提交报告，]并请会员国提供资料；",
        ),
        (
            "[备选案文 1：我们决定延长任务期限。]",
            "[备选案文 2：…。]",
            "[备选案文 1：我们决定延长任务期限。][备选案文 2：…。]",
        ),
        # Lines of a copy wrapped before a mark, or inside a figure.
        ("我们承诺提供培训", ",以减轻潜在危害", "我们承诺提供培训,以减轻潜在危害"),
        ("包括南南合作(所有目标)", ";以及", "包括南南合作(所有目标);以及"),
        ("将数据增加50%,", "这些数据按收入分列", "将数据增加50%,这些数据按收入分列"),
        ("(目标3、5、1", "2、16)", "(目标3、5、12、16)"),
        ("《20", "30年议程》", "《2030年议程》"),
    ],
)
def test_what_a_wrap_joins(left: str, right: str, joined: str) -> None:
    assert join_text(left, right) == joined


_IDEOGRAPHS = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1)


@given(_IDEOGRAPHS, st.sampled_from(",;:()"), _IDEOGRAPHS)
def test_a_half_width_mark_between_ideographs_takes_no_space(
    before: str, mark: str, after: str
) -> None:
    assert join_text(before + mark, after) == before + mark + after
    assert join_text(before, mark + after) == before + mark + after


@given(
    st.text(st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")), min_size=1),
    st.sampled_from(",;:"),
    st.text(st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")), min_size=1),
)
def test_a_mark_between_latin_words_keeps_its_space(before: str, mark: str, after: str) -> None:
    assert join_text(before + mark, after) == f"{before}{mark} {after}"


# ------------------------------------------------------------------- a URL across a wrap


@pytest.mark.parametrize(
    ("text", "url", "after"),
    [
        (
            "1. 这些资料可查阅 https://www.un.org/techenvoy/\n"
            "global-digital-compact/submissions，供会员国参考。\n2. 报告还借鉴了论坛的成果。\n",
            "https://www.un.org/techenvoy/global-digital-compact/submissions",
            "，供会员国参考。",
        ),
        (
            "1. 这些资料可查阅https://www.un.org/techenvoy/gl\n"
            "obal-digital-compact/submissions，供会员国参考。\n2. 报告还借鉴了论坛的成果。\n",
            "https://www.un.org/techenvoy/global-digital-compact/submissions",
            "，供会员国参考。",
        ),
        (
            "1. The submissions are available at https://www.un.org/techenvoy/\n"
            "global-digital-compact/submissions for the information of Member States.\n"
            "2. The report also draws on the outcomes of the Forum.\n",
            "https://www.un.org/techenvoy/global-digital-compact/submissions",
            " for the information",
        ),
    ],
    ids=["zh", "zh-mid-word", "en"],
)
def test_a_url_wrapped_across_lines_is_whole(text: str, url: str, after: str) -> None:
    assert url + after in paragraph(text, "1").text


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # The sentence goes on after the URL.
        ("available at https://www.un.org/techenvoy/", "for the information of Member States."),
        # A list of documents: the next entry, no rest of the URL.
        ("Transforming our world https://undocs.org/A/RES/70/1", "A/RES/79/1 The Pact"),
    ],
)
def test_what_follows_a_finished_url_keeps_its_space(left: str, right: str) -> None:
    assert join_text(left, right) == f"{left} {right}"


# ------------------------------------------------ an unnumbered paragraph between two items

_ITEMS_AROUND_A_PARAGRAPH = {
    "zh": """\
8. 我们的数字合作将遵循以下原则：

(a) 所有国家和其他利益攸关方的包容性参与是本契约的基石。

我们的合作将弥合国家内部和国家之间的数字鸿沟；

(b) 本契约以发展为导向，植根于《2030年议程》；

(c) 本契约立足于国际法。

9. 我们承诺采取行动。
""",
    "en": """\
8. Our digital cooperation will be guided by the following principles:

(a) Inclusive participation of all States and other stakeholders is the foundation.

Our cooperation will close digital divides between and within countries;

(b) The Compact is development-oriented and anchored in the 2030 Agenda;

(c) The Compact is anchored in international law.

9. We commit to action.
""",
}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_items_below_an_unnumbered_paragraph_go_on_with_the_list_above(language: str) -> None:
    result = parse_document(_ITEMS_AROUND_A_PARAGRAPH[language])
    rows = [(p.anchor, p.parent) for p in result.paragraphs]
    assert rows == [
        ("8", None),
        ("8.a", "8"),
        ("p-3", None),
        ("8.b", "8"),
        ("8.c", "8"),
        ("9", None),
    ]
    # Still worth a look: the paragraph may be item (a)'s second or a wrap misread.
    assert [w.line for w in result.warnings if "(b)" in w.message] == [7]


def test_a_paragraph_opening_its_own_list_keeps_its_items() -> None:
    text = """\
1. 我们的数字合作将遵循以下原则：

(a) 所有国家的包容性参与是本契约的基石。

我们还决定：

(a) 设立一个工作组；

(b) 审查本契约。

2. 我们承诺采取行动。
"""
    assert anchors(text) == ["1", "1.a", "p-3", "p-3.a", "p-3.b", "2"]


# --------------------------------------------- a page's notes set wider than the body's lines

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
_COMPACT = CORPUS / "global-digital-compact-webcopy.zh.txt"


def _display_cut(text: str, width: int) -> int:
    """Where a line ``width`` ideographs wide ends (half-width characters count half)."""
    columns = 0
    for index, character in enumerate(text):
        columns += 2 if unicodedata.east_asian_width(character) in "WF" else 1
        if columns > 2 * width:
            return index
    return len(text)


def _pdf_copy(web_copy: str, width: int, *, blank: bool) -> str:
    """The Compact as pdftotext prints a narrow layout of it: lines filled to ``width``
    ideographs, blank lines between paragraphs or none, a page every 45 lines with its running
    title and footer, and each page's notes at its foot, set smaller (six ideographs more to a
    line) below whatever line the page broke at."""
    source = web_copy.split("\n")
    body = [line.strip() for line in source[15:398] if line.strip()]
    notes = {
        found.group(1): line.strip()
        for line in source[399:]
        if (found := re.match(r"(\d+) ", line.strip()))
    }
    printed: list[str] = []
    for text in body:
        while text:
            cut = _display_cut(text, width)
            printed.append(text[:cut])
            text = text[cut:]
        if blank:
            printed.append("")
    pages: list[list[str]] = [[]]
    for line in printed:
        pages[-1].append(line)
        if len(pages[-1]) >= 45 and line:
            pages.append([])
    out = ["联合国 A/RES/79/1", "大会 Distr.: General", "24 September 2024", "79/1. 未来契约"]
    out.append("全球数字契约")
    seen: set[str] = set()
    for number, page in enumerate(pages, start=1):
        if number > 1:
            out += ["A/RES/79/1", "全球数字契约"]
        out += page
        text = "\n".join(page)
        for mark, note in notes.items():
            if mark not in seen and re.search(rf"[》）]{mark}(?!\d)|。{mark}$", text, re.M):
                seen.add(mark)
                while note:
                    cut = _display_cut(note, width + 6)
                    out.append(note[:cut])
                    note = note[cut:]
        out.append(f"24-27654 {number}/{len(pages)}")
    return "\n".join(out) + "\n"


@pytest.mark.skipif(not _COMPACT.is_file(), reason="shared corpus not present")
@pytest.mark.parametrize(("width", "blank"), [(22, True), (22, False), (24, True)])
def test_a_narrow_copy_with_wider_notes_reads_as_the_web_copy(width: int, blank: bool) -> None:
    web_copy = _COMPACT.read_text(encoding="utf-8")
    expected = [(p.anchor, p.text) for p in parse_document(web_copy).paragraphs]
    got = [
        (p.anchor, p.text)
        for p in parse_document(_pdf_copy(web_copy, width, blank=blank)).paragraphs
    ]
    assert [anchor for anchor, _ in got] == [anchor for anchor, _ in expected]
    assert dict(got)["22"] == dict(expected)["22"]
    assert [pair for pair in got if not pair[0].startswith("p-")] == [
        pair for pair in expected if not pair[0].startswith("p-")
    ]
