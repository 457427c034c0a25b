"""Paragraph parser: in a compilation text, an alternative wholly in brackets that stops at its
comma ("2. [备选案文 A：请秘书长…提交报告，]") is a clause its sentence goes on from after a
blank line ("并请会员国…"), as the English one does ("and invites …"); a placeholder in
brackets, unpunctuated, still ends at the blank line."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

CHINESE = (
    "大会，\n\n"
    "回顾其第70/125号决议，\n\n"
    "1. 决定于2025年举行高级别会议；\n\n"
    "2. {alternative}\n\n"
    "并请会员国提供资料；\n\n"
    "3. 决定继续审议这一问题。\n"
)
ENGLISH = (
    "The General Assembly,\n\n"
    "Recalling its resolution 70/125,\n\n"
    "1. Decides to convene a high-level meeting in 2025;\n\n"
    "2. [Alt A: Requests the Secretary-General to submit a report at its eightieth session,]\n\n"
    "and invites Member States to provide information;\n\n"
    "3. Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize(
    "content",
    [
        CHINESE.format(alternative="[备选案文 A：请秘书长在第八十届会议上提交报告，]"),
        CHINESE.format(alternative="［备选案文 A：请秘书长在第八十届会议上提交报告，］"),
        ENGLISH,
    ],
    ids=["chinese", "chinese-full-width-brackets", "english"],
)
def test_an_alternative_stopped_at_its_comma_goes_on_over_a_blank_line(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "1", "2", "3"]
    assert paragraphs[3].text.endswith(("并请会员国提供资料；", "to provide information;"))


def test_a_placeholder_in_brackets_still_ends_at_the_blank_line() -> None:
    content = CHINESE.format(alternative="[关于人工智能的案文待定]")
    paragraphs = parse_document(content).paragraphs
    assert paragraphs[3].anchor == "2"
    assert paragraphs[3].text == "[关于人工智能的案文待定]"
    assert paragraphs[4].text == "并请会员国提供资料；"


@pytest.mark.parametrize(
    ("alternative", "heading"),
    [
        ("[Alt A: Requests the Secretary-General to submit a report,]", "Follow-up and review"),
        ("[备选案文 A：请秘书长提交报告，]", "后续行动和审查"),
    ],
    ids=["english", "chinese"],
)
def test_a_heading_below_an_alternative_stopped_at_its_comma_stays_a_heading(
    alternative: str, heading: str
) -> None:
    content = f"1. Takes note of the report;\n\n2. {alternative}\n\n{heading}\n\n3. Decides.\n"
    paragraphs = parse_document(content).paragraphs
    assert [(p.kind, p.text) for p in paragraphs][1:3] == [
        ("operative", alternative),
        ("heading", heading),
    ]


@pytest.mark.parametrize(
    ("alternative", "note"),
    [
        (
            "[Alt 2: Decides that the outcome document shall be negotiated in New York,]",
            "Co-facilitators' note: Alt 1 was merged with OP1.",
        ),
        ("[备选案文 1：决定在纽约谈判成果文件，]", "协调人评注：将分发合并案文。"),
    ],
    ids=["english", "chinese"],
)
def test_a_note_below_an_alternative_stopped_at_its_comma_stands_apart(
    alternative: str, note: str
) -> None:
    content = f"1. Decides to convene the meeting;\n\n2. {alternative}\n\n{note}\n\n3. Decides.\n"
    texts = [p.text for p in parse_document(content).paragraphs]
    assert texts[1] == alternative
    assert texts[2] == note


def test_a_heading_opening_with_the_ideograph_of_and_is_no_clause() -> None:
    content = (
        "2. [鼓励会员国加强数字公共基础设施，包括数字身份和数据交换系统，]\n\n"
        "和平与安全\n\n"
        "3. 强调信息和通信技术环境必须开放、安全、稳定、和平；\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [(p.kind, p.text) for p in paragraphs][1] == ("heading", "和平与安全")
