"""Paragraph parser, Markdown lines read as headings where plain text reads a paragraph (audit stop
25): a preambular paragraph a Rev. sets in bold ("**Reaffirming …,**") is counted as in plain
text; UNESCO's "### II.1 VALUES" is sub-section ``section-2.1`` as in plain text; a table
caption set in bold ("**Table 23.1**") and its bold title open the table's paragraph, no
headings over the paragraphs after it; a "See also: <url>" line is no heading, in either format,
but a title printing its site after it ("Internet governance https://…") still is; a caption
with a stray comma ("**Key messages,**" over its points) opens no preamble, in either format.
Audit round 3: "via" by itself leads into no link ("Documents submitted via https://…" is a
heading); a link never goes on over a blank line with the heading below it; a bold line ending
with a comma is a heading, a sibling of the bold title above it, unless it reads as a preambular
paragraph (the chapeau, among preambular paragraphs, or opening as one below a chapeau)."""

from __future__ import annotations

import re

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors, paragraph


def plain(markdown: str) -> str:
    """The plain-text copy of a Markdown text: headings' hashes and bold dropped."""
    return re.sub(r"^#+ ", "", markdown.replace("**", ""), flags=re.MULTILINE)


# -- a preambular paragraph set in bold --------------------------------------------------------

BOLD_PREAMBULAR = [
    (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "**Reaffirming its resolution 79/1,**\n\n"
        "Noting the importance of an inclusive process,\n\n"
        "1. Decides to convene a high-level meeting;\n"
    ),
    (
        "大会，\n\n回顾其第70/1号决议，\n\n**重申其第79/1号决议，**\n\n"
        "注意到包容性进程的重要性，\n\n1. 决定召开一次高级别会议；\n"
    ),
]


@pytest.mark.parametrize("content", BOLD_PREAMBULAR, ids=["en", "zh"])
def test_a_preambular_paragraph_set_in_bold_is_counted_as_in_plain_text(content: str) -> None:
    expected = ["p-1", "pp1", "pp2", "pp3", "1"]
    assert anchors(content, "markdown") == anchors(plain(content)) == expected
    inserted = paragraph(content, "pp2", "markdown")
    assert inserted.text.startswith(("Reaffirming its resolution 79/1,", "重申其第79/1号决议，"))
    operative = paragraph(content, "1", "markdown")
    assert (operative.parent, operative.heading_path) == (None, ())


@pytest.mark.parametrize(
    ("title", "section"),
    [("Follow-up and review", "II. Means of implementation"), ("后续行动和审查", "二. 执行手段")],
    ids=["en", "zh"],
)
def test_an_unpunctuated_bold_line_is_still_a_heading(title: str, section: str) -> None:
    content = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to convene a high-level meeting;\n\n"
        f"**{title}**\n\n2. Requests a report.\n\n**{section}**\n\n3. Calls for financing.\n"
    )
    result = parse_document(content, "markdown")
    kinds = [(found.anchor, found.kind, found.parent) for found in result.paragraphs]
    assert kinds == [
        ("p-1", "unnumbered", None),
        ("pp1", "preamble", None),
        ("1", "operative", None),
        ("p-4", "heading", None),
        ("2", "operative", "p-4"),
        ("section-2", "heading", None),
        ("3", "operative", "section-2"),
    ]


# -- UNESCO's numbered sub-sections --------------------------------------------------------------

UNESCO_SUB_SECTIONS = [
    (
        "## I. SCOPE OF APPLICATION\n\n"
        "1. This Recommendation addresses ethical issues related to neurotechnology.\n\n"
        "## II. VALUES AND PRINCIPLES\n\n### II.1 VALUES\n\n"
        "2. The inviolable and inherent dignity of every human constitutes the foundation.\n\n"
        "### II.2 PRINCIPLES\n\n"
        "3. It should be recognized that neurotechnologies do not ensure flourishing.\n"
    ),
    (
        "## I. 适用范围\n\n1. 本建议书涉及与神经技术有关的伦理问题。\n\n"
        "## II. 价值观和原则\n\n### II.1 价值观\n\n2. 每个人不可侵犯的固有尊严构成基础。\n\n"
        "### II.2 原则\n\n3. 应当认识到神经技术并不一定确保繁荣。\n"
    ),
]


