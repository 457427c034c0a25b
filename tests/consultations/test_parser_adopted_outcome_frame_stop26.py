"""Paragraph parser: the frame of an adopted outcome document. A heading right above the
declaration's paragraph 1, below its long "We, …," and preambular paragraphs, heads paragraph 1
onward even where no blank line sets it apart (A/RES/80/173 as pdftotext prints it: a centred
"Introduction" / "导言"); and a chapeau set as a Markdown heading ("## The General Assembly,",
"## 大会，") is the chapeau, as in plain text, so the resolution's own "Recalling …," /
"Adopts the following political declaration:" below it are kept, not skipped as front matter.
Titles, mastheads and delegations' tags keep their reading."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors, paragraph

_LAYOUT_EN = (
    "The General Assembly\n"
    "Adopts the following outcome document:\n"
    "\n"
    "Outcome document of the high-level meeting\n"
    "      We, the Ministers and heads of delegation participating in the high-level\n"
    "meeting of the General Assembly on the twenty-year review of the outcomes of\n"
    "the World Summit on the Information Society,\n"
    "{preamble}"
    "                              Introduction\n"
    "     1.    We reaffirm our commitment to the vision of the World Summit on the\n"
    "Information Society to build a people-centred and inclusive Information\n"
    "Society.\n"
    "     2.    We further reaffirm our commitment to the Geneva Declaration of\n"
    "Principles and the Tunis Agenda for the Information Society.\n"
)
_PREAMBLE_EN = (
    "      Recalling the outcome document of the high-level meeting of the General\n"
    "Assembly on the overall review of the implementation of the outcomes of the World\n"
    "Summit on the Information Society, adopted by the Assembly in its resolution 70/125\n"
    "of 16 December 2015,\n"
)
_LAYOUT_ZH = (
    "大会\n"
    "通过以下成果文件：\n"
    "\n"
    "高级别会议成果文件\n"
    "      我们，参加关于信息社会世界首脑会议成果文件执行情况 20 周年审查的大\n"
    "会高级别会议的各国部长和代表团团长，\n"
    "{preamble}"
    "                                  导言\n"
    "     1.    我们重申对信息社会世界首脑会议关于建立一个以人为本、具有包容性和\n"
    "着眼于发展的信息社会的愿景的承诺。\n"
    "     2.    我们进一步重申对《日内瓦原则宣言》和《信息社会突尼斯议程》的承\n"
    "诺和执行。\n"
)
_PREAMBLE_ZH = (
    "      回顾大会 2015 年 12 月 16 日第 70/125 号决议通过的关于信息社会世界首脑\n"
    "会议成果文件执行情况全面审查的大会高级别会议成果文件，\n"
)


def _printed(template: str, preamble: str) -> str:
    """The text as pdftotext -layout prints it, 16 columns in from the page's edge."""
    text = template.format(preamble=preamble)
    return "\n".join(f"{' ' * 16}{line}" if line else line for line in text.split("\n"))


def _front_matter(content: str, fmt: Format = "text") -> list[str]:
    warnings = parse_document(content, fmt).warnings
    return [w.excerpt for w in warnings if w.message == "front matter skipped"]


@pytest.mark.parametrize(
    ("template", "preamble", "title", "heading"),
    [
        (_LAYOUT_EN, _PREAMBLE_EN, "Outcome document of the high-level meeting", "Introduction"),
        (_LAYOUT_ZH, _PREAMBLE_ZH, "高级别会议成果文件", "导言"),
    ],
)
def test_a_heading_below_a_declarations_preamble_heads_paragraph_one(
    template: str, preamble: str, title: str, heading: str
) -> None:
    content = _printed(template, preamble)
    assert anchors(content) == ["p-1", "pp1", "pp2", "p-4", "1", "2"]
    assert paragraph(content, "p-4").kind == "heading"
    assert paragraph(content, "p-4").text == heading
    assert paragraph(content, "1").parent == "p-4"
    assert paragraph(content, "2").parent == "p-4"
    assert paragraph(content, "2").heading_path == (heading,)
    # The declaration's title, below the adopting clause's colon, is still front matter.
    assert _front_matter(content) == [title]


