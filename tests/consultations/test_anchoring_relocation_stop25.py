"""Re-anchoring: a quoted comment on a deleted paragraph follows the quoted passage, not its
words. The words of a name or a short phrase ("Forum", "Internet Governance Forum", "论坛")
recur in new paragraphs about something else; the comment went there however short its quote.
And a section renamed and renumbered at once (a section inserted above it) is ``moved``, not
removed: its comments follow it."""

from __future__ import annotations

import pytest

from consultations.anchoring import TextQuote, VersionParagraph, diff_versions, resolve_anchor
from tests.consultations.test_anchoring_revisions import numbered

TEXTS = {
    "en": (
        "We commit to connect every school to the Internet by 2030.",
        "We decide to extend the mandate of the Internet Governance Forum for a further ten years.",
        "We request the Secretary-General to report at the eighty-fifth session.",
        "We invite the Internet Governance Forum to contribute its annual messages to the review "
        "of the Global Digital Compact.",
        ["Forum", "the Internet", "Internet Governance Forum"],
        TextQuote("mandate of the Internet Governance Forum"),
    ),
    "zh": (
        "我们承诺到2030年将每一所学校连接到互联网。",
        "我们决定将互联网治理论坛的任务期限再延长十年。",
        "我们请秘书长在第八十五届会议上提出报告。",
        "我们邀请互联网治理论坛为《全球数字契约》审查贡献其年度信息。",
        ["论坛", "互联网治理论坛"],
        TextQuote("将互联网治理论坛的任务"),
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_deleted_paragraphs_quote_does_not_follow_a_name_into_an_unrelated_paragraph(
    language: str,
) -> None:
    connect, extend, report, invite, names, edited = TEXTS[language]
    old, new = numbered(connect, extend, report), numbered(connect, report, invite)
    assert [(i.old_anchor, i.status) for i in diff_versions(old, new).items][1] == ("2", "removed")
    for quote in [*(TextQuote(name) for name in names), edited]:
        resolved = resolve_anchor("2", quote, [(old, new)])
        assert (resolved.anchor, resolved.status) == (None, "orphaned"), quote


@pytest.mark.parametrize(
    ("old_texts", "new_texts", "quote", "expected"),
    [
        # The clause went on into a new paragraph with the words around the quote.
        (
            (
                "We commit to connect every school to the Internet by 2030.",
                "We decide to extend the mandate of the Forum, which shall meet every year in a "
                "different region.",
                "We request a report.",
            ),
            (
                "We commit to connect every school to the Internet by 2030.",
                "We request a report.",
                "We welcome the establishment of a multi-stakeholder advisory body on artificial "
                "intelligence and data governance, open to all Member States and relevant "
                "stakeholders, which shall meet every year in a different region.",
            ),
            TextQuote("every year"),
            ("3", "moved"),
        ),
        (
            (
                "我们承诺将每一所学校连接到互联网。",
                "我们决定延长论坛的任务期限，论坛应每年在不同区域举行会议。",
                "我们请秘书长提出报告。",
            ),
            (
                "我们承诺将每一所学校连接到互联网。",
                "我们请秘书长提出报告。",
                "我们欢迎设立新的数字合作和数据治理咨询机构，该机构应每年在不同区域举行会议。",
            ),
            TextQuote("每年"),
            ("3", "moved"),
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_deleted_paragraphs_passage_moved_with_its_context_takes_the_comment(
    old_texts: tuple[str, ...],
    new_texts: tuple[str, ...],
    quote: TextQuote,
    expected: tuple[str, str],
) -> None:
    old, new = numbered(*old_texts), numbered(*new_texts)
    assert diff_versions(old, new).items[1].status == "removed"
    resolved = resolve_anchor("2", quote, [(old, new)])
    assert (resolved.anchor, resolved.status) == expected


def _version(*pairs: tuple[str, str]) -> tuple[VersionParagraph, ...]:
    return tuple(VersionParagraph(anchor, text) for anchor, text in pairs)


@pytest.mark.parametrize(
    ("titles", "texts"),
    [
        (
            ("Introduction", "Digital inclusion", "Financing", "Closing digital divides"),
            (
                "We reaffirm our commitment to an inclusive information society.",
                "We commit to connect every school to the Internet by 2030.",
                "We call for innovative financing mechanisms for digital infrastructure.",
            ),
        ),
        (
            ("导言", "数字包容", "筹资", "弥合数字鸿沟"),
            (
                "我们重申致力于建设包容性信息社会。",
                "我们承诺到2030年将每一所学校连接到互联网。",
                "我们呼吁为数字基础设施建立创新筹资机制。",
            ),
        ),
    ],
    ids=["english", "chinese"],
)
def test_a_section_renamed_and_renumbered_below_an_inserted_one_is_moved(
    titles: tuple[str, str, str, str], texts: tuple[str, str, str]
) -> None:
    introduction, inclusion, financing, divides = titles
    reaffirm, connect, finance = texts
    old = _version(
        ("section-1", introduction), ("1", reaffirm), ("section-2", inclusion), ("2", connect)
    )
    new = _version(
        ("section-1", introduction),
        ("1", reaffirm),
        ("section-2", financing),
        ("2", finance),
        ("section-3", divides),
        ("3", connect),
    )
    diff = diff_versions(old, new)
    statuses = {item.old_anchor: (item.new_anchor, item.status) for item in diff.items}
    assert statuses["section-2"] == ("section-3", "moved")
    assert statuses["2"] == ("3", "moved")
    assert set(diff.added) == {"section-2", "2"}
    resolved = resolve_anchor("section-2", None, [(old, new)])
    assert (resolved.anchor, resolved.status) == ("section-3", "moved")


def test_a_section_is_not_paired_with_an_annex_above_its_paragraphs() -> None:
    old = _version(
        ("section-1", "Introduction"),
        ("1", "We reaffirm our commitment to an inclusive information society."),
        ("section-2", "Digital inclusion"),
        ("2", "We commit to connect every school to the Internet by 2030."),
    )
    new = _version(
        ("section-1", "Introduction"),
        ("1", "We reaffirm our commitment to an inclusive information society."),
        ("annex-1", "Annex"),
        ("annex-1/1", "We commit to connect every school to the Internet by 2030."),
    )
    statuses = {item.old_anchor: item.status for item in diff_versions(old, new).items}
    assert statuses["section-2"] == "removed"
