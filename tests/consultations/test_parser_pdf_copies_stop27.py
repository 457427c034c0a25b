"""Paragraph parser, drafts copied from a PDF viewer or saved by Word as plain text (audit 27e):

- F5: a PDF viewer's copy prints every line as a line and loses the note separator; the page's
  notes, set smaller, hold more characters to a line than the body, so the text's width was
  measured on them and the body's full lines read short (a wrapped annex title split into two
  headings; a paragraph going on after a sentence's stop at the line's end split in two);
- F7: Word's "Save as Plain Text" (a paragraph per line): an unpunctuated byline in the title
  block ("Prepared by the co-facilitators, …", "由共同协调人……编写") went on into the paragraph
  below, across the date line between them;
- F10: a word hyphenated across a page break ("infra-" + the page's furniture + "structure") is
  joined as within a page, when the document spells it whole elsewhere; without that evidence its
  hyphen stays, on a page or across one (a known choice: keeping it loses nothing).
"""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, ParseResult, parse_document


def _anchors(result: ParseResult) -> list[str]:
    return [paragraph.anchor for paragraph in result.paragraphs]


def _by_anchor(result: ParseResult) -> dict[str, ParsedParagraph]:
    return {paragraph.anchor: paragraph for paragraph in result.paragraphs}


def _skipped(result: ParseResult) -> list[str]:
    return [
        warning.excerpt for warning in result.warnings if warning.message == "front matter skipped"
    ]


def _byline_skipped_whole(result: ParseResult, language: str) -> bool:
    """The byline is skipped as one line of front matter, none of its words in a paragraph."""
    byline = _BYLINE_TEXT[language]
    skipped = [excerpt for excerpt in _skipped(result) if byline.startswith(excerpt.rstrip("…"))]
    name = "Chindawongse" if language == "en" else "钦达翁塞"
    return len(skipped) == 1 and all(name not in p.text for p in result.paragraphs)


# -- F5: the text's width without the page's notes ----------------------------------------------

# A note line as a PDF viewer copies it: smaller type, wider than any of the body's lines.
_NOTE_EN = (
    "3 Including the private sector, civil society, academia and the technical community, "
    "in accordance with"
)

_WIDE_NOTES = {
    "en": f"""\
The General Assembly,
7. Invites Member States to contribute to the trust fund, including through voluntary
contributions,3 and requests the Secretary-General to report on the fund in due course.
8. Decides to review the Scientific Panel and the Global Dialogue at its eighty-third
session and to consider the matter at its eighty-fourth session, as appropriate.
It further decides to include the item in the provisional agenda of the session.
9. Decides to remain seized of the matter.
{_NOTE_EN}
paragraph 56 of the Global Digital Compact.
2/5 25-09876
A/79/L.118/Rev.1
10. Decides to remain seized of the matter at its eighty-fourth session.
""",
    "zh": """\
大会，
7. 邀请会员国向信托基金捐款，包括通过自愿捐款，并请秘书长在适当时候就该基金的
情况提出报告；3
8. 决定在第八十三届会议上审查科学小组和全球对话的情况，并在第八十四届会议上审
议此事项，包括科学小组的工作方法及其与其他相关进程之间的关系问题，酌情审议。
大会还决定将该项目列入其第八十四届会议临时议程，并请秘书长就此提出一份报告。
9. 决定在第八十三届会议上继续处理此案。
3 包括私营部门、民间社会、学术界和技术界，依照《全球数字契约》第56段的规定以及各国的国家政策和法律。
2/5 25-09876
A/79/L.118/Rev.1
10. 决定在第八十四届会议上继续处理此案。
""",
}

