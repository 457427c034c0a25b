"""Re-anchoring edges from the audit of English and Chinese revision pairs: a paragraph merged
into its neighbour without its lead-in follows it there, while one of which the neighbour kept
only a clause stays removed; a Chinese typesetting pass (spaces put around figures, a full-width
comma made half-width) scores as the light edit it is (consultations.anchoring)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ParagraphChange,
    ResolvedAnchor,
    VersionParagraph,
    diff_versions,
    resolve_anchor,
    text_similarity,
)

Version = tuple[VersionParagraph, ...]


def numbered(*texts: str) -> Version:
    return tuple(VersionParagraph(str(index + 1), text) for index, text in enumerate(texts))


# --------------------------------------------------------------------------- merges

# The paragraph before, the one merged into it without its lead-in, the two merged.
MERGED_WITHOUT_LEAD_IN = [
    (
        "Decides also to launch a global dialogue on artificial intelligence governance, to be "
        "held annually in the margins of the high-level week of the General Assembly;",
        "Emphasizes that the global dialogue should include the meaningful participation of civil "
        "society, the private sector, the technical community and academia;",
        "Decides also to launch a global dialogue on artificial intelligence governance, to be "
        "held annually in the margins of the high-level week of the General Assembly, with the "
        "meaningful participation of civil society, the private sector, the technical community "
        "and academia;",
    ),
    (
        "又决定启动人工智能治理全球对话，每年在大会高级别周期间举行；",
        "强调全球对话应包括民间社会、私营部门、技术界和学术界的切实参与；",
        "又决定启动人工智能治理全球对话，每年在大会高级别周期间举行，"
        "并有民间社会、私营部门、技术界和学术界的切实参与；",
    ),
    (
        "Invites the President of the General Assembly to appoint two co-chairs for the global "
        "dialogue;",
        "Stresses that one co-chair should come from a developed and one from a developing "
        "country;",
        "Invites the President of the General Assembly to appoint two co-chairs for the global "
        "dialogue, one from a developed and one from a developing country;",
    ),
    (
        "邀请大会主席为全球对话任命两名共同主席；",
        "强调一名共同主席应来自发达国家，一名来自发展中国家；",
        "邀请大会主席为全球对话任命两名共同主席，一名来自发达国家，一名来自发展中国家；",
    ),
]
LAST = {"en": "Decides to remain seized of the matter.", "zh": "决定继续处理此案。"}


@pytest.mark.parametrize(("before", "merged_in", "merged"), MERGED_WITHOUT_LEAD_IN)
def test_a_paragraph_merged_without_its_lead_in_follows_its_neighbour(
    before: str, merged_in: str, merged: str
) -> None:
    last = LAST["en" if before.isascii() else "zh"]
    old, new = numbered(before, merged_in, last), numbered(merged, last)
    assert {
        item.old_anchor: (item.new_anchor, item.status) for item in diff_versions(old, new).items
    } == {
        "1": ("1", "modified"),
        "2": ("1", "moved"),
        "3": ("2", "moved"),
    }
    assert resolve_anchor("2", None, [(old, new)]) == ResolvedAnchor("1", "moved", None)


# The neighbour kept one clause of the deleted paragraph, in both languages less than half of it.
CLAUSE_KEPT = [
    (
        "We note with concern that women and girls remain under-represented among Internet users "
        "in many regions, especially in least developed countries.",
        "We call upon all stakeholders to strengthen cooperation in capacity-building, in "
        "particular for developing countries, to ensure meaningful connectivity for all by 2030.",
        "We call upon all stakeholders to strengthen cooperation in capacity-building, in "
        "particular for developing countries, to ensure meaningful connectivity for all by 2030, "
        "bearing in mind that women and girls remain under-represented among Internet users.",
    ),
    (
        "我们关切地注意到，在许多区域，特别是在最不发达国家，妇女和女童在互联网用户中的比例仍然偏低。",
        "我们呼吁所有利益攸关方加强能力建设合作，特别是为发展中国家加强能力建设合作，"
        "以确保到 2030 年人人都能实现有意义的连通。",
        "我们呼吁所有利益攸关方加强能力建设合作，特别是为发展中国家加强能力建设合作，"
        "以确保到 2030 年人人都能实现有意义的连通，"
        "同时铭记妇女和女童在互联网用户中的比例仍然偏低。",
    ),
]


@pytest.mark.parametrize(("deleted", "after", "rewritten"), CLAUSE_KEPT)
def test_a_deleted_paragraph_of_which_its_neighbour_kept_a_clause_is_removed(
    deleted: str, after: str, rewritten: str
) -> None:
    changes = diff_versions(numbered(deleted, after), numbered(rewritten)).items
    assert changes[0] == ParagraphChange("1", None, "removed", 0.0)


# --------------------------------------------------------------------------- typesetting

TYPESET = [
    ("回顾其2015年9月25日第70/1号决议，", "回顾其 2015 年 9 月 25 日第 70/1 号决议,"),
    ("我们承诺到2030年将所有学校接入互联网；", "我们承诺到 2030 年将所有学校\n接入互联网;"),
    ("大会第八十届会议（2025年）通过", "大会第八十届会议 (2025 年) 通过"),
    ("2025年12月、ＷＳＩＳ＋20审查", "2025 年 12 月、WSIS+20 审查"),
]


@pytest.mark.parametrize(("before", "after"), TYPESET)
def test_a_chinese_typesetting_pass_scores_as_a_width_edit(before: str, after: str) -> None:
    assert text_similarity(before, after) == 1.0
    old, new = (VersionParagraph("pp2", before),), (VersionParagraph("pp2", after),)
    assert diff_versions(old, new).items == (ParagraphChange("pp2", "pp2", "modified", 0.9999),)


def test_spaces_between_words_of_a_spaced_script_still_count() -> None:
    assert text_similarity("Member States", "MemberStates") < 1.0
    assert text_similarity("회원국 정부", "회원국정부") < 1.0
