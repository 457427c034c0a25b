"""Paragraph parser: a block of notes set apart by blank lines in the preamble, right above
paragraph 1 ("1 See A/70/PV.95." + "2 A/79/62."), numbered as the markers above it and each
worded as a note (citing a document, or opening with "See", "Voir", "Véase"), is notes: dropped,
and their markers removed, as at a page's foot, never preambular paragraphs."""

from __future__ import annotations

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "The General Assembly,\n\n"
    "Recalling its resolution 70/125,1\n\n"
    "Taking note of the report of the Secretary-General,2\n\n"
    "1 See A/70/PV.95.\n2 A/79/62.\n\n"
    "1. Decides to convene a high-level meeting;\n\n"
    "2. Decides to remain seized of the matter.\n"
)
SPANISH = (
    "La Asamblea General,\n\n"
    "Recordando su resolución 70/125¹,\n\n"
    "Tomando nota del informe del Secretario General²,\n\n"
    "1 Véase A/70/PV.95.\n2 A/79/62.\n\n"
    "1. Decide convocar una reunión de alto nivel;\n\n"
    "2. Decide seguir ocupándose de la cuestión.\n"
)
FRENCH = (
    "L’Assemblée générale,\n\n"
    "Rappelant sa résolution 70/125,1\n\n"
    "Prenant note du rapport du Secrétaire général,2\n\n"
    "1 Voir A/70/PV.95.\n"
    "2 Voir le rapport du Secrétaire général sur la coopération numérique, publié sous\n"
    "la cote A/79/62.\n\n"
    "1. Décide de convoquer une réunion de haut niveau ;\n\n"
    "2. Décide de rester saisie de la question.\n"
)


@pytest.mark.parametrize("content", [ENGLISH, SPANISH, FRENCH], ids=["en", "es", "fr"])
def test_notes_above_paragraph_one_are_no_preambular_paragraphs(content: str) -> None:
    result = parse_document(content)
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "pp2", "1", "2"]
    preamble = [p.text for p in result.paragraphs if p.kind == "preamble"]
    assert all(text.endswith("l,") or text.endswith("125,") for text in preamble), preamble


def test_numbered_lines_no_marker_points_to_stay_the_texts() -> None:
    content = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/125,\n\n"
        "1 See A/70/PV.95.\n2 A/79/62.\n\n"
        "1. Decides to convene a high-level meeting.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["p-1", "pp1", "pp2", "pp3", "1"]


def test_a_numbered_sentence_set_apart_is_no_note_for_a_marker_alone() -> None:
    content = (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/125,1\n\n"
        "1 Decides to convene a high-level meeting\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    texts = [p.text for p in parse_document(content).paragraphs]
    assert any("Decides to convene" in text for text in texts)


async def test_the_imported_document_has_no_note_paragraph(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Meeting", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["p-1", "pp1", "pp2", "1", "2"]
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/es",
        json={"content": SPANISH, "format": "text"},
        headers=headers,
    )
    assert response.status_code in (200, 201), response.text
    texts = [p["text"] for p in created.json()["paragraphs"]]
    assert "Recalling its resolution 70/125," in texts
