"""Paragraph parser: a line opening with a cited sub-paragraph ("(a)项和(b)项，…", "(a) and (b)
thereof, …") goes on with the sentence the line above wrapped; the paragraph above is no heading
and the paragraphs below are not under it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

CHINESE = (
    "     人权理事会，\n\n"
    "     回顾其根据《联合国宪章》和人权理事会第5/1号决议附件所载的体制建设一揽子\n"
    "第七章通过的所有相关决议，以及大会关于数字时代隐私权的各项决议，\n\n"
    "     又回顾《全球数字契约》，特别是其中关于人权的第 30 段和关于治理的第 56 段\n"
    "{cited}项和(b)项，以及《未来契约》第 35 段，\n\n"
    "     注意到联合国人权事务高级专员关于数字时代隐私权的报告，\n\n"
    "     1.   吁请所有国家尊重和保护隐私权；\n\n"
    "     2.   决定继续审议这一问题。\n"
)
ENGLISH = (
    "     The Human Rights Council,\n\n"
    "     Recalling all its relevant resolutions adopted under the institution-building package\n"
    "contained in the annex to Council resolution 5/1, and General Assembly resolutions,\n\n"
    "     Recalling also the Global Digital Compact, in particular paragraph 30 and paragraph 56\n"
    "(a) and (b) thereof, and paragraph 35 of the Pact for the Future,\n\n"
    "     Taking note of the reports of the United Nations High Commissioner for Human Rights,\n\n"
    "     1.   Calls upon all States to respect and protect the right to privacy;\n\n"
    "     2.   Decides to continue its consideration of this question.\n"
)


@pytest.mark.parametrize(
    "content", [CHINESE.format(cited="(a)"), CHINESE.format(cited="（a）"), ENGLISH]
)
def test_a_cited_sub_paragraph_at_a_lines_start_goes_on_with_the_sentence(content: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "pp2", "pp3", "1", "2"]
    assert all(p.kind != "heading" and p.parent is None for p in paragraphs)
    recalled = paragraphs[2].text
    assert "56 段" in recalled or "paragraph 56 (a) and (b) thereof" in recalled
    assert recalled.endswith(("第 35 段，", "Pact for the Future,"))


def test_an_item_opening_with_a_word_that_is_no_citation_is_still_an_item() -> None:
    content = "1. 决定采取以下措施：\n(a) 项目评估应当每年进行；\n(b) 段落编号应当保持一致。\n"
    assert [p.anchor for p in parse_document(content).paragraphs] == ["1", "1.a", "1.b"]
