"""Paragraph parser: third-level headings in a text whose numbering starts past 1, UNESCO's
sub-sections ("III.1") and policy areas, and programmes of work set out below a colon."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import paragraph

CHAPTER_EXTRACT = """II. Implementation at the regional level

A. Regional commissions

1. Africa

14. The Economic Commission for Africa supported national digital strategies in 12 countries.

15. The Commission also organized the Africa Internet Governance Forum.

2. Asia and the Pacific

16. The Economic and Social Commission for Asia and the Pacific continued its work.

B. Specialized agencies

17. The International Telecommunication Union continued its work.
"""

CHAPTER_EXTRACT_ZH = """二. 区域一级的执行情况

A. 区域委员会

1. 非洲

14. 非洲经济委员会支持 12 个国家制定国家数字战略。

15. 该委员会还组织了非洲互联网治理论坛。

2. 亚洲及太平洋

16. 亚洲及太平洋经济社会委员会继续开展工作。

B. 专门机构

17. 国际电信联盟继续开展工作。
"""


def test_third_level_headings_above_paragraphs_numbered_on_from_the_report() -> None:
    for text, first_title in ((CHAPTER_EXTRACT, "Africa"), (CHAPTER_EXTRACT_ZH, "非洲")):
        result = parse_document(text)
        numbered = [found.anchor for found in result.paragraphs if found.kind == "operative"]
        assert numbered == ["14", "15", "16", "17"]
        headings = [found for found in result.paragraphs if found.label in ("1", "2")]
        assert [found.kind for found in headings] == ["heading", "heading"]
        assert headings[0].text == first_title
        assert paragraph(text, "14").parent == headings[0].anchor
        assert paragraph(text, "16").parent == headings[1].anchor
        assert not any("unexpected number" in warning.message for warning in result.warnings)


def test_a_first_paragraph_followed_by_its_own_numbering_stays_a_paragraph() -> None:
    in_sequence = "1. Africa\n\n2. The Commission met twice.\n\n3. It adopted its report.\n"
    assert paragraph(in_sequence, "1").kind == "operative"
    sentence = CHAPTER_EXTRACT.replace("1. Africa", "1. The Commission met in Addis Ababa.")
    assert paragraph(sentence, "1").kind == "operative"
