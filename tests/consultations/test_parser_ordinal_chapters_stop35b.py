"""Paragraph parser: chapters and parts numbered with ordinal words, as French, Spanish and
Russian texts print the first ones ("Chapitre premier", "Capítulo primero", "Глава первая",
"Première partie", "Primera parte"), are chapter or part 1, 2 … as "Chapter I" and "Part One"
are, so a translation of an English text keeps its anchors."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "Chapter I\nSustainable development\n\n1. We decide.\n\n"
    "Chapter II\nPeace\n\n2. We decide again.\n\n"
    "Chapter III\nTechnology\n\n3. We decide once more.\n"
)
FRENCH = (
    "Chapitre premier\nDéveloppement durable\n\n1. Nous décidons.\n\n"
    "Chapitre deuxième\nPaix\n\n2. Nous décidons encore.\n\n"
    "CHAPITRE TROISIÈME\nTechnologie\n\n3. Nous décidons de nouveau.\n"
)
SPANISH = (
    "Capítulo primero\nDesarrollo sostenible\n\n1. Decidimos.\n\n"
    "Capítulo segundo. Paz\n\n2. Decidimos de nuevo.\n\n"
    "Capítulo tercero\nTecnología\n\n3. Decidimos otra vez.\n"
)
RUSSIAN = (
    "Глава первая\nУстойчивое развитие\n\n1. Мы постановляем.\n\n"
    "Глава вторая\nМир\n\n2. Мы вновь постановляем.\n\n"
    "Глава третья\nТехнологии\n\n3. Мы ещё раз постановляем.\n"
)
ANCHORS = ["section-1", "1", "section-2", "2", "section-3", "3"]


@pytest.mark.parametrize("translation", [FRENCH, SPANISH, RUSSIAN], ids=["fr", "es", "ru"])
def test_ordinal_chapters_are_numbered_as_roman_ones(translation: str) -> None:
    result = parse_document(translation)
    assert [p.anchor for p in result.paragraphs] == ANCHORS
    assert result.warnings == ()
    first = result.paragraphs[0]
    assert (first.label, first.kind) == (translation.split("\n")[0], "heading")


@pytest.mark.parametrize(
    ("content", "labels"),
    [
        (
            "Première partie\nEngagements\n\n1. Un.\n\nDeuxième partie. Suivi\n\n2. Deux.\n",
            ["Première partie", "Deuxième partie"],
        ),
        (
            "Primera parte\nCompromisos\n\n1. Uno.\n\nSegunda parte\nSeguimiento\n\n2. Dos.\n",
            ["Primera parte", "Segunda parte"],
        ),
        (
            "Часть первая\nОбязательства\n\n1. Один.\n\nЧасть вторая\nКонтроль\n\n2. Два.\n",
            ["Часть первая", "Часть вторая"],
        ),
    ],
    ids=["fr", "es", "ru"],
)
def test_ordinal_parts_are_numbered_as_part_one_is(content: str, labels: list[str]) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["section-1", "1", "section-2", "2"]
    assert [p.label for p in result.paragraphs if p.kind == "heading"] == labels
    assert result.warnings == ()


def test_a_part_named_in_a_sentence_is_no_heading() -> None:
    result = parse_document("1. Nous décidons.\n\nPremière partie du rapport examinée.\n")
    assert [p.anchor for p in result.paragraphs] == ["1", "p-2"]


@pytest.mark.parametrize(("language", "translation"), [("fr", FRENCH), ("es", SPANISH)])
async def test_the_translation_of_a_chaptered_text_is_accepted(
    client: httpx.AsyncClient, state: AppState, language: str, translation: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Pact", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ANCHORS
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/{language}",
        json={"content": translation, "format": "text"},
        headers=headers,
    )
    assert response.status_code in (200, 201), response.text
