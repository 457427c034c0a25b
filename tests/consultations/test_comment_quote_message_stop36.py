"""The 422 for a quote not in its paragraph names the prefix and the suffix only when they were
sent, and says what a quote must match (stop 36); before, every such 422 spoke of "the prefix
and suffix given", also to a client that sent neither."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.state import AppState
from tests.consultations.test_comments import make_world, submit

PARAGRAPH = "Digital technologies are transforming our world."
HINT = (
    "A quote must match the paragraph's text as printed, its characters and punctuation; "
    "spacing, full-width and half-width forms and curly quotation marks may differ."
)


@pytest.mark.parametrize(
    ("quote", "detail"),
    [
        ({"exact": "analogue"}, "The quote does not occur in paragraph '1'. "),
        (
            {"exact": "transforming", "prefix": "slowly"},
            "The quote does not occur in paragraph '1' with the prefix given. ",
        ),
        (
            {"exact": "transforming", "suffix": "your"},
            "The quote does not occur in paragraph '1' with the suffix given. ",
        ),
        (
            {"exact": "transforming", "prefix": "are", "suffix": "your"},
            "The quote does not occur in paragraph '1' with the prefix and suffix given. ",
        ),
    ],
)
async def test_the_message_names_only_the_context_sent(
    client: httpx.AsyncClient, state: AppState, quote: dict[str, Any], detail: str
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))

    response = await submit(client, world.round.id, world.token, world.body(quote=quote))

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == detail + HINT
    assert response.json()["errors"][0]["loc"] == ["body", "quote"]
