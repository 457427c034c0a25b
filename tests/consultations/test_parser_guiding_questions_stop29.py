"""Paragraph parser: an elements paper's "Guiding question 1: …" / "指导性问题 1：…", as such
papers title their questions, is anchored `question-1` as "Question 1: …" / "问题 1：…" is,
the question its text. An option below it ("Option A: …", "方案 A：…") stays an unnumbered
paragraph."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
II. Questions for discussion

Guiding question 1: How often should the Global Dialogue meet?

Option A: Annually.

Question 2: How should non-State stakeholders participate?
"""

_CHINESE = """\
二、供讨论的问题

指导性问题 1：全球对话应多久举行一次会议？

方案 A：每年举行一次。

问题 2：非国家利益攸关方应如何参与？
"""


@pytest.mark.parametrize(
    ("text", "label", "question", "option"),
    [
        (
            _ENGLISH,
            "Guiding question 1",
            "How often should the Global Dialogue meet?",
            "Option A: Annually.",
        ),
        (_CHINESE, "指导性问题 1", "全球对话应多久举行一次会议？", "方案 A：每年举行一次。"),
    ],
)
def test_a_guiding_question_is_anchored_by_its_number(
    text: str, label: str, question: str, option: str
) -> None:
    paragraphs = parse_document(text, "text").paragraphs
    assert [(p.anchor, p.label, p.kind, p.text) for p in paragraphs[1:3]] == [
        ("question-1", label, "unnumbered", question),
        ("p-3", None, "unnumbered", option),
    ]
    assert paragraphs[3].anchor == "question-2"
