"""Replacing a translation may change words that comments in that language quote: the replace
is allowed (a translation fix may reword), and the answer's `broken_quotes` names each comment
whose quote occurred in its paragraph of the replaced text and occurs in the new one no more."""

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_revisions import open_first_reading, submit
from tests.factories import bearer, make_consultation, make_organization, make_user, token_for

ENGLISH = (
    "1. Recognizes the role of culture in sustainable development.\n\n"
    "2. Encourages the sharing of best practices among Member States.\n"
)
FRENCH = (
    "1. Reconnaît le rôle de la culture dans le développement durable.\n\n"
    "2. Encourage le partage des meilleures pratiques entre les États Membres.\n"
)
FRENCH_FIXED = FRENCH.replace("des meilleures pratiques", "des bonnes pratiques")


async def test_a_replaced_translation_names_the_comments_whose_quotes_it_drops(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Outcome", "language": "en", "content": ENGLISH},
        headers=secretariat,
    )
    document_id = imported.json()["document"]["id"]
    url = f"/v1/documents/{document_id}/versions/1/translations/fr"
    first = await client.put(url, json={"content": FRENCH}, headers=secretariat)
    assert first.status_code == 201, first.text
    assert first.json()["broken_quotes"] == []
    opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
    round_id = opened.json()["id"]
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    headers = bearer(await token_for(state, representative))
    dropped = await submit(
        client, headers, round_id, organization.id, "2", "fr", "meilleures pratiques"
    )
    await submit(client, headers, round_id, organization.id, "2", "fr", "partage")
    await submit(client, headers, round_id, organization.id, "2", "en", "best practices")
    await submit(client, headers, round_id, organization.id, "1", "fr")

    replaced = await client.put(url, json={"content": FRENCH_FIXED}, headers=secretariat)
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["replaced"] is True
    assert replaced.json()["broken_quotes"] == [
        {
            "comment_id": dropped["id"],
            "round_id": round_id,
            "anchor": "2",
            "exact": "meilleures pratiques",
        }
    ]
    paragraphs = await client.get(
        f"/v1/documents/{document_id}/versions/1/paragraphs", params={"language": "fr"}
    )
    assert "bonnes pratiques" in paragraphs.json()["items"][1]["text"]
