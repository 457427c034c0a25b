"""Paragraph parser: ITU-T and ITU-R Recommendations number their clauses with no full stop
("1       Scope", "2.1     Terms defined elsewhere") and define terms in lower case before a
colon ("2.1.1 machine learning: …"). The clause titles were dropped as front matter, a
sub-clause's title was glued to the sentence below it, and a lower-case defined term kept its
decimal paragraph unnumbered."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "1       Scope\n"
    "This Recommendation provides an architectural framework for machine learning.\n"
    "\n"
    "2       Definitions\n"
    "2.1     Terms defined elsewhere\n"
    "This Recommendation uses the following terms defined elsewhere:\n"
    "2.1.1 machine learning: Processes that enable computational systems to understand data.\n"
    "2.1.2 network function: A processing function in a network.\n"
    "2.2     Terms defined in this Recommendation\n"
    "None.\n"
)
CHINESE = (
    "1       范围\n"
    "本建议书为机器学习提供了一个架构框架。\n"
    "\n"
    "2       定义\n"
    "2.1     他处定义的术语\n"
    "本建议书使用下列他处定义的术语：\n"
    "2.1.1 机器学习：使计算系统能够理解数据的过程。\n"
    "2.1.2 网络功能：网络中的处理功能。\n"
    "2.2     本建议书定义的术语\n"
    "无。\n"
)


def _outline(content: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (found.anchor, found.kind, found.parent, found.label or "")
        for found in parse_document(content, "text").paragraphs
    ]


@pytest.mark.parametrize("content", [ENGLISH, CHINESE], ids=["en", "zh"])
def test_clauses_numbered_without_a_full_stop_are_headings(content: str) -> None:
    assert _outline(content) == [
        ("1", "heading", None, "1"),
        ("p-2", "unnumbered", "1", ""),
        ("2", "heading", None, "2"),
        ("2.1", "heading", "2", "2.1"),
        ("p-5", "unnumbered", "2.1", ""),
        ("2.1.1", "operative", "2.1", "2.1.1"),
        ("2.1.2", "operative", "2.1", "2.1.2"),
        ("2.2", "heading", "2", "2.2"),
        ("p-9", "unnumbered", "2.2", ""),
    ]


def test_a_clause_title_keeps_apart_from_its_text() -> None:
    paragraphs = {found.anchor: found for found in parse_document(ENGLISH, "text").paragraphs}
    assert paragraphs["1"].text == "Scope"
    assert paragraphs["2.1"].text == "Terms defined elsewhere"
    assert paragraphs["p-5"].text == (
        "This Recommendation uses the following terms defined elsewhere:"
    )
    assert paragraphs["p-5"].heading_path == ("2 Definitions", "2.1 Terms defined elsewhere")
    assert paragraphs["2.2"].text == "Terms defined in this Recommendation"
    assert paragraphs["p-9"].text == "None."


def test_a_full_recommendation_below_its_summary() -> None:
    content = (
        "Architectural framework for machine learning in future networks\n"
        "\n"
        "Summary\n"
        "Recommendation ITU-T Y.3172 specifies an architectural framework for machine learning\n"
        "in future networks including IMT-2020.\n"
        "\n"
        "1       Scope\n"
        "This Recommendation provides an architectural framework for the application of\n"
        "machine learning in future networks.\n"
        "\n"
        "2       References\n"
        "The following ITU-T Recommendations contain provisions of this Recommendation.\n"
        "\n"
        "3       Definitions\n"
        "3.1     Terms defined elsewhere\n"
        "This Recommendation uses the following terms defined elsewhere:\n"
        "3.1.1 machine learning [b-ITU-T Y.3172]: Processes that enable computational systems to\n"
        "understand data.\n"
        "3.1.2 network function [b-ITU-T Y.3100]: In the context of IMT-2020, a processing\n"
        "function in a network.\n"
    )
    paragraphs = {found.anchor: found for found in parse_document(content, "text").paragraphs}
    assert [paragraphs[anchor].text for anchor in ("1", "2", "3", "3.1")] == [
        "Scope",
        "References",
        "Definitions",
        "Terms defined elsewhere",
    ]
    assert paragraphs["3.1.1"].parent == "3.1"
    assert paragraphs["3.1.1"].text == (
        "machine learning [b-ITU-T Y.3172]: Processes that enable computational systems to "
        "understand data."
    )
    assert paragraphs["3.1.2"].label == "3.1.2"


def test_a_lower_case_defined_term_numbers_its_decimal_paragraph() -> None:
    content = (
        "1. Scope\n\n"
        "1.1 This Recommendation provides an architectural framework for machine learning.\n\n"
        "2. Definitions\n\n"
        "2.1 Terms defined elsewhere\n\n"
        "2.1.1 machine learning: Processes that enable computational systems to understand "
        "data.\n\n"
        "2.1.2 artificial intelligence (AI) [b-ITU-T Y.3172]: Systems that act on data.\n"
    )
    paragraphs = {found.anchor: found for found in parse_document(content, "text").paragraphs}
    assert paragraphs["2.1.1"].parent == "2.1"
    assert paragraphs["2.1.1"].text == (
        "machine learning: Processes that enable computational systems to understand data."
    )
    assert paragraphs["2.1.2"].text == (
        "artificial intelligence (AI) [b-ITU-T Y.3172]: Systems that act on data."
    )


# Near misses, pinned as they were read before clause titles: a ranking's rows, numbers
# opening wrapped lines, a text numbering its paragraphs "1.", a single "1 Introduction".
WRAPPED = (
    "Chair's summary\n\n"
    "The Forum met in Geneva and heard statements by\n"
    "1 Member State and observers on the agenda.\n"
    "It heard from\n"
    "2 Special Rapporteurs and others.\n"
)
DOTTED = (
    "1. The Assembly decides to act.\n\n"
    "2 Definitions\n"
    "The terms are defined below.\n\n"
    "3 Scope\n"
    "The scope is set.\n"
)
RANKING = (
    "1. The Forum met in Geneva.\n\n"
    "Table 1\n"
    "Top countries\n"
    "1 Norway\n"
    "2 Switzerland\n\n"
    "2. The ranking is stable.\n"
)
ONE_CLAUSE = "1 Introduction\nThe Forum met in Geneva.\n\nThe participants discussed the agenda.\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            WRAPPED,
            [
                (
                    "p-1",
                    "unnumbered",
                    None,
                    "The Forum met in Geneva and heard statements by 1 Member State and "
                    "observers on the agenda.",
                ),
                ("p-2", "unnumbered", None, "2 Special Rapporteurs and others."),
            ],
        ),
        (
            DOTTED,
            [
                ("1", "operative", "1", "The Assembly decides to act."),
                ("p-2", "heading", None, "2 Definitions"),
                ("p-3", "unnumbered", None, "The terms are defined below."),
                ("p-4", "heading", None, "3 Scope"),
                ("p-5", "unnumbered", None, "The scope is set."),
            ],
        ),
        (
            RANKING,
            [
                ("1", "operative", "1", "The Forum met in Geneva."),
                ("p-2", "unnumbered", None, "Table 1\nTop countries\n1 Norway\n2 Switzerland"),
                ("2", "operative", "2", "The ranking is stable."),
            ],
        ),
        (
            ONE_CLAUSE,
            [
                ("p-1", "unnumbered", None, "The Forum met in Geneva."),
                ("p-2", "unnumbered", None, "The participants discussed the agenda."),
            ],
        ),
    ],
    ids=["wrapped", "dotted", "ranking", "one-clause"],
)
def test_numbers_that_title_no_clause_are_read_as_before(
    content: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert [
        (found.anchor, found.kind, found.label, found.text)
        for found in parse_document(content, "text").paragraphs
    ] == expected


def test_a_counter_after_a_decimal_number_stays_prose() -> None:
    content = (
        "1. Context\n\n"
        "1.1 Connectivity has grown.\n\n"
        "1.2 billion people: that is the number still offline.\n"
    )
    anchors = [found.anchor for found in parse_document(content, "text").paragraphs]
    assert "1.2" not in anchors


def test_a_defined_term_never_goes_on_with_a_sentence_left_open_above_it() -> None:
    """Audit W4: "Some terms, such as" (read as a heading) + "2.1 data localization: the
    requirement …, are" + "not defined here.": the sentence wraps at the number, which opens no
    glossary entry; below a finished line the entry does."""
    content = (
        "                  Annex\n"
        "                  Glossary\n"
        "\n"
        "                  1.    For the purposes of the present report:\n"
        "\n"
        "                  1.1   data governance: The set of principles, rules and institutions "
        "that\n"
        "                  shape how data are collected, shared and used.\n"
        "\n"
        "                  2.    The definitions are without prejudice to those used in national "
        "law.\n"
        "                  Some terms, such as\n"
        "                  2.1 data localization: the requirement to store data within a "
        "country, are\n"
        "                  not defined here.\n"
        "\n"
        "                  3.    Further terms will be added.\n"
    )
    paragraphs = {found.anchor: found for found in parse_document(content, "text").paragraphs}
    assert "annex-1/1.1" in paragraphs
    assert "annex-1/2.1" not in paragraphs
    assert any(
        found.text.startswith("2.1 data localization: the requirement")
        for found in paragraphs.values()
    )


@pytest.mark.parametrize("above", ["Some terms, such as", "The terms used include,", "See also"])
def test_a_defined_term_below_an_open_line_stays_text(above: str) -> None:
    content = (
        "1. Definitions\n\n"
        "1.1 Terms defined elsewhere\n\n"
        "1.1.1 machine learning: Processes that enable systems to understand data.\n"
        f"{above}\n"
        "1.1.2 network function: a processing function in a network, which is not\n"
        "defined here.\n"
    )
    anchors = [found.anchor for found in parse_document(content, "text").paragraphs]
    assert "1.1.1" in anchors
    assert "1.1.2" not in anchors
