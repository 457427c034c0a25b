"""Markdown converted from Word by pandoc (stop 37): what its layout prints, read as the text
says it and not as the structure it resembles."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, parsed_rows

# ----------------------------------------------------------------- an annex cited at a wrap


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (
            "1.  *Urges* developed country Parties to scale up support, as provided by\n"
            "    Annex I.\n\n2.  *Decides* to act;\n\n3.  *Requests* a report.\n",
            "Urges developed country Parties to scale up support, as provided by Annex I.",
        ),
        (
            "1\\. The Committee welcomed the report of the Secretary-General, including its\n"
            "Annex.\n\n2\\. The Committee decided to meet again in 2027.\n\n"
            "3\\. The Committee adjourned.\n",
            "The Committee welcomed the report of the Secretary-General, including its Annex.",
        ),
        (
            "1.  *Requests* the Secretary-General to take forward the measures set out in\n"
            "    Appendix I.\n\n2.  *Decides* to act.\n\n3.  *Requests* a report.\n",
            "Requests the Secretary-General to take forward the measures set out in Appendix I.",
        ),
        (
            "1.  敦促发达国家缔约方按照\n    附件一。\n\n2.  决定采取行动；\n\n3.  请提交报告。\n",
            "敦促发达国家缔约方按照附件一。",
        ),
    ],
)
def test_an_annex_ending_a_wrapped_sentence_opens_no_annex(content: str, first: str) -> None:
    parsed = parse_document(content, "markdown")
    assert [p.anchor for p in parsed.paragraphs] == ["1", "2", "3"]
    assert parsed.paragraphs[0].text == first
    assert parsed.warnings == ()


def test_an_annex_ending_a_wrapped_preambular_paragraph_opens_no_annex() -> None:
    content = (
        "***The General Assembly***,\n\n"
        "*Taking note* of the report of the Secretary-General, including its\nAnnex.\n\n"
        "*Noting* the report,\n\n1.  *Decides* to act;\n"
    )
    for fmt in ("markdown", "text"):
        rows = parsed_rows(content if fmt == "markdown" else content.replace("*", ""), fmt)
        assert [(anchor, text) for anchor, _, _, text in rows][1:] == [
            ("pp1", "Taking note of the report of the Secretary-General, including its Annex."),
            ("pp2", "Noting the report,"),
            ("1", "Decides to act;"),
        ]


def test_an_annex_heading_below_a_paragraph_still_opens_the_annex() -> None:
    content = (
        "1.  *Decides* to adopt the terms of reference set out in the annex\n\n"
        "# Annex I\n\n1.  The panel shall be independent.\n"
    )
    assert anchors(content, "markdown") == ["1", "annex-1", "annex-1/1"]
    plain = "1. Decides to adopt the terms of reference.\n\nAnnex I\n\n1. The panel shall act.\n"
    assert anchors(plain) == ["1", "annex-1", "annex-1/1"]


# ------------------------------------------------------------ a note's indented lines


@pytest.mark.parametrize(
    "note",
    [
        "[^1]: Resolution 69/313, annex.\n\n"
        "    The Action Agenda was endorsed by the General Assembly in July\n    2015.\n",
        "[^1]: The following documents are relevant:\n\n    (a) A/80/1;\n\n    (b) A/80/2.\n",
        "[^1]: See the report of the Working Group, sections II and\n"
        "    III. The Group met twice.\n\n    - first session, Geneva;\n\n    # Not a heading\n",
        "[^1]: See the report of the Secretary-General (A/80/1),\n    Annex II.\n",
        "[^1]: Data from the Statistics Division. Data for\n    Action 3. of the plan are late.\n",
        "[^1]: 下列文件相关：\n\n    (a) A/80/1；\n\n    (b) A/80/2。\n",
        "[^1]: 见秘书长报告（A/80/1），\n    附件二。\n",
    ],
)
def test_a_notes_indented_lines_stay_out_of_the_text(note: str) -> None:
    content = (
        "1.  *Decides* to include the item.[^1]\n\n"
        f"{note}\n2.  *Requests* a report.\n\n3.  *Decides* to remain seized.\n"
    )
    parsed = parse_document(content, "markdown")
    assert [(p.anchor, p.text) for p in parsed.paragraphs] == [
        ("1", "Decides to include the item."),
        ("2", "Requests a report."),
        ("3", "Decides to remain seized."),
    ]
    assert parsed.warnings == ()


# --------------------------------------------------- contents linking to their pages


@pytest.mark.parametrize(
    "entries",
    [
        "I. Introduction [3](#i.-introduction)\n\nII. Trends [4](#ii.-trends)\n\n"
        "Annex [9](#annex)\n",
        "[I. Introduction [3](#introduction)](#introduction)\n\n"
        "[II. Trends [4](#ii.-trends)](#ii.-trends)\n\n[Annex [9](#annex)](#annex)\n",
    ],
)
def test_contents_linking_to_their_pages_are_skipped(entries: str) -> None:
    content = (
        f"Contents\n\n{entries}\n# I. Introduction\n\n"
        "1.  The present report is submitted pursuant to resolution 79/200.\n\n"
        "# II. Trends\n\n2.  Global emissions rose.\n\n# Annex\n\n1.  List of contributors.\n"
    )
    assert anchors(content, "markdown") == [
        "section-1",
        "1",
        "section-2",
        "2",
        "annex-1",
        "annex-1/1",
    ]


def test_chinese_contents_linking_to_their_pages_are_skipped() -> None:
    content = (
        "目录\n\n一. 导言 [3](#一.-导言)\n\n二. 趋势 [4](#二.-趋势)\n\n附件 [9](#附件)\n\n"
        "# 一. 导言\n\n1.  本报告是根据第79/200号决议提交的。\n\n"
        "# 二. 趋势\n\n2.  全球排放量上升。\n\n# 附件\n\n1.  撰稿人名单。\n"
    )
    assert anchors(content, "markdown") == [
        "section-1",
        "1",
        "section-2",
        "2",
        "annex-1",
        "annex-1/1",
    ]


def test_a_link_to_a_note_by_its_number_is_still_a_reference() -> None:
    content = "1.  *Decides* to act.[3](#fn3)\n\n2.  *Requests* a report.[4](#_ftn4)\n"
    assert parsed_rows(content, "markdown") == [
        ("1", "operative", None, "Decides to act."),
        ("2", "operative", None, "Requests a report."),
    ]


# ------------------------------------------------------- superscripts that mark no note


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "Forests covering 4.1 million km^2^ were lost, releasing 10^9^ tonnes of CO~2~.",
            "Forests covering 4.1 million km² were lost, releasing 10⁹ tonnes of CO2.",
        ),
        (
            "Forests covering 4.1 million km<sup>2</sup> were lost, releasing CO<sub>2</sub>.",
            "Forests covering 4.1 million km² were lost, releasing CO2.",
        ),
        ("The 21^st^ century began with 10^-6^ of it.", "The 21st century began with 10⁻⁶ of it."),
        (
            "森林面积减少了 410 万 km^2^，释放了 10^9^ 吨 CO~2~。",
            "森林面积减少了 410 万 km²，释放了 10⁹ 吨 CO2。",
        ),
    ],
)
def test_a_power_or_a_subscript_keeps_its_digits(line: str, text: str) -> None:
    assert parsed_rows(f"1.  {line}\n", "markdown") == [("1", "operative", None, text)]


def test_a_superscript_after_a_year_or_a_word_is_still_a_note_reference() -> None:
    content = (
        "1.  *Recalls* its resolution of 31 July 2014^1^, on the Agenda^2^ and the goals.\n\n"
        "^1^ Resolution 68/309.\n\n^2^ Resolution 70/1.\n"
    )
    assert parsed_rows(content, "markdown") == [
        (
            "1",
            "operative",
            None,
            "Recalls its resolution of 31 July 2014, on the Agenda and the goals.",
        )
    ]


# ------------------------------------------------------------ a wrap before a year


def test_a_preambular_paragraph_wrapped_before_a_year_stays_one() -> None:
    content = (
        "***The General Assembly***,\n\n"
        "*Recalling* the Declaration adopted by the World Summit for Social Development in\n"
        "2015. It also recalls the Copenhagen Declaration,\n\n*Noting* the report,\n\n"
        "1.  *Decides* to act;\n"
    )
    parsed = parse_document(content, "markdown")
    assert [(p.anchor, p.kind, p.parent, p.text) for p in parsed.paragraphs][1:] == [
        (
            "pp1",
            "preamble",
            None,
            "Recalling the Declaration adopted by the World Summit for Social Development in "
            "2015. It also recalls the Copenhagen Declaration,",
        ),
        ("pp2", "preamble", None, "Noting the report,"),
        ("1", "operative", None, "Decides to act;"),
    ]
    assert parsed.warnings == ()


def test_a_list_item_wrapped_before_a_year_goes_on_without_a_break() -> None:
    content = (
        "1.  *Welcomes* the progress made in implementing the Sendai Framework\n"
        "    adopted in\n    2015. It calls for further action;\n\n2.  *Decides* to act.\n"
    )
    parsed = parse_document(content, "markdown")
    assert [(p.anchor, p.text) for p in parsed.paragraphs] == [
        (
            "1",
            "Welcomes the progress made in implementing the Sendai Framework adopted in 2015. "
            "It calls for further action;",
        ),
        ("2", "Decides to act."),
    ]
    assert parsed.warnings == ()


# --------------------------------------------------- a hard break inside a bold title


@pytest.mark.parametrize(
    ("title", "label", "text", "operative"),
    [
        (
            "**Annex\\\nPact for the Future**",
            "Annex",
            "Pact for the Future",
            "We, the Heads of State, have gathered.",
        ),
        ("**Annex<br>\nPact for the Future**", "Annex", "Pact for the Future", "We act."),
        ("**附件\\\n未来契约**", "附件", "未来契约", "我们，国家元首和政府首脑，聚集在一起。"),
    ],
)
def test_a_bold_annex_title_over_a_hard_break_opens_the_annex(
    title: str, label: str, text: str, operative: str
) -> None:
    content = f"1.  *Adopts* the Pact.\n\n{title}\n\n1.  {operative}\n"
    parsed = parse_document(content, "markdown")
    assert [(p.anchor, p.label, p.text) for p in parsed.paragraphs] == [
        ("1", "1", "Adopts the Pact."),
        ("annex-1", label, text),
        ("annex-1/1", "1", operative),
    ]
    assert parsed.warnings == ()


# ------------------------------------------------------- pandoc's self-numbered items


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (
            "#.  We, the Heads of State and Government, have gathered.\n\n"
            "#.  We acknowledge our responsibility.\n\n#.  We decide to act.\n",
            [
                "We, the Heads of State and Government, have gathered.",
                "We acknowledge our responsibility.",
                "We decide to act.",
            ],
        ),
        (
            "#.  我们，国家元首和政府首脑，聚集在一起。\n\n"
            "#.  我们承认我们的责任。\n\n#.  我们决定采取行动。\n",
            [
                "我们，国家元首和政府首脑，聚集在一起。",
                "我们承认我们的责任。",
                "我们决定采取行动。",
            ],
        ),
    ],
)
def test_items_pandoc_numbers_itself_are_numbered_paragraphs(
    content: str, texts: list[str]
) -> None:
    parsed = parse_document(content, "markdown")
    assert [(p.anchor, p.label, p.text) for p in parsed.paragraphs] == [
        (str(number), str(number), text) for number, text in enumerate(texts, start=1)
    ]
    assert parsed.warnings == ()
