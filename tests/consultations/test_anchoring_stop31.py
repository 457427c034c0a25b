"""Re-anchoring edges from the audit of revisions (consultations.anchoring): a comment without a
quote on a paragraph merged into its neighbour follows its own text when a later revision splits
it out again; a quote in a dense script (Chinese) survives the edit the same quote survives in
English, and is still not found in an unrelated paragraph."""

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


def successors(old: Version, new: Version) -> dict[str, str | None]:
    return {item.old_anchor: item.new_anchor for item in diff_versions(old, new).items}


# --------------------------------------------------------------------------- merged, then split

# Per language: the paragraph before, the two paragraphs merged in Rev.1 (A, B), Rev.1's merged
# paragraph, Rev.2's A and B split apart again (B lightly edited), the paragraph after.
MERGE_THEN_SPLIT = {
    "en": (
        "We commit to connect all schools to the Internet by 2030.",
        "We encourage multilateral development banks to scale up financing for digital "
        "infrastructure in least developed countries, landlocked developing countries and small "
        "island developing States.",
        "We call on the private sector to reduce the cost of devices and data plans.",
        "We encourage multilateral development banks to scale up financing for digital "
        "infrastructure in least developed countries, landlocked developing countries and small "
        "island developing States, and call on the private sector to reduce the cost of devices "
        "and data plans.",
        "We encourage multilateral development banks to scale up financing for digital "
        "infrastructure in least developed countries, landlocked developing countries and small "
        "island developing States.",
        "We call on the private sector to reduce the cost of devices and data plans, in "
        "particular for first-time users.",
        "We decide to review progress at the eighty-fifth session of the General Assembly.",
    ),
    "zh": (
        "我们承诺到2030年将所有学校接入互联网。",
        "我们鼓励多边开发银行扩大对最不发达国家、内陆发展中国家和小岛屿发展中国家数字基础设施的融资。",
        "我们呼吁私营部门降低设备和数据套餐的成本。",
        "我们鼓励多边开发银行扩大对最不发达国家、内陆发展中国家和小岛屿发展中国家数字基础设施的融资，"
        "并呼吁私营部门降低设备和数据套餐的成本。",
        "我们鼓励多边开发银行扩大对最不发达国家、内陆发展中国家和小岛屿发展中国家数字基础设施的融资。",
        "我们呼吁私营部门降低设备和数据套餐的成本，特别是为首次使用者降低成本。",
        "我们决定在大会第八十五届会议上审查进展情况。",
    ),
}


