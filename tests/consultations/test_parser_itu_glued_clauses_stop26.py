"""Paragraph parser: two ITU resolution paragraphs glued into the one above. A preambular clause
in lower case right below the conference's chapeau ("recognizing that the digital divide
persists …,") went on with the chapeau, where the Chinese "认识到…，" is pp1, so every pp and p-
anchor differed; now it is pp1 in both. An operative lead-in whose list of addressees a comma
closes ("invites Member States, Sector Members and Associates,", "请成员国、部门成员和部门准成员，")
went on, with the clause below it, at the end of the item above ending with a comma ("2   to
report to the next assembly,"); now it is a lead-in paragraph of its own."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

CHAPEAU = (
    "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),"
)
CHINESE_CHAPEAU = "国际电信联盟全权代表大会（2022 年，布加勒斯特），"
CLAUSE_BELOW_CHAPEAU = [
    ("p-1", "unnumbered", None),
    ("pp1", "preamble", None),
    ("p-3", "unnumbered", None),
    ("p-3.1", "subparagraph", "p-3"),
]


@pytest.mark.parametrize(
    ("content", "fmt", "clause"),
    [
        (
            f"{CHAPEAU}\n\nrecognizing that the digital divide persists in rural areas,\n\n"
            "resolves\n\n1      to continue its work.\n",
            "text",
            "recognizing that the digital divide persists in rural areas,",
        ),
        (
            # Indented as -layout sets it, the clause wrapped.
            f"      {CHAPEAU}\n\n      recognizing that the digital divide persists in many "
            "regions, in particular in\n      rural areas,\n\n      resolves\n\n"
            "      1      to continue its work.\n",
            "text",
            "recognizing that the digital divide persists in many regions, in particular in "
            "rural areas,",
        ),
        (
            f"{CHAPEAU}\n\nrecognizing that the digital divide persists in rural areas,\n\n"
            "*resolves*\n\n1. to continue its work.\n",
            "markdown",
            "recognizing that the digital divide persists in rural areas,",
        ),
    ],
    ids=["en", "en-layout-wrapped", "markdown"],
)
def test_a_lower_case_clause_below_the_conference_chapeau_opens_the_preamble(
    content: str, fmt: str, clause: str
) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == CLAUSE_BELOW_CHAPEAU
    assert rows[0][3] == CHAPEAU
    assert rows[1][3] == clause


def test_english_and_chinese_clauses_below_the_chapeau_number_alike() -> None:
    english = (
        f"{CHAPEAU}\n\nrecognizing that the digital divide persists in rural areas,\n\n"
        "noting with concern that progress is uneven,\n\nresolves\n\n1      to continue its work.\n"
    )
    chinese = (
        f"{CHINESE_CHAPEAU}\n\n认识到农村地区依然存在数字鸿沟，\n\n关切地注意到进展不均衡，\n\n"
        "做出决议\n\n1      继续开展工作。\n"
    )
    anchors = [row[:3] for row in parsed_rows(english)]
    assert anchors == [row[:3] for row in parsed_rows(chinese)]
    assert [anchor for anchor, _, _ in anchors] == ["p-1", "pp1", "pp2", "p-4", "p-4.1"]
    assert parsed_rows(english)[2][3] == "noting with concern that progress is uneven,"


WTSA_CHAPEAU = "The World Telecommunication Standardization Assembly (New Delhi, 2024),"
WTSA_CHINESE_CHAPEAU = "世界电信标准化全会（2024 年，新德里），"
LEAD_IN_BELOW_AN_ITEM = [
    ("p-1", "unnumbered", None),
    ("p-2", "unnumbered", None),
    ("p-2.1", "subparagraph", "p-2"),
    ("p-2.2", "subparagraph", "p-2"),
    ("p-5", "unnumbered", None),
    ("p-6", "unnumbered", None),
]


@pytest.mark.parametrize(
    ("content", "fmt", "texts"),
    [
        (
            f"{WTSA_CHAPEAU}\n\ninstructs the Director\n\n1 to assist developing countries;\n\n"
            "2 to report to the next assembly,\n\n"
            "invites Member States, Sector Members and Associates,\n\n"
            "to participate actively in the work of the study groups.\n",
            "text",
            [
                "to report to the next assembly,",
                "invites Member States, Sector Members and Associates,",
                "to participate actively in the work of the study groups.",
            ],
        ),
        (
            f"{WTSA_CHINESE_CHAPEAU}\n\n责成电信标准化局主任\n\n"
            "1 协助发展中国家；\n\n2 向下届全会提交报告，\n\n"
            "请成员国、部门成员和部门准成员，\n\n积极参与研究组的工作。\n",
            "text",
            ["向下届全会提交报告，", "请成员国、部门成员和部门准成员，", "积极参与研究组的工作。"],
        ),
        (
            f"     {WTSA_CHAPEAU}\n\n     instructs the Director\n\n"
            "     1        to assist developing countries;\n\n"
            "     2        to report to the next assembly,\n\n"
            "     invites Member States, Sector Members and Associates,\n\n"
            "     to participate actively.\n",
            "text",
            [
                "to report to the next assembly,",
                "invites Member States, Sector Members and Associates,",
                "to participate actively.",
            ],
        ),
        (
            f"{WTSA_CHAPEAU}\n\ninstructs the Director\n\n1. to assist developing countries;\n\n"
            "2. to report to the next assembly,\n\n"
            "invites Member States, Sector Members and Associates,\n\nto participate actively.\n",
            "markdown",
            [
                "to report to the next assembly,",
                "invites Member States, Sector Members and Associates,",
                "to participate actively.",
            ],
        ),
    ],
    ids=["en", "zh", "en-layout", "markdown"],
)
def test_a_lead_in_closed_by_a_comma_below_an_item_is_its_own_paragraph(
    content: str, fmt: str, texts: list[str]
) -> None:
    rows = parsed_rows(content, fmt)
    assert [row[:3] for row in rows] == LEAD_IN_BELOW_AN_ITEM
    assert [row[3] for row in rows[3:]] == texts


# Near misses, read as before: a lead-in closed by a comma above its items, a lower-case clause
# below the General Assembly's chapeau, and below an ITU item a line ending with a comma that the
# line below goes on with ("and to …"), that a capital follows, or with no blank line around it.
def test_a_lead_in_closed_by_a_comma_holds_the_items_below_it() -> None:
    content = (
        f"{WTSA_CHAPEAU}\n\nresolves\n\n1 to continue its work,\n\n"
        "invites Member States, Sector Members and Associates,\n\n"
        "1 to participate actively;\n\n2 to report.\n"
    )
    assert parsed_rows(content)[3:] == [
        ("p-4", "unnumbered", None, "invites Member States, Sector Members and Associates,"),
        ("p-4.1", "subparagraph", "p-4", "to participate actively;"),
        ("p-4.2", "subparagraph", "p-4", "to report."),
    ]


def test_a_lower_case_clause_below_another_chapeau_reads_as_before() -> None:
    content = (
        "The General Assembly,\n\nrecalling that the digital divide persists in rural areas,\n\n"
        "Decides to continue its work.\n"
    )
    assert parsed_rows(content)[0] == (
        "p-1",
        "unnumbered",
        None,
        "The General Assembly, recalling that the digital divide persists in rural areas,",
    )


@pytest.mark.parametrize(
    ("lead_in", "below", "blank"),
    [
        ("invites Member States to contribute,", "and to report on their work.", "\n"),
        ("invites Member States, Sector Members and Associates,", "To participate actively.", "\n"),
        ("invites Member States, Sector Members and Associates,", "to participate actively.", ""),
    ],
    ids=["goes-on", "capital-below", "no-blank-lines"],
)
def test_a_line_going_on_with_the_item_above_stays_in_it(
    lead_in: str, below: str, blank: str
) -> None:
    content = (
        f"{WTSA_CHAPEAU}\n\nresolves\n\n1 to continue its work,\n{blank}{lead_in}\n{blank}{below}\n"
    )
    assert parsed_rows(content)[2:] == [
        ("p-2.1", "subparagraph", "p-2", f"to continue its work, {lead_in} {below}"),
    ]
