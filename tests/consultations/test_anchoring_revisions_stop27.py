"""Re-anchoring, from audits of zero drafts and their Rev.1: a retitled section keeps its
comments when its first paragraph was deleted or rewritten too (only the paragraph right under
the heading was looked at), never pairing across a heading as high nor with a section its
paragraph left for; a deleted paragraph whose neighbour took over its opening is removed; a part
split off with words of its own still does not take a comment quoting its words
(the quote alone cannot tell it from a new paragraph naming the same thing)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ParagraphChange,
    TextQuote,
    VersionParagraph,
    diff_versions,
    resolve_anchor,
)


@pytest.mark.parametrize(
    ("deleted", "second", "rewritten"),
    [
        (
            "Encourages Member States to develop national broadband plans, in particular for "
            "rural and remote areas;",
            "Invites the International Telecommunication Union to support developing countries "
            "in developing national statistical capacities for measuring the information society;",
            "Encourages Member States to develop national statistical capacities for measuring "
            "the information society, with the support of the International Telecommunication "
            "Union, in particular in developing countries;",
        ),
        (
            "鼓励会员国与所有利益攸关方合作，制定国家宽带计划，特别是农村和偏远地区的宽带计划；",
            "请国际电信联盟支持发展中国家加强衡量信息社会的国家统计能力；",
            "鼓励会员国与所有利益攸关方合作，制定并加强衡量信息社会的国家统计能力，"
            "特别是在国际电信联盟的支持下加强发展中国家的此类能力；",
        ),
    ],
)
def test_a_deleted_paragraph_whose_neighbour_took_its_opening_is_removed(
    deleted: str, second: str, rewritten: str
) -> None:
    old = (VersionParagraph("1", deleted), VersionParagraph("2", second))
    new = (VersionParagraph("1", rewritten),)
    assert diff_versions(old, new).items[0] == ParagraphChange("1", None, "removed", 0.0)


def test_a_deleted_paragraph_opening_as_its_neighbour_is_not_merged_into_it() -> None:
    old = (
        VersionParagraph(
            "1", "Encourages Member States to strengthen regional cooperation on data."
        ),
        VersionParagraph("2", "Encourages Member States to strengthen regional digital skills."),
    )
    new = (
        VersionParagraph(
            "1", "Encourages Member States to strengthen regional digital skills programmes."
        ),
    )
    assert diff_versions(old, new).items[0] == ParagraphChange("1", None, "removed", 0.0)


_SECTION_I = (
    "We reaffirm that the same rights that people have offline must also be protected online.",
    "We express concern about the use of Internet shutdowns to disrupt access to information.",
)
_SECTION_II = (
    "We reaffirm the working definition of Internet governance contained in the Tunis Agenda.",
    "We decide to make the Internet Governance Forum a permanent forum of the United Nations.",
    "We call for enhanced cooperation to enable Governments, on an equal footing, to carry out "
    "their roles and responsibilities in international public policy issues.",
)
_REWORDED = "Digital public goods and digital public infrastructure deserve attention."


@pytest.mark.parametrize(
    "section_ii",
    [(_SECTION_II[1], _SECTION_II[2]), (_REWORDED, _SECTION_II[1], _SECTION_II[2])],
    ids=["first paragraph deleted", "first paragraph rewritten"],
)
def test_a_retitled_section_keeps_its_anchor_when_its_first_paragraph_went(
    section_ii: tuple[str, ...],
) -> None:
    old = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("2", _SECTION_I[1]),
        VersionParagraph("section-2", "Internet governance"),
        *(VersionParagraph(str(number), text) for number, text in enumerate(_SECTION_II, 3)),
    )
    new = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("2", _SECTION_I[1]),
        VersionParagraph("section-2", "Digital cooperation"),
        *(VersionParagraph(str(number), text) for number, text in enumerate(section_ii, 3)),
    )
    changes = {item.old_anchor: item for item in diff_versions(old, new).items}
    assert (changes["section-2"].new_anchor, changes["section-2"].status) == (
        "section-2",
        "modified",
    )


def test_a_deleted_sub_heading_is_not_paired_with_one_of_the_next_section() -> None:
    old = (
        VersionParagraph("section-1", "Implementation of the Summit outcomes"),
        VersionParagraph("section-1.a", "Digital infrastructure"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("section-1.b", "Financing"),
        VersionParagraph("2", _SECTION_I[1]),
        VersionParagraph("section-2", "Follow-up and review"),
        VersionParagraph("3", _SECTION_II[2]),
    )
    new = (
        VersionParagraph("section-1", "Implementation of the Summit outcomes"),
        VersionParagraph("section-1.a", "Digital infrastructure"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("section-2", "Follow-up and review"),
        VersionParagraph("section-2.a", "Review"),
        VersionParagraph("2", _SECTION_II[2]),
    )
    diff = diff_versions(old, new)
    changes = {item.old_anchor: item for item in diff.items}
    assert changes["section-1.b"].status == "removed"
    assert diff.added == ("section-2.a",)


def test_a_sub_heading_is_not_paired_across_a_new_section_heading() -> None:
    old = (
        VersionParagraph("section-2", "Implementation"),
        VersionParagraph("section-2.a", "Digital infrastructure"),
        VersionParagraph(
            "3", "We call for increased investment in resilient digital infrastructure."
        ),
        VersionParagraph("section-2.b", "Financing"),
        VersionParagraph("4", _SECTION_II[2]),
    )
    new = (
        VersionParagraph("section-2", "Implementation"),
        VersionParagraph("section-2.a", "Meaningful connectivity"),
        VersionParagraph("3", "We commit to connecting every school to the Internet by 2030."),
        VersionParagraph("section-3", "Means of implementation"),
        VersionParagraph("4", _SECTION_II[2]),
    )
    changes = {item.old_anchor: item for item in diff_versions(old, new).items}
    assert changes["section-2.b"].new_anchor != "section-2.a"


def test_a_deleted_section_is_not_paired_with_one_its_paragraph_went_to() -> None:
    old = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("section-2", "Internet governance"),
        VersionParagraph("2", _SECTION_II[1]),
        VersionParagraph("3", _SECTION_II[2]),
        VersionParagraph("section-3", "Follow-up and review"),
        VersionParagraph("4", _SECTION_II[0]),
    )
    new = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("section-2", "Follow-up and review"),
        VersionParagraph("2", _SECTION_II[0]),
        VersionParagraph("section-3", "Digital public infrastructure"),
        VersionParagraph("3", _SECTION_II[2]),
        VersionParagraph("4", _REWORDED),
    )
    changes = {item.old_anchor: item for item in diff_versions(old, new).items}
    assert changes["section-2"].status == "removed"


def test_a_section_whose_paragraphs_all_went_is_not_paired_by_place() -> None:
    old = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("section-2", "Internet governance"),
        VersionParagraph("2", _SECTION_II[0]),
        VersionParagraph("section-3", "Follow-up and review"),
        VersionParagraph("3", _SECTION_II[2]),
    )
    new = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("section-2", "Digital public infrastructure"),
        VersionParagraph("2", _REWORDED),
        VersionParagraph("section-3", "Follow-up and review"),
        VersionParagraph("3", _SECTION_II[2]),
    )
    changes = {item.old_anchor: item for item in diff_versions(old, new).items}
    assert changes["section-2"].status == "removed"


_EXPANDED_SPLITS = {
    "en": (
        "Encourages Member States to invest in broadband infrastructure, including satellite "
        "and community networks;",
        "Encourages Member States to invest in broadband infrastructure;",
        "Encourages Member States to support satellite and community networks in rural and "
        "remote areas, including through spectrum policies and universal service funds;",
        "satellite and community networks",
    ),
    "zh": (
        "鼓励会员国投资于宽带基础设施，包括卫星网络和社区网络；",
        "鼓励会员国投资于宽带基础设施；",
        "鼓励会员国支持农村和偏远地区的卫星网络和社区网络，包括通过频谱政策和普遍服务基金；",
        "卫星网络和社区网络",
    ),
}
_OTHER = {
    "en": "Decides to remain seized of the matter.",
    "zh": "决定继续处理此案。",
}


_NAMED = {
    "en": (
        "Recognizes the role of the Internet Governance Forum as a platform for multi-stakeholder "
        "dialogue on public policy issues related to the Internet;",
        "Recognizes the importance of multi-stakeholder dialogue on public policy issues related "
        "to the Internet;",
        "Takes note of the report of the Secretary-General on the funding of the Internet "
        "Governance Forum and invites voluntary contributions to its trust fund;",
        "Internet Governance Forum",
    ),
    "zh": (
        "确认联合国互联网治理论坛作为就与互联网有关的公共政策问题开展多利益攸关方对话的平台所发挥的作用；",
        "确认就与互联网有关的公共政策问题开展多利益攸关方对话的重要性；",
        "注意到秘书长关于联合国互联网治理论坛筹资问题的报告，并请向其信托基金提供自愿捐款；",
        "联合国互联网治理论坛",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_name_dropped_from_a_paragraph_does_not_take_its_comment_to_a_new_one(
    language: str,
) -> None:
    # The same holds for a part split off with words of its own (_EXPANDED_SPLITS): the quote
    # alone cannot tell the two apart, so the comment stays on its paragraph, without its quote.
    for whole, head, added, quoted in (_NAMED[language], _EXPANDED_SPLITS[language]):
        old = (VersionParagraph("1", whole), VersionParagraph("2", _OTHER[language]))
        new = (
            VersionParagraph("1", head),
            VersionParagraph("2", added),
            VersionParagraph("3", _OTHER[language]),
        )
        resolved = resolve_anchor("1", TextQuote(quoted), [(old, new)])
        assert (resolved.anchor, resolved.quote) == ("1", None)