def merge_then_split(language: str) -> tuple[Version, Version, Version]:
    before, first, second, merged, first_again, second_again, after = MERGE_THEN_SPLIT[language]
    zero = numbered(before, first, second, after)
    rev1 = numbered(before, merged, after)
    rev2 = numbered(before, first_again, second_again, after)
    return zero, rev1, rev2


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_merged_paragraph_split_out_again_takes_its_comment_back(language: str) -> None:
    zero, rev1, rev2 = merge_then_split(language)
    # The diffs are right: 2 and 3 merged into 2, then 2 split into 2 (its head) and an added 3.
    assert successors(zero, rev1) == {"1": "1", "2": "2", "3": "2", "4": "3"}
    assert successors(rev1, rev2) == {"1": "1", "2": "2", "3": "4"}
    assert diff_versions(rev1, rev2).added == ("3",)

    # Each comment without a quote goes with its own text, and reports no quote position.
    chain = [(zero, rev1), (rev1, rev2)]
    assert resolve_anchor("3", None, chain) == ResolvedAnchor("3", "modified", None)
    # Split out again as the zero draft printed it: unchanged, as if never merged.
    assert resolve_anchor("2", None, chain) == ResolvedAnchor("2", "unchanged", None)
    # In Rev.1 both are on the merged paragraph.
    assert resolve_anchor("3", None, chain[:1]) == ResolvedAnchor("2", "moved", None)
    assert resolve_anchor("2", None, chain[:1]) == ResolvedAnchor("2", "modified", None)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_merged_paragraph_left_merged_keeps_its_comments(language: str) -> None:
    zero, rev1, _ = merge_then_split(language)
    before, _, _, merged, _, _, after = MERGE_THEN_SPLIT[language]
    # Rev.2 only edits the paragraph after: the merged paragraph keeps both comments.
    rev2 = numbered(before, merged, after + after[-1])
    chain = [(zero, rev1), (rev1, rev2)]
    assert resolve_anchor("3", None, chain) == ResolvedAnchor("2", "moved", None)
    assert resolve_anchor("2", None, chain) == ResolvedAnchor("2", "modified", None)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_merged_paragraph_split_after_another_revision_still_follows_its_text(
    language: str,
) -> None:
    zero, rev1, rev2 = merge_then_split(language)
    # An intermediate revision inserts a paragraph above: the merged one is renumbered.
    inserted = {
        "en": "We recognize the role of regional organizations in closing digital divides.",
        "zh": "我们认识到区域组织在弥合数字鸿沟方面的作用。",
    }[language]
    rev15 = (
        rev1[0],
        VersionParagraph("2", inserted),
        *(VersionParagraph(str(int(p.anchor) + 1), p.text) for p in rev1[1:]),
    )
    rev25 = (
        rev2[0],
        VersionParagraph("2", inserted),
        *(VersionParagraph(str(int(p.anchor) + 1), p.text) for p in rev2[1:]),
    )
    chain = [(zero, rev1), (rev1, rev15), (rev15, rev25)]
    assert resolve_anchor("3", None, chain) == ResolvedAnchor("4", "moved", None)
    assert resolve_anchor("2", None, chain) == ResolvedAnchor("3", "moved", None)


ENGLISH_REQUESTS = [
    "Requests the Secretary-General to submit a report on the implementation of the present "
    "resolution to the General Assembly at its eighty-second session.",
    "Invites Member States to share best practices on digital public infrastructure with the "
    "Office for Digital and Emerging Technologies.",
    "Encourages the specialized agencies to strengthen their cooperation on data governance "
    "in support of the Sustainable Development Goals.",
    "Calls upon all relevant stakeholders to promote digital literacy among older persons and "
    "persons with disabilities.",
]
CHINESE_REQUESTS = [
    "请秘书长向大会第八十二届会议提交关于本决议执行情况的报告。",
    "邀请会员国与数字和新兴技术办公室分享数字公共基础设施方面的最佳做法。",
    "鼓励各专门机构加强数据治理方面的合作，以支持可持续发展目标。",
    "吁请所有相关利益攸关方在老年人和残疾人中促进数字素养。",
]


@given(
    st.sampled_from([ENGLISH_REQUESTS, CHINESE_REQUESTS]).flatmap(
        lambda requests: st.permutations(requests)
    )
)
def test_any_merge_undone_gives_each_comment_back_its_paragraph(requests: list[str]) -> None:
    """Whichever two paragraphs are merged and split again, in either language, each comment
    without a quote ends on the paragraph holding its own text."""
    before, first, second, after = requests
    joiner = "，并" if first[-1] == "。" else ", and "
    merged = first[:-1] + joiner + second[0].lower() + second[1:]
    zero = numbered(before, first, second, after)
    rev1 = numbered(before, merged, after)
    rev2 = numbered(before, first, second, after)
    chain = [(zero, rev1), (rev1, rev2)]
    assert resolve_anchor("2", None, chain).anchor == "2"
    assert resolve_anchor("3", None, chain).anchor == "3"
    assert resolve_anchor("3", None, chain).quote is None


# --------------------------------------------------------------------------- dense-script quotes

