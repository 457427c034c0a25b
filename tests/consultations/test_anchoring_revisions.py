"""Re-anchoring defects found by the revisions audit: split paragraphs, quote contexts, bracketed
alternatives and paragraphs merged back (consultations.anchoring)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ResolvedAnchor,
    TextQuote,
    VersionParagraph,
    diff_versions,
    locate_quote,
    resolve_anchor,
)

Version = tuple[VersionParagraph, ...]


def numbered(*texts: str) -> Version:
    return tuple(VersionParagraph(str(index + 1), text) for index, text in enumerate(texts))


def changes(old: Version, new: Version) -> dict[str, tuple[str | None, str]]:
    return {
        item.old_anchor: (item.new_anchor, item.status) for item in diff_versions(old, new).items
    }


# --------------------------------------------------------------------------- split paragraphs

SPLITS = {
    "en": (
        "Calls upon Member States to invest in resilient digital infrastructure and to reduce "
        "the cost of broadband for low-income households;",
        "Calls upon Member States to invest in resilient digital infrastructure;",
        "Also calls upon Member States to reduce the cost of broadband for low-income households;",
        "Decides to remain seized of the matter.",
        "reduce the cost of broadband",
    ),
    "zh": (
        "吁请会员国投资于有韧性的数字基础设施，并降低低收入家庭的宽带费用；",
        "吁请会员国投资于有韧性的数字基础设施；",
        "又吁请会员国降低低收入家庭的宽带费用；",
        "决定继续处理此案。",
        "降低低收入家庭的宽带费用",
    ),
}


SHORT_HEADS = {
    "en": (
        "We recognize that digital technologies are transforming our world.",
        "They offer immense potential benefits for the well-being and advancement of people, "
        "societies and our planet, and they hold out the promise of accelerating the "
        "achievement of the Sustainable Development Goals, provided that the divides close.",
    ),
    "zh": (
        "我们确认，数字技术正在急剧改变我们的世界。",
        "它们为民众和社会的福祉与进步以及我们的地球带来巨大的潜在惠益，并有望加快实现可持续发展"
        "目标，前提是弥合所有数字鸿沟，确保所有人都能从中受益。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_short_first_sentence_split_off_keeps_the_anchor(language: str) -> None:
    # The head holds a quarter of the old text: similar by less than MATCH_THRESHOLD.
    first, rest = SHORT_HEADS[language]
    closing = SPLITS[language][3]
    whole = f"{first} {rest}" if language == "en" else first + rest
    old, new = numbered(whole, closing), numbered(first, rest, closing)
    assert changes(old, new) == {"1": ("1", "modified"), "2": ("3", "moved")}
    assert diff_versions(old, new).added == ("2",)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_head_of_a_split_paragraph_keeps_its_anchor(language: str) -> None:
    whole, head, tail, closing, in_tail = SPLITS[language]
    old, new = numbered(whole, closing), numbered(head, tail, closing)
    diff = diff_versions(old, new)
    assert changes(old, new) == {"1": ("1", "modified"), "2": ("3", "moved")}
    assert diff.added == ("2",)
    assert resolve_anchor("1", None, [(old, new)]) == ResolvedAnchor("1", "modified", None)
    # A comment on the tail's words goes with them.
    quoted = resolve_anchor("1", TextQuote(in_tail), [(old, new)])
    assert (quoted.anchor, quoted.status) == ("2", "moved")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_split_below_renumbered_paragraphs_keeps_the_head(language: str) -> None:
    # Paragraph 1 deleted: the head is no longer at the old anchor, it still keeps the comment.
    whole, head, tail, closing, _ = SPLITS[language]
    first = "Recalls its resolution 70/1;" if language == "en" else "回顾其第70/1号决议；"
    old, new = numbered(first, whole, closing), numbered(head, tail, closing)
    assert changes(old, new) == {
        "1": (None, "removed"),
        "2": ("1", "moved"),
        "3": ("3", "unchanged"),
    }


# --------------------------------------------------------------------------- quote contexts

REPEATED = {
    "en": (
        "Encourages Member States to promote digital literacy, and encourages the private sector "
        "to promote digital literacy in schools;",
        "Encourages Member States to promote digital literacy;",
        "Encourages the private sector to promote digital literacy in schools and workplaces;",
        "Decides to remain seized of the matter.",
        TextQuote("promote digital literacy", "Encourages Member States to ", ", and"),
        TextQuote("promote digital literacy", "encourages the private sector to ", " in schools"),
    ),
    "zh": (
        "鼓励会员国促进数字素养，并鼓励私营部门在学校促进数字素养；",
        "鼓励会员国促进数字素养；",
        "又鼓励私营部门在学校促进数字素养；",
        "决定继续处理此案。",
        TextQuote("促进数字素养", "鼓励会员国", "，并鼓励"),
        TextQuote("促进数字素养", "并鼓励私营部门在学校", "；"),
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quotes_context_chooses_between_its_words_in_split_paragraphs(language: str) -> None:
    whole, first, second, closing, first_quote, second_quote = REPEATED[language]
    old, new = numbered(whole, closing), numbered(first, second, closing)
    on_first = resolve_anchor("1", first_quote, [(old, new)])
    assert (on_first.anchor, on_first.status) == ("1", "modified")
    assert on_first.quote is not None
    assert first[on_first.quote.start : on_first.quote.end] == first_quote.exact
    on_second = resolve_anchor("1", second_quote, [(old, new)])
    assert (on_second.anchor, on_second.status) == ("2", "moved")
    assert on_second.quote is not None
    assert on_second.quote.exact
    assert second[on_second.quote.start : on_second.quote.end] == second_quote.exact


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quotes_context_beats_its_words_in_the_paired_paragraph(language: str) -> None:
    # The paired paragraph (same anchor, most similar) still has the words, in another clause;
    # the clause the quote's prefix names now stands in a paragraph of its own further down.
    whole, first, second, closing, first_quote, _ = REPEATED[language]
    old, new = numbered(whole, closing), numbered(second, closing, first)
    assert changes(old, new)["1"] == ("1", "modified")
    resolved = resolve_anchor("1", first_quote, [(old, new)])
    assert (resolved.anchor, resolved.status) == ("3", "moved")
    assert resolved.quote is not None
    assert first[resolved.quote.start : resolved.quote.end] == first_quote.exact


def test_a_context_that_was_elsewhere_all_along_does_not_take_the_comment() -> None:
    old = numbered(
        "Invites Member States to promote digital literacy among older persons;",
        "Urges Member States to promote digital literacy in rural areas;",
    )
    new = numbered(
        "Invites Member States and the private sector to promote digital literacy for all;",
        old[1].text,
    )
    quote = TextQuote("promote digital literacy", "Member States to ", " among older persons")
    resolved = resolve_anchor("1", quote, [(old, new)])
    assert (resolved.anchor, resolved.status) == ("1", "modified")
    # Nor does a paragraph the revision adds that is not a part split off from paragraph 1: the
    # same boilerplate around the words is not the commented passage.
    new_paragraph = resolve_anchor(
        "1", quote, [(old[:1], (*new[:1], VersionParagraph("2", old[1].text)))]
    )
    assert (new_paragraph.anchor, new_paragraph.status) == ("1", "modified")


# --------------------------------------------------------------------------- bracketed alternatives

ALTERNATIVES = {
    "en": (
        "Decides to establish [a scientific panel] [an independent international scientific "
        "panel on artificial intelligence];",
        "Decides to establish an independent international scientific panel on artificial "
        "intelligence;",
        "[a scientific panel]",
        "[an independent international scientific panel on artificial intelligence]",
    ),
    "zh": (
        "决定设立[一个科学小组][一个独立国际人工智能科学小组]；",
        "决定设立一个独立国际人工智能科学小组；",
        "[一个科学小组]",
        "[一个独立国际人工智能科学小组]",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_dropped_bracketed_alternative_is_not_located(language: str) -> None:
    before, after, dropped, kept = ALTERNATIVES[language]
    closing = "Decides to remain seized of the matter."
    old, new = numbered(before, closing), numbered(after, closing)
    # The alternative negotiated away is not to be found in its sibling's words: the comment
    # stays on its paragraph, without a quote position.
    assert locate_quote(TextQuote(dropped), after) is None
    assert resolve_anchor("1", TextQuote(dropped), [(old, new)]) == ResolvedAnchor(
        "1", "modified", None
    )
    # The alternative kept is its words, without the brackets or a space around them.
    resolved = resolve_anchor("1", TextQuote(kept), [(old, new)])
    assert (resolved.anchor, resolved.status) == ("1", "modified")
    assert resolved.quote is not None
    assert not resolved.quote.exact
    assert after[resolved.quote.start : resolved.quote.end] == kept[1:-1]


@pytest.mark.parametrize(
    ("exact", "text", "expected"),
    [
        (
            "a scientific panel",
            "Decides to establish an independent international scientific panel;",
            "scientific panel",
        ),
        (
            "[a panel of experts] on data",
            "Decides to establish a panel of experts on data governance;",
            "a panel of experts on data",
        ),
    ],
)
def test_a_fuzzy_span_neither_starts_nor_ends_inside_a_word_or_with_a_space(
    exact: str, text: str, expected: str
) -> None:
    match = locate_quote(TextQuote(exact), text)
    assert match is not None
    assert not match.exact
    assert text[match.start : match.end] == expected


def test_a_quote_whose_context_opens_inside_a_word_keeps_its_edge() -> None:
    text = "Invites the private sector to invest in resilient digital infrastructure;"
    inside = locate_quote(TextQuote("esilient digitel", "invest in r"), text)
    assert inside is not None
    assert text[inside.start : inside.end] == "esilient digital"
    whole = locate_quote(TextQuote("esilient digitel", "invest in "), text)
    assert whole is not None
    assert text[whole.start : whole.end] == "resilient digital"
