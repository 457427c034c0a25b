"""Paragraph parser: a run of decisions printed with no blank line between them reads as the same
run printed with blank lines (each decision a heading with its title over its text, the names a
decision lists lines of its sentence); and the notes gathered after a text's body, under "Notes"
or "注", are notes, never paragraphs, where the body's markers point to them."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import parsed_rows

# Each decision's name and text set apart by a blank line, as "WITH blank lines" prints them.
DECISIONS_APART = {
    "en": (
        "Decision 2025/201\n"
        "Election of members of the Committee\n\n"
        "At its 2nd plenary meeting, on 7 February 2025, the Economic and Social Council elected "
        "the following members:\n"
        "Germany\n"
        "Kenya\n\n"
        "Decision 2025/202\n"
        "Confirmation of members\n\n"
        "At its 3rd plenary meeting, on 8 February 2025, the Council confirmed the nomination "
        "of:\n"
        "Ms. Jane Doe (Kenya)\n"
        "Mr. Juan Pérez (Peru)\n"
    ),
    "zh": (
        "第2025/201号决定\n"
        "选举委员会成员\n\n"
        "经济及社会理事会在2025年2月7日第2次全体会议上选举下列成员：\n"
        "德国\n"
        "肯尼亚\n\n"
        "第2025/202号决定\n"
        "任命审计委员会成员\n\n"
        "理事会在2025年2月8日第3次全体会议上确认下列提名：\n"
        "简·多女士（肯尼亚）\n"
        "胡安·佩雷斯先生（秘鲁）\n"
    ),
}


def _without_blank_lines(content: str) -> str:
    return "".join(line for line in content.splitlines(keepends=True) if line.strip())


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_run_of_decisions_without_blank_lines_reads_as_with_them(language: str) -> None:
    apart = DECISIONS_APART[language]
    result = parse_document(_without_blank_lines(apart))
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("p-1", "heading", None),
        ("p-2", "unnumbered", "p-1"),
        ("p-3", "heading", None),
        ("p-4", "unnumbered", "p-3"),
    ]
    assert [row[1:] for row in parsed_rows(_without_blank_lines(apart))] == [
        row[1:] for row in parsed_rows(apart)
    ]
    assert not [w for w in result.warnings if w.message == "front matter skipped"]


# A decisions compilation as pdftotext prints it without blank lines: a title as wide as the text
# right above the decision's opening sentence, which it never runs into.
WIDE_TITLES = {
    "en": (
        "Decision 2025/216\n"
        "Independent expert group on artificial intelligence for sustainable development\n"
        "At its 30th plenary meeting, on 24 July 2025, the Economic and Social Council\n"
        "decided to establish an independent expert group.\n"
        "Decision 2025/217\n"
        "Consultative status of non-governmental organizations in the field of development\n"
        "At its 30th plenary meeting, on 24 July 2025, the Economic and Social Council\n"
        "decided to grant consultative status to the following organizations:\n"
        "Global Digital Rights Alliance\n"
        "Asia Internet Society\n"
    ),
    "zh": (
        "第2025/216号决定\n"
        "人工智能促进可持续发展问题独立专家小组\n"
        "经济及社会理事会在2025年7月24日第30次全体会议上决定设立一个人工智能促进可持续发\n"
        "展问题独立专家小组。\n"
        "第2025/217号决定\n"
        "发展领域非政府组织的咨商地位\n"
        "经济及社会理事会在2025年7月24日第30次全体会议上决定给予下列非政府组织咨商地位：\n"
        "全球数字权利联盟\n"
        "亚洲互联网协会\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_wide_title_without_a_blank_line_below_it_heads_the_decisions_text(
    language: str,
) -> None:
    rows = parsed_rows(WIDE_TITLES[language])
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("p-1", "heading", None),
        ("p-2", "unnumbered", "p-1"),
        ("p-3", "heading", None),
        ("p-4", "unnumbered", "p-3"),
    ]
    title = WIDE_TITLES[language].split("\n")[1]
    assert rows[0][3].endswith(title)
    assert rows[3][3].split("\n")[1:] == WIDE_TITLES[language].rstrip("\n").split("\n")[-2:]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("set_apart", [False, True])
def test_the_one_name_ending_the_text_below_a_colon_is_a_line_of_its_sentence(
    language: str, set_apart: bool
) -> None:
    *lines, name, _ = DECISIONS_APART[language].rstrip("\n").split("\n")
    content = "\n".join([*lines, name]) + "\n"
    rows = parsed_rows(content if set_apart else _without_blank_lines(content))
    assert [kind for _, kind, _, _ in rows] == ["heading", "unnumbered", "heading", "unnumbered"]
    assert rows[-1][3].split("\n")[1:] == [name]


@pytest.mark.parametrize(
    ("content", "preamble"),
    [
        (
            "The General Assembly,\n\nRecalling its resolution 70/1¹ and its decision 79/505,\n\n"
            "1. Notes that 10¹⁸ operations a second cover 5 km².\n\n"
            "__________\n¹ See A/70/PV.4.\n",
            "Recalling its resolution 70/1 and its decision 79/505,",
        ),
        (
            "大会，\n\n回顾其第70/1¹号决议，\n\n1. 注意到每秒10¹⁸次运算覆盖5 km²。\n\n"
            "__________\n¹ 见A/70/PV.4。\n",
            "回顾其第70/1号决议，",
        ),
    ],
)
def test_a_superscript_after_a_symbols_number_marks_a_note_no_power(
    content: str, preamble: str
) -> None:
    rows = parsed_rows(content)
    assert [row[3] for row in rows if row[0] == "pp1"] == [preamble]
    assert "10¹⁸" in rows[-1][3]
    assert "km²" in rows[-1][3]


BODY_ROWS = {
    "en": [
        ("p-1", "unnumbered", None, "The General Assembly,"),
        ("pp1", "preamble", None, "Recalling its resolution 70/1,"),
        ("1", "operative", None, "Welcomes the report of the Secretary-General;"),
        ("2", "operative", None, "Decides to continue its work."),
    ],
    "zh": [
        ("p-1", "unnumbered", None, "大会，"),
        ("pp1", "preamble", None, "回顾其第70/1号决议，"),
        ("1", "operative", None, "欢迎秘书长的报告；"),
        ("2", "operative", None, "决定继续工作。"),
    ],
}
ENDNOTES = [
    pytest.param(
        "en",
        "text",
        "The General Assembly,\nRecalling its resolution 70/1,1\n"
        "1. Welcomes the report of the Secretary-General;2\n2. Decides to continue its work.\n"
        "Notes\n1. See resolution 70/1.\n2 A/79/150.\n",
        id="en-glued-digits-no-blank-lines",
    ),
    pytest.param(
        "en",
        "text",
        "The General Assembly,\n\nRecalling its resolution 70/1¹,\n\n"
        "1. Welcomes the report of the Secretary-General;²\n\n2. Decides to continue its work.\n\n"
        "Endnotes\n\n1. See resolution 70/1, adopted by the General Assembly on 25 September\n"
        "2015.\n\n2. A/79/150.\n",
        id="en-superscripts-a-note-wrapped",
    ),
    pytest.param(
        "en",
        "text",
        "The General Assembly,\n\nRecalling its resolution 70/1,[1]\n\n"
        "1. Welcomes the report of the Secretary-General;[2]\n\n"
        "2. Decides to continue its work.\n\n"
        "Notes\n\n1. See resolution 70/1.\n\n2. A/79/150.\n",
        id="en-bracketed-references",
    ),
    pytest.param(
        "zh",
        "text",
        "大会，\n回顾其第70/1号决议，1\n1. 欢迎秘书长的报告；2\n2. 决定继续工作。\n"
        "注\n1. 见第70/1号决议。\n2. A/79/150。\n",
        id="zh-glued-digits",
    ),
    pytest.param(
        "zh",
        "text",
        "大会，\n\n回顾其第70/1¹号决议，\n\n1. 欢迎秘书长的报告；²\n\n2. 决定继续工作。\n\n"
        "注释：\n\n1 见第70/1号决议。\n\n2 A/79/150。\n",
        id="zh-superscripts",
    ),
    pytest.param(
        "en",
        "markdown",
        "The General Assembly,\n\n*Recalling* its resolution 70/1,^1^\n\n"
        "1. Welcomes the report of the Secretary-General;^2^\n\n"
        "2. Decides to continue its work.\n\n"
        "## Notes\n\n1. See resolution 70/1.\n2. A/79/150.\n",
        id="en-markdown",
    ),
    pytest.param(
        "zh",
        "markdown",
        "大会，\n\n回顾其第70/1号决议，^1^\n\n1. 欢迎秘书长的报告；^2^\n\n2. 决定继续工作。\n\n"
        "**注释**\n\n1. 见第70/1号决议。\n2. A/79/150。\n",
        id="zh-markdown",
    ),
]


@pytest.mark.parametrize(("language", "fmt", "content"), ENDNOTES)
def test_notes_gathered_after_the_body_are_no_paragraphs(
    language: str, fmt: Format, content: str
) -> None:
    result = parse_document(content, fmt)
    assert [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs] == BODY_ROWS[language]
    assert not [w for w in result.warnings if "numbering restarts" in w.message]


@pytest.mark.parametrize(
    "content",
    [
        # The body marks no note: the numbered lines are the text's own.
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Welcomes the report of the Secretary-General;\n\n2. Decides to continue its work.\n\n"
        "Notes\n\n1. The meeting opened at 10 a.m.\n\n2. The meeting closed at 1 p.m.\n",
        # Under an annex's title the numbers restart the annex's paragraphs.
        "The General Assembly,\n\nRecalling its resolution 70/1,1\n\n"
        "1. Welcomes the report of the Secretary-General;2\n\n2. Decides to continue its work.\n\n"
        "Annex\n\n1. The meeting opened at 10 a.m.\n\n2. The meeting closed at 1 p.m.\n",
    ],
    ids=["no-references", "annex"],
)
def test_a_numbered_list_after_the_body_that_is_no_notes_stays_text(content: str) -> None:
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts[-2:] == ["The meeting opened at 10 a.m.", "The meeting closed at 1 p.m."]


@pytest.mark.parametrize(
    ("language", "title"),
    [("zh", "确认职司委员会成员"), ("en", "Recognizing the work of the functional commissions")],
)
@pytest.mark.parametrize("set_apart", [False, True])
def test_a_decisions_title_opening_as_a_preambular_paragraph_is_its_title(
    language: str, title: str, set_apart: bool
) -> None:
    second = DECISIONS_APART[language].split("\n")[8]
    content = DECISIONS_APART[language].replace(f"\n{second}\n", f"\n{title}\n")
    rows = parsed_rows(content if set_apart else _without_blank_lines(content))
    assert [(anchor, kind) for anchor, kind, _, _ in rows] == [
        ("p-1", "heading"),
        ("p-2", "unnumbered"),
        ("p-3", "heading"),
        ("p-4", "unnumbered"),
    ]
    assert rows[2][3].endswith(title)