@pytest.mark.parametrize("content", UNESCO_SUB_SECTIONS, ids=["en", "zh"])
def test_a_markdown_unesco_sub_section_is_anchored_as_in_plain_text(content: str) -> None:
    expected = ["section-1", "1", "section-2", "section-2.1", "2", "section-2.2", "3"]
    assert anchors(content, "markdown") == anchors(plain(content)) == expected
    sub_section = paragraph(content, "section-2.1", "markdown")
    assert (sub_section.label, sub_section.parent) == ("II.1", "section-2")
    assert sub_section.text in ("VALUES", "价值观")
    assert paragraph(content, "2", "markdown").parent == "section-2.1"


def test_a_markdown_chapter_section_is_anchored_as_in_plain_text() -> None:
    content = (
        "## Chapter I\n\n### Section 1. Sessions\n\n1. The Commission shall meet annually.\n\n"
        "### Section 2. Agenda\n\n2. The agenda shall be adopted.\n"
    )
    expected = ["section-1", "section-1.1", "1", "section-1.2", "2"]
    assert anchors(content, "markdown") == anchors(plain(content)) == expected
    assert paragraph(content, "section-1.2", "markdown").text == "Agenda"


def test_a_sentence_numbered_as_a_sub_section_or_one_of_another_section_is_no_sub_section() -> None:
    content = (
        "## II. VALUES AND PRINCIPLES\n\n1. Human dignity is the foundation.\n\n"
        "### II.1 The proposed resources amount to $1.2 million.\n\n"
        "2. The resources are shown below.\n\n## III. SCOPE\n\n### II.2 PRINCIPLES\n\n3. Text.\n"
    )
    assert anchors(content, "markdown") == ["section-2", "1", "p-3", "2", "section-3", "p-6", "3"]


# -- a table caption set in bold -----------------------------------------------------------------

BOLD_CAPTIONS = [
    (
        "## Overall orientation\n\n"
        "23.1 The proposed resource requirements are shown in table 23.1.\n\n"
        "**Table 23.1**\n\n**Overall: evolution of financial resources**\n\n"
        "(Thousands of United States dollars)\n\n"
        "| Object of expenditure | 2025 appropriation | 2026 estimate |\n|---|---:|---:|\n"
        "| Posts | 11 002.3 | 11 210.0 |\n\n"
        "23.2 The decrease reflects the reduced requirements.\n\n"
        "## Programme of work\n\n23.3 The objective is to strengthen capacity.\n",
        [
            "Table 23.1",
            "Overall: evolution of financial resources",
            "(Thousands of United States dollars)",
            "Object of expenditure | 2025 appropriation | 2026 estimate",
            "Posts | 11 002.3 | 11 210.0",
        ],
    ),
    (
        "## 总体方向\n\n23.1 拟议所需资源见表 23.1。\n\n**表 23.1**\n\n"
        "**总体：财政资源变化情况**\n\n"
        "（千美元）\n\n| 支出用途 | 2025 年批款 | 2026 年估计数 |\n|---|---:|---:|\n"
        "| 员额 | 11 002.3 | 11 210.0 |\n\n23.2 减少的原因是所需资源减少。\n\n"
        "## 工作方案\n\n23.3 目标是加强能力。\n",
        [
            "表 23.1",
            "总体：财政资源变化情况",
            "（千美元）",
            "支出用途 | 2025 年批款 | 2026 年估计数",
            "员额 | 11 002.3 | 11 210.0",
        ],
    ),
]


@pytest.mark.parametrize(("content", "table"), BOLD_CAPTIONS, ids=["en", "zh"])
def test_a_bold_table_caption_and_title_open_the_tables_paragraph(
    content: str, table: list[str]
) -> None:
    result = parse_document(content, "markdown")
    assert [found.anchor for found in result.paragraphs] == [
        "p-1",
        "23.1",
        "p-3",
        "23.2",
        "p-5",
        "23.3",
    ]
    caption = result.paragraphs[2]
    assert (caption.kind, caption.parent) == ("unnumbered", "p-1")
    assert caption.text.split("\n") == table
    after = result.paragraphs[3]
    assert (after.parent, len(after.heading_path)) == ("p-1", 1)