# Per language: the paragraph, Rev.1 splitting it (", safe" / "、安全" added to the quoted words),
# the quote, and the quoted words as Rev.1 prints them.
SPLIT_WITH_EDITED_QUOTE = {
    "en": (
        "We commit to strengthen digital skills for all, and to achieve meaningful and "
        "affordable connectivity for schools and hospitals by 2030.",
        "We commit to strengthen digital skills for all.",
        "We also commit to achieve meaningful, safe and affordable connectivity for schools and "
        "hospitals by 2030.",
        "meaningful and affordable connectivity",
        "meaningful, safe and affordable connectivity",
    ),
    "zh": (
        "我们承诺加强人人享有的数字技能，并到2030年为学校和医院实现有意义且负担得起的连通。",
        "我们承诺加强人人享有的数字技能。",
        "我们还承诺到2030年为学校和医院实现有意义、安全且负担得起的连通。",
        "有意义且负担得起的连通",
        "有意义、安全且负担得起的连通",
    ),
}
CLOSING = {
    "en": "We decide to review progress at the eighty-fifth session of the General Assembly.",
    "zh": "我们决定在大会第八十五届会议上审查进展情况。",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quote_survives_the_same_light_edit_in_chinese_as_in_english(language: str) -> None:
    original, head, part, quoted, edited = SPLIT_WITH_EDITED_QUOTE[language]
    found = locate_quote(TextQuote(quoted), part)
    assert found is not None
    assert part[found.start : found.end] == edited
    assert not found.exact
    assert found.score > 0.75

    # So the comment follows its words into the part split off, with its quote.
    zero = numbered(original, CLOSING[language])
    rev1 = numbered(head, part, CLOSING[language])
    resolved = resolve_anchor("1", TextQuote(quoted), [(zero, rev1)])
    assert (resolved.anchor, resolved.status) == ("2", "moved")
    assert resolved.quote is not None
    assert part[resolved.quote.start : resolved.quote.end] == edited


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_lightly_edited_quote_is_kept_in_place(language: str) -> None:
    original, _, _, quoted, edited = SPLIT_WITH_EDITED_QUOTE[language]
    rewritten = original.replace(quoted, edited)
    resolved = resolve_anchor("1", TextQuote(quoted), [(numbered(original), numbered(rewritten))])
    assert (resolved.anchor, resolved.status) == ("1", "modified")
    assert resolved.quote is not None
    assert rewritten[resolved.quote.start : resolved.quote.end] == edited


DIGITAL_PARAGRAPHS = [
    "我们承诺加强人人享有的数字技能，并到2030年为学校和医院实现有意义且负担得起的连通。",
    "我们鼓励多边开发银行扩大对最不发达国家、内陆发展中国家和小岛屿发展中国家数字基础设施的融资。",
    "邀请会员国与数字和新兴技术办公室分享数字公共基础设施方面的最佳做法。",
    "鼓励各专门机构加强数据治理方面的合作，以支持可持续发展目标。",
    "吁请所有相关利益攸关方在老年人和残疾人中促进数字素养。",
]
UNRELATED_PARAGRAPHS = [
    "注意到海洋酸化对珊瑚礁和沿海渔业造成的影响日益严重。",
    "决定于明年六月在里斯本召开联合国海洋会议，为期五天。",
    "敦促各国加强对非法、不报告和不管制捕捞活动的打击。",
    "强调初级卫生保健对于实现全民健康覆盖至关重要。",
]


@given(st.sampled_from(DIGITAL_PARAGRAPHS), st.data())
def test_a_chinese_quote_is_not_found_in_an_unrelated_paragraph(
    paragraph: str, data: st.DataObject
) -> None:
    length = data.draw(st.integers(min_value=2, max_value=12))
    start = data.draw(st.integers(min_value=0, max_value=len(paragraph) - length))
    quote = TextQuote(paragraph[start : start + length])
    for unrelated in UNRELATED_PARAGRAPHS:
        # A word both hold verbatim ("加强") is found, as it should be.
        if quote.exact not in unrelated:
            assert locate_quote(quote, unrelated) is None
