"""Paragraph parser, what an audit of Chinese UN texts found (and the English where it does the
same): a note's reference glued after any word before a clause's punctuation ("…第五十九届会议2；"),
and a block of notes with one reference the text hides."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import parsed_rows

# ------------------------------------------------------- a reference glued after any word

_RESOLUTION_WITH_NOTES_ZH = """\
人权理事会，

重申《世界人权宣言》1和有关国际人权条约所载的人权和基本自由，

1. 申明人们在线下享有的权利在线上也必须受到保护；

2. 请高级专员编写一份报告，提交人权理事会第五十九届会议{second}

3. 决定继续审议这个问题。

1 大会第217 A (III)号决议。
2 见A/HRC/59/20。
"""


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("2；", "请高级专员编写一份报告，提交人权理事会第五十九届会议；"),
        (
            "2，并向大会报告。",
            "请高级专员编写一份报告，提交人权理事会第五十九届会议，并向大会报告。",
        ),
        (
            "2、大会第八十届会议。",
            "请高级专员编写一份报告，提交人权理事会第五十九届会议、大会第八十届会议。",
        ),
        ("2", "请高级专员编写一份报告，提交人权理事会第五十九届会议"),
    ],
    ids=["semicolon", "comma", "enumeration comma", "paragraph end"],
)
def test_a_reference_glued_after_a_word_before_punctuation_is_seen(
    second: str, expected: str
) -> None:
    rows = parsed_rows(_RESOLUTION_WITH_NOTES_ZH.format(second=second))
    assert [(anchor, text) for anchor, _, _, text in rows] == [
        ("p-1", "人权理事会，"),
        ("pp1", "重申《世界人权宣言》和有关国际人权条约所载的人权和基本自由，"),
        ("1", "申明人们在线下享有的权利在线上也必须受到保护；"),
        ("2", expected),
        ("3", "决定继续审议这个问题。"),
    ]


def test_a_labelled_figure_or_an_amount_before_punctuation_keeps_its_digits() -> None:
    content = (
        "人权理事会，\n\n重申《世界人权宣言》1和《公约》2，\n\n"
        "1. 注意到报告的表1，以及可持续发展目标2、第1、2段和附件1。\n\n"
        "2. 又注意到成员数目增至2，参与者约1。\n\n"
        "1 大会第217 A (III)号决议。\n2 见A/HRC/59/20。\n"
    )
    texts = [text for _, _, _, text in parsed_rows(content)]
    assert texts == [
        "人权理事会，",
        "重申《世界人权宣言》和《公约》，",
        "注意到报告的表1，以及可持续发展目标2、第1、2段和附件1。",
        "又注意到成员数目增至2，参与者约1。",
    ]


# ------------------------------------------------- one hidden reference in a block of notes

_HIDDEN_REFERENCE = {
    "zh": (
        "人权理事会，\n\n重申《世界人权宣言》1和《公民权利和政治权利国际公约》2，\n\n"
        "1. 申明人们在线下享有的权利在线上也必须受到保护；\n\n"
        "2. 请高级专员编写一份报告，提交人权理事会对话3审议；\n\n"
        "3. 决定继续审议这个问题。\n\n"
        "1 大会第217 A (III)号决议。\n2 大会第2200 A (XXI)号决议，附件。\n3 见A/HRC/59/20。\n"
    ),
    "en": (
        "The Human Rights Council,\n\n"
        "Reaffirming the Universal Declaration of Human Rights1 and the International "
        "Covenant on Civil and Political Rights,2\n\n"
        "1. Affirms that the same rights that people have offline must also be protected "
        "online;\n\n"
        "2. Requests the High Commissioner to submit a report to the dialogue 3 of the "
        "Council;\n\n"
        "3. Decides to continue its consideration of this question.\n\n"
        "1 General Assembly resolution 217 A (III).\n"
        "2 General Assembly resolution 2200 A (XXI), annex.\n"
        "3 See A/HRC/59/20.\n"
    ),
}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_one_hidden_reference_leaves_a_block_of_notes_notes(language: str) -> None:
    rows = parsed_rows(_HIDDEN_REFERENCE[language])
    assert [anchor for anchor, _, _, _ in rows] == ["p-1", "pp1", "1", "2", "3"]
    assert not any(text[0].isdigit() for _, _, _, text in rows)


def test_two_hidden_references_leave_the_numbered_lines_the_texts() -> None:
    content = _HIDDEN_REFERENCE["zh"].replace("《世界人权宣言》1", "《世界人权宣言》")
    anchors = [anchor for anchor, _, _, _ in parsed_rows(content)]
    assert anchors[-3:] == ["p-6", "p-7", "p-8"]


# --------------------------------------------- a draft decision's title below its caption

# A web copy of a report's chapter on action by the Council: blank lines between all its lines.
_DRAFT_DECISION_WEB_COPY = {
    "zh": (
        "1. 工作组于2025年1月举行了第一次会议。\n\n"
        "2. 工作组建议委员会向理事会提出以下决定草案：\n\n"
        "{caption}\n\n"
        "数据治理问题多利益攸关方工作组的报告\n\n"
        "经济及社会理事会注意到数据治理问题多利益攸关方工作组的报告。\n\n"
        "3. 工作组通过了本报告。\n"
    ),
    "en": (
        "1. The working group met in January 2025.\n\n"
        "2. The working group recommends the following draft decision:\n\n"
        "{caption}\n\n"
        "Report of the multi-stakeholder working group on data governance\n\n"
        "The Economic and Social Council takes note of the report of the working group.\n\n"
        "3. The working group adopted the present report.\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        ("zh", "决定草案"),
        ("zh", "决定草案一"),
        ("en", "Draft decision"),
        ("en", "Draft decision I"),
    ],
    ids=["zh", "zh numbered", "en", "en numbered"],
)
def test_a_draft_decisions_title_below_its_caption_is_a_heading_over_its_sentence(
    language: str, caption: str
) -> None:
    rows = parsed_rows(_DRAFT_DECISION_WEB_COPY[language].format(caption=caption))
    assert [(anchor, kind, parent) for anchor, kind, parent, _ in rows] == [
        ("1", "operative", None),
        ("2", "operative", None),
        ("p-3", "heading", None),
        ("p-4", "heading", "p-3"),
        ("p-5", "unnumbered", "p-4"),
        ("3", "operative", None),
    ]
    title, sentence = rows[3][3], rows[4][3]
    assert title in (
        "数据治理问题多利益攸关方工作组的报告",
        "Report of the multi-stakeholder working group on data governance",
    )
    assert sentence.startswith(
        ("经济及社会理事会注意到", "The Economic and Social Council takes note")
    )


# ------------------------------------------------------- a run of decisions in a web copy

# A web copy of a decisions volume (A/79/49 (Vol. II)): blank lines between all its lines.
_DECISIONS_WEB_COPY = {
    "zh": (
        "{above}"
        "第79/501号决定\n\n"
        "大会第七十九届会议主要委员会主席的选举\n\n"
        "在2024年6月5日第95次全体会议上，大会选出下列人士担任主要委员会主席：\n\n"
        "裁军和国际安全委员会（第一委员会）：马里奥·奥本海默（阿根廷）\n\n"
        "第79/502号决定\n\n"
        "任命人权理事会成员\n\n"
        "在2024年10月9日第28次全体会议上，大会选出下列国家为人权理事会成员：贝宁、玻利维亚。\n"
    ),
    "en": (
        "{above}"
        "Decision 79/501\n\n"
        "Election of the Chairs of the Main Committees\n\n"
        "At its 95th plenary meeting, on 5 June 2024, the General Assembly elected the "
        "following Chairs:\n\n"
        "First Committee: Mario Oppenheimer (Argentina)\n\n"
        "Decision 79/502\n\n"
        "Appointment of members of the Human Rights Council\n\n"
        "At its 28th plenary meeting, the General Assembly elected Benin and Bolivia.\n"
    ),
}
_SECTION_ABOVE = {"zh": "二、决定\n\nA. 选举和任命\n\n", "en": "II. Decisions\n\nA. Elections\n\n"}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("below_a_section", [False, True], ids=["atop", "below a section"])
def test_a_decisions_number_line_is_a_heading_its_title_one_below_it(
    language: str, below_a_section: bool
) -> None:
    above = _SECTION_ABOVE[language] if below_a_section else ""
    content = _DECISIONS_WEB_COPY[language].format(above=above)
    lines = [line for line in content.splitlines() if line][2 if below_a_section else 0 :]
    rows = parsed_rows(content)[2 if below_a_section else 0 :]
    # No line lost, none joined to another.
    assert [text for _, _, _, text in rows] == lines
    kinds = {text: (kind, parent) for anchor, kind, parent, text in rows}
    by_text = {text: anchor for anchor, _, _, text in rows}
    first_number, first_title, first_sentence = lines[0], lines[1], lines[2]
    second_number, second_title, second_sentence = lines[4], lines[5], lines[6]
    for number, title, sentence in (
        (first_number, first_title, first_sentence),
        (second_number, second_title, second_sentence),
    ):
        assert kinds[number][0] == "heading"
        assert kinds[title] == ("heading", by_text[number])
        assert kinds[sentence] == ("unnumbered", by_text[title])
    assert kinds[second_number][1] == kinds[first_number][1]


# ------------------------------------------------------ a Markdown preamble's heading ends

_CONVENTION_MARKDOWN = {
    "zh": (
        "## 序言\n\n本公约缔约国，\n\n兹协议如下：\n\n{chapter}"
        "第1条\n\n宗旨\n\n本公约的宗旨是：\n\n(a) 促进国际合作。\n\n"
        "第2条\n\n适用范围\n\n1. 本公约应适用于刑事犯罪的预防。\n"
    ),
    "en": (
        "## Preamble\n\nThe States Parties to this Convention,\n\nHave agreed as follows:\n\n"
        "{chapter}Article 1\n\nPurposes\n\nThe purposes of this Convention are:\n\n"
        "(a) To promote international cooperation.\n\n"
        "Article 2\n\nScope of application\n\n1. This Convention shall apply to prevention.\n"
    ),
}
# The chapter's line as a Word document's plain paragraph, no heading mark.
_CHAPTER = {"zh": "第一章\n\n总则\n\n", "en": "Chapter I\n\nGeneral provisions\n\n"}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("chapter", [False, True], ids=["articles", "chapter"])
def test_a_markdown_preamble_heading_ends_at_the_first_article_or_chapter(
    language: str, chapter: bool
) -> None:
    content = _CONVENTION_MARKDOWN[language].format(chapter=_CHAPTER[language] if chapter else "")
    paragraphs = {p.anchor: p for p in parse_document(content, "markdown").paragraphs}
    # The title atop the text is front matter, as in plain text: no heading of its own.
    title = "序言" if language == "zh" else "Preamble"
    assert all(p.text != title for p in paragraphs.values())
    opening = paragraphs["section-1"] if chapter else paragraphs["article-1"]
    assert opening.parent is None
    assert title not in opening.heading_path
    assert paragraphs["article-2"].parent == ("section-1" if chapter else None)
    assert title not in paragraphs["article-2/1"].heading_path