def test_a_bold_line_below_a_caption_with_its_title_is_a_heading() -> None:
    content = (
        "## Overall orientation\n\n"
        "23.1 The proposed resource requirements are shown in table 23.1.\n\n"
        "**Table 23.1. Overall: evolution of financial resources**\n\n"
        "**Programme of work**\n\n23.2 The objective is to strengthen capacity.\n"
    )
    heading = paragraph(content, "p-4", "markdown")
    assert (heading.kind, heading.text, heading.parent) == ("heading", "Programme of work", "p-1")
    assert paragraph(content, "23.2", "markdown").parent == "p-4"


# -- a line ending with a URL --------------------------------------------------------------------

SEE_ALSO = [
    (
        "3. Commit to the following targets:\n\n"
        "   - reduce deaths associated with antimicrobial resistance by 10 per cent by 2030.\n\n"
        "See also: <https://www.who.int/amr>\n\n"
        "4. Request the Secretary-General to report at the eighty-first session.\n",
        "See also: https://www.who.int/amr",
    ),
    (
        "3. 承诺实现以下具体目标：\n\n"
        "   - 到 2030 年将与抗微生物药物耐药性有关的死亡人数减少 10%。\n\n"
        "另见：<https://www.who.int/amr>\n\n4. 请秘书长在第八十一届会议上提出报告。\n",
        "另见：https://www.who.int/amr",
    ),
]


