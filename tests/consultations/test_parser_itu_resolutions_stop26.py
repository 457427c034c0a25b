"""Paragraph parser: ITU resolutions (Plenipotentiary Conference, WTSA, WTDC) open each section
with its lead-in alone on a line, "recalling", "considering", "resolves", "instructs the
Secretary-General" ("忆及", "考虑到", "做出决议", "责成秘书长"), lettered items "a)" below the
preambular ones and operative items numbered "1", often without a full stop, below the others.
The lead-ins were glued to the item above them in English and dropped as front matter in
Chinese, the "1" items read as text, and the chapeau naming the conference with its place and
year was no chapeau. Now each lead-in is a paragraph of its own, the preambular ones ``pp1``,
``pp2`` …, the operative ones ``p-<ordinal>``, and the items below are its own: ``pp1.a``,
``p-11.1``, ``p-11.1.a``."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH_LAYOUT = (
    "                         RESOLUTION 140 (REV. BUCHAREST, 2022)\n"
    "\n"
    "      ITU's role in implementing the outcomes of the World Summit on the\n"
    "       Information Society and the 2030 Agenda for Sustainable Development\n"
    "\n"
    "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, "
    "2022),\n"
    "\n"
    "recalling\n"
    "\n"
    "a)      Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;\n"
    "\n"
    "b)      the outcomes of both phases of WSIS, held in Geneva in 2003 and in Tunis in "
    "2005,\n"
    "\n"
    "considering\n"
    "\n"
    "a)      that ITU is the lead facilitator for action lines C2, C5 and C6 of the Geneva "
    "Plan of\n"
    "        Action;\n"
    "\n"
    "b)      that the United Nations General Assembly adopted resolution 70/125,\n"
    "\n"
    "resolves\n"
    "\n"
    "1       to continue to take the necessary measures within ITU's mandate to implement "
    "the\n"
    "        outcomes of WSIS;\n"
    "\n"
    "2       that ITU shall continue to contribute to the implementation of the 2030 Agenda,\n"
    "\n"
    "instructs the Secretary-General\n"
    "\n"
    "1       to coordinate ITU's WSIS-related activities;\n"
    "\n"
    "2       to report annually to the Council on the implementation of this resolution,\n"
    "\n"
    "invites Member States\n"
    "\n"
    "to participate actively in the WSIS process.\n"
)
CHINESE_LAYOUT = (
    "                         第 140 号决议（2022 年，布加勒斯特，修订版）\n"
    "\n"
    "          国际电联在落实信息社会世界峰会成果和《2030 年可持续发展议程》中的作用\n"
    "\n"
    "国际电信联盟全权代表大会（2022 年，布加勒斯特），\n"
    "\n"
    "忆及\n"
    "\n"
    "a)      全权代表大会第 73 号决议（1998 年，明尼阿波利斯）；\n"
    "\n"
    "b)      2003 年日内瓦和 2005 年突尼斯举行的信息社会世界峰会两个阶段的成果，\n"
    "\n"
    "考虑到\n"
    "\n"
    "a)      国际电联是《日内瓦行动计划》C2、C5 和 C6 行动方面的牵头推动方；\n"
    "\n"
    "b)      联合国大会通过了第 70/125 号决议，\n"
    "\n"
    "做出决议\n"
    "\n"
    "1       继续在国际电联职责范围内采取必要措施落实信息社会世界峰会的成果；\n"
    "\n"
    "2       国际电联应继续为落实《2030 年议程》做出贡献，\n"
    "\n"
    "责成秘书长\n"
    "\n"
    "1       协调国际电联与信息社会世界峰会相关的活动；\n"
    "\n"
    "2       每年就本决议的落实情况向理事会提交报告，\n"
    "\n"
    "请各成员国\n"
    "\n"
    "积极参与信息社会世界峰会进程。\n"
)
# WTSA's style with no blank line, operative items with their full stop, "considering further"
# with one clause, and a long lead-in naming a Bureau's Director.
ENGLISH_PLAIN = (
    "RESOLUTION 1 (Rev. Geneva, 2022)\n"
    "Rules of procedure of the ITU Telecommunication Standardization Sector\n"
    "The World Telecommunication Standardization Assembly (Geneva, 2022),\n"
    "considering\n"
    "a) that the Constitution and Convention set out the rules for the Sector;\n"
    "b) that the working methods of the Sector need to be\n"
    "efficient and flexible,\n"
    "considering further\n"
    "that Resolution 122 (Rev. Dubai, 2018) applies,\n"
    "noting with satisfaction\n"
    "a) the need for transparency;\n"
    "b) the need for efficiency,\n"
    "resolves\n"
    "1. to adopt the rules of procedure set out in this resolution;\n"
    "2. that study groups shall apply them,\n"
    "instructs the Director of the Telecommunication Standardization Bureau\n"
    "1. to publish the rules of procedure;\n"
    "2. to report to the next assembly,\n"
    "further resolves\n"
    "1. to review this resolution at the next assembly.\n"
)
CHINESE_PLAIN = (
    "第 1 号决议（2022 年，日内瓦，修订版）\n"
    "国际电联电信标准化部门的程序规则\n"
    "世界电信标准化全会（2022 年，日内瓦），\n"
    "考虑到\n"
    "a) 《组织法》和《公约》规定了本部门的规则；\n"
    "b) 本部门的工作方法需要高效和\n"
    "灵活，\n"
    "进一步考虑到\n"
    "第 122 号决议（2018 年，迪拜，修订版）适用，\n"
    "满意地注意到\n"
    "a) 透明的必要性；\n"
    "b) 效率的必要性，\n"
    "做出决议\n"
    "1. 通过本决议所列的程序规则；\n"
    "2. 各研究组应适用这些规则，\n"
    "责成电信标准化局主任\n"
    "1. 公布程序规则；\n"
    "2. 向下届全会提交报告，\n"
    "进一步做出决议\n"
    "1. 在下届全会上审议本决议。\n"
)


def _outline(content: str, fmt: str = "text") -> list[tuple[str, str, str | None, str]]:
    return [
        (found.anchor, found.kind, found.parent, found.label or "")
        for found in parse_document(content, fmt).paragraphs  # type: ignore[arg-type]
    ]


def _texts(content: str, fmt: str = "text") -> dict[str, str]:
    return {
        found.anchor: found.text
        for found in parse_document(content, fmt).paragraphs  # type: ignore[arg-type]
    }


LAYOUT_OUTLINE = [
    ("p-1", "unnumbered", None, ""),
    ("pp1", "preamble", None, ""),
    ("pp1.a", "subparagraph", "pp1", "a)"),
    ("pp1.b", "subparagraph", "pp1", "b)"),
    ("pp2", "preamble", None, ""),
    ("pp2.a", "subparagraph", "pp2", "a)"),
    ("pp2.b", "subparagraph", "pp2", "b)"),
    ("p-8", "unnumbered", None, ""),
    ("p-8.1", "subparagraph", "p-8", "1"),
    ("p-8.2", "subparagraph", "p-8", "2"),
    ("p-11", "unnumbered", None, ""),
    ("p-11.1", "subparagraph", "p-11", "1"),
    ("p-11.2", "subparagraph", "p-11", "2"),
    ("p-14", "unnumbered", None, ""),
    ("p-15", "unnumbered", None, ""),
]


@pytest.mark.parametrize(
    ("content", "chapeau"),
    [
        (
            "RESOLUTION 140 (REV. BUCHAREST, 2022)\n"
            "ITU's role in implementing the outcomes of WSIS\n"
            "The Plenipotentiary Conference of the International Telecommunication Union "
            "(Bucharest, 2022),\n"
            "Recalling its Resolution 73 (Minneapolis, 1998),\n"
            "1. Resolves to continue the work.\n",
            "The Plenipotentiary Conference of the International Telecommunication Union "
            "(Bucharest, 2022),",
        ),
        (
            "第 1 号决议（2022 年，日内瓦，修订版）\n"
            "国际电联电信标准化部门的程序规则\n"
            "世界电信标准化全会（2022 年，日内瓦），\n"
            "回顾第 122 号决议（2018 年，迪拜，修订版），\n"
            "1. 做出决议继续开展工作。\n",
            "世界电信标准化全会（2022 年，日内瓦），",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_conference_with_its_place_and_year_is_the_chapeau(content: str, chapeau: str) -> None:
    result = parse_document(content, "text")
    assert [(found.anchor, found.kind, found.text[:12]) for found in result.paragraphs] == [
        ("p-1", "unnumbered", chapeau[:12]),
        ("pp1", "preamble", result.paragraphs[1].text[:12]),
        ("1", "operative", result.paragraphs[2].text[:12]),
    ]
    assert result.paragraphs[0].text == chapeau
    assert "front matter skipped" in [warning.message for warning in result.warnings]


@pytest.mark.parametrize("content", [ENGLISH_LAYOUT, CHINESE_LAYOUT], ids=["en", "zh"])
def test_each_lead_in_holds_the_items_below_it(content: str) -> None:
    assert _outline(content) == LAYOUT_OUTLINE


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            ENGLISH_LAYOUT,
            {
                "p-1": "The Plenipotentiary Conference of the International Telecommunication"
                " Union (Bucharest, 2022),",
                "pp1": "recalling",
                "pp2": "considering",
                "p-8": "resolves",
                "p-11": "instructs the Secretary-General",
                "p-14": "invites Member States",
                "pp1.b": "the outcomes of both phases of WSIS, held in Geneva in 2003 and in Tunis"
                " in 2005,",
                "pp2.a": "that ITU is the lead facilitator for action lines C2, C5 and C6 of the"
                " Geneva Plan of Action;",
                "p-8.1": "to continue to take the necessary measures within ITU's mandate to"
                " implement the outcomes of WSIS;",
                "p-11.2": "to report annually to the Council on the implementation of this"
                " resolution,",
                "p-15": "to participate actively in the WSIS process.",
            },
        ),
        (
            CHINESE_LAYOUT,
            {
                "p-1": "国际电信联盟全权代表大会（2022 年，布加勒斯特），",
                "pp1": "忆及",
                "pp2": "考虑到",
                "p-8": "做出决议",
                "p-11": "责成秘书长",
                "p-14": "请各成员国",
                "p-8.1": "继续在国际电联职责范围内采取必要措施落实信息社会世界峰会的成果；",
                "p-15": "积极参与信息社会世界峰会进程。",
            },
        ),
    ],
    ids=["en", "zh"],
)
def test_lead_ins_and_items_keep_their_own_text(content: str, expected: dict[str, str]) -> None:
    texts = _texts(content)
    assert {anchor: texts.get(anchor) for anchor in expected} == expected


@pytest.mark.parametrize("content", [ENGLISH_PLAIN, CHINESE_PLAIN], ids=["en", "zh"])
def test_plain_text_without_blank_lines_reads_alike(content: str) -> None:
    assert _outline(content) == [
        ("p-1", "unnumbered", None, ""),
        ("pp1", "preamble", None, ""),
        ("pp1.a", "subparagraph", "pp1", "a)"),
        ("pp1.b", "subparagraph", "pp1", "b)"),
        ("pp2", "preamble", None, ""),
        ("pp3", "preamble", None, ""),
        ("pp4", "preamble", None, ""),
        ("pp4.a", "subparagraph", "pp4", "a)"),
        ("pp4.b", "subparagraph", "pp4", "b)"),
        ("p-10", "unnumbered", None, ""),
        ("p-10.1", "subparagraph", "p-10", "1"),
        ("p-10.2", "subparagraph", "p-10", "2"),
        ("p-13", "unnumbered", None, ""),
        ("p-13.1", "subparagraph", "p-13", "1"),
        ("p-13.2", "subparagraph", "p-13", "2"),
        ("p-16", "unnumbered", None, ""),
        ("p-16.1", "subparagraph", "p-16", "1"),
    ]


def test_a_wrapped_item_and_a_long_lead_in_keep_their_words() -> None:
    texts = _texts(ENGLISH_PLAIN)
    assert (
        texts["pp1.b"]
        == "that the working methods of the Sector need to be efficient and flexible,"
    )
    assert texts["pp3"] == "that Resolution 122 (Rev. Dubai, 2018) applies,"
    assert texts["p-13"] == "instructs the Director of the Telecommunication Standardization Bureau"
    assert texts["p-16.1"] == "to review this resolution at the next assembly."
    assert _texts(CHINESE_PLAIN)["pp1.b"] == "本部门的工作方法需要高效和灵活，"


@pytest.mark.parametrize(
    "content",
    [
        "The World Telecommunication Development Conference (Kigali, 2022),\n\n"
        "considering\n\nthat the digital divide persists,\n\n"
        "resolves\n\n"
        "1       to invite Member States:\n\n"
        "a)      to adopt national strategies;\n\n"
        "b)      to report on progress;\n\n"
        "2       to continue the work of the Sector,\n\n"
        "3       to review this resolution.\n",
        "世界电信发展大会（2022 年，基加利），\n\n"
        "考虑到\n\n数字鸿沟依然存在，\n\n"
        "做出决议\n\n"
        "1       请各成员国：\n\n"
        "a)      制定国家战略；\n\n"
        "b)      报告进展情况；\n\n"
        "2       继续开展本部门的工作，\n\n"
        "3       审议本决议。\n",
    ],
    ids=["en", "zh"],
)
def test_lettered_items_under_an_operative_item_are_its_own(content: str) -> None:
    assert _outline(content) == [
        ("p-1", "unnumbered", None, ""),
        ("pp1", "preamble", None, ""),
        ("pp2", "preamble", None, ""),
        ("p-4", "unnumbered", None, ""),
        ("p-4.1", "subparagraph", "p-4", "1"),
        ("p-4.1.a", "subparagraph", "p-4.1", "1 a)"),
        ("p-4.1.b", "subparagraph", "p-4.1", "1 b)"),
        ("p-4.2", "subparagraph", "p-4", "2"),
        ("p-4.3", "subparagraph", "p-4", "3"),
    ]


def test_a_markdown_copy_with_its_lead_ins_in_italics() -> None:
    content = (
        "The Plenipotentiary Conference of the International Telecommunication Union "
        "(Bucharest, 2022),\n\n"
        "*recalling*\n\n"
        "a) Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;\n\n"
        "b) the outcomes of both phases of WSIS,\n\n"
        "*resolves*\n\n"
        "1 to continue to take the necessary measures;\n\n"
        "2 that ITU shall contribute to the 2030 Agenda,\n\n"
        "*instructs the Secretary-General*\n\n"
        "1 to coordinate ITU's WSIS-related activities;\n\n"
        "2 to report annually to the Council,\n"
    )
    assert [anchor for anchor, *_ in _outline(content, "markdown")] == [
        "p-1",
        "pp1",
        "pp1.a",
        "pp1.b",
        "p-5",
        "p-5.1",
        "p-5.2",
        "p-8",
        "p-8.1",
        "p-8.2",
    ]
    assert _texts(content, "markdown")["p-8.2"] == "to report annually to the Council,"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("3", [("p-4.1", "to continue the work;"), ("p-4.3", "to report,")]),
        ("7", [("p-4.1", "to continue the work;"), ("p-6", "7 to report,")]),
    ],
    ids=["one-skipped", "far-off"],
)
def test_an_operative_item_out_of_sequence(number: str, expected: list[tuple[str, str]]) -> None:
    """One or two numbers skipped, the item is read with a warning, as a lettered one is;
    further off, the line is text, kept below the lead-in however it ends."""
    content = (
        "The World Telecommunication Standardization Assembly (Geneva, 2022),\n"
        "considering\n"
        "a) that standards matter,\n"
        "resolves\n"
        "1 to continue the work;\n"
        f"{number} to report,\n"
    )
    result = parse_document(content, "text")
    assert [(found.anchor, found.text) for found in result.paragraphs][-2:] == expected
    assert not any("skipped" in warning.message for warning in result.warnings)


# Near misses, read as before: a summit met at a place and year is no chapeau, and lead-in
# words below another body's chapeau, or in no chapeau's text, are none of an ITU resolution.
def test_a_summit_with_its_place_and_year_stays_a_preambular_paragraph() -> None:
    content = (
        "The General Assembly,\n\n"
        "Recalling the outcomes of the following summits:\n\n"
        "The World Summit on the Information Society (Geneva, 2003),\n\n"
        "The World Summit on the Information Society (Tunis, 2005),\n\n"
        "1. Decides to hold a review;\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    assert _outline(content) == [
        ("p-1", "unnumbered", None, ""),
        ("pp1", "preamble", None, ""),
        ("pp2", "preamble", None, ""),
        ("pp3", "preamble", None, ""),
        ("1", "operative", None, "1"),
        ("2", "operative", None, "2"),
    ]


def test_a_decision_below_the_general_assembly_keeps_its_lead_in() -> None:
    content = (
        "大会，\n\n"
        "回顾其第 70/125 号决议，\n\n"
        "决定：\n\n"
        "(a) 召开一次高级别会议；\n\n"
        "(b) 请秘书长提交报告。\n"
    )
    assert _outline(content) == [
        ("p-1", "unnumbered", None, ""),
        ("pp1", "preamble", None, ""),
        ("p-3", "unnumbered", None, ""),
        ("p-3.a", "subparagraph", "p-3", "(a)"),
        ("p-3.b", "subparagraph", "p-3", "(b)"),
    ]


def test_a_lead_in_word_in_a_report_goes_on_with_its_sentence() -> None:
    content = (
        "Report of the Working Group\n\n"
        "1. The Group met in Geneva, and,\n"
        "noting\n"
        "the progress made, agreed to continue.\n\n"
        "2. The Group adopted its report.\n"
    )
    texts = _texts(content)
    assert list(texts) == ["1", "2"]
    assert (
        texts["1"] == "The Group met in Geneva, and, noting the progress made, agreed to continue."
    )


def test_a_last_lead_in_and_its_clause_are_no_trailing_text() -> None:
    content = (
        "世界电信发展大会（2022 年，基加利），\n\n"
        "考虑到\n\n"
        "a)      数字鸿沟依然存在；\n\n"
        "b)      需要开展合作，\n\n"
        "请各成员国\n\n"
        "积极参与本部门的工作，\n"
    )
    result = parse_document(content, "text")
    assert [(found.anchor, found.text) for found in result.paragraphs][-2:] == [
        ("p-5", "请各成员国"),
        ("p-6", "积极参与本部门的工作，"),
    ]
    assert not result.warnings


@pytest.mark.parametrize(
    "wrapped",
    ["        recognizing the role of the Union", "recognizing the role of the"],
    ids=["hanging", "open-word"],
)
def test_an_items_wrapped_line_opening_with_a_lead_in_word_stays_in_it(wrapped: str) -> None:
    """Hanging under the item's text, or stopped at a word no lead-in ends with, the line
    goes on with the item above it."""
    content = (
        "The Plenipotentiary Conference of the International Telecommunication Union "
        "(Bucharest, 2022),\n"
        "considering\n"
        "a)      the outcomes of WSIS, in particular,\n"
        f"{wrapped}\n"
        "        and of its members;\n"
        "b)      the work of the WSIS Forum,\n"
        "resolves\n"
        "1       to continue the work.\n"
    )
    paragraphs = parse_document(content, "text").paragraphs
    assert [found.anchor for found in paragraphs] == [
        "p-1",
        "pp1",
        "pp1.a",
        "pp1.b",
        "p-5",
        "p-5.1",
    ]
    assert paragraphs[2].text.startswith(
        "the outcomes of WSIS, in particular, recognizing the role"
    )


def test_a_chapeau_wrapped_before_its_place_and_year_reads_as_on_one_line() -> None:
    """A page's width breaks the English chapeau where the Chinese one fits: the two number
    alike."""
    content = ENGLISH_LAYOUT.replace(
        "Telecommunication Union (Bucharest, 2022),\n",
        "Telecommunication Union\n(Bucharest, 2022),\n",
    )
    assert content != ENGLISH_LAYOUT
    assert _outline(content) == LAYOUT_OUTLINE
    assert _texts(content)["p-1"] == _texts(ENGLISH_LAYOUT)["p-1"]


@pytest.mark.parametrize(
    ("content", "clause"),
    [
        (
            "The Plenipotentiary Conference of the International Telecommunication Union"
            " (Bucharest, 2022),\n\nnoting that the report of the Council was\n"
            "considered at length\n\nresolves\n1      to continue the programme.\n",
            "noting that the report of the Council was considered at length",
        ),
        (
            "国际电信联盟全权代表大会（2022 年，布加勒斯特），\n\n"
            "注意到理事会对该报告\n进行了详细审议\n\n做出决议\n1      继续实施该方案。\n",
            "注意到理事会对该报告进行了详细审议",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_preambular_clause_wrapped_below_its_lead_in_word_goes_on(
    content: str, clause: str
) -> None:
    result = parse_document(content, "text")
    rows = [(p.anchor, p.kind, p.parent, p.text) for p in result.paragraphs]
    assert rows[1:] == [
        ("pp1", "preamble", None, clause),
        ("p-3", "unnumbered", None, rows[2][3]),
        ("p-3.1", "subparagraph", "p-3", rows[3][3]),
    ]
    assert not [w for w in result.warnings if "front matter" in w.message]


@pytest.mark.parametrize(
    ("content", "lead_in"),
    [
        (
            "The Plenipotentiary Conference of the International Telecommunication Union"
            " (Bucharest, 2022),\n\nnoting with great concern\nthat the digital divide persists,\n"
            "\nresolves\n\n1 to continue the programme.\n",
            "noting with great concern",
        ),
        (
            "国际电信联盟全权代表大会（2022 年，布加勒斯特），\n\n深表关切地注意到\n"
            "数字鸿沟依然存在，\n\n做出决议\n\n1 继续实施该方案。\n",
            "深表关切地注意到",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_lead_in_with_its_manner_keeps_its_clause_apart(content: str, lead_in: str) -> None:
    rows = [(p.anchor, p.kind, p.text) for p in parse_document(content, "text").paragraphs]
    assert [anchor for anchor, _, _ in rows] == ["p-1", "pp1", "pp2", "p-4", "p-4.1"]
    assert rows[1] == ("pp1", "preamble", lead_in)
