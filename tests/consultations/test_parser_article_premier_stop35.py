"""Paragraph parser: French treaties print their first article "Article premier" (Spanish ones,
at times, "Artículo primero"): article 1, as "Article 1" in the English text, so a French
translation of a convention keeps its anchors."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "The States Parties,\n\nHave agreed as follows:\n\n"
    "Article 1\n\nPurpose\n\nThe purpose of this Convention is to promote cooperation.\n\n"
    "Article 2\n\nDefinitions\n\nFor the purposes of this Convention:\n\n"
    '(a) "Data" means any information;\n'
)
FRENCH = (
    "Les États parties,\n\nSont convenus de ce qui suit :\n\n"
    "Article premier\n\nObjet\n\nLa présente Convention a pour objet de promouvoir la "
    "coopération.\n\nArticle 2\n\nDéfinitions\n\nAux fins de la présente Convention :\n\n"
    "a) « données » s’entend de toute information ;\n"
)
SPANISH = (
    "Los Estados partes,\n\nHan convenido en lo siguiente:\n\n"
    "Artículo primero\n\nFinalidad\n\nLa presente Convención tiene por finalidad promover la "
    "cooperación.\n\nArtículo 2\n\nDefiniciones\n\nA los efectos de la presente Convención:\n\n"
    "a) Por “datos” se entenderá toda información;\n"
)


@pytest.mark.parametrize("content", [FRENCH, SPANISH], ids=["fr", "es"])
def test_the_first_article_in_words_is_article_1(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == [
        p.anchor for p in parse_document(ENGLISH).paragraphs
    ]
    first = next(p for p in result.paragraphs if p.kind == "heading")
    assert first.anchor == "article-1"
    assert first.label == content.split("\n\n")[2]
    assert result.warnings == ()


def test_premier_in_a_sentence_is_no_article() -> None:
    result = parse_document("1. Rappelle l’article premier de la Charte.\n")
    assert [p.anchor for p in result.paragraphs] == ["1"]


async def test_the_french_translation_of_a_convention_is_accepted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Convention", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/fr",
        json={"content": FRENCH, "format": "text"},
        headers=headers,
    )
    assert response.status_code == 201, response.text