@pytest.mark.parametrize(("content", "link"), SEE_ALSO, ids=["en", "zh"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_line_ending_with_a_url_is_no_heading(content: str, link: str, fmt: Format) -> None:
    if fmt == "text":
        content = content.replace("<", "").replace(">", "")
    result = parse_document(content, fmt)
    see_also = result.paragraphs[1]
    assert (see_also.anchor, see_also.kind, see_also.text) == ("p-2", "unnumbered", link)
    operative = result.paragraphs[2]
    assert (operative.anchor, operative.parent, operative.heading_path) == ("4", None, ())


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_an_unpunctuated_line_without_a_url_is_still_a_heading(fmt: Format) -> None:
    content = (
        "3. Commit to the following targets.\n\nWeb resources\n\n"
        "4. Request the Secretary-General to report at the eighty-first session.\n"
    )
    result = parse_document(content, fmt)
    heading = result.paragraphs[1]
    assert (heading.anchor, heading.kind) == ("p-2", "heading")
    assert result.paragraphs[2].parent == "p-2"


@pytest.mark.parametrize(
    "title",
    ["Internet governance https://www.intgovforum.org", "互联网治理 https://www.intgovforum.org"],
    ids=["en", "zh"],
)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_title_printing_its_site_after_it_is_still_a_heading(title: str, fmt: Format) -> None:
    # The URL rule is for links: a title with its site after it heads the paragraphs below.
    content = (
        "2. Recognizes the importance of confidence and security;\n\n"
        f"{title}\n\n3. Welcomes the work of the Forum;\n\n4. Decides to consider the item.\n"
    )
    result = parse_document(content, fmt)
    kinds = [(found.anchor, found.kind, found.parent) for found in result.paragraphs]
    assert kinds == [
        ("2", "operative", None),
        ("p-2", "heading", None),
        ("3", "operative", "p-2"),
        ("4", "operative", "p-2"),
    ]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_title_naming_its_means_with_via_before_its_site_is_still_a_heading(fmt: Format) -> None:
    # "via" after a noun names the means, as a title does; the URL completes no verb there.
    content = (
        "II. Registration\n\n"
        "3. All participants must register online. Registration closes on 15 June 2025.\n\n"
        "4. Badges can be collected from 21 June 2025.\n\n"
        "Remote participation via www.intgovforum.org\n\n"
        "5. Each session will have a remote moderator.\n\n"
        "6. Remote participants can take the floor.\n"
    )
    result = parse_document(content, fmt)
    kinds = [(found.anchor, found.kind, found.parent) for found in result.paragraphs]
    assert kinds == [
        ("section-2", "heading", None),
        ("3", "operative", "section-2"),
        ("4", "operative", "section-2"),
        ("p-4", "heading", "section-2"),
        ("5", "operative", "p-4"),
        ("6", "operative", "p-4"),
    ]


@pytest.mark.parametrize(
    "link",
    [
        "Online registration: https://indico.un.org/event/1234",
        "See also https://unctad.org/der2024",
        "Further reading at www.intgovforum.org",
        "The meeting will be webcast and available at https://webtv.un.org",
        "Read more via https://www.un.org/pact",
        "详见 www.un.org/wsis",
        "请访问 www.un.org/wsis",
    ],
)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_link_however_led_into_is_no_heading(link: str, fmt: Format) -> None:
    content = (
        "3. Commit to the following targets.\n\n"
        f"{link}\n\n4. Request the Secretary-General to report at the eighty-first session.\n"
    )
    result = parse_document(content, fmt)
    found = result.paragraphs[1]
    assert (found.anchor, found.kind, found.text) == ("p-2", "unnumbered", link)
    assert result.paragraphs[2].parent is None


# -- a caption with a stray comma --------------------------------------------------------------

CAPTION_WITH_A_COMMA = [
    (
        "## Digital Trust and Security\n\n**Key messages,**\n\n"
        "- Cybersecurity capacity-building should be demand-driven.\n"
        "- Confidence-building measures are essential.\n\n**Recommendations:**\n\n"
        "1. Strengthen national CERTs.\n"
        "2. Promote the norms of responsible State behaviour.\n"
    ),
    (
        "## 数字信任与安全\n\n**主要信息，**\n\n- 网络安全能力建设应以需求为导向。\n"
        "- 建立信任措施至关重要。\n\n**建议：**\n\n1. 加强国家计算机应急小组。\n"
        "2. 促进负责任国家行为规范。\n"
    ),
]


@pytest.mark.parametrize("content", CAPTION_WITH_A_COMMA, ids=["en", "zh"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_caption_with_a_comma_over_its_points_opens_no_preamble(
    content: str, fmt: Format
) -> None:
    # "Key messages," is no preambular paragraph: no chapeau above it, nothing around it worded
    # as one (its points end with stops, "Recommendations:" with a colon).
    if fmt == "text":
        content = plain(content)
    result = parse_document(content, fmt)
    assert not [found.anchor for found in result.paragraphs if found.kind == "preamble"]
    caption = next(
        found for found in result.paragraphs if found.text in ("Key messages,", "主要信息，")
    )
    # In Markdown, set in bold, a caption heading its points; in plain text, a paragraph.
    assert caption.kind == ("heading" if fmt == "markdown" else "unnumbered")
    assert [found.anchor for found in result.paragraphs][-2:] == ["1", "2"]


@pytest.mark.parametrize("caption", ["**Key messages,**", "**主要信息，**"], ids=["en", "zh"])
def test_a_bold_caption_with_a_comma_right_above_paragraph_one_is_no_preamble(
    caption: str,
) -> None:
    # Plain text cannot tell it from a sentence ending with a comma (pp1, a known limit); bold
    # shows it is a caption.
    content = f"{caption}\n\n1. Strengthen national CERTs.\n\n2. Promote the norms.\n"
    assert anchors(content, "markdown") == ["p-1", "1", "2"]


@pytest.mark.parametrize(
    "content",
    [
        (
            "Recalling its resolution 70/1,\n\n**The importance of an inclusive process,**\n\n"
            "Noting the report of the Secretary-General,\n\n1. Decides to convene a meeting;\n"
        ),
        (
            "回顾其第70/1号决议，\n\n**包容性进程的重要性，**\n\n"
            "注意到秘书长的报告，\n\n1. 决定召开一次会议；\n"
        ),
    ],
    ids=["en", "zh"],
)
def test_a_bold_line_with_a_comma_among_preambular_paragraphs_is_one(content: str) -> None:
    # No chapeau, but the paragraphs around it are worded as a preamble: it is one of them.
    assert anchors(content, "markdown") == anchors(plain(content)) == ["pp1", "pp2", "pp3", "1"]


@pytest.mark.parametrize(
    ("content", "title", "names"),
    [
        (
            "# Chair's summary\n\n"
            "**Section I, Information and communication technologies for development**\n\n"
            "Delegations proposed to merge paragraphs 3 and 4.\n\n"
            "**Annex, list of speakers,**\n\n- Norway\n- Brazil\n",
            "Annex, list of speakers,",
            ["Norway", "Brazil"],
        ),
        (
            "# 主席摘要\n\n**第一节，信息和通信技术促进发展**\n\n"
            "代表团提议合并第 3 段和第 4 段。\n\n"
            "**附件，发言者名单，**\n\n- 挪威\n- 巴西\n",
            "附件，发言者名单，",
            ["挪威", "巴西"],
        ),
    ],
    ids=["en", "zh"],
)
def test_a_bold_title_with_a_stray_comma_over_a_list_of_names_is_still_a_heading(
    content: str, title: str, names: list[str]
) -> None:
    # No chapeau, nothing worded as a preamble around it and no sentences below it that it
    # leads into: a title whose comma is a typo, heading the names below it. The summary's
    # title and section line above its first paragraph of prose are its title block, skipped as
    # in plain text.
    result = parse_document(content, "markdown")
    heading = next(found for found in result.paragraphs if found.text == title)
    assert (heading.anchor, heading.kind, heading.parent) == ("p-2", "heading", None)
    listed = [found for found in result.paragraphs if found.text in names]
    assert [(found.text, found.parent) for found in listed] == [(name, "p-2") for name in names]


@pytest.mark.parametrize(
    "content",
    [
        (
            "Recalling its resolution 70/1,\n\n**The importance of an inclusive process,**\n\n"
            "**The role of the Internet Governance Forum,**\n\n"
            "Noting the report of the Secretary-General,\n\n1. Decides to convene a meeting;\n"
        ),
        (
            "回顾其第70/1号决议，\n\n**包容性进程的重要性，**\n\n**互联网治理论坛的作用，**\n\n"
            "注意到秘书长的报告，\n\n1. 决定召开一次会议；\n"
        ),
    ],
    ids=["en", "zh"],
)
def test_bold_lines_with_a_comma_in_a_row_among_preambular_paragraphs_are_ones(
    content: str,
) -> None:
    expected = ["pp1", "pp2", "pp3", "pp4", "1"]
    assert anchors(content, "markdown") == anchors(plain(content)) == expected


# -- audit round 3: links, "via" and bold lines with a comma -----------------------------------

LINK_ABOVE_A_HEADING = [
    (
        "                 1.   The co-facilitators will hold informal consultations.\n\n"
        "                 Stakeholder engagement via the UN Web TV\n\n"
        "                 2.   All meetings will be webcast.\n\n"
        "                 Read more via https://www.un.org/pact\n\n"
        "                 Proposed elements\n\n"
        "                 3.   The following elements are proposed:\n"
        "                 •    Digital cooperation\n"
        "                 •    Youth and future generations\n",
        ("Read more via https://www.un.org/pact", "Proposed elements"),
    ),
    (
        "                 1.   共同主持人将举行非正式磋商。\n\n"
        "                 通过联合国网络电视进行利益攸关方参与\n\n"
        "                 2.   所有会议都将进行网播。\n\n"
        "                 详见 https://www.un.org/pact\n\n"
        "                 拟议要素\n\n"
        "                 3.   拟议以下要素：\n"
        "                 •    数字合作\n"
        "                 •    青年和子孙后代\n",
        ("详见 https://www.un.org/pact", "拟议要素"),
    ),
]


@pytest.mark.parametrize(("content", "texts"), LINK_ABOVE_A_HEADING, ids=["en", "zh"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_link_never_goes_on_over_a_blank_line_with_the_heading_below_it(
    content: str, texts: tuple[str, str], fmt: Format
) -> None:
    # A link is a finished paragraph: "Proposed elements" below it, after a blank line, is the
    # heading over paragraph 3, not the link's next words.
    if fmt == "markdown":
        content = "\n".join(line.strip() for line in content.splitlines()) + "\n"
        content = content.replace("•    ", "- ")
    link, title = texts
    result = parse_document(content, fmt)
    found = [(p.anchor, p.kind, p.text) for p in result.paragraphs]
    assert ("p-4", "unnumbered", link) in found
    assert ("p-5", "heading", title) in found
    assert paragraph(content, "3", fmt).parent == "p-5"


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_via_before_a_url_leads_into_no_link_by_itself(fmt: Format) -> None:
    # "Documents submitted via https://…", "Apply via https://…" set apart are titles over the
    # paragraphs below, as "Submit proposals via https://…" is: "via" is no "See" or "at".
    content = (
        "1. Proposals must include a list of speakers.\n\n"
        "Submit proposals via https://www.intgovforum.org/proposals\n\n"
        "2. Proposals must include a list of speakers.\n\n"
        "Documents submitted via https://docs.intgovforum.org\n\n"
        "3. Documents will be posted within 48 hours.\n\n"
        "Apply via https://www.intgovforum.org/register\n\n"
        "4. Late applications will not be accepted.\n"
    )
    result = parse_document(content, fmt)
    kinds = [(found.anchor, found.kind, found.parent) for found in result.paragraphs]
    assert kinds == [
        ("1", "operative", None),
        ("p-2", "heading", None),
        ("2", "operative", "p-2"),
        ("p-4", "heading", None),
        ("3", "operative", "p-4"),
        ("p-6", "heading", None),
        ("4", "operative", "p-6"),
    ]


BOLD_SIBLINGS = [
    (
        "# Draft resolution on artificial intelligence\n\n**The General Assembly,**\n\n"
        "1. Encourages Member States to strengthen cooperation;\n\n"
        "**Section II, Capacity-building,**\n\n"
        "2. Requests the Secretary-General to submit a report;\n\n**Annex I, Targets,**\n\n"
        "- Double digital skills training by 2030.\n"
        "- Establish regional capacity-building centres.\n\n**Follow-up**\n\n"
        "3. Decides to remain seized of the matter.\n",
        "Annex I, Targets,",
    ),
    (
        "# 关于人工智能的决议草案\n\n**大会，**\n\n1. 鼓励会员国加强合作；\n\n"
        "**第二节，能力建设，**\n\n2. 请秘书长提交报告；\n\n**附件，主要目标，**\n\n"
        "- 到 2030 年将数字技能培训扩大一倍。\n- 建立区域能力建设中心。\n\n**后续行动**\n\n"
        "3. 决定继续审议。\n",
        "附件，主要目标，",
    ),
]


@pytest.mark.parametrize(("content", "title"), BOLD_SIBLINGS, ids=["en", "zh"])
def test_a_bold_title_with_a_comma_over_sentences_is_a_sibling_of_the_bold_title_above(
    content: str, title: str
) -> None:
    # Not among preambular paragraphs: a title, at the level of the bold title above it, over
    # its points. The draft's title above its chapeau is its title block, skipped as in plain
    # text.
    result = parse_document(content, "markdown")
    heading = next(found for found in result.paragraphs if found.text == title)
    assert (heading.anchor, heading.kind, heading.parent) == ("p-5", "heading", None)
    assert [found.parent for found in result.paragraphs[5:7]] == ["p-5", "p-5"]


BOLD_CAPTIONS = [
    (
        "# IGF 2026 Messages\n\n## Main session on AI\n\n**Key messages,**\n\n"
        "- AI governance requires multistakeholder cooperation.\n"
        "- Capacity-building is essential for developing countries.\n\n"
        "**Recommendations, in order of priority**\n\n- Strengthen national data strategies\n\n"
        "**Welcoming the progress made,**\n\n"
        "Participants welcomed the progress made since 2025.\n",
        ("Key messages,", "Welcoming the progress made,"),
    ),
    (
        "# 2026 年互联网治理论坛信息\n\n## 人工智能主会议\n\n**主要信息，**\n\n"
        "- 人工智能治理需要多利益攸关方合作。\n- 能力建设对发展中国家至关重要。\n\n"
        "**建议，按优先顺序排列**\n\n- 加强国家数据战略\n\n**欢迎取得的进展，**\n\n"
        "与会者欢迎自 2025 年以来取得的进展。\n",
        ("主要信息，", "欢迎取得的进展，"),
    ),
]


@pytest.mark.parametrize(("content", "titles"), BOLD_CAPTIONS, ids=["en", "zh"])
def test_a_bold_caption_with_a_comma_below_no_chapeau_is_a_heading(
    content: str, titles: tuple[str, str]
) -> None:
    # "**Key messages,**" heads its points; "**Welcoming the progress made,**" opens as a
    # preambular paragraph would, but no chapeau is above it and nothing around it is one.
    result = parse_document(content, "markdown")
    for title in titles:
        heading = next(found for found in result.paragraphs if found.text == title)
        assert (heading.kind, heading.parent) == ("heading", "p-2")
        below = result.paragraphs[result.paragraphs.index(heading) + 1]
        assert below.parent == heading.anchor
    assert not [found.anchor for found in result.paragraphs if found.kind == "preamble"]


@pytest.mark.parametrize(
    ("content", "last"),
    [
        (
            "# Elements paper\n\nMember States stressed interoperable frameworks.\n\n"
            "**Member States,**\n\n**Recalling resolution 79/1,**\n\n"
            "1. Decide to strengthen the follow-up.\n",
            "Recalling resolution 79/1,",
        ),
        (
            "# 要素文件\n\n会员国强调必须建立可互操作的数据治理框架。\n\n"
            "**会员国，**\n\n**回顾第 79/1 号决议，**\n\n1. 决定加强后续行动。\n",
            "回顾第 79/1 号决议，",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_bold_preambular_line_right_above_paragraph_one_is_one(content: str, last: str) -> None:
    # No chapeau the parser knows above it, but it opens as a preambular paragraph and paragraph 1
    # follows: the preamble's last paragraph, no heading over the operative part.
    result = parse_document(content, "markdown")
    found = next(found for found in result.paragraphs if found.text == last)
    assert (found.anchor, found.kind) == ("pp1", "preamble")
    assert paragraph(content, "1", "markdown").parent != found.anchor


def test_lower_case_entries_below_a_bold_title_with_a_comma_are_no_words_of_it() -> None:
    content = (
        "# Zero draft\n\n**Section II, Financing,**\n\n2. Call for sustainable financing;\n\n"
        "**Annex I, Targets,**\n\n- reduce deaths by 10 per cent by 2030.\n"
        "- ensure 70 per cent of antibiotics used are Access group.\n\n"
        "**Follow-up, review and reporting,**\n\n3. Request the Secretary-General to report.\n"
    )
    result = parse_document(content, "markdown")
    heading = next(found for found in result.paragraphs if found.text == "Annex I, Targets,")
    assert (heading.kind, heading.parent) == ("heading", "p-1")
    entries = [found for found in result.paragraphs if found.text.startswith(("reduce", "ensure"))]
    assert [found.parent for found in entries] == [heading.anchor, heading.anchor]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_url_after_marks_only_is_a_link(fmt: Format) -> None:
    content = (
        "3. Commit to the following targets.\n\nSee also: https://www.who.int/amr\n\n"
        "@@ https://www.who.int/news-room/fact-sheets/detail/antimicrobial-resistance\n\n"
        "4. Request the Secretary-General to report at the eighty-first session.\n"
    )
    result = parse_document(content, fmt)
    assert [(found.kind, found.parent) for found in result.paragraphs] == [
        ("operative", None),
        ("unnumbered", None),
        ("unnumbered", None),
        ("operative", None),
    ]
