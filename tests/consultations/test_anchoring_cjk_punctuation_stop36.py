"""A quote may write CJK punctuation as typed on keyboards without it (stop 36): "." for "。",
"," for "、", and the half-width forms "｡", "､", "｢", "｣" for "。", "、", "「", "」", as "," was
already accepted for "，" (before, "国际人权法." and "开放､安全" were 422). The stored quote is
the paragraph's text as printed, and a quote still never matches text with other letters."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.state import AppState
from consultations.anchoring import TextQuote, quote_as_printed
from tests.consultations.test_comments import make_world, submit

PARAGRAPH = (
    "我们的数字合作植根于国际法，包括《联合国宪章》和国际人权法。"
    "我们支持开放、安全、可靠的网络。The Compact is a framework。 它「以人为本」。"
)

# Each group is one mark as a reader sees it, in the forms a quote may write it.
PUNCTUATION_FORMS = (
    (",", "，", "、", "､"),
    (".", "。", "｡"),
    ("「", "｢"),
    ("」", "｣"),
)
LETTERS = "中文法权ab"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("国际法,包括", "国际法，包括"),
        ("国际人权法.", "国际人权法。"),
        ("国际人权法｡", "国际人权法。"),
        ("开放､安全", "开放、安全"),
        ("开放,安全,可靠", "开放、安全、可靠"),
        ("它｢以人为本｣.", "它「以人为本」。"),
        ("framework.它", "framework。 它"),
        ("a framework. 它", "a framework。 它"),
    ],
)
async def test_a_quote_typed_with_other_punctuation_forms_is_stored_as_printed(
    client: httpx.AsyncClient, state: AppState, typed: str, printed: str
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))

    response = await submit(
        client,
        world.round.id,
        world.token,
        world.body(language="zh", body="我们支持。", quote={"exact": typed}),
    )

    assert response.status_code == 201, response.text
    assert response.json()["quote"]["exact"] == printed


async def test_a_quote_with_other_letters_is_still_refused(
    client: httpx.AsyncClient, state: AppState
) -> None:
    world = await make_world(state, paragraphs=(("1", PARAGRAPH),))

    response = await submit(
        client,
        world.round.id,
        world.token,
        world.body(language="zh", body="我们支持。", quote={"exact": "国际人权法.他们"}),
    )

    assert response.status_code == 422, response.text


def _written(tokens: list[int | str], choices: list[int]) -> str:
    written = []
    for token, choice in zip(tokens, choices, strict=True):
        forms = (token,) if isinstance(token, str) else PUNCTUATION_FORMS[token]
        written.append(forms[choice % len(forms)])
    return "".join(written)


_TOKENS = st.lists(
    st.one_of(st.sampled_from(LETTERS), st.integers(0, len(PUNCTUATION_FORMS) - 1)),
    min_size=1,
    max_size=30,
)


@settings(max_examples=200)
@given(_TOKENS, st.data())
def test_punctuation_forms_match_both_ways(tokens: list[int | str], data: st.DataObject) -> None:
    choices = st.lists(st.integers(0, 3), min_size=len(tokens), max_size=len(tokens))
    first, second = _written(tokens, data.draw(choices)), _written(tokens, data.draw(choices))

    assert quote_as_printed(TextQuote(first), second) == TextQuote(second)
    assert quote_as_printed(TextQuote(second), first) == TextQuote(first)


def _letters(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


@settings(max_examples=300)
@given(
    st.text(alphabet=LETTERS + " ,，、､.。｡「｢」｣", min_size=1, max_size=12),
    st.text(alphabet=LETTERS + " ,，、､.。｡「｢」｣", max_size=40),
)
def test_a_quote_never_matches_other_letters(quote: str, text: str) -> None:
    printed = quote_as_printed(TextQuote(quote), text)

    if printed is not None:
        assert _letters(printed.exact) == _letters(quote)
