"""Paragraph parser, prose that numbers nothing (a chair's summary, a presidential statement, a
web page's copy of a resolution): a heading right above its paragraph, below a finished
paragraph of the text, is a heading over it, never skipped as front matter nor the paragraph's
first words; a wide title atop the text stands apart from its wrapped first paragraph; a site's
footer menu, one name a line under "Related documents", is trailing matter. English and Chinese
read alike."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_SHORT_HEADINGS = {
    "en": (
        "The forum met in New York on 6 and 7 May 2026. Over 900 participants attended.\n\n"
        "Artificial intelligence\n"
        "Participants discussed the promise and risks of artificial intelligence.\n\n"
        "Closing\nThe co-chairs closed the forum.\n"
    ),
    "zh": (
        "论坛于2026年5月6日和7日在纽约举行。900多名与会者出席了论坛。\n\n"
        "人工智能\n与会者讨论了人工智能的前景和风险。\n\n"
        "闭幕\n共同主席宣布论坛闭幕。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_heading_right_above_its_paragraph_mid_text_is_kept(language: str) -> None:
    paragraphs = parse_document(_SHORT_HEADINGS[language]).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
        ("p-4", "heading"),
        ("p-5", "unnumbered"),
    ]
    assert paragraphs[2].heading_path == (paragraphs[1].text,)
    assert paragraphs[4].heading_path == (paragraphs[3].text,)


_WIDE_HEADING = {
    "en": (
        "The President of the Economic and Social Council opened the forum. She\n"
        "stressed that science must serve people and planet.\n\n"
        "Session 1: Artificial intelligence for the Goals\n"
        "Participants discussed the promise and risks of artificial intelligence.\n"
    ),
    "zh": (
        "经济及社会理事会主席宣布论坛开幕。她强调，科学必须服务于人类\n和地球。\n\n"
        "第1场会议：人工智能促进目标\n"
        "与会者讨论了人工智能的前景和风险，并呼吁加强国际合作，弥合数字\n鸿沟。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_wider_heading_right_above_its_paragraph_is_not_its_first_words(language: str) -> None:
    paragraphs = parse_document(_WIDE_HEADING[language]).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("p-1", "unnumbered"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
    ]
    assert paragraphs[1].text in (
        "Session 1: Artificial intelligence for the Goals",
        "第1场会议：人工智能促进目标",
    )
    assert paragraphs[2].text.startswith(("Participants", "与会者"))


def test_a_wrapped_paragraph_opening_with_a_capital_is_no_heading() -> None:
    # A full first line, its sentence going on with a name: wrapped, one paragraph.
    content = (
        "The forum met in New York on 6 and 7 May 2026. Over 900 participants attended.\n\n"
        "The session was opened by the President of the Economic and Social\n"
        "Council, who stressed that science must serve people and planet.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.kind for p in paragraphs] == ["unnumbered", "unnumbered"]
    assert paragraphs[1].text.startswith("The session was opened")


def test_a_title_right_above_the_first_paragraph_is_still_front_matter() -> None:
    content = (
        "Chair's summary\nThe forum met in New York on 6 and 7 May 2026.\n\n"
        "Closing\nThe co-chairs closed the forum.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.kind, p.text) for p in paragraphs] == [
        ("unnumbered", "The forum met in New York on 6 and 7 May 2026."),
        ("heading", "Closing"),
        ("unnumbered", "The co-chairs closed the forum."),
    ]


_STATEMENT = {
    "en": (
        "Statement by the President of the Security Council\n\n"
        "At the 9932nd meeting of the Security Council, held on 12 June 2025,\n"
        "the President of the Security Council made the following statement.\n\n"
        "The Security Council reaffirms its primary responsibility for the\n"
        "maintenance of international peace and security.\n"
    ),
    "zh": (
        "安全理事会主席关于维持国际和平与安全的声明\n\n"
        "在2025年6月12日举行的安全理事会第9932次会议上，安全理事会主席代表\n"
        "安理会发表如下声明。\n\n"
        "安全理事会重申其维护国际和平与安全的首要责任，并强调各会员国必须\n"
        "履行义务。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_wide_title_atop_the_text_is_front_matter(language: str) -> None:
    result = parse_document(_STATEMENT[language])
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-2"]
    assert result.paragraphs[0].text.startswith(("At the 9932nd meeting", "在2025年6月12日"))
    assert any(w.line == 1 and "front matter" in w.message for w in result.warnings)


def test_a_sentence_that_lost_its_stop_below_the_title_still_goes_on() -> None:
    content = (
        "Summary of the session\n\nMore than 260 sessions were held over five days\n\n"
        "Participants discussed the future of the Forum and its mandate in great detail.\n"
        "The co-chairs thanked the host country for its hospitality and support.\n"
    )
    texts = " ".join(p.text for p in parse_document(content).paragraphs)
    assert "More than 260 sessions were held over five days" in texts


_FOOTER = {
    "en": "Related documents\nTerms of use\nPrivacy notice\n\u00a9 United Nations\n",
    "zh": "相关文件\n使用条款\n隐私声明\n© 联合国\n",
}
_RESOLUTION = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 76/307,\n\n"
        "1. Decides to convene a summit in 2026;\n\n"
        "2. Requests the Secretary-General to report.\n\n"
    ),
    "zh": (
        "大会，\n\n回顾其第76/307号决议，\n\n"
        "1. 决定于2026年召开首脑会议；\n\n2. 请秘书长提交报告。\n\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_site_footer_menu_after_the_last_paragraph_is_trailing_matter(language: str) -> None:
    result = parse_document(_RESOLUTION[language] + _FOOTER[language])
    assert [p.anchor for p in result.paragraphs] == ["p-1", "pp1", "1", "2"]


def test_a_related_document_cited_by_its_symbol_stays_the_texts() -> None:
    content = _RESOLUTION["en"] + "Related documents\n- A/HRC/58/41\n"
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts[-2:] == ["Related documents", "- A/HRC/58/41"]
