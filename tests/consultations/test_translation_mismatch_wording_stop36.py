"""A translation's 422 names a paragraph's place as an ordinal and its anchor in backticks
(stop 36): "the 3rd paragraph of this text is anchored `p-3`, the original's 3rd is `2`".
Before, "paragraph 3 is p-3, the original has 2 there" put a place and an anchor side by side
as two numbers of one kind."""

from __future__ import annotations

import httpx

from api.state import AppState
from consultations.documents import anchor_mismatch
from tests.consultations.test_parser_parallel_stop31 import (
    COMPACT_EN,
    COMPACT_ZH,
    put_translation,
)


async def test_the_first_difference_names_places_and_anchors_apart(
    client: httpx.AsyncClient, state: AppState
) -> None:
    with_a_note = COMPACT_ZH.replace("2. 我们承诺：", "本段为临时译文。\n\n2. 我们承诺：")

    errors = await put_translation(client, state, COMPACT_EN, with_a_note)

    assert errors[0] == (
        "first difference: the 3rd paragraph of this text is anchored `p-3`, the original's "
        "3rd is `2`"
    )
    assert (
        "the 3rd paragraph of this text is anchored `p-3` at line 7: “本段为临时译文。”; the "
        "original's 3rd is anchored `2`: “We commit to:”"
    ) in errors


async def test_the_originals_printed_number_follows_its_anchor(
    client: httpx.AsyncClient, state: AppState
) -> None:
    without_b = COMPACT_ZH.replace("(b) 摸清所有学校情况并使之连接上互联网。\n\n", "")

    errors = await put_translation(client, state, COMPACT_EN, without_b)

    assert (
        "the 5th paragraph of this text is anchored `p-5` at line 11: “后续行动和审查”; the "
        "original's 5th is anchored `2.b` (“2 (b)”): “Map and connect all schools.”"
    ) in errors


async def test_a_misprinted_number_is_told_from_the_place(
    client: httpx.AsyncClient, state: AppState
) -> None:
    misprinted = COMPACT_ZH.replace("3. 我们将在", "1. 我们将在")

    errors = await put_translation(client, state, COMPACT_EN, misprinted)

    assert errors[0] == (
        "line 15 is numbered 1 where the original's 7th paragraph is numbered 3 (anchored "
        "`3`): most likely a misprinted number; read as printed, it renumbers what follows "
        "(`part-2/1` …)"
    )


def test_anchors_out_of_order_and_two_digit_places_are_named_apart() -> None:
    [order] = anchor_mismatch(["1", "2", "3"], ["1", "3", "2"])
    assert order.msg == (
        "anchors out of order: the 2nd paragraph of this text is anchored `3`, the original's "
        "2nd is `2`"
    )
    [first, *_] = anchor_mismatch(["pp1", "p-2", "1"], ["pp1", "1", "2"])
    assert first.msg == (
        "first difference: the 2nd paragraph of this text is anchored `1`, the original's 2nd "
        "is `p-2`"
    )
    original = [str(number) for number in range(1, 14)]
    [twelfth, *_] = anchor_mismatch(original, [*original[:11], "x", "13"])
    assert twelfth.msg == (
        "first difference: the 12th paragraph of this text is anchored `x`, the original's "
        "12th is `12`"
    )