@pytest.mark.parametrize(
    ("template", "heading"), [(_LAYOUT_EN, "Introduction"), (_LAYOUT_ZH, "导言")]
)
def test_a_heading_right_below_a_long_we_heads_paragraph_one(template: str, heading: str) -> None:
    content = _printed(template, "")
    assert anchors(content) == ["p-1", "pp1", "p-3", "1", "2"]
    assert paragraph(content, "p-3").text == heading
    assert paragraph(content, "1").parent == "p-3"


@pytest.mark.parametrize(
    ("template", "preamble", "heading"),
    [(_LAYOUT_EN, _PREAMBLE_EN, "Introduction"), (_LAYOUT_ZH, _PREAMBLE_ZH, "导言")],
)
def test_a_heading_below_a_declarations_preamble_at_the_margin(
    template: str, preamble: str, heading: str
) -> None:
    flush = "\n".join(line.strip() for line in template.format(preamble=preamble).split("\n"))
    assert anchors(flush)[3:] == ["p-4", "1", "2"]
    assert paragraph(flush, "p-4").text == heading
    assert paragraph(flush, "2").parent == "p-4"


def test_a_delegations_tag_below_a_compilations_we_keeps_the_preamble() -> None:
    # Near miss: "G77 and China: retain" is right below the "We, …," but no heading over
    # paragraph 1; PP1 stays a preambular paragraph.
    content = (
        "**Compilation of proposals on the zero draft**\n\n"
        "**PP1** We, the Ministers and high representatives, assembled in New York on 16 and 17 "
        "December 2025,\n\n"
        "*G77 and China: retain*\n\n"
        "**PP2** Recalling the Geneva Declaration of Principles,\n\n"
        "**OP1** Reaffirm our commitment to the vision of the World Summit;\n\n"
        "**OP2** Decide to convene a meeting.\n"
    )
    assert paragraph(content, "pp1", "markdown").kind == "preamble"
    assert paragraph(content, "pp2", "markdown").kind == "preamble"
    assert "G77 and China: retain" not in [
        p.text for p in parse_document(content, "markdown").paragraphs if p.kind == "heading"
    ]


def test_a_preambular_paragraph_below_a_we_then_a_blank_line_keeps_its_reading() -> None:
    # Near miss: set apart by blank lines, the heading was read before the change too.
    content = (
        "We, the Ministers and heads of delegation participating in the high-level meeting,\n\n"
        "Recalling its resolution 70/125 of 16 December 2015,\n\n"
        "Introduction\n\n"
        "1. We reaffirm our commitment.\n\n"
        "2. We further reaffirm our commitment.\n"
    )
    assert anchors(content) == ["pp1", "pp2", "p-3", "1", "2"]
    assert paragraph(content, "1").parent == "p-3"


_FRAME_EN = (
    "{chapeau}\n\n"
    "*Recalling* its resolution 70/125 of 16 December 2015,\n\n"
    "*Reaffirming* its resolution 70/1 of 25 September 2015,\n\n"
    "*Adopts* the following political declaration:\n\n"
    "**Political declaration**\n\n"
    "We, the Heads of State and Government,\n\n"
    "*Recalling* the Charter,\n\n"
    "1. We decide to convene a meeting;\n\n"
    "2. We request a report.\n"
)
_FRAME_ZH = (
    "{chapeau}\n\n"
    "*回顾*其 2015 年 12 月 16 日第 70/125 号决议，\n\n"
    "*重申*其第 70/1 号决议，\n\n"
    "*通过*以下政治宣言：\n\n"
    "**政治宣言**\n\n"
    "我们，各国元首和政府首脑，\n\n"
    "*回顾*《宪章》，\n\n"
    "1. 我们决定召开一次会议；\n\n"
    "2. 我们请求提交一份报告。\n"
)


