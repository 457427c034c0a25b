"""Paragraph parser: "并" opens no Chinese preambular paragraph ("又" and "还" do): a report's
summary wrapped at a comma above "并提出了…。" goes on with its sentence, one unnumbered
paragraph as the English "…resolution 79/194," + "and sets out …" is, never a preamble split
at the comma (pp1 + pp2)."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
Eightieth session
Item 18 (b) of the provisional agenda
Information and communications technologies for sustainable development

Report of the Secretary-General

Summary
The present report is submitted pursuant to General Assembly resolution 79/194,
and sets out recommendations for the consideration of Member States.

I. Introduction

1. In its resolution 79/194, the General Assembly requested a report.

2. The report draws on information provided by entities.
"""

_CHINESE = """\
第八十届会议
临时议程项目 18(b)
信息和通信技术促进可持续发展

秘书长的报告

摘要
本报告是根据大会第 79/194 号决议提交的，概述了在缩小数字鸿沟方面取得的进展，
并提出了供会员国审议的建议。

一、导言

1. 大会在第 79/194 号决议中请秘书长提交报告。

2. 本报告借鉴了各实体提供的资料。
"""


def _anchors(text: str) -> list[str]:
    return [p.anchor for p in parse_document(text).paragraphs]


@pytest.mark.parametrize(
    "text",
    [_ENGLISH, _CHINESE, _CHINESE.replace("\n\n", "\n")],
    ids=["en", "zh", "zh-no-blank-lines"],
)
def test_a_reports_summary_wrapped_at_a_comma_is_no_preamble(text: str) -> None:
    assert _anchors(text) == ["p-1", "section-1", "1", "2"]


def test_the_chinese_summary_is_one_paragraph() -> None:
    first = parse_document(_CHINESE).paragraphs[0]
    assert first.kind == "unnumbered"
    assert first.text.endswith("取得的进展，并提出了供会员国审议的建议。")


@pytest.mark.parametrize("opener", ["又", "还"])
def test_also_and_further_still_open_a_preambular_paragraph(opener: str) -> None:
    text = (
        f"大会，\n回顾其第 70/1 号决议，\n{opener}回顾其第 79/1 号决议，\n1. 决定继续处理此问题。\n"
    )
    assert _anchors(text) == ["p-1", "pp1", "pp2", "1"]
