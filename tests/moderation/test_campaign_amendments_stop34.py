"""Amendments sharing a stock explanation are one campaign only when they make the same change,
and the synthesis shows every distinct text a campaign's members propose."""

import httpx

from api.state import AppState
from consultations.similarity import (
    StackedSignatures,
    comment_signature_bytes,
    comment_text,
    signature_bytes,
)
from tests.moderation.helpers import make_world, representative_of_new_organization, submit

PARAGRAPH = (
    "Requests the Secretary-General to appoint forty experts with balanced geographical "
    "representation and to report annually to the General Assembly."
)
STOCK = "We propose the following amendment to this paragraph."
FIFTY = PARAGRAPH.replace("forty", "fifty")
BIENNIALLY = PARAGRAPH.replace("annually", "biennially")
GENDER = PARAGRAPH.replace("balanced geographical", "balanced geographical and gender")
SMALL_STATES = PARAGRAPH.replace(
    "representation",
    "representation, including experts from small island developing States and least "
    "developed countries",
)
THE_SMALL_STATES = PARAGRAPH.replace(
    "representation",
    "representation, including experts from the small island developing States and the least "
    "developed countries",
)


def test_a_stock_explanation_does_not_make_different_edits_near_duplicates() -> None:
    signatures = {
        text: comment_signature_bytes(STOCK, text, PARAGRAPH)
        for text in (FIFTY, BIENNIALLY, GENDER)
    }
    stacked = StackedSignatures(signatures.items())
    for text, signature in signatures.items():
        assert stacked.near_duplicates(signature) == [text]
    # The same change with a lightly edited explanation, and a near-same change, still match.
    copy = comment_signature_bytes(f"{STOCK} Thank you.", FIFTY, PARAGRAPH)
    assert stacked.near_duplicates(copy) == [FIFTY]
    near_same = comment_signature_bytes(STOCK, THE_SMALL_STATES, PARAGRAPH)
    assert StackedSignatures(
        [("one", comment_signature_bytes(STOCK, SMALL_STATES, PARAGRAPH))]
    ).near_duplicates(near_same) == ["one"]
    # A comment that changes no words is no copy of an amendment that does, nor the reverse.
    plain = signature_bytes(comment_text(STOCK, None))
    assert stacked.near_duplicates(plain) == []
    assert StackedSignatures([("plain", plain)]).near_duplicates(signatures[FIFTY]) == []


async def test_different_edits_with_one_explanation_are_no_campaign(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    ids = {}
    for number, text in enumerate([FIFTY, BIENNIALLY, GENDER, FIFTY]):
        author, organization = await representative_of_new_organization(
            state, f"Organization {number}"
        )
        comment = await submit(
            client, world, STOCK, author=author, organization=organization, proposed_text=text
        )
        ids.setdefault(text, []).append(comment)
    assert [comment["campaign_id"] for comment in ids[BIENNIALLY] + ids[GENDER]] == [None, None]
    response = await client.get(f"/v1/rounds/{world.round.id}/campaigns")
    [campaign] = response.json()["items"]
    assert campaign["comment_ids"] == [comment["id"] for comment in ids[FIFTY]]


async def test_a_campaign_shows_each_distinct_proposed_text(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))
    comments = []
    for number, text in enumerate([SMALL_STATES, THE_SMALL_STATES, SMALL_STATES]):
        author, organization = await representative_of_new_organization(
            state, f"Organization {number}"
        )
        comments.append(
            await submit(
                client, world, STOCK, author=author, organization=organization, proposed_text=text
            )
        )
    [campaign] = (await client.get(f"/v1/rounds/{world.round.id}/campaigns")).json()["items"]
    assert campaign["comment_ids"] == [comment["id"] for comment in comments]
    response = await client.get(
        f"/v1/rounds/{world.round.id}/synthesis",
        params={"format": "markdown"},
        headers=world.secretariat.headers,
    )
    assert response.status_code == 200, response.text
    markdown = response.text
    assert "Form-letter campaign: 3 comments" in markdown
    assert "from the small island" in markdown
    assert "from small island" in markdown
