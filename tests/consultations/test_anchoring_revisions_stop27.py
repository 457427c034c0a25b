"""Re-anchoring, from an audit of zero drafts and their Rev.1: two paragraphs merged with the
first one trimmed keep the first one's comments on the merged paragraph (it was removed, its
comments orphaned), and a retitled section keeps its comments when its first paragraph was
deleted, moved away or rewritten too (only the paragraph right under the heading was looked at),
and a quote no other paragraph holds follows a part split off beside its paragraph even when
that part gained words of its own (it stayed on the head without its quote)."""

from __future__ import annotations

import pytest

from consultations.anchoring import (
    ParagraphChange,
    TextQuote,
    VersionParagraph,
    diff_versions,
    resolve_anchor,
)

_TRIMMED_MERGES = [
    (
        (
            "Stresses the need to address the environmental impact of digital technologies, "
            "including electronic waste and the energy consumption of data centres, and "
            "encourages the adoption of sustainable design and circular economy approaches;",
            "Invites Member States, relevant United Nations entities and other stakeholders to "
            "continue to contribute to the work of the Partnership on Measuring ICT for "
            "Development, including on indicators on digital inclusion;",
        ),
        "Stresses the need to address the environmental impact of digital technologies, "
        "including electronic waste, and invites Member States, relevant United Nations "
        "entities and other stakeholders to continue to contribute to the work of the "
        "Partnership on Measuring ICT for Development, including on indicators on digital "
        "inclusion and on e-waste;",
    ),
    (
        (
            "我们重申《信息社会突尼斯议程》所载的互联网治理工作定义，"
            "以及互联网管理既涉及技术问题也涉及公共政策问题的原则。",
            "我们决定使互联网治理论坛成为联合国的常设论坛，具有稳定和可持续的供资基础，"
            "并请秘书长就其工作方式提出建议。",
        ),
        "我们重申《信息社会突尼斯议程》所载的互联网治理工作定义，"
        "并决定使互联网治理论坛成为联合国的常设论坛，具有稳定和可持续的供资基础。",
    ),
]
_LAST = ("Decides to remain seized of the matter.", "决定继续处理此案。")


@pytest.mark.parametrize(("merged", "merged_text"), _TRIMMED_MERGES)
def test_a_trimmed_paragraph_merged_with_the_next_follows_it(
    merged: tuple[str, str], merged_text: str
) -> None:
    last = _LAST[0] if merged_text.isascii() else _LAST[1]
    old = (
        VersionParagraph("1", merged[0]),
        VersionParagraph("2", merged[1]),
        VersionParagraph("3", last),
    )
    new = (VersionParagraph("1", merged_text), VersionParagraph("2", last))
    diff = diff_versions(old, new)
    assert [(item.old_anchor, item.new_anchor, item.status) for item in diff.items] == [
        ("1", "1", "modified"),
        ("2", "1", "moved"),
        ("3", "2", "moved"),
    ]
    assert diff.added == ()


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
    ("section_ii", "section_i_end"),
    [
        ((_SECTION_II[1], _SECTION_II[2]), ()),
        ((_SECTION_II[1], _SECTION_II[2]), (_SECTION_II[0],)),
        ((_REWORDED, _SECTION_II[1], _SECTION_II[2]), ()),
    ],
    ids=["first paragraph deleted", "first paragraph moved up", "first paragraph rewritten"],
)
def test_a_retitled_section_keeps_its_anchor_when_its_first_paragraph_went(
    section_ii: tuple[str, ...], section_i_end: tuple[str, ...]
) -> None:
    old = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        VersionParagraph("1", _SECTION_I[0]),
        VersionParagraph("2", _SECTION_I[1]),
        VersionParagraph("section-2", "Internet governance"),
        *(VersionParagraph(str(number), text) for number, text in enumerate(_SECTION_II, 3)),
    )
    section_i = (*_SECTION_I, *section_i_end)
    new = (
        VersionParagraph("section-1", "Human rights and ethical dimensions"),
        *(VersionParagraph(str(number), text) for number, text in enumerate(section_i, 1)),
        VersionParagraph("section-2", "Digital cooperation"),
        *(
            VersionParagraph(str(number), text)
            for number, text in enumerate(section_ii, len(section_i) + 1)
        ),
    )
    changes = {item.old_anchor: item for item in diff_versions(old, new).items}
    assert (changes["section-2"].new_anchor, changes["section-2"].status) == (
        "section-2",
        "modified",
    )


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


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_distinctive_quote_follows_a_split_off_part_that_gained_words(language: str) -> None:
    whole, head, split_off, quoted = _EXPANDED_SPLITS[language]
    old = (VersionParagraph("1", whole), VersionParagraph("2", _OTHER[language]))
    new = (
        VersionParagraph("1", head),
        VersionParagraph("2", split_off),
        VersionParagraph("3", _OTHER[language]),
    )
    resolved = resolve_anchor("1", TextQuote(quoted), [(old, new)])
    assert (resolved.anchor, resolved.status) == ("2", "moved")
    assert resolved.quote is not None
    assert split_off[resolved.quote.start : resolved.quote.end] == quoted
    assert resolve_anchor("1", None, [(old, new)]).anchor == "1"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quote_other_paragraphs_hold_or_an_added_paragraph_apart_does_not_take_it(
    language: str,
) -> None:
    whole, head, split_off, quoted = _EXPANDED_SPLITS[language]
    elsewhere = (
        f"Notes the role of {quoted} in connectivity;"
        if language == "en"
        else f"注意到{quoted}在连通性方面的作用；"
    )
    old = (
        VersionParagraph("1", whole),
        VersionParagraph("2", elsewhere),
        VersionParagraph("3", _OTHER[language]),
    )
    new = (
        VersionParagraph("1", head),
        VersionParagraph("2", split_off),
        VersionParagraph("3", elsewhere),
        VersionParagraph("4", _OTHER[language]),
    )
    assert resolve_anchor("1", TextQuote(quoted), [(old, new)]).anchor == "1"
    old = (VersionParagraph("1", whole), VersionParagraph("2", _OTHER[language]))
    new = (
        VersionParagraph("1", head),
        VersionParagraph("2", _OTHER[language]),
        VersionParagraph("3", split_off),
    )
    assert resolve_anchor("1", TextQuote(quoted), [(old, new)]).anchor == "1"
