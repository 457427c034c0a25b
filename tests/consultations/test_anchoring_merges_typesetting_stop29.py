"""Re-anchoring edges from the audit of English and Chinese revision pairs: a Chinese typesetting
pass (spaces put around figures, a full-width comma made half-width) scores as the light edit it
is (consultations.anchoring)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ParagraphChange,
    VersionParagraph,
    diff_versions,
    text_similarity,
)

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
