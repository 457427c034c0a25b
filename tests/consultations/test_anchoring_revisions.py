"""Re-anchoring defects found by the revisions audit: split paragraphs, quote contexts, bracketed
alternatives and paragraphs merged back (consultations.anchoring)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ResolvedAnchor,
    TextQuote,
    VersionParagraph,
    diff_versions,
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
