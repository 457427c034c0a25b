"""Re-anchoring a quote whose context chose one of several identical passages: the text around
that passage in the old version goes on choosing it, when a split leaves it at the start of a
paragraph (its given prefix cut off by the boundary) or an edit changes the given prefix."""

from __future__ import annotations

import pytest

from consultations.anchoring import TextQuote, VersionParagraph, quote_at, resolve_anchor


def _resolved_quote(
    anchor: str, quote: TextQuote, old: tuple[str, ...], new: tuple[str, ...]
) -> tuple[str | None, str, TextQuote | None]:
    before = tuple(VersionParagraph(str(number), text) for number, text in enumerate(old, 1))
    after = tuple(VersionParagraph(str(number), text) for number, text in enumerate(new, 1))
    resolved = resolve_anchor(anchor, quote, [(before, after)])
    text = next((p.text for p in after if p.anchor == resolved.anchor), None)
    found = quote_at(resolved.quote, text) if resolved.quote and text is not None else None
    return resolved.anchor, resolved.status, found


@pytest.mark.parametrize(
    ("first", "second", "quote"),
    [
        (
            "Member States shall protect personal data in all public registries.",
            "Member States shall also publish annual reports on data breaches affecting citizens.",
            TextQuote("Member States shall", prefix="registries. "),
        ),
        (
            "会员国应保护所有公共登记册中的个人数据。",
            "会员国应每年发布关于影响公民的数据泄露的报告。",
            TextQuote("会员国应", prefix="个人数据。"),
        ),
    ],
)
def test_a_quote_chosen_by_its_prefix_follows_its_passage_split_off(
    first: str, second: str, quote: TextQuote
) -> None:
    joiner = " " if first.isascii() else ""
    anchor, status, found = _resolved_quote(
        "1",
        quote,
        (first + joiner + second, "Other text about trade."),
        (first, second, "Other text about trade."),
    )
    assert (anchor, status) == ("2", "moved")
    assert found is not None
    assert found.prefix is None
    assert found.exact == quote.exact
    assert second.startswith(found.exact + (found.suffix or ""))


def test_a_quote_whose_prefix_was_edited_stays_on_its_passage() -> None:
    old = (
        "The Dialogue shall meet annually in New York. The Scientific Panel shall report "
        "annually to the Dialogue.",
        "Decides to remain seized of the matter.",
    )
    new = (old[0].replace("shall report annually", "shall publish its findings annually"), old[1])
    anchor, status, found = _resolved_quote(
        "1", TextQuote("annually", prefix="shall report "), old, new
    )
    assert (anchor, status) == ("1", "modified")
    assert found == TextQuote("annually", "anel shall publish its findings ", " to the Dialogue.")
