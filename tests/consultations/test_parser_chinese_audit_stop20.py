"""Paragraph parser: mis-parses an audit of Chinese UN texts found (a draft with annexes of its
own circulated by a cover letter, datelines, sub-headings above inserted paragraphs, lettered
annexes, items under a lettered sub-heading, page breaks after a short line), each with the
English counterpart where the anchors must match."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors

# --- A draft with annexes of its own, annexed to the letter that circulates it ---

COVER_LETTER_EN = (
    "Excellency,\n\nI have the honour to transmit herewith the zero draft of the resolution"
    " (see annex).\n\nPlease accept, Excellency, the assurances of my highest consideration.\n\n"
    "Philemon Yang\n\n"
)
COVER_LETTER_ZH = (
    "阁下：\n\n谨随函转递决议草案零草案（见附件）。\n\n顺致最崇高的敬意。\n\n菲勒蒙·扬\n\n"
)
DRAFT_WITH_ANNEXES_EN = (
    "The General Assembly,\n\nRecalling its resolution 79/1,\n\n1. Decides to establish the Panel;"
    "\n\n2. Requests a report.\n\nAnnex I\n\nTerms of reference\n\n1. The Panel shall comprise 40"
    " members.\n\nAnnex II\n\nModalities\n\n1. The Dialogue shall meet yearly.\n"
)
DRAFT_WITH_ANNEXES_ZH = (
    "大会，\n\n回顾其第 79/1 号决议，\n\n1. 决定设立科学小组；\n\n2. 请提交报告。\n\n附件一\n\n"
    "职权范围\n\n1. 科学小组由 40 名成员组成。\n\n附件二\n\n模式\n\n1. 对话每年举行一次会议。\n"
)
ISSUED_ALONE = ["p-1", "pp1", "1", "2", "annex-1", "annex-1/1", "annex-2", "annex-2/1"]


def test_a_draft_with_annexes_of_its_own_annexed_to_its_cover_letter_is_numbered_as_alone() -> None:
    assert anchors(DRAFT_WITH_ANNEXES_EN) == anchors(DRAFT_WITH_ANNEXES_ZH) == ISSUED_ALONE
    english = COVER_LETTER_EN + "Annex\n\nZero draft\n\n" + DRAFT_WITH_ANNEXES_EN
    chinese = COVER_LETTER_ZH + "附件\n\n零草案\n\n" + DRAFT_WITH_ANNEXES_ZH
    assert anchors(english) == anchors(chinese) == ISSUED_ALONE


def test_a_draft_annexed_alone_to_a_skipped_cover_letter_is_numbered_as_alone() -> None:
    draft = "The General Assembly,\n\nRecalling its resolution 79/1,\n\n1. Decides to act.\n"
    content = COVER_LETTER_EN + "Annex\n\n" + draft
    assert anchors(content) == ["p-1", "pp1", "1"]
    messages = [warning.message for warning in parse_document(content).warnings]
    assert "cover letter skipped; its annex is the text under consultation" in messages


def test_a_letters_numbered_annexes_stay_prefixed() -> None:
    content = COVER_LETTER_EN + "Annex I\n\n" + DRAFT_WITH_ANNEXES_EN
    assert "annex-1/1" in anchors(content)
    assert "1" not in anchors(content)


# --- A meeting's dateline, and a title above a blank line, are front matter ---


@pytest.mark.parametrize(
    "dateline",
    [
        "2025 年 6 月 23 日至 27 日，挪威利勒斯特罗姆",
        "2025 年 6 月 23-27 日，挪威利勒斯特罗姆",
        "2025 年 6 月 30 日至 7 月 2 日，日内瓦",
        "日内瓦，2025 年 6 月 30 日至 7 月 2 日",
    ],
)
def test_a_chinese_dateline_is_front_matter_not_the_first_paragraphs_opening(dateline: str) -> None:
    content = (
        f"主席总结\n\n{dateline}\n\n第二十届论坛在挪威举行。\n\n一、开幕式\n\n大臣致开幕词。\n"
    )
    result = parse_document(content)
    assert [paragraph.text for paragraph in result.paragraphs] == [
        "第二十届论坛在挪威举行。",
        "开幕式",
        "大臣致开幕词。",
    ]
    assert any(warning.excerpt == dateline for warning in result.warnings)


@pytest.mark.parametrize(
    "dateline", ["23-27 June 2025\n\n", "Lillestrøm, Norway, 23-27 June 2025\n\n", ""]
)
def test_a_short_texts_title_and_dateline_stay_apart_from_its_first_paragraph(
    dateline: str,
) -> None:
    content = (
        f"Chair's summary\n\n{dateline}The twentieth Forum was held in Norway.\n\nI. Opening\n\n"
        "The Minister spoke.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [paragraph.anchor for paragraph in paragraphs] == ["p-1", "section-1", "p-3"]
    assert paragraphs[0].text == "The twentieth Forum was held in Norway."


# --- A Chinese sub-heading right above an inserted paragraph ---


@pytest.mark.parametrize("inserted", ["5 之二.", "5之二.", "5 bis."])
def test_a_chinese_sub_heading_above_an_inserted_paragraph_is_a_sub_heading(inserted: str) -> None:
    english = (
        "I. Development\n\nA. Digital economy\n\n5. We recognize the digital economy.\n\n"
        "B. Artificial intelligence\n\n5 bis. We welcome resolution 78/265.\n\n"
        "6. We note the risks.\n"
    )
    chinese = (
        "一、发展\n\n（一）数字经济\n\n5. 我们认识到数字经济的重要性。\n\n（二）人工智能\n\n"
        f"{inserted} 我们欢迎第 78/265 号决议。\n\n6. 我们注意到风险。\n"
    )
    expected = ["section-1", "section-1.a", "5", "section-1.b", "5bis", "6"]
    assert anchors(english) == anchors(chinese) == expected


# --- Annexes and appendices lettered in Latin ---


@pytest.mark.parametrize(
    ("annex", "appendix"), [("附件A", "附录A"), ("附件 A", "附录 A"), ("附件Ａ", "附录Ａ")]
)
def test_a_chinese_annex_lettered_in_latin_is_an_annex(annex: str, appendix: str) -> None:
    body = "1. {}\n\n{}\n\n{}\n\n1. {}\n\n{}\n\n{}\n\n1. {}\n"
    english = body.format(
        "Decides to act.",
        "Annex A",
        "Terms of reference",
        "The Panel meets.",
        "Appendix A",
        "Template",
        "The form is filled.",
    )
    chinese = body.format(
        "决定采取行动。", annex, "职权范围", "小组举行会议。", appendix, "模板", "填写表格。"
    )
    expected = ["1", "annex-1", "annex-1/1", "annex-1/appendix-1", "annex-1/appendix-1/1"]
    assert anchors(english) == anchors(chinese) == expected
    titles = [found.text for found in parse_document(chinese).paragraphs if found.kind == "heading"]
    assert titles == ["职权范围", "模板"]


# --- Chinese "（一）" titles under a sub-heading lettered "A." ---


def test_chinese_titles_under_a_latin_lettered_sub_heading_are_all_headings_below_it() -> None:
    content = (
        "一、发展\n\nA. 数字经济\n\n2. 数字经济不断增长。\n\n（一）电子商务\n\n"
        "3. 电子商务很重要。\n\n（二）数字公共基础设施\n\n4. 基础设施很重要。\n\n"
        "B. 人工智能\n\n5. 我们注意到风险。\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(found.anchor, found.label) for found in paragraphs] == [
        ("section-1", "一"),
        ("section-1.a", "A"),
        ("2", "2"),
        ("p-4", "（一）"),
        ("3", "3"),
        ("p-6", "（二）"),
        ("4", "4"),
        ("section-1.b", "B"),
        ("5", "5"),
    ]
    assert [found.parent for found in paragraphs[3:7]] == [
        "section-1.a",
        "p-4",
        "section-1.a",
        "p-6",
    ]


@pytest.mark.parametrize("missing", [1, 3])
def test_a_preambular_paragraph_that_lost_its_comma_stays_in_the_preamble(missing: int) -> None:
    """A title over a blank line stands apart; a preambular paragraph without its comma does
    not, and no preambular paragraph loses its anchor or its text."""
    openers = ["回顾其第 70/1 号决议", "重申《联合国宪章》的宗旨和原则", "又回顾其第 78/265 号决议",
               "注意到秘书长的报告"]  # fmt: skip
    preamble = [text if index == missing - 1 else f"{text}，" for index, text in enumerate(openers)]
    content = (
        "大会，\n\n"
        + "\n\n".join(preamble)
        + "\n\n1. 决定召开高级别会议；\n\n2. 请秘书长提交报告。\n"
    )
    found = anchors(content)
    assert found[:4] == ["p-1", "pp1", "pp2", "pp3"], found
    assert found[-2:] == ["1", "2"]
    texts = "".join(p.text for p in parse_document(content).paragraphs)
    assert all(text in texts for text in openers)
    assert not [w for w in parse_document(content).warnings if "front matter" in w.message]


def test_a_sentence_that_lost_its_stop_before_the_body_is_joined_not_lost() -> None:
    content = (
        "Summary of the session\n\nMore than 260 sessions were held over five days\n\n"
        "Participants discussed the future of the Forum and its mandate in great detail.\n\n"
        "1. The Forum agreed on its programme.\n"
    )
    texts = " ".join(p.text for p in parse_document(content).paragraphs)
    assert "More than 260 sessions were held over five days" in texts
