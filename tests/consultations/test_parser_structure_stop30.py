"""Paragraph parser: the structure of a report's chapter I and of a strategy's objectives.

A draft decision a report recommends right below its colon, with no line naming it ("Draft
decision"), prints its title and then its one sentence, each between blank lines: the title is
a heading over the sentence, never its first words, and the report's next paragraph sits
beside it, under the headings the recommending paragraph did."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_DECISION_BELOW_THE_COLON = {
    "en": (
        "2. The Commission recommends to the Council the adoption of the following draft\n"
        "decision:\n\n"
        "Report of the Commission on its twenty-eighth session\n\n"
        "The Economic and Social Council takes note of the report of the Commission on its\n"
        "twenty-eighth session.\n\n"
        "3. The Commission held its session in Geneva.\n"
    ),
    "zh": (
        "2. 委员会建议经济及社会理事会通过以下决定草案：\n\n"
        "委员会第二十八届会议的报告\n\n"
        "经济及社会理事会注意到委员会第二十八届会议的报告。\n\n"
        "3. 委员会在日内瓦举行了会议。\n"
    ),
}

# The same decision with a title as wide as the text, wrapped over two lines in English.
_LONG_TITLE = {
    "en": (
        "2. The Commission recommends to the Council the adoption of the following draft\n"
        "decision:\n\n"
        "Report of the Commission on its twenty-eighth session and provisional agenda and\n"
        "documentation for the twenty-ninth session of the Commission\n\n"
        "The Economic and Social Council takes note of the report of the Commission on its\n"
        "twenty-eighth session and approves the provisional agenda.\n\n"
        "3. The Commission held its session in Geneva.\n"
    ),
    "zh": (
        "2. 委员会建议经济及社会理事会通过以下决定草案：\n\n"
        "委员会第二十八届会议的报告以及委员会第二十九届会议的临时议程和文件\n\n"
        "经济及社会理事会注意到委员会第二十八届会议的报告，并核准临时议程。\n\n"
        "3. 委员会在日内瓦举行了会议。\n"
    ),
}

# Chapter I of a functional commission's report (E/CN.16/2025/…): a draft resolution and a
# draft decision, each below its sub-heading and the paragraph recommending it.
_CHAPTER_I = {
    "en": (
        "CHAPTER I\n"
        "MATTERS CALLING FOR ACTION BY THE ECONOMIC AND SOCIAL COUNCIL OR BROUGHT TO ITS\n"
        "ATTENTION\n\n"
        "A. Draft resolution for adoption by the Council\n\n"
        "1. The Commission on Science and Technology for Development recommends to the\n"
        "Economic and Social Council the adoption of the following draft resolution:\n\n"
        "Science, technology and innovation for development\n\n"
        "The Economic and Social Council,\n\n"
        "Recalling its resolution 2024/7,\n\n"
        "1. Encourages Member States to strengthen national innovation systems;\n\n"
        "2. Requests the Commission to continue its work.\n\n"
        "B. Draft decision for adoption by the Council\n\n"
        "2. The Commission recommends to the Council the adoption of the following draft\n"
        "decision:\n\n"
        "Report of the Commission on its twenty-eighth session\n\n"
        "The Economic and Social Council takes note of the report of the Commission on its\n"
        "twenty-eighth session.\n\n"
        "CHAPTER II\n"
        "ORGANIZATIONAL MATTERS\n\n"
        "3. The Commission held its session in Geneva from 7 to 11 April 2025.\n"
    ),
    "zh": (
        "第一章\n"
        "需要经济及社会理事会采取行动或提请其注意的事项\n\n"
        "A. 建议理事会通过的决议草案\n\n"
        "1. 科学和技术促进发展委员会建议经济及社会理事会通过以下决议草案：\n\n"
        "科学、技术和创新促进发展\n\n"
        "经济及社会理事会，\n\n"
        "回顾其第 2024/7 号决议，\n\n"
        "1. 鼓励会员国加强国家创新体系；\n\n"
        "2. 请委员会继续开展工作。\n\n"
        "B. 建议理事会通过的决定草案\n\n"
        "2. 委员会建议理事会通过以下决定草案：\n\n"
        "委员会第二十八届会议的报告\n\n"
        "经济及社会理事会注意到委员会第二十八届会议的报告。\n\n"
        "第二章\n"
        "组织事项\n\n"
        "3. 委员会于 2025 年 4 月 7 日至 11 日在日内瓦举行会议。\n"
    ),
}


@pytest.mark.parametrize("texts", [_DECISION_BELOW_THE_COLON, _LONG_TITLE])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_decisions_title_below_the_reports_colon_heads_its_sentence(
    language: str, texts: dict[str, str]
) -> None:
    paragraphs = parse_document(texts[language]).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("2", "operative", None),
        ("p-2", "heading", None),
        ("p-3", "unnumbered", "p-2"),
        ("3", "operative", None),
    ]
    assert paragraphs[1].text.startswith(("Report of the Commission", "委员会第二十八届会议的报告"))
    assert paragraphs[1].text.endswith(("session", "报告", "of the Commission", "文件"))
    assert paragraphs[2].text.startswith(("The Economic and Social Council", "经济及社会理事会"))
    assert paragraphs[2].heading_path == (paragraphs[1].text,)
    assert paragraphs[3].heading_path == ()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_chapter_quotes_a_draft_decision_under_its_sub_heading(language: str) -> None:
    paragraphs = parse_document(_CHAPTER_I[language]).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("section-1", "heading", None),
        ("section-1.a", "heading", "section-1"),
        ("1", "operative", "section-1.a"),
        ("p-4", "heading", "section-1.a"),
        ("p-5", "unnumbered", "p-4"),
        ("part-2/pp1", "preamble", "p-4"),
        ("part-2/1", "operative", "p-4"),
        ("part-2/2", "operative", "p-4"),
        ("section-1.b", "heading", "section-1"),
        ("2", "operative", "section-1.b"),
        ("p-11", "heading", "section-1.b"),
        ("p-12", "unnumbered", "p-11"),
        ("section-2", "heading", None),
        ("3", "operative", "section-2"),
    ]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_decisions_opening_below_its_title_still_opens_a_part(language: str) -> None:
    """Near miss: "The Economic and Social Council:" + its items is a decision's opening, a
    text of its own (``part-2/``), as before."""
    content = {
        "en": _DECISION_BELOW_THE_COLON["en"].replace(
            "The Economic and Social Council takes note of the report of the Commission on its\n"
            "twenty-eighth session.\n",
            "The Economic and Social Council:\n\n"
            "(a) Takes note of the report of the Commission on its twenty-eighth session;\n\n"
            "(b) Approves the provisional agenda.\n",
        ),
        "zh": _DECISION_BELOW_THE_COLON["zh"].replace(
            "经济及社会理事会注意到委员会第二十八届会议的报告。\n",
            "经济及社会理事会：\n\n(a) 注意到委员会第二十八届会议的报告；\n\n(b) 核准临时议程。\n",
        ),
    }[language]
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("2", "operative"),
        ("p-2", "heading"),
        ("p-3", "unnumbered"),
        ("p-3.a", "subparagraph"),
        ("p-3.b", "subparagraph"),
        ("3", "operative"),
    ]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_decisions_title_heads_its_sentence_without_blank_lines(language: str) -> None:
    """Plain ``pdftotext`` prints no blank lines: the title line, short of the text's width,
    still heads the sentence below it."""
    content = _DECISION_BELOW_THE_COLON[language].replace("\n\n", "\n")
    paragraphs = parse_document(content).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("2", "operative", None),
        ("p-2", "heading", None),
        ("p-3", "unnumbered", "p-2"),
        ("3", "operative", None),
    ]
