"""Re-anchoring defects found by the quote audit: UN texts repeat opening verbs and boilerplate in
nearly every paragraph, so a quote's words elsewhere must not drag its comment away from its
paragraph (consultations.anchoring)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultations.anchoring import (
    ResolvedAnchor,
    TextQuote,
    VersionParagraph,
    diff_versions,
    locate_quote,
    resolve_anchor,
)
from tests.consultations.test_anchoring_revisions import Version, numbered


def quoted_text(resolved: ResolvedAnchor, version: Version) -> str:
    assert resolved.quote is not None
    text = next(paragraph.text for paragraph in version if paragraph.anchor == resolved.anchor)
    return text[resolved.quote.start : resolved.quote.end]


# --------------------------------------------------------------------------- removed paragraphs

REQUESTS = {
    "en": (
        "Decides to establish a fund;",
        "Requests the Secretary-General to convene an expert group meeting on artificial "
        "intelligence in 2026;",
        "Requests the Secretary-General to submit a report at its eighty-first session;",
        "Decides to remain seized of the matter.",
        TextQuote("Requests", None, " the Secretary-General to convene"),
        "convene an expert group meeting",
        "Requests the Secretary-General to submit a report at its eighty-first session, and to "
        "convene an expert group meeting;",
    ),
    "zh": (
        "决定设立一个基金；",
        "请秘书长在2026年召集一次专家组会议，讨论人工智能问题；",
        "请秘书长在大会第八十一届会议上提交一份报告；",
        "决定继续处理此案。",
        TextQuote("请秘书长", None, "在2026年召集"),
        "召集一次专家组会议",
        "请秘书长在大会第八十一届会议上提交一份报告，并召集一次专家组会议；",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_removed_paragraphs_quote_does_not_go_to_words_that_were_there_all_along(
    language: str,
) -> None:
    fund, convene, report, closing, opening, _, _ = REQUESTS[language]
    old, new = numbered(fund, convene, report, closing), numbered(fund, report, closing)
    assert diff_versions(old, new).items[1].status == "removed"
    # The report paragraph opened with the same words before: the quoted ones were deleted.
    orphaned = ResolvedAnchor(None, "orphaned", None)
    assert resolve_anchor("2", opening, [(old, new)]) == orphaned
    assert resolve_anchor("2", None, [(old, new)]) == orphaned


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_removed_paragraphs_quote_follows_its_words_into_a_paragraph_new_to_them(
    language: str,
) -> None:
    # The meeting the deleted paragraph requested is now requested by the report paragraph,
    # which did not mention it before: that is where the quoted words went.
    fund, convene, report, closing, _, request, joined = REQUESTS[language]
    old, new = numbered(convene, fund, report, closing), numbered(fund, joined, closing)
    assert diff_versions(old, new).items[0].status == "removed"
    resolved = resolve_anchor("1", TextQuote(request), [(old, new)])
    assert (resolved.anchor, resolved.status) == ("2", "moved")
    assert quoted_text(resolved, new) == request


# --------------------------------------------------------------------------- surviving paragraphs

INVEST = {
    "en": (
        "Encourages Member States to invest in resilient digital infrastructure, in particular "
        "in least developed countries;",
        "Calls upon Member States to invest in resilient digital infrastructure, in particular "
        "in the least developed countries;",
        "Encourages Member States to provide technical assistance, in particular in least "
        "developed countries;",
        "Decides to remain seized of the matter.",
        TextQuote("Encourages", None, " Member States to invest"),
        TextQuote("least developed countries", "in particular in ", None),
    ),
    "zh": (
        "鼓励会员国投资于有复原力的数字基础设施，特别是在最不发达国家；",
        "吁请会员国投资于有复原力的数字基础设施，特别是为最不发达国家；",
        "鼓励会员国提供技术援助，特别是在最不发达国家；",
        "决定继续处理此案。",
        TextQuote("鼓励", None, "会员国投资"),
        TextQuote("最不发达国家", "特别是在", None),
    ),
}


def with_1bis(edited: str, added: str, closing: str) -> Version:
    """Rev.1: paragraph 1 edited, a new 1 bis below it, paragraph 2 unchanged."""
    return (
        VersionParagraph("1", edited),
        VersionParagraph("1bis", added),
        VersionParagraph("2", closing),
    )


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quote_edited_away_does_not_take_the_comment_to_a_new_paragraph_of_other_text(
    language: str,
) -> None:
    zero, edited, added, closing, opening, _ = INVEST[language]
    old, new = numbered(zero, closing), with_1bis(edited, added, closing)
    assert diff_versions(old, new).added == ("1bis",)
    assert resolve_anchor("1", opening, [(old, new)]) == ResolvedAnchor("1", "modified", None)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_quoted_words_still_in_place_stay_there_when_a_new_paragraph_has_their_context(
    language: str,
) -> None:
    zero, edited, added, closing, _, countries = INVEST[language]
    old, new = numbered(zero, closing), with_1bis(edited, added, closing)
    resolved = resolve_anchor("1", countries, [(old, new)])
    assert (resolved.anchor, resolved.status) == ("1", "modified")
    assert resolved.quote is not None
    assert resolved.quote.exact
    assert quoted_text(resolved, new) == countries.exact


GOOD_PRACTICES = {
    "en": (
        "Takes note of the work of the Internet Governance Forum;",
        "Takes note of the work of the Internet Governance Forum, and encourages Member States "
        "to share good practices;",
        TextQuote("Encourages Member States"),
    ),
    "zh": (
        "注意到互联网治理论坛的工作；",
        "注意到互联网治理论坛的工作，并鼓励会员国分享良好做法；",
        TextQuote("鼓励会员国"),
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quote_edited_away_does_not_go_to_an_existing_paragraph_gaining_its_words(
    language: str,
) -> None:
    zero, edited, _, closing, _, _ = INVEST[language]
    forum, forum_extended, quote = GOOD_PRACTICES[language]
    old, new = numbered(zero, forum, closing), numbered(edited, forum_extended, closing)
    assert not diff_versions(old, new).added
    assert resolve_anchor("1", quote, [(old, new)]) == ResolvedAnchor("1", "modified", None)


# Opening verbs as UN texts repeat them; the replacement keeps the paragraph recognisable.
OPENINGS = {
    "en": ("Encourages Member States to ", "Calls upon Member States to "),
    "zh": ("鼓励会员国", "吁请会员国"),
}
TAIL_ALPHABETS = {
    "en": st.sampled_from(list("abcdefghijklmnopqrstuvwxyz     ,")),
    "zh": st.sampled_from(list("投资于数字基础设施提供技术援助分享良好做法特别是在最不发达国家，")),
}


@given(st.sampled_from(sorted(OPENINGS)), st.data())
def test_a_revision_adding_no_paragraph_moves_no_quoted_comment_elsewhere(
    language: str, data: st.DataObject
) -> None:
    # Without an added paragraph there is no part split off, and the other paragraphs held their
    # words all along: a quoted comment ends where the same comment without a quote ends.
    opening, replacement = OPENINGS[language]
    tails = data.draw(
        st.lists(
            st.text(TAIL_ALPHABETS[language], min_size=8, max_size=60),
            min_size=2,
            max_size=5,
            unique=True,
        )
    )
    old = numbered(*(opening + tail for tail in tails))
    commented = data.draw(st.integers(0, len(old) - 1))
    if data.draw(st.booleans(), label="delete the commented paragraph"):
        new = numbered(*(paragraph.text for paragraph in old if paragraph != old[commented]))
    else:
        edited = VersionParagraph(old[commented].anchor, replacement + tails[commented])
        new = (*old[:commented], edited, *old[commented + 1 :])
    suffix = data.draw(st.none() | st.just(tails[commented][:6]))
    quote = TextQuote(opening.strip(), None, suffix)
    anchor = old[commented].anchor
    quoted = resolve_anchor(anchor, quote, [(old, new)])
    assert quoted.anchor == resolve_anchor(anchor, None, [(old, new)]).anchor


# --------------------------------------------------------------------------- labelled alternatives

STRATEGIES = {
    "en": (
        "[alt 1: Urges Member States to adopt national strategies on artificial intelligence "
        "governance] [alt 2: Encourages Member States to consider national strategies on "
        "artificial intelligence];",
        "Urges Member States to adopt national strategies on artificial intelligence governance;",
        "Urges Member States to adopt national strategies on artificial intelligence governance",
        "Encourages Member States to consider national strategies on artificial intelligence",
        ("alt 1: ", "alt 2: "),
    ),
    "zh": (
        "[备选1：敦促会员国通过关于人工智能治理的国家战略][备选2：鼓励会员国考虑制定关于人工智能"
        "的国家战略]；",
        "敦促会员国通过关于人工智能治理的国家战略；",
        "敦促会员国通过关于人工智能治理的国家战略",
        "鼓励会员国考虑制定关于人工智能的国家战略",
        ("备选1：", "备选2："),
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_labelled_alternative_kept_is_found_as_its_words_after_the_label(language: str) -> None:
    zero, rev1, kept, dropped, (kept_label, dropped_label) = STRATEGIES[language]
    closing = "Decides to remain seized of the matter."
    old, new = numbered(zero, closing), numbered(rev1, closing)
    resolved = resolve_anchor("1", TextQuote(f"[{kept_label}{kept}]"), [(old, new)])
    assert (resolved.anchor, resolved.status) == ("1", "modified")
    assert resolved.quote is not None
    assert not resolved.quote.exact
    assert quoted_text(resolved, new) == kept
    # The alternative negotiated away is not found in its sibling's words.
    gone = resolve_anchor("1", TextQuote(f"[{dropped_label}{dropped}]"), [(old, new)])
    assert gone == ResolvedAnchor("1", "modified", None)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_alternatives_text_selected_inside_its_brackets_is_an_alternative(
    language: str,
) -> None:
    # Selected without the brackets, with or without its label: the context says what it is.
    zero, rev1, kept, dropped, (kept_label, dropped_label) = STRATEGIES[language]
    sibling_only = f"{dropped};" if language == "en" else f"{dropped}；"
    closing = "Decides to remain seized of the matter."
    old = numbered(zero, closing)
    opening_of_second = "] [" if language == "en" else "]["
    for exact, prefix in ((kept, f"[{kept_label}"), (f"{kept_label}{kept}", "[")):
        quote = TextQuote(exact, prefix, opening_of_second + dropped_label)
        kept_in_rev1 = resolve_anchor("1", quote, [(old, numbered(rev1, closing))])
        assert kept_in_rev1.quote is not None
        assert quoted_text(kept_in_rev1, numbered(rev1, closing)) == kept
        only_sibling = resolve_anchor("1", quote, [(old, numbered(sibling_only, closing))])
        assert only_sibling == ResolvedAnchor("1", "modified", None)


@pytest.mark.parametrize(
    "label",
    [
        "alt 1:",
        "Alt 1:",
        "Alt. 1:",
        "Alternative 1:",
        "Option 1:",
        "option b:",
        "OP1 alt:",
        "备选1：",
        "备选案文1：",
        "选项1：",
        "选项 A：",
    ],
)
def test_every_alternative_label_is_set_aside(label: str) -> None:
    text = "Decides to establish a fund for digital cooperation;"
    match = locate_quote(TextQuote(f"[{label} a fund for digital cooperation]"), text)
    assert match is not None
    assert text[match.start : match.end] == "a fund for digital cooperation"


def test_a_word_like_a_label_is_not_one() -> None:
    # "alternatives:" is a word, not "alternative" labelled "s": the quote stays as it is.
    text = "Decides to consider options for financing;"
    assert locate_quote(TextQuote("[alternatives: options for financing]"), text) is None
