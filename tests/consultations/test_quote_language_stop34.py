"""A quote is followed only in the language it quotes: when a revision comes in another language
and the quoted one has no text of it yet, the comment follows its paragraph without the quote
(``resolved_quote`` null), never a look-alike passage of the other language's text."""

from __future__ import annotations

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.consultations.test_revisions import open_first_reading, revise, submit
from tests.factories import bearer, make_consultation, make_organization, make_user, token_for

ENGLISH = (
    "1. Recognizes the role of culture in sustainable development.\n\n"
    "2. Stresses the importance of multilingualism in the digital age.\n"
)
FRENCH = (
    "1. Reconnaît le rôle de la culture dans le développement durable.\n\n"
    "2. Souligne l'importance du multilinguisme à l'ère numérique.\n"
)
FRENCH_REVISION = FRENCH.replace("à l'ère numérique.", "à l'ère numérique et de la diversité.")


async def test_a_quote_in_a_language_the_revision_lacks_is_not_followed_in_another(
    client: httpx.AsyncClient, state: AppState
) -> None:
    secretariat = await secretariat_headers(state)
    consultation = await make_consultation(state)
    imported = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Outcome", "language": "en", "content": ENGLISH},
        headers=secretariat,
    )
    assert imported.status_code == 201, imported.text
    document_id: str = imported.json()["document"]["id"]
    translated = await client.put(
        f"/v1/documents/{document_id}/versions/1/translations/fr",
        json={"content": FRENCH},
        headers=secretariat,
    )
    assert translated.status_code == 201, translated.text
    opened = await open_first_reading(client, str(consultation.id), document_id, secretariat)
    assert opened.status_code == 201, opened.text
    representative = await make_user(state)
    organization = await make_organization(state, representatives=[representative])
    comment = await submit(
        client,
        bearer(await token_for(state, representative)),
        opened.json()["id"],
        organization.id,
        "2",
        "en",
        "the importance of multilingualism",
    )
    await revise(client, secretariat, document_id, "fr", FRENCH_REVISION)

    resolved = await client.get(f"/v1/comments/{comment['id']}?version=2")
    assert resolved.status_code == 200, resolved.text
    body = resolved.json()
    assert (body["resolved_anchor"], body["anchor_status"]) == ("2", "modified")
    assert body["resolved_quote"] is None
