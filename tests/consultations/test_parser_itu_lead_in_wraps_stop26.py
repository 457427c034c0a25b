"""Paragraph parser: an ITU resolution's operative lead-in whose qualifier ends with its comma
("instructs the Secretary-General, in consultation with the Council,", "责成秘书长，与理事会协商，")
or that a page's width wraps ("instructs the Director of the Telecommunication Standardization
Bureau, in close" + "collaboration with the Director of the Telecommunication Development
Bureau,") was no lead-in: its items "1", "2" were glued into the item above or became
unnumbered paragraphs, so English and Chinese, whose lead-in fits on its line, got different
anchors. Now it is one lead-in paragraph holding its items."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

CHAPEAU = (
    "The Plenipotentiary Conference of the International Telecommunication Union "
    "(Bucharest, 2022),\n\n"
)
CHINESE_CHAPEAU = "国际电信联盟全权代表大会（2022 年，布加勒斯特），\n\n"
OUTLINE = [
    ("p-1", "unnumbered", None),
    ("pp1", "preamble", None),
    ("pp1.a", "subparagraph", "pp1"),
    ("p-4", "unnumbered", None),
    ("p-4.1", "subparagraph", "p-4"),
    ("p-4.2", "subparagraph", "p-4"),
]


@pytest.mark.parametrize(
    ("content", "lead_in", "fmt"),
    [
        (
            CHAPEAU + "recalling\na)     Resolution 101;\n\n"
            "instructs the Secretary-General, in consultation with the Council,\n"
            "1      to continue the studies;\n2      to report to the Council.\n",
            "instructs the Secretary-General, in consultation with the Council,",
            "text",
        ),
        (
            CHINESE_CHAPEAU + "忆及\na)     第 101 号决议；\n\n"
            "责成秘书长，与理事会协商，\n"
            "1      继续开展研究；\n2      向理事会报告。\n",
            "责成秘书长，与理事会协商，",
            "text",
        ),
        (
            CHAPEAU + "*recalling*\n\na) Resolution 101;\n\n"
            "*instructs the Secretary-General, in consultation with the Council,*\n\n"
            "1 to continue the studies;\n\n2 to report to the Council.\n",
            "instructs the Secretary-General, in consultation with the Council,",
            "markdown",
        ),
    ],
    ids=["en", "zh", "markdown"],
)
def test_a_lead_in_ending_with_its_qualifiers_comma_holds_its_items(
    content: str, lead_in: str, fmt: str
) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == OUTLINE
    assert rows[3][3] == lead_in
    assert rows[4][3] in {"to continue the studies;", "继续开展研究；"}


@pytest.mark.parametrize(
    ("content", "lead_in"),
    [
        (
            CHAPEAU + "recalling\na)     Resolution 101;\n\n"
            "instructs the Director of the Telecommunication Standardization Bureau, in close\n"
            "collaboration with the Director of the Telecommunication Development Bureau,\n"
            "1      to continue the studies;\n2      to report to the Council.\n",
            "instructs the Director of the Telecommunication Standardization Bureau, in close "
            "collaboration with the Director of the Telecommunication Development Bureau,",
        ),
        (
            # Indented as -layout sets it, over three lines, the last without its comma, the
            # items past a blank line.
            "      " + CHAPEAU + "      recalling\n\n      a)      Resolution 101;\n\n"
            "      instructs the Director of the Telecommunication Standardization Bureau, in\n"
            "      close collaboration with the Directors of the Radiocommunication Bureau\n"
            "      and of the Telecommunication Development Bureau\n\n"
            "      1       to continue the studies;\n\n      2       to report to the Council.\n",
            "instructs the Director of the Telecommunication Standardization Bureau, in close "
            "collaboration with the Directors of the Radiocommunication Bureau and of the "
            "Telecommunication Development Bureau",
        ),
        (
            CHINESE_CHAPEAU + "忆及\na)     第 101 号决议；\n\n"
            "责成电信标准化局主任与电信发展局主任及无线电通信局主任密切\n合作，\n"
            "1      继续开展研究；\n2      向理事会报告。\n",
            "责成电信标准化局主任与电信发展局主任及无线电通信局主任密切合作，",
        ),
    ],
    ids=["en", "en-layout-three-lines", "zh"],
)
def test_a_wrapped_lead_in_is_one_paragraph_holding_its_items(content: str, lead_in: str) -> None:
    rows = parsed_rows(content)
    assert [row[:3] for row in rows] == OUTLINE
    assert rows[3][3] == lead_in


def test_english_and_chinese_number_alike_when_only_the_english_lead_in_wraps() -> None:
    english = (
        CHAPEAU + "recalling\na)     Resolution 101;\n\n"
        "instructs the Director of the Telecommunication Standardization Bureau, in close\n"
        "collaboration with the Director of the Telecommunication Development Bureau\n"
        "1      to continue the studies;\n2      to report to the Council,\n\n"
        "invites Member States\n1      to participate in the work.\n"
    )
    chinese = (
        CHINESE_CHAPEAU + "忆及\na)     第 101 号决议；\n\n"
        "责成电信标准化局主任与电信发展局主任密切合作\n"
        "1      继续开展研究；\n2      向理事会报告，\n\n"
        "请成员国\n1      参与这项工作。\n"
    )
    anchors = [row[:3] for row in parsed_rows(english)]
    assert anchors == [row[:3] for row in parsed_rows(chinese)]
    assert anchors[-2:] == [("p-7", "unnumbered", None), ("p-7.1", "subparagraph", "p-7")]


# Near misses, read as before: a lead-in with a lone clause below it and no item, a preambular
# clause wrapped below its lead-in word, and a lead-in ending with a comma, no item below.
def test_a_lead_in_and_its_lone_clause_without_items_stay_apart() -> None:
    content = (
        CHAPEAU + "noting that the report of the Council was\nconsidered at length\n\n"
        "invites Member States\nto participate actively in the work,\n\n"
        "instructs the Secretary-General\n1      to continue the studies;\n"
    )
    assert parsed_rows(content)[1:] == [
        ("pp1", "preamble", None, "noting that the report of the Council was considered at length"),
        ("p-3", "unnumbered", None, "invites Member States"),
        ("p-4", "unnumbered", None, "to participate actively in the work,"),
        ("p-5", "unnumbered", None, "instructs the Secretary-General"),
        ("p-5.1", "subparagraph", "p-5", "to continue the studies;"),
    ]


def test_a_lead_in_ending_with_a_comma_and_no_item_below_reads_as_before() -> None:
    content = (
        CHINESE_CHAPEAU + "做出决议\n1      继续开展研究；\n\n"
        "请秘书长，与理事会协商，\n积极参与这项工作。\n"
    )
    assert parsed_rows(content)[3:] == [
        ("p-4", "unnumbered", None, "请秘书长，与理事会协商，"),
        ("p-5", "unnumbered", None, "积极参与这项工作。"),
    ]