@pytest.mark.parametrize(
    ("template", "chapeau", "frame"),
    [
        (
            _FRAME_EN,
            "The General Assembly,",
            [
                "Recalling its resolution 70/125 of 16 December 2015,",
                "Reaffirming its resolution 70/1 of 25 September 2015,",
                "Adopts the following political declaration:",
            ],
        ),
        (
            _FRAME_ZH,
            "大会，",
            [
                "回顾其 2015 年 12 月 16 日第 70/125 号决议，",
                "重申其第 70/1 号决议，",
                "通过以下政治宣言：",
            ],
        ),
    ],
)
def test_a_chapeau_set_as_a_markdown_heading_keeps_the_frames_preamble(
    template: str, chapeau: str, frame: list[str]
) -> None:
    content = template.format(chapeau=f"## {chapeau}")
    result = parse_document(content, "markdown")
    assert [p.text for p in result.paragraphs[:4]] == [chapeau, *frame]
    assert [p.anchor for p in result.paragraphs[:4]] == ["p-1", "p-2", "p-3", "p-4"]
    assert result.paragraphs[0].kind == "unnumbered"
    assert paragraph(content, "1", "markdown").text.startswith(("We decide", "我们决定"))
    # Only the adopted declaration's bold title is front matter, as in plain text.
    title = next(line.strip("*") for line in content.split("\n") if line.startswith("**"))
    assert _front_matter(content, "markdown") == [title]


@pytest.mark.parametrize(
    ("template", "chapeau"), [(_FRAME_EN, "The General Assembly,"), (_FRAME_ZH, "大会，")]
)
def test_a_chapeau_heading_reads_as_the_chapeau_set_plain_or_in_bold(
    template: str, chapeau: str
) -> None:
    as_heading = parse_document(template.format(chapeau=f"## {chapeau}"), "markdown")
    for plain in (chapeau, f"**{chapeau}**"):
        assert parse_document(template.format(chapeau=plain), "markdown") == as_heading


@pytest.mark.parametrize(
    ("draft", "chapeau", "preamble"),
    [
        (
            "Draft resolution I",
            "The Economic and Social Council,",
            "*Recalling* its resolution 2006/46,",
        ),
        ("决议草案一", "经济及社会理事会，", "*回顾*其第 2006/46 号决议，"),
    ],
)
def test_a_quoted_drafts_chapeau_heading_opens_its_preamble(
    draft: str, chapeau: str, preamble: str
) -> None:
    content = (
        "1. The Commission recommends the adoption of the following draft resolution:\n\n"
        f"## {draft}\n\n### {chapeau}\n\n{preamble}\n\n"
        "1. Decides to hold a session;\n\n2. Requests a report.\n"
    )
    assert anchors(content, "markdown") == ["1", "p-2", "p-3", "part-2/pp1", "part-2/1", "part-2/2"]
    assert paragraph(content, "p-3", "markdown").text == chapeau
    assert paragraph(content, "part-2/pp1", "markdown").kind == "preamble"
    assert paragraph(content, "part-2/1", "markdown").parent == "p-2"


@pytest.mark.parametrize(
    ("organ", "heading"), [("## The General Assembly", "Introduction"), ("## 大会", "导言")]
)
def test_the_organ_heading_without_its_comma_stays_masthead(organ: str, heading: str) -> None:
    # Near miss: "## The General Assembly" / "## 大会", no comma, is the masthead's organ.
    content = (
        f"{organ}\n\nAdopts the following outcome document:\n\n**Outcome document**\n\n"
        "We, the Ministers and heads of delegation participating in the high-level meeting,\n\n"
        "*Recalling* its resolution 70/125 of 16 December 2015,\n\n"
        f"## {heading}\n\n1. We reaffirm our commitment.\n\n2. We further reaffirm it.\n"
    )
    result = parse_document(content, "markdown")
    assert organ[3:] not in [p.text for p in result.paragraphs]
    assert paragraph(content, "1", "markdown").heading_path == (heading,)
