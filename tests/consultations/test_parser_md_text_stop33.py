"""Paragraph parser: one UN document parses to the same anchors and texts whether it arrives as
plain text (saved from Word, copied from a PDF) or as Markdown (pandoc's, a web copy's), which only
adds "#" headings, bold, lists and note syntax. Where the two disagreed, a translation or a
revision given in the other form was refused with 422, its anchors matching none of the text's."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document


def _rows(content: str, fmt: Format) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content, fmt).paragraphs]


def _assert_alike(text: str, markdown: str) -> list[tuple[str, str]]:
    rows = _rows(text, "text")
    assert _rows(markdown, "markdown") == rows
    return rows


# ------------------------------------------------------------ a bold title above paragraph 1

_TITLED_PARAGRAPHS = {
    "en": (
        "Modalities of the high-level meeting on universal health coverage",
        "1. Decides to convene the high-level meeting in New York in September 2027;\n\n"
        "2. Requests the President of the General Assembly to organize the meeting.\n",
    ),
    "zh": (
        "全民健康覆盖问题高级别会议的方式",
        "1. 决定于 2027 年 9 月在纽约召开高级别会议；\n\n2. 请大会主席组织会议。\n",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_bold_title_right_above_paragraph_1_is_front_matter_as_in_plain_text(
    language: str,
) -> None:
    title, paragraphs = _TITLED_PARAGRAPHS[language]
    rows = _assert_alike(f"{title}\n\n{paragraphs}", f"**{title}**\n\n{paragraphs}")
    assert [anchor for anchor, _ in rows] == ["1", "2"]
    markdown = parse_document(f"**{title}**\n\n{paragraphs}", "markdown")
    assert all(p.heading_path == () for p in markdown.paragraphs)


@pytest.mark.parametrize("caption", ["Key messages,", "OP3"])
def test_a_caption_or_a_label_in_bold_above_paragraph_1_is_no_title(caption: str) -> None:
    # A caption's stray comma or a compilation's label set in bold is the text's own.
    content = f"**{caption}**\n\n1. Strengthen national CERTs.\n\n2. Promote the norms.\n"
    assert caption in [text for _, text in _rows(content, "markdown")]


# ------------------------------------------------- the note the title's mark calls, "* A/79/150."

_MARKED_REPORT = {
    "en": (
        "Information and communications technologies for sustainable development",
        "Report of the Secretary-General",
        "A/79/150.",
        "I. Introduction",
        "1. The present report is submitted pursuant to General Assembly resolution 78/132.\n\n"
        "2. It reviews the progress made in the implementation of the outcomes of the Summit.\n",
    ),
    "zh": (
        "信息和通信技术促进可持续发展",
        "秘书长的报告",
        "A/79/150。",
        "一. 导言",
        "1. 本报告是根据大会第 78/132 号决议提交的。\n\n2. 报告审查了首脑会议成果的执行进展。\n",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("mark", ["**{report}**\\*", "**{report}\\***", "{report}\\*"])
def test_a_title_notes_asterisk_note_is_no_list_entry(language: str, mark: str) -> None:
    topic, report, note, section, paragraphs = _MARKED_REPORT[language]
    text = f"{topic}\n\n{report}*\n\n* {note}\n\n{section}\n\n{paragraphs}"
    # CommonMark reads the unescaped note line as a list of one entry.
    markdown = (
        f"**{topic}**\n\n{mark.format(report=report)}\n\n* {note}\n\n# {section}\n\n{paragraphs}"
    )
    rows = _assert_alike(text, markdown)
    assert [anchor for anchor, _ in rows] == ["section-1", "1", "2"]


def test_a_list_of_documents_in_asterisk_bullets_stays_a_list() -> None:
    content = (
        "Report of the Commission*\n\n"
        "1. The Commission had before it the following documents:\n\n"
        "* A/79/150.\n* E/CN.16/2025/2.\n\n2. The Commission adopted its agenda.\n"
    )
    texts = [text for _, text in _rows(content, "markdown")]
    assert any("A/79/150" in text for text in texts)
    assert any("E/CN.16/2025/2" in text for text in texts)


# ------------------------------------- a Secretary-General's note's title block above its text

_NOTES = {
    "en": (
        "Report of the Special Rapporteur on the right to privacy",
        "Note by the Secretary-General",
        "The Secretary-General has the honour to transmit to the General Assembly the report of "
        "the Special Rapporteur on the right to privacy, submitted in accordance with Human "
        "Rights Council resolution 55/3.",
        "1. The present report is submitted pursuant to Council resolution 55/3.\n\n"
        "2. In it, the Special Rapporteur reviews developments in data protection.\n",
    ),
    "zh": (
        "隐私权问题特别报告员的报告",
        "秘书长的说明",
        "秘书长谨向大会转递隐私权问题特别报告员根据人权理事会第 55/3 号决议提交的报告。",
        "1. 本报告是根据理事会第 55/3 号决议提交的。\n\n"
        "2. 特别报告员在报告中审查了数据保护方面的发展。\n",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_secretary_generals_notes_title_block_is_front_matter_in_both_forms(
    language: str,
) -> None:
    title, note, transmittal, paragraphs = _NOTES[language]
    text = f"{title}\n\n{note}\n\n{transmittal}\n\n{paragraphs}"
    markdown = f"**{title}**\n\n**{note}**\n\n{transmittal}\n\n{paragraphs}"
    rows = _assert_alike(text, markdown)
    assert rows[0] == ("p-1", transmittal)
    assert [anchor for anchor, _ in rows] == ["p-1", "1", "2"]


# ---------------------------------------------- a letter's title blocks above the annexed text

_LETTERS = {
    "en": (
        "{b}Letter dated 2 May 2025 from the Permanent Representative of Kenya to the United "
        "Nations addressed to the Secretary-General{b}\n\n"
        "I have the honour to transmit herewith the Nairobi Declaration on digital public "
        "infrastructure, adopted on 30 April 2025 (see annex).\n\n"
        "I should be grateful if the present letter and its annex could be circulated as a "
        "document of the General Assembly, under agenda item 18.\n\n"
        "(Signed) Martin Kimani\n\n"
        "{b}Annex to the letter dated 2 May 2025 from the Permanent Representative of Kenya to "
        "the United Nations addressed to the Secretary-General{b}\n\n"
        "{b}Nairobi Declaration on digital public infrastructure{b}\n\n"
        "{opening}"
        "1. We commit to open standards for digital public infrastructure.\n\n"
        "2. We will share good practices.\n"
    ),
    "zh": (
        "{b}2025年5月2日肯尼亚常驻联合国代表给秘书长的信{b}\n\n"
        "谨随信转递2025年4月30日通过的《关于数字公共基础设施的内罗毕宣言》（见附件）。\n\n"
        "请将本信及其附件作为大会议程项目18下的文件分发为荷。\n\n"
        "常驻代表\n马丁·基马尼（签名）\n\n"
        "{b}2025年5月2日肯尼亚常驻联合国代表给秘书长的信的附件{b}\n\n"
        "{b}关于数字公共基础设施的内罗毕宣言{b}\n\n"
        "{opening}"
        "1. 我们致力于为数字公共基础设施制定开放标准。\n\n"
        "2. 我们将分享良好做法。\n"
    ),
}
_DECLARATION_OPENINGS = {
    "en": (
        "We, the Ministers responsible for digital affairs, meeting in Nairobi on 30 April 2025,"
        "\n\nRecognizing the role of digital public infrastructure,\n\nDeclare the following:\n\n"
    ),
    "zh": (
        "我们，负责数字事务的部长们，于2025年4月30日在内罗毕举行会议，\n\n"
        "认识到数字公共基础设施的作用，\n\n兹宣布：\n\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("preamble", [False, True], ids=["paragraphs", "preamble"])
def test_a_letters_annex_title_block_is_front_matter_in_both_forms(
    language: str, preamble: bool
) -> None:
    opening = _DECLARATION_OPENINGS[language] if preamble else ""
    letter = _LETTERS[language]
    rows = _assert_alike(
        letter.format(b="", opening=opening), letter.format(b="**", opening=opening)
    )
    expected = ["p-1", "p-2", "pp1", "pp2", "p-5", "1", "2"] if preamble else ["p-1", "p-2"]
    assert [anchor for anchor, _ in rows][: len(expected)] == expected
    assert [anchor for anchor, _ in rows][-2:] == ["1", "2"]


# ------------------------------------ a report's bold title block above its summary's prose

_SUMMARISED_REPORT = {
    "en": (
        "Information and communications technologies for sustainable development",
        "Report of the Secretary-General",
        "Summary",
        "The present report reviews progress in the implementation of resolution 78/132.",
        "I. Introduction",
        "1. The present report is submitted pursuant to General Assembly resolution 78/132.\n",
    ),
    "zh": (
        "信息和通信技术促进可持续发展",
        "秘书长的报告",
        "摘要",
        "本报告审查了第 78/132 号决议的执行进展。",
        "一. 导言",
        "1. 本报告是根据大会第 78/132 号决议提交的。\n",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_reports_bold_title_block_above_its_summary_is_front_matter_in_both_forms(
    language: str,
) -> None:
    topic, report, summary, prose, section, paragraph = _SUMMARISED_REPORT[language]
    text = f"{topic}\n\n{report}\n\n{summary}\n\n{prose}\n\n{section}\n\n{paragraph}"
    markdown = (
        f"**{topic}**\n\n**{report}**\n\n**{summary}**\n\n{prose}\n\n# {section}\n\n{paragraph}"
    )
    rows = _assert_alike(text, markdown)
    assert rows[0] == ("p-1", prose)
    assert [anchor for anchor, _ in rows] == ["p-1", "section-1", "1"]


def test_a_heading_set_as_one_above_the_first_prose_is_the_title_block_too() -> None:
    # A "# title" is skipped there as a bold one is, and as the same line in plain text.
    body = "The President convened the meeting.\n\n**Key messages**\n\nParticipants agreed.\n"
    markdown = "# Chair's summary\n\n**Opening segment**\n\n" + body
    text = "Chair's summary\n\nOpening segment\n\n" + body.replace("**", "")
    rows = _assert_alike(text, markdown)
    assert rows[0] == ("p-1", "The President convened the meeting.")


# ------------------------------- the report a note transmits begins anew with its title block

_TRANSMITTED_REPORTS = {
    "en": (
        "Report of the Special Rapporteur on the right to privacy",
        "Summary",
        "In the present report, the Special Rapporteur reviews developments in data protection.",
        "I. Introduction",
    ),
    "zh": (
        "隐私权问题特别报告员的报告",
        "摘要",
        "特别报告员在本报告中审查了数据保护方面的发展。",
        "一. 导言",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_title_block_of_the_report_a_note_transmits_is_front_matter_in_both_forms(
    language: str,
) -> None:
    title, note, transmittal, paragraphs = _NOTES[language]
    report, summary, prose, section = _TRANSMITTED_REPORTS[language]
    text = (
        f"{title}\n\n{note}\n\n{transmittal}\n\n{report}\n\n{summary}\n\n{prose}\n\n"
        f"{section}\n\n{paragraphs}"
    )
    markdown = (
        f"**{title}**\n\n**{note}**\n\n{transmittal}\n\n**{report}**\n\n**{summary}**\n\n"
        f"{prose}\n\n# {section}\n\n{paragraphs}"
    )
    rows = _assert_alike(text, markdown)
    assert rows[:2] == [("p-1", transmittal), ("p-2", prose)]
    assert [anchor for anchor, _ in rows] == ["p-1", "p-2", "section-1", "1", "2"]


# -------------------------------- the title of the text a resolution adopts, below its clause

_ADOPTED_OUTCOMES = {
    # A/RES/80/173 as the Official Document System gives it.
    "en": (
        "The General Assembly,",
        "At its eightieth session, adopted the following outcome document of the high-level "
        "meeting on the overall review of the implementation of the outcomes of the World "
        "Summit on the Information Society:",
        "Outcome document of the high-level meeting of the General Assembly on the overall "
        "review of the implementation of the outcomes of the World Summit on the Information "
        "Society",
        "We, the Ministers and heads of delegation participating in the high-level meeting,\n\n"
        "Recalling resolution 70/125 of 16 December 2015,",
        "Introduction",
        "1. We reaffirm our commitment to the vision of the World Summit.\n",
    ),
    "zh": (
        "大会，",
        "在其第八十届会议上通过了关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议"
        "成果文件：",
        "关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议成果文件",
        "我们，参加大会高级别全体会议的各国部长和代表团团长，\n\n"
        "回顾大会 2015 年 12 月 16 日第 70/125 号决议，",
        "导言",
        "1. 我们重申对信息社会世界首脑会议愿景的承诺。\n",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_bold_title_of_the_text_a_resolution_adopts_is_front_matter_in_both_forms(
    language: str,
) -> None:
    chapeau, adopts, title, preamble, opening, paragraph = _ADOPTED_OUTCOMES[language]
    text = f"{chapeau}\n\n{adopts}\n\n{title}\n\n{preamble}\n\n{opening}\n\n{paragraph}"
    markdown = (
        f"## {chapeau}\n\n{adopts}\n\n**{title}**\n\n{preamble}\n\n## {opening}\n\n{paragraph}"
    )
    rows = _assert_alike(text, markdown)
    assert [anchor for anchor, _ in rows] == ["p-1", "p-2", "pp1", "pp2", "p-5", "1"]
    assert title not in [text for _, text in rows]
