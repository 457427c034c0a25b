"""Translations: preambular anchors count paragraphs (``pp1``, ``pp2`` …), so a translation with
one preambular paragraph fewer (or more) than the original lacks (or adds) the last anchor
whichever paragraph it left out. The 422 says how many each text has, and names a paragraph only
where the document numbers cited in the others prove which one it is."""

from __future__ import annotations

import httpx

from api.state import AppState
from consultations.documents import anchor_mismatch
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

PREAMBLE = [
    "Recalling its resolution 78/265 of 21 March 2024 on artificial intelligence,",
    "Reaffirming the Charter of the United Nations,",
    "Recognizing the rapid pace of technological change,",
    "Noting with appreciation the work of the Scientific Panel,",
]
FRENCH_PREAMBLE = [
    "Rappelant sa résolution 78/265 du 21 mars 2024 sur l’intelligence artificielle,",
    "Réaffirmant la Charte des Nations Unies,",
    "Considérant le rythme rapide de l’évolution technologique,",
    "Prenant note avec satisfaction des travaux du Groupe scientifique,",
]
OPERATIVE = "1. Decides to establish the Global Dialogue;\n\n2. Decides to remain seized.\n"
FRENCH_OPERATIVE = "1. Décide de créer le Dialogue mondial ;\n\n2. Décide de rester saisie.\n"


def english() -> str:
    return "The General Assembly,\n\n" + "\n\n".join(PREAMBLE) + "\n\n" + OPERATIVE


def french(preamble: list[str]) -> str:
    return "L’Assemblée générale,\n\n" + "\n\n".join(preamble) + "\n\n" + FRENCH_OPERATIVE


async def refused(client: httpx.AsyncClient, state: AppState, translation: str) -> list[str]:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Dialogue", "language": "en", "format": "text", "content": english()},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"] == ["p-1", "pp1", "pp2", "pp3", "pp4", "1", "2"]
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/fr",
        json={"content": translation, "format": "text"},
        headers=headers,
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    errors = response.json()["errors"]
    assert all(error["loc"] == ["body", "content"] for error in errors)
    return [error["msg"] for error in errors]


async def test_a_missing_preambular_paragraph_is_counted_not_named_by_its_place(
    client: httpx.AsyncClient, state: AppState
) -> None:
    without_the_second = [FRENCH_PREAMBLE[0], *FRENCH_PREAMBLE[2:]]
    messages = await refused(client, state, french(without_the_second))
    assert not [m for m in messages if m.startswith(("missing anchors", "anchors not in"))]
    assert (
        "this text has 3 preambular paragraphs where the original has 4; they are matched by "
        "position (pp1, pp2 …), so which one is missing cannot be told from the anchors: "
        "compare the preambles paragraph by paragraph"
    ) in messages


async def test_the_missing_preambular_paragraph_is_named_when_the_cited_numbers_prove_it(
    client: httpx.AsyncClient, state: AppState
) -> None:
    messages = await refused(client, state, french(FRENCH_PREAMBLE[1:]))
    assert not [m for m in messages if m.startswith(("missing anchors", "anchors not in"))]
    assert (
        "this text has 3 preambular paragraphs where the original has 4; they are matched by "
        "position (pp1, pp2 …): the one missing is the original's pp1 (“Recalling its "
        "resolution 78/265 of 21 March 2024 on artificial intelligence,”), the only one whose "
        "leaving out pairs the others with paragraphs citing the same document numbers and years"
    ) in messages


async def test_an_extra_preambular_paragraph_is_counted_not_named_by_its_place(
    client: httpx.AsyncClient, state: AppState
) -> None:
    added = [
        *FRENCH_PREAMBLE[:2],
        "Soulignant l’importance du multilinguisme,",
        *FRENCH_PREAMBLE[2:],
    ]
    messages = await refused(client, state, french(added))
    assert not [m for m in messages if m.startswith(("missing anchors", "anchors not in"))]
    assert not [m for m in messages if m.startswith("pp5, not in the original")]
    assert (
        "this text has 5 preambular paragraphs where the original has 4; they are matched by "
        "position (pp1, pp2 …), so which one is extra cannot be told from the anchors: "
        "compare the preambles paragraph by paragraph"
    ) in messages


def test_other_differences_are_still_listed_beside_the_preamble_count() -> None:
    messages = [
        error.msg
        for error in anchor_mismatch(["pp1", "pp2", "pp3", "1", "2", "3"], ["pp1", "pp2", "1", "3"])
    ]
    assert "missing anchors: 2" in messages
    assert not [m for m in messages if "pp3" in m and m.startswith("missing")]
    assert any(m.startswith("this text has 2 preambular paragraphs") for m in messages)


def test_an_annex_preamble_is_counted_on_its_own() -> None:
    messages = [
        error.msg
        for error in anchor_mismatch(
            ["pp1", "1", "annex-1", "annex-1/pp1", "annex-1/pp2", "annex-1/1"],
            ["pp1", "1", "annex-1", "annex-1/pp1", "annex-1/1"],
        )
    ]
    assert messages[-1] == (
        "annex-1: this text has 1 preambular paragraph where the original has 2; they are "
        "matched by position (annex-1/pp1, annex-1/pp2 …), so which one is missing cannot be "
        "told from the anchors: compare the preambles paragraph by paragraph"
    )


async def test_a_printed_preambular_number_still_names_the_missing_paragraph(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    original = (
        "The General Assembly,\n\nPP1 Recalling its resolution 78/265,\n\n"
        "PP2 Reaffirming the Charter of the United Nations,\n\n"
        "PP3 Recognizing the rapid pace of technological change,\n\n"
        "OP1 Decides to establish the Global Dialogue.\n"
    )
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Dialogue", "language": "en", "format": "text", "content": original},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    translation = (
        "L’Assemblée générale,\n\nPP1 Rappelant sa résolution 78/265,\n\n"
        "PP3 Considérant le rythme rapide de l’évolution technologique,\n\n"
        "OP1 Décide de créer le Dialogue mondial.\n"
    )
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/fr",
        json={"content": translation, "format": "text"},
        headers=headers,
    )
    assert response.status_code == 422, response.text
    messages = [error["msg"] for error in response.json()["errors"]]
    assert "missing anchors: pp2" in messages
    assert not [m for m in messages if "preambular paragraphs where" in m]
