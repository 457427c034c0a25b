"""Paragraph parser: a note below a draft's title ("Co-facilitators' note: …",
"共同主持人的说明：…") never goes on with the unpunctuated title above it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "              WSIS+20 Outcome document: Zero draft\n\n"
    "Co-facilitators' note: This zero draft is prepared on the basis of the inputs received\n"
    "from Member States and stakeholders during the consultations.\n\n"
    "Chapeau\n\n"
    "1. We, the Ministers and Heads of delegation assembled at United Nations Headquarters,\n\n"
    "2. Recalling General Assembly resolution 70/125 of 16 December 2015,\n"
)
CHINESE = (
    "              信息社会世界首脑会议20周年审查成果文件：零草案\n\n"
    "共同主持人的说明：本零草案根据会员国和利益攸关方在磋商期间提供的投入编写。\n\n"
    "总起部分\n\n"
    "1. 我们，聚集在纽约联合国总部的各国部长和代表团团长，\n\n"
    "2. 回顾大会2015年12月16日第70/125号决议，\n"
)


@pytest.mark.parametrize(
    ("content", "note"),
    [(ENGLISH, "Co-facilitators' note: This zero draft"), (CHINESE, "共同主持人的说明：")],
)
def test_a_note_below_the_title_is_a_paragraph_of_its_own(content: str, note: str) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "1", "2"]
    assert paragraphs[0].text.startswith(note)
    assert "Outcome document" not in paragraphs[0].text
    assert "成果文件：零草案" not in paragraphs[0].text
