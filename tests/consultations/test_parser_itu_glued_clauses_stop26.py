"""Paragraph parser: an ITU resolution's preambular clause in lower case right below the
conference's chapeau ("recognizing that the digital divide persists …,") went on with the
chapeau, where the Chinese "认识到…，" is pp1, so every pp and p- anchor differed; now it is pp1
in both."""

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


# Near miss, read as before: a lower-case clause below the General Assembly's chapeau.
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
