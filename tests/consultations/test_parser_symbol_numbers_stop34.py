"""Paragraph parser: a number glued to a document symbol's part ("Rev.1", "Add.2", "Corr.1") or
inside a symbol ("A/78/L.2", "E/CN.6/2024/L.1") is the symbol's, never a note's reference, even
where a note with that number exists."""

from __future__ import annotations

from tests.consultations.parser_helpers import parsed_rows

NOTES = "____________\n1 A/HRC/56/46.\n2 A/HRC/56/47.\n"


def texts(body: str) -> list[str]:
    return [text for _, _, _, text in parsed_rows(body + NOTES)]


def test_a_symbols_revision_keeps_its_number() -> None:
    assert texts(
        "1. Welcomes the report of the Special Rapporteur.1\n"
        "2. Takes note of document A/HRC/56/L.22/Rev.1, as orally revised.\n"
    ) == [
        "Welcomes the report of the Special Rapporteur.",
        "Takes note of document A/HRC/56/L.22/Rev.1, as orally revised.",
    ]


def test_the_numbers_of_a_symbols_parts_stay() -> None:
    assert texts(
        "1. Takes note of Rev.2 of the text, Add.1, Corr.1 and Amend.2 to it.\n"
        "2. Recalls Vol.1, No.2, Suppl.1 and Part1 of the report, and para.2 thereof.\n"
    ) == [
        "Takes note of Rev.2 of the text, Add.1, Corr.1 and Amend.2 to it.",
        "Recalls Vol.1, No.2, Suppl.1 and Part1 of the report, and para.2 thereof.",
    ]


def test_a_number_inside_a_symbol_stays() -> None:
    assert texts(
        "1. Adopts draft resolution A/78/L.2.\n"
        "2. Takes note of E/CN.6/2024/L.1 and UNEP/EA.6/Res.2, as revised.2\n"
    ) == [
        "Adopts draft resolution A/78/L.2.",
        "Takes note of E/CN.6/2024/L.1 and UNEP/EA.6/Res.2, as revised.",
    ]


def test_a_reference_after_a_sentences_last_word_still_goes() -> None:
    assert texts(
        "1. Welcomes the work of the Commission on Population and Development.1\n"
        "2. Notes the views of the delegations, et al.2 and of the observers.\n"
    ) == [
        "Welcomes the work of the Commission on Population and Development.",
        "Notes the views of the delegations, et al. and of the observers.",
    ]
