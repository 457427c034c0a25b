"""Paragraph parser: the provisional agenda an ECOSOC decision approves in one of its items
("(b) Approved the provisional agenda … as set out below:" + "1. …" + "2. …"), with each
item's documentation below it ("Documentation" + "Report of the Secretary-General", "文件" +
"秘书长的报告"). The documentation lines were dropped as front matter, or, set apart by blank
lines, became headings over the agenda items below; the agenda's title below the item's colon
was dropped. All of it is the item's text, one line each."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document

OPENING = "At its 38th plenary meeting, on 24 July 2025, the Economic and Social Council:\n\n"
ZH_OPENING = "在 2025 年 7 月 24 日第 38 次全体会议上，经济及社会理事会：\n\n"

# As pdftotext -layout prints it: the agenda indented under the item, no blank lines.
ENGLISH_LAYOUT = OPENING + (
    "(a) Took note of the report of the Commission;\n\n"
    "(b) Approved the provisional agenda for the twenty-ninth session of the Commission as set"
    " out below:\n\n"
    "      1.   Election of officers.\n"
    "      2.   Progress made in the implementation of the outcomes of the World Summit.\n"
    "           Documentation\n"
    "           Report of the Secretary-General\n"
    "      3.   Adoption of the report.\n\n"
    "(c) Decided that the priority theme shall be artificial intelligence.\n"
)
CHINESE_LAYOUT = ZH_OPENING + (
    "(a)  注意到委员会第二十八届会议的报告；\n\n"
    "(b)  核可下文所列委员会第二十九届会议的临时议程和文件：\n\n"
    "       1.   选举主席团成员。\n"
    "       2.   信息社会世界峰会成果落实和后续行动方面的进展。\n"
    "            文件\n"
    "            秘书长的报告\n"
    "       3.   科学、技术和创新促进发展。\n\n"
    "(c)  决定委员会第二十九届会议的优先主题为“人工智能促进可持续发展”。\n"
)


def _item(paragraphs: list[ParsedParagraph], anchor: str) -> str:
    return next(p.text for p in paragraphs if p.anchor == anchor)


@pytest.mark.parametrize(
    ("content", "agenda"),
    [
        (
            ENGLISH_LAYOUT,
            [
                "Approved the provisional agenda for the twenty-ninth session of the Commission"
                " as set out below:",
                "1. Election of officers.",
                "2. Progress made in the implementation of the outcomes of the World Summit.",
                "Documentation",
                "Report of the Secretary-General",
                "3. Adoption of the report.",
            ],
        ),
        (
            CHINESE_LAYOUT,
            [
                "核可下文所列委员会第二十九届会议的临时议程和文件：",
                "1. 选举主席团成员。",
                "2. 信息社会世界峰会成果落实和后续行动方面的进展。",
                "文件",
                "秘书长的报告",
                "3. 科学、技术和创新促进发展。",
            ],
        ),
    ],
    ids=["english", "chinese"],
)
def test_an_agenda_items_documentation_stays_in_the_decisions_item(
    content: str, agenda: list[str]
) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-1.a", "p-1.b", "p-1.c"]
    assert _item(result.paragraphs, "p-1.b").split("\n") == agenda
    assert not result.warnings


def test_a_list_of_documents_by_symbol_under_an_agenda_item_stays_in_the_item() -> None:
    content = ENGLISH_LAYOUT.replace(
        "           Report of the Secretary-General\n",
        "           E/CN.16/2025/2      Report of the Secretary-General\n",
    )
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-1.a", "p-1.b", "p-1.c"]
    assert _item(result.paragraphs, "p-1.b").split("\n")[3:] == [
        "Documentation",
        "E/CN.16/2025/2 Report of the Secretary-General",
        "3. Adoption of the report.",
    ]
    assert not result.warnings


# As the decision's web copy and plain pdftotext print it: a blank line between all lines, the
# agenda's title below the item's colon.
ENGLISH_APART = OPENING + (
    "(a) Approved the provisional agenda and documentation for the twenty-ninth session of the"
    " Commission as set out below:\n\n"
    "Provisional agenda and documentation for the twenty-ninth session of the Commission\n\n"
    "1. Election of officers.\n\n"
    "2. Progress made in the implementation of the outcomes of the World Summit.\n\n"
    "Documentation\n\n"
    "Report of the Secretary-General\n\n"
    "3. Science, technology and innovation for development.\n\n"
    "4. Adoption of the report of the Commission on its twenty-ninth session.\n"
)
CHINESE_APART = ZH_OPENING + (
    "(a) 核可下文所列委员会第二十九届会议的临时议程和文件：\n\n"
    "委员会第二十九届会议临时议程和文件\n\n"
    "1. 选举主席团成员。\n\n"
    "2. 信息社会世界峰会成果落实和后续行动方面的进展。\n\n"
    "文件\n\n"
    "秘书长的报告\n\n"
    "3. 科学、技术和创新促进发展。\n\n"
    "4. 通过委员会第二十九届会议的报告。\n"
)


ENGLISH_AGENDA = [
    "Approved the provisional agenda and documentation for the twenty-ninth session"
    " of the Commission as set out below:",
    "Provisional agenda and documentation for the twenty-ninth session of the Commission",
    "1. Election of officers.",
    "2. Progress made in the implementation of the outcomes of the World Summit.",
    "Documentation",
    "Report of the Secretary-General",
    "3. Science, technology and innovation for development.",
    "4. Adoption of the report of the Commission on its twenty-ninth session.",
]


@pytest.mark.parametrize(
    ("content", "fmt", "agenda"),
    [
        (
            ENGLISH_APART,
            "text",
            ENGLISH_AGENDA,
        ),
        (
            ENGLISH_APART,
            "markdown",
            ENGLISH_AGENDA,
        ),
        (
            CHINESE_APART,
            "text",
            [
                "核可下文所列委员会第二十九届会议的临时议程和文件：",
                "委员会第二十九届会议临时议程和文件",
                "1. 选举主席团成员。",
                "2. 信息社会世界峰会成果落实和后续行动方面的进展。",
                "文件",
                "秘书长的报告",
                "3. 科学、技术和创新促进发展。",
                "4. 通过委员会第二十九届会议的报告。",
            ],
        ),
    ],
    ids=["english", "english-markdown", "chinese"],
)
def test_an_agenda_set_apart_by_blank_lines_is_the_items_with_its_title(
    content: str, fmt: str, agenda: list[str]
) -> None:
    result = parse_document(content, "markdown" if fmt == "markdown" else "text")
    assert [(p.anchor, p.kind) for p in result.paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-1.a", "subparagraph"),
    ]
    assert _item(result.paragraphs, "p-1.a").split("\n") == agenda
    assert not result.warnings


def test_documentation_under_an_agenda_a_numbered_paragraph_approves_heads_nothing() -> None:
    content = (
        "The Economic and Social Council,\n\n"
        "Recalling its resolution 2024/5,\n\n"
        "1. Takes note of the report;\n\n"
        "2. Approves the provisional agenda for the twenty-ninth session as set out below:\n\n"
        "1. Election of officers.\n\n"
        "2. Progress made in the implementation of the outcomes of the World Summit.\n\n"
        "Documentation\n\n"
        "Report of the Secretary-General\n\n"
        "3. Adoption of the report.\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.parent) for p in paragraphs] == [
        ("p-1", None),
        ("pp1", None),
        ("1", None),
        ("2", None),
        ("3", None),
    ]
    assert _item(paragraphs, "2").split("\n")[3:] == [
        "Documentation",
        "Report of the Secretary-General",
        "3. Adoption of the report.",
    ]


def test_a_heading_above_the_paragraph_numbered_as_the_list_would_go_on_stays_a_heading() -> None:
    # "3." is the text's own paragraph here, not the list's: nothing below comes back to it.
    content = (
        "The Economic and Social Council,\n\n"
        "Recalling its resolution 2024/5,\n\n"
        "1. Takes note of the report;\n\n"
        "2. Approves the following priorities:\n\n"
        "1. Connectivity.\n\n"
        "2. Capacity-building.\n\n"
        "Follow-up and review\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs][-2:] == [
        ("p-5", "heading", None),
        ("3", "operative", "p-5"),
    ]
    assert _item(paragraphs, "2") == (
        "Approves the following priorities:\n1. Connectivity.\n2. Capacity-building."
    )


def test_a_title_below_a_numbered_paragraphs_colon_still_heads_the_text_it_adopts() -> None:
    # Only an item keeps the list below its colon: a numbered paragraph may adopt a text with a
    # numbering of its own.
    content = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n"
        "1. Adopts the following outcome document:\n\n"
        "Outcome document of the high-level meeting\n\n"
        "1. We, the Heads of State, reaffirm our commitment.\n\n"
        "2. We decide to meet again.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs][2:] == [
        ("1", "operative"),
        ("p-4", "heading"),
        ("part-2/1", "operative"),
        ("part-2/2", "operative"),
    ]


# A resolution whose list took the paragraph after it ("3. Invites …", a known limit): the
# heading below and the numbers under it go on with the text's own paragraphs (4 after 2, none
# coming back to 3), not with the list.
LIST_THEN_HEADING = (
    "The General Assembly,\n\n"
    "Recalling its resolution 70/1,\n\n"
    "1.    Decides to convene a high-level meeting in 2027;\n\n"
    "2.    Requests the Secretary-General to submit the following reports:\n\n"
    "1.    A report on the implementation of the Global Digital Compact;\n"
    "2.    A report on the financing of digital public infrastructure;\n\n"
    "3.    Invites Member States to contribute to the trust fund.\n\n"
    "Follow-up and review\n\n"
    "4.    Decides to review progress at its eighty-second session.\n\n"
    "5.    Decides to remain seized of the matter.\n"
)
ZH_LIST_THEN_HEADING = (
    "大会，\n\n"
    "回顾其第 70/1 号决议，\n\n"
    "1.    决定于 2027 年召开一次高级别会议；\n\n"
    "2.    请秘书长提交以下报告：\n\n"
    "1.    关于《全球数字契约》执行情况的报告；\n"
    "2.    关于数字公共基础设施筹资问题的报告；\n\n"
    "3.    邀请会员国向信托基金捐款。\n\n"
    "后续行动和审查\n\n"
    "4.    决定在第八十二届会议上审查进展情况。\n\n"
    "5.    决定继续处理此案。\n"
)


@pytest.mark.parametrize(
    ("content", "heading"),
    [(LIST_THEN_HEADING, "Follow-up and review"), (ZH_LIST_THEN_HEADING, "后续行动和审查")],
    ids=["english", "chinese"],
)
def test_a_heading_above_the_texts_next_paragraphs_below_a_list_stays_a_heading(
    content: str, heading: str
) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs][-3:] == [
        ("p-5", "heading", None),
        ("4", "operative", "p-5"),
        ("5", "operative", "p-5"),
    ]
    assert next(p.text for p in paragraphs if p.anchor == "p-5") == heading
    assert heading not in _item(paragraphs, "2")


def test_documentation_above_an_entry_numbered_past_the_paragraphs_stays_in_the_agenda() -> None:
    # The agenda's "5." is past the paragraph expected next (3), but "3." comes back below it.
    content = (
        "The Economic and Social Council,\n\n"
        "Recalling its resolution 2024/5,\n\n"
        "1. Takes note of the report;\n\n"
        "2. Approves the provisional agenda for the twenty-ninth session as set out below:\n\n"
        "1. Election of officers.\n\n"
        "2. Adoption of the agenda and other organizational matters.\n\n"
        "3. Science, technology and innovation for development.\n\n"
        "4. Progress made in the implementation of the outcomes of the World Summit.\n\n"
        "Documentation\n\n"
        "Report of the Secretary-General\n\n"
        "5. Adoption of the report.\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "1", "2", "3"]
    assert _item(paragraphs, "2").split("\n")[-3:] == [
        "Documentation",
        "Report of the Secretary-General",
        "5. Adoption of the report.",
    ]


@pytest.mark.parametrize(
    ("content", "documentation", "item"),
    [
        (
            "  I. Provisional agenda\n"
            "1.    Election of officers.\n"
            "2.    Progress made in the implementation of the outcomes of the World Summit on the\n"
            "      Information Society.\n"
            "3.    Election of the Chair.\n\n"
            "  II. Annotations\n"
            "Item 2\n"
            "Progress made in the implementation of the outcomes of the World Summit on the\n"
            "Information Society\n"
            "1.    The Commission will review progress.\n\n"
            "Documentation\n"
            "Report of the Secretary-General (A/81/64-E/2026/11)\n\n"
            "Item 3\n"
            "Election of the Chair\n"
            "2.    The Commission will elect its Chair.\n",
            "Documentation",
            "Item 3",
        ),
        (
            "  一、 临时议程\n"
            "1.    选举主席团成员。\n"
            "2.    信息社会世界首脑会议成果落实和后续行动方面的进展。\n"
            "3.    选举主席。\n\n"
            "  二、 说明\n"
            "项目 2\n"
            "信息社会世界首脑会议成果落实和后续行动方面取得的\n"
            "进展\n"
            "1.    委员会将审查进展情况。\n\n"
            "文件\n"
            "秘书长的报告（A/81/64-E/2026/11）\n\n"
            "项目 3\n"
            "选举主席\n"
            "2.    委员会将选举主席。\n",
            "文件",
            "项目 3",
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_list_restarting_below_an_unpunctuated_title_keeps_no_lines_below_it(
    content: str, documentation: str, item: str
) -> None:
    """Nothing introduced that list (no colon): its paragraph does not take the documentation
    and the next item below it (they were all lines of the title's paragraph)."""
    paragraphs = parse_document(content).paragraphs
    owner = next(p for p in paragraphs if "\n1" in p.text)
    assert documentation not in owner.text
    assert item not in owner.text
    assert [p.text for p in paragraphs if p.kind == "heading"].count(item) == 1
    assert any(
        p.text.startswith("Report of the Secretary-General") or p.text.startswith("秘书长的报告")
        for p in paragraphs
    )
