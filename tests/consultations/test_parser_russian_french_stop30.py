"""Paragraph parser, Russian, French and Arabic versions read as their English original is, so
that a translation gives the original's anchors (a translation whose anchors differ is refused)."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import anchors, paragraph

# --- A Russian operative verb in lower case below the chapeau's or a preambular comma ---


@pytest.mark.parametrize(
    ("chapeau", "adopts"),
    [
        ("The General Assembly,", "Adopts the following outcome document:"),
        ("Генеральная Ассамблея,", "принимает следующий итоговый документ:"),
        ("Совет по правам человека,", "принимает следующую декларацию:"),
    ],
    ids=["en", "ru", "ru-council"],
)
def test_an_adopting_verb_below_the_chapeau_is_a_paragraph_of_its_own(
    chapeau: str, adopts: str
) -> None:
    content = f"{chapeau}\n{adopts}\n\nПакт во имя будущего\n\n1. Мы постановляем действовать.\n"
    assert anchors(content) == ["p-1", "p-2", "1"]
    assert paragraph(content, "p-2").text == adopts


@pytest.mark.parametrize(
    "content",
    [
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\nDecides:\n\n"
        "(a) To convene a meeting;\n\n(b) To request a report.\n",
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\nпостановляет:\n\n"
        "а) созвать совещание;\n\nб) просить доклад.\n",
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\nпостановляет:\n"
        "а) созвать совещание;\nб) просить доклад.\n",
    ],
    ids=["en", "ru", "ru-no-blank-lines"],
)
def test_a_russian_decision_lead_in_below_the_preamble_is_its_own_paragraph(
    content: str,
) -> None:
    assert anchors(content) == ["p-1", "pp1", "p-3", "p-3.a", "p-3.b"]


@pytest.mark.parametrize(
    "content",
    [
        "The General Assembly,\nRecalling its resolution 70/1,\nAdopts the political "
        "declaration contained in the annex to the present resolution.\n",
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\nпринимает политическую "
        "декларацию, содержащуюся в приложении к настоящей резолюции.\n",
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1,\nнастоятельно призывает "
        "государства принять меры.\n",
    ],
    ids=["en", "ru", "ru-adverb"],
)
def test_a_russian_resolution_s_one_unnumbered_paragraph_follows_its_preamble(
    content: str,
) -> None:
    assert anchors(content) == ["p-1", "pp1", "p-3"]


def test_a_russian_preambular_clause_wrapped_after_a_comma_still_goes_on() -> None:
    content = (
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1, в которой она,\n"
        "в частности, приняла Повестку дня,\n1. постановляет продолжить рассмотрение.\n"
    )
    assert anchors(content) == ["p-1", "pp1", "1"]
