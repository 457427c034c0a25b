"""Paragraph parser: an elements paper's questions to stakeholders ("Question 1: What should be
the scope …?" / "问题 1：小组…？") are paragraphs anchored by their number, ``question-1``, label
"Question 1", the question their text, in English and Chinese, plain text and Markdown. They
were anchored by their place (``p-9``), the label kept in the text (with a stray space after a
bold Chinese label, "问题 1： 小组…"). A question is no heading: the numbered paragraph after it
stays under the section."""

from __future__ import annotations

import pytest

from consultations.parser import ParsedParagraph, parse_document


def _parse(content: str, fmt: str = "text") -> dict[str, ParsedParagraph]:
    parsed = parse_document(content, "markdown" if fmt == "markdown" else "text")
    return {found.anchor: found for found in parsed.paragraphs}


QUESTIONS = {
    "en": (
        "I. Mandate\n\n"
        "1.     The Panel would issue annual reports.\n\n"
        "Question 1: What should be the scope of the Panel's annual report?\n\n"
        "Question 2: How can the Panel ensure geographic and gender balance, in particular:\n"
        "  •   representation of developing countries;\n"
        "  •   representation of early-career researchers?\n\n"
        "2.     The Panel could comprise 40 experts.\n"
    ),
    "zh": (
        "一、任务\n"
        "1.     小组每年将发布摘要报告。\n"
        "问题 1：小组年度报告的范围应是什么？\n"
        "问题 2：小组如何确保地域和性别平衡，特别是：\n"
        "  •   发展中国家的代表性；\n"
        "  •   职业生涯早期研究人员的代表性？\n"
        "2.     小组可由 40 名专家组成。\n"
    ),
    "en-markdown": (
        "# I. Mandate\n\n"
        "1. The Panel would issue annual reports.\n\n"
        "**Question 1:** What should be the scope of the Panel's annual report?\n\n"
        "**Question 2:** How can the Panel ensure geographic and gender balance, in particular:\n\n"
        "- representation of developing countries;\n"
        "- representation of early-career researchers?\n\n"
        "2. The Panel could comprise 40 experts.\n"
    ),
    "zh-markdown": (
        "# 一、任务\n\n"
        "1. 小组每年将发布摘要报告。\n\n"
        "**问题 1：** 小组年度报告的范围应是什么？\n\n"
        "**问题 2：** 小组如何确保地域和性别平衡，特别是：\n\n"
        "- 发展中国家的代表性；\n"
        "- 职业生涯早期研究人员的代表性？\n\n"
        "2. 小组可由 40 名专家组成。\n"
    ),
}


@pytest.mark.parametrize("variant", sorted(QUESTIONS))
def test_a_question_is_anchored_by_its_number(variant: str) -> None:
    fmt = "markdown" if variant.endswith("markdown") else "text"
    parsed = _parse(QUESTIONS[variant], fmt)
    assert list(parsed) == ["section-1", "1", "question-1", "question-2", "2"]
    first = parsed["question-1"]
    assert first.kind == "unnumbered"
    assert first.label == ("问题 1" if variant.startswith("zh") else "Question 1")
    assert first.text in (
        "What should be the scope of the Panel's annual report?",
        "小组年度报告的范围应是什么？",
    )
    assert first.parent == "section-1"
    # The list a question introduces is its own; the paragraph after it is the section's.
    assert parsed["question-2"].text.endswith(
        ("early-career researchers?", "早期研究人员的代表性？")
    )
    assert parsed["2"].parent == "section-1"


def test_english_and_chinese_questions_get_the_same_anchors() -> None:
    english, chinese = _parse(QUESTIONS["en"]), _parse(QUESTIONS["zh"])
    assert list(english) == list(chinese)
    assert "question-1" in english


def test_questions_without_a_numbered_paragraph_keep_their_anchors() -> None:
    content = (
        "Elements paper\n\n"
        "Question 1: Scope of the annual report\n\n"
        "Question 2: Geographic and gender balance\n"
    )
    parsed = _parse(content)
    assert list(parsed) == ["question-1", "question-2"]
    assert parsed["question-2"].text == "Geographic and gender balance"


# -- near misses ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh"])
def test_prose_citing_a_question_stays_in_its_paragraph(language: str) -> None:
    content = {
        "en": (
            "1.     Most respondents answered the first question. In reply to\n"
            "Question 2: most respondents favoured a smaller panel.\n\n"
            "2.     Question 3 of the questionnaire was left open.\n"
        ),
        "zh": (
            "1.     大多数答复者回答了第一个问题。关于\n"
            "问题 2：大多数答复者倾向于较小的小组。\n\n"
            "2.     问题 3 的答复不多。\n"
        ),
    }[language]
    parsed = _parse(content)
    assert list(parsed) == ["1", "2"]
    assert ("In reply to Question 2:" in parsed["1"].text) or ("关于问题 2：" in parsed["1"].text)
    assert parsed["2"].text.startswith(("Question 3 of", "问题 3 的"))


def test_a_numbered_list_of_questions_keeps_its_numbers() -> None:
    content = (
        "Questions for consideration\n\n"
        "1. What should be the scope of the Panel's annual report?\n\n"
        "2. How can the Panel ensure geographic and gender balance?\n"
    )
    assert list(_parse(content)) == ["1", "2"]
