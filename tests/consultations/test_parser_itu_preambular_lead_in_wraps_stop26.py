"""Paragraph parser: below an ITU chapeau, a preambular lead-in going on with its clause that a
page's width wraps ("considering further the outcomes of the World Summit on the Information
Society, in" + "particular," + "a)      …") or that ends with its comma above its items was no
lead-in: glued into the chapeau (or the item above), its items became the chapeau's ``p-1.a``,
``p-1.b``, where Chinese, on one line, read ``pp1.a``. Now it is one lead-in paragraph holding
its items, as an operative one wrapped so is."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

CHAPEAU = (
    "The Plenipotentiary Conference of the International Telecommunication Union "
    "(Bucharest, 2022),\n\n"
)
CHINESE_CHAPEAU = "国际电信联盟全权代表大会（2022 年，布加勒斯特），\n\n"
ITEMS = "a)      the Geneva Declaration of Principles;\nb)      the Tunis Agenda,\n"
CHINESE_ITEMS = "a)      《日内瓦原则宣言》；\nb)      《突尼斯议程》，\n"
OPERATIVE = "\nresolves\n1       to continue the studies;\n"
CHINESE_OPERATIVE = "\n做出决议\n1       继续开展研究；\n"
OUTLINE = [
    ("p-1", "unnumbered", None),
    ("pp1", "preamble", None),
    ("pp1.a", "subparagraph", "pp1"),
    ("pp1.b", "subparagraph", "pp1"),
    ("p-5", "unnumbered", None),
    ("p-5.1", "subparagraph", "p-5"),
]
LEAD_IN = (
    "considering further the outcomes of the World Summit on the Information Society, in "
    "particular,"
)


@pytest.mark.parametrize(
    ("content", "lead_in", "fmt"),
    [
        (
            CHAPEAU + "considering further the outcomes of the World Summit on the Information "
            "Society, in\nparticular,\n" + ITEMS + OPERATIVE,
            LEAD_IN,
            "text",
        ),
        (
            CHAPEAU + "considering further the outcomes of the World Summit on the Information "
            "Society,\nin particular,\n" + ITEMS + OPERATIVE,
            LEAD_IN,
            "text",
        ),
        (
            CHAPEAU
            + "considering further the outcomes of the World Summit, in particular,\n"
            + ITEMS
            + OPERATIVE,
            "considering further the outcomes of the World Summit, in particular,",
            "text",
        ),
        (
            CHAPEAU + "considering further the outcomes of the World Summit on the Information "
            "Society, in\nparticular:\n" + ITEMS + OPERATIVE,
            LEAD_IN[:-1] + ":",
            "text",
        ),
        (
            # Indented as -layout sets it, the items past a blank line.
            "      " + CHAPEAU + "      considering further the outcomes of the World Summit on "
            "the Information Society, in\n      particular,\n\n"
            "      a)      the Geneva Declaration of Principles;\n\n"
            "      b)      the Tunis Agenda,\n\n      resolves\n\n"
            "      1       to continue the studies;\n",
            LEAD_IN,
            "text",
        ),
        (
            CHAPEAU + "*considering further the outcomes of the World Summit on the Information "
            "Society, in\nparticular,*\n\na) the Geneva Declaration of Principles;\n\n"
            "b) the Tunis Agenda,\n\n*resolves*\n\n1 to continue the studies;\n",
            LEAD_IN,
            "markdown",
        ),
        (
            CHINESE_CHAPEAU
            + "进一步考虑到信息社会世界峰会（信息社会峰会）在日内瓦和突尼斯两个阶段的"
            "成果，\n特别是，\n" + CHINESE_ITEMS + CHINESE_OPERATIVE,
            "进一步考虑到信息社会世界峰会（信息社会峰会）在日内瓦和突尼斯两个阶段的成果，特别是，",
            "text",
        ),
    ],
    ids=["en", "en-comma-line", "en-one-line", "en-colon", "en-layout", "markdown", "zh"],
)
def test_a_wrapped_preambular_lead_in_holds_its_items(content: str, lead_in: str, fmt: str) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == OUTLINE
    assert rows[1][3] == lead_in
    assert rows[0][3].endswith("2022 年，布加勒斯特），") or rows[0][3].endswith("2022),")
    assert rows[2][3] in {"the Geneva Declaration of Principles;", "《日内瓦原则宣言》；"}


def test_a_wrapped_lead_in_below_a_lead_ins_items_is_no_part_of_its_last_item() -> None:
    content = (
        CHAPEAU + "recalling\na)      Resolution 101;\n"
        "considering further the outcomes of the World Summit on the Information Society, in\n"
        "particular,\n" + ITEMS + OPERATIVE
    )
    assert [row[:2] for row in parsed_rows(content)[1:6]] == [
        ("pp1", "preamble"),
        ("pp1.a", "subparagraph"),
        ("pp2", "preamble"),
        ("pp2.a", "subparagraph"),
        ("pp2.b", "subparagraph"),
    ]
    assert parsed_rows(content)[2][3] == "Resolution 101;"
    assert parsed_rows(content)[3][3] == LEAD_IN


def test_english_and_chinese_number_alike_when_only_the_english_lead_in_wraps() -> None:
    english = (
        CHAPEAU + "considering further the outcomes of the World Summit on the Information "
        "Society, in\nparticular,\n" + ITEMS + "\nrecalling\na)      Resolution 101;\n" + OPERATIVE
    )
    chinese = (
        CHINESE_CHAPEAU
        + "进一步考虑到信息社会世界峰会的成果，特别是，\n"
        + CHINESE_ITEMS
        + "\n忆及\na)      第 101 号决议；\n"
        + CHINESE_OPERATIVE
    )
    anchors = [row[:3] for row in parsed_rows(english)]
    assert anchors == [row[:3] for row in parsed_rows(chinese)]
    assert anchors[4:6] == [("pp2", "preamble", None), ("pp2.a", "subparagraph", "pp2")]


# Near misses, read as before: a lead-in with only its manner or "further" on its line above its
# items, and a wrapped preambular clause with no item below it, above the next lead-in.
@pytest.mark.parametrize(
    "first_line",
    ["considering further", "noting with great concern", "进一步考虑到", "深表关切地注意到"],
)
def test_a_lead_in_without_its_clause_above_its_items_reads_as_before(first_line: str) -> None:
    rows = parsed_rows(CHAPEAU + first_line + "\n" + ITEMS + OPERATIVE)
    assert [row[:3] for row in rows] == OUTLINE
    assert rows[1][3] == first_line


@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_wrapped_clause_with_no_item_below_stays_apart_from_the_next_lead_in(gap: str) -> None:
    content = (
        CHAPEAU
        + "noting that the report of the Council was\nconsidered at length,\n"
        + gap
        + "recalling\na)      Resolution 101;\n"
        + OPERATIVE
    )
    assert parsed_rows(content)[1:4] == [
        (
            "pp1",
            "preamble",
            None,
            "noting that the report of the Council was considered at length,",
        ),
        ("pp2", "preamble", None, "recalling"),
        ("pp2.a", "subparagraph", "pp2", "Resolution 101;"),
    ]


def test_a_chinese_clause_with_no_item_below_stays_a_paragraph_of_its_own() -> None:
    content = (
        CHINESE_CHAPEAU + "进一步考虑到\n" + CHINESE_ITEMS + "\n注意到理事会的报告，\n"
        "\n忆及\na)      第 101 号决议；\n" + CHINESE_OPERATIVE
    )
    assert [row[:3] for row in parsed_rows(content)][4:7] == [
        ("pp2", "preamble", None),
        ("pp3", "preamble", None),
        ("pp3.a", "subparagraph", "pp3"),
    ]
