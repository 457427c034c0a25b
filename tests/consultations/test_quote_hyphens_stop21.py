"""A quote is found whether or not it has a hyphen the text prints between two letters: the
parser keeps a PDF's line-end hyphen ("corres-" + "pondence"), which it cannot tell from a
compound's ("open-" + "ended")."""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from api.state import AppState
from consultations.anchoring import TextQuote, quote_as_printed, quote_occurs
from tests.consultations.test_comments import make_world, submit

BROKEN = "home or corres-pondence, and the open-ended working group"


def test_a_word_a_line_end_broke_is_found_whole_and_stored_as_printed() -> None:
    assert quote_as_printed(TextQuote("home or correspondence"), BROKEN) == TextQuote(
        "home or corres-pondence"
    )
    assert quote_as_printed(TextQuote("openended working"), BROKEN) == TextQuote(
        "open-ended working"
    )
    assert quote_as_printed(TextQuote("open-ended"), "the openended group") == TextQuote(
        "openended"
    )


def test_contexts_are_read_the_same_way() -> None:
    assert quote_occurs(TextQuote("working group", "the openended"), BROKEN)
    assert not quote_occurs(TextQuote("working group", "the closedended"), BROKEN)


def test_hyphens_between_other_characters_still_count() -> None:
    assert not quote_occurs(TextQuote("2025 2030"), "the 2025-2030 period")
    assert quote_occurs(TextQuote("2025-2030"), "the 2025-2030 period")
    assert not quote_occurs(TextQuote("corres pondence"), BROKEN)


@given(
    st.text(alphabet="abc", min_size=1, max_size=6),
    st.text(alphabet="abc", min_size=1, max_size=6),
)
def test_any_word_broken_by_a_hyphen_is_found_whole(head: str, tail: str) -> None:
    text = f"The {head}-{tail} word."
    printed = quote_as_printed(TextQuote(f"{head}{tail} word"), text)
    assert printed is not None
    assert printed.exact == f"{head}-{tail} word"


async def test_a_submission_quoting_the_whole_word_is_accepted(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(
        state, paragraphs=[("1", "We protect the privacy of home and corres-pondence.")]
    )
    response = await submit(
        client,
        world.round.id,
        world.token,
        world.body(quote={"exact": "home and correspondence"}),
    )
    assert response.status_code == 201, response.text
    assert response.json()["quote"]["exact"] == "home and corres-pondence"