_PARAGRAPH_8 = {
    "en": "Decides to review the Scientific Panel and the Global Dialogue at its eighty-third "
    "session and to consider the matter at its eighty-fourth session, as appropriate. It further "
    "decides to include the item in the provisional agenda of the session.",
    "zh": "决定在第八十三届会议上审查科学小组和全球对话的情况，并在第八十四届会议上审议此事项，"
    "包括科学小组的工作方法及其与其他相关进程之间的关系问题，酌情审议。"
    "大会还决定将该项目列入其第八十四届会议临时议程，并请秘书长就此提出一份报告。",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_page_notes_wider_than_the_body_leave_its_full_lines_full(language: str) -> None:
    result = parse_document(_WIDE_NOTES[language])
    assert _anchors(result) == ["p-1", "7", "8", "9", "10"]
    assert _by_anchor(result)["8"].text == _PARAGRAPH_8[language]
    assert all("Including" not in p.text and "包括私营" not in p.text for p in result.paragraphs)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_short_line_ending_a_sentence_still_ends_it(language: str) -> None:
    # Near miss: the notes left out, a line well short of the body's width still ends its
    # paragraph; the next sentence is a paragraph of its own, as before.
    text = _WIDE_NOTES[language]
    if language == "en":
        text = text.replace(
            "session and to consider the matter at its eighty-fourth session, as appropriate.",
            "session, as appropriate.",
        )
    else:
        text = text.replace(
            "议此事项，包括科学小组的工作方法及其与其他相关进程之间的关系问题，酌情审议。",
            "议此事项。",
        )
    result = parse_document(text)
    assert _anchors(result) == ["p-1", "7", "8", "p-4", "9", "10"]


_ANNEX_BELOW_NOTES = {
    "en": f"""\
The General Assembly,
7. Invites Member States to contribute to the trust fund, including through voluntary
contributions;3
8. Decides to review the Scientific Panel and the Global Dialogue at its eighty-third
session.
{_NOTE_EN}
paragraph 56 of the Global Digital Compact.
2/5 25-09876
A/79/L.118/Rev.1
Annex
Terms of reference of the Independent International Scientific Panel on Artificial
Intelligence
1. The Panel shall be independent, and its members shall serve in their personal
capacity.
2. The Panel may establish working groups.
""",
    "zh": """\
大会，
7. 邀请会员国和所有相关利益攸关方为全球对话作出贡献，包括向信托基金提供自愿捐
款；3
8. 决定在大会第八十三届会议上审查科学小组和全球对话。
3 包括私营部门、民间社会、学术界和技术界，依照《全球数字契约》第56段的规定以及各国的国家政策和法律。
2/5 25-09876
A/79/L.118/Rev.1
附件
人工智能问题独立国际科学小组和人工智能治理全球对话的职权范围以及科学小组成员
的任命方式
1. 小组应具有独立性，其成员以个人身份任职。
2. 小组可视需要设立工作组。
""",
}

_ANNEX_TITLE = {
    "en": "Terms of reference of the Independent International Scientific Panel on Artificial "
    "Intelligence",
    "zh": "人工智能问题独立国际科学小组和人工智能治理全球对话的职权范围以及科学小组成员的任命方式",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_annex_title_wrapped_below_wide_notes_is_one_heading(language: str) -> None:
    result = parse_document(_ANNEX_BELOW_NOTES[language])
    assert _anchors(result) == ["p-1", "7", "8", "annex-1", "annex-1/1", "annex-1/2"]
    paragraphs = _by_anchor(result)
    assert paragraphs["annex-1"].text == _ANNEX_TITLE[language]
    assert paragraphs["annex-1/1"].parent == "annex-1"
    assert paragraphs["annex-1/2"].parent == "annex-1"


# -- F7: a byline in the title block --------------------------------------------------------------


_OPENING = {
    "en": "The present elements paper draws on the inputs received during the stakeholder "
    "consultations held in March 2025. It is intended to facilitate discussions and does not "
    "prejudge the content of the zero draft.",
    "zh": "本要素文件借鉴了2025年3月举行的利益攸关方磋商期间收到的投入，"
    "旨在便利讨论，不预断零草案的内容。",
}

_BYLINE_TEXT = {
    "en": "Prepared by the co-facilitators, Ambassador Ekaterina Lapshina (Albania) and "
    "Ambassador Suriya Chindawongse (Thailand)",
    "zh": "由共同协调人叶卡捷琳娜·拉普希娜大使（阿尔巴尼亚）和苏里亚·钦达翁塞大使（泰国）编写",
}


_BYLINE = {
    "en": "\n".join(
        [
            "WSIS+20 review: elements paper",
            _BYLINE_TEXT["en"],
            "15 April 2025",
            _OPENING["en"],
            "I.\tIntroduction",
            "•\tReaffirm the vision of a people-centred Information Society.",
            "",
        ]
    ),
    "zh": "\n".join(
        [
            "信息社会世界峰会二十周年审查：要素文件",
            _BYLINE_TEXT["zh"],
            "2025年4月15日",
            _OPENING["zh"],
            "一、\t导言",
            "•\t重申以人为本的信息社会愿景。",
            "",
        ]
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_byline_above_a_date_line_never_goes_on_into_the_paragraph(language: str) -> None:
    result = parse_document(_BYLINE[language])
    assert _anchors(result) == ["p-1", "section-1", "p-3"]
    paragraphs = _by_anchor(result)
    assert paragraphs["p-1"].text == _OPENING[language]
    assert paragraphs["p-3"].parent == "section-1"
    assert _byline_skipped_whole(result, language)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_byline_without_a_date_line_is_front_matter(language: str) -> None:
    text = _BYLINE[language].replace("15 April 2025\n", "").replace("2025年4月15日\n", "")
    result = parse_document(text)
    assert _anchors(result) == ["p-1", "section-1", "p-3"]
    assert _by_anchor(result)["p-1"].text == _OPENING[language]
    assert _byline_skipped_whole(result, language)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_byline_wrapped_mid_name_stays_one_line_of_front_matter(language: str) -> None:
    # Near miss: a page's width broke the byline mid-name; its lines are one byline.
    if language == "en":
        text = _BYLINE["en"].replace(
            "Ambassador Suriya Chindawongse", "Ambassador Suriya\nChindawongse"
        )
    else:
        text = _BYLINE["zh"].replace("大使（泰国）编写", "大使\n（泰国）编写")
    result = parse_document(text)
    assert _anchors(result) == ["p-1", "section-1", "p-3"]
    assert _by_anchor(result)["p-1"].text == _OPENING[language]
    assert _byline_skipped_whole(result, language)


# -- F10: a word hyphenated across a page break ----------------------------------------------------

_HYPHEN_ACROSS_PAGES = """\
The Economic and Social Council,
1. Encourages all stakeholders to give priority to partnerships, including through:
(a) Capacity-building initiatives for developing countries;
(b) The mobilization of domestic and international resources for broadband infra-
25-05873 1/2
E/CN.16/2025/L.2
structure;
(c) South-South cooperation on digital infrastructure;
"""


def test_word_hyphenated_across_a_page_break_is_joined_as_on_a_page() -> None:
    result = parse_document(_HYPHEN_ACROSS_PAGES)
    assert _anchors(result) == ["p-1", "1", "1.a", "1.b", "1.c"]
    assert _by_anchor(result)["1.b"].text == (
        "The mobilization of domestic and international resources for broadband infrastructure;"
    )


@pytest.mark.parametrize("page_break", [True, False])
def test_hyphen_without_evidence_stays_on_a_page_and_across_one(page_break: bool) -> None:
    # Near miss: no other spelling of the word in the document, the hyphen stays, whether a
    # page break is between the halves or not.
    text = _HYPHEN_ACROSS_PAGES.replace(
        "South-South cooperation on digital infrastructure;", "Other."
    )
    if not page_break:
        text = text.replace("25-05873 1/2\nE/CN.16/2025/L.2\n", "")
    result = parse_document(text)
    assert _by_anchor(result)["1.b"].text.endswith("broadband infra-structure;")


def test_a_chinese_sentence_wrapped_after_its_verb_is_no_byline() -> None:
    content = (
        "由非洲经济委员会与非洲联盟委员会合作编写\n的本审查评估了自2020年以来非洲数字化转型的进展情况。\n\n"
        "1. 2024年，非洲互联网普及率达到38%。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[0].text == (
        "由非洲经济委员会与非洲联盟委员会合作编写的本审查评估了自2020年以来非洲数字化转型的进展情况。"
    )
