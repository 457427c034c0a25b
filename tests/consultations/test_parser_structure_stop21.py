"""Paragraph parser: third-level headings in a text whose numbering starts past 1, UNESCO's
sub-sections ("III.1") and policy areas, and programmes of work set out below a colon."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

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


RECOMMENDATION = """III. VALUES AND PRINCIPLES

III.1 VALUES

Respect, protection and promotion of human rights and human dignity

4. The inviolable and inherent dignity of every human constitutes the foundation.

III.2 PRINCIPLES

5. It should be recognized that AI technologies do not necessarily ensure flourishing.

IV. AREAS OF POLICY ACTION

POLICY AREA 1: ETHICAL IMPACT ASSESSMENT

6. Member States should introduce frameworks for impact assessments.

Policy Area 2. Ethical governance and stewardship

7. Member States should ensure that AI governance mechanisms are inclusive.
"""

RECOMMENDATION_ZH = """III. 价值观和原则

III.1 价值观

尊重、保护和促进人权和人的尊严

4. 每个人与生俱来且不可侵犯的尊严构成了人权体系的基础。

III.2 原则

5. 应当认识到，人工智能技术本身并不一定能确保繁荣。

IV. 政策行动领域

政策领域 1：伦理影响评估

6. 会员国应当建立影响评估框架。

政策领域 2：伦理治理和管理

7. 会员国应当确保人工智能治理机制具有包容性。
"""

EXPECTED_RECOMMENDATION = [
    "section-3",
    "section-3.1",
    "p-3",
    "4",
    "section-3.2",
    "5",
    "section-4",
    "policy-area-1",
    "6",
    "policy-area-2",
    "7",
]


def test_unesco_sub_sections_and_policy_areas_are_numbered_headings() -> None:
    for text, title in ((RECOMMENDATION, "VALUES"), (RECOMMENDATION_ZH, "价值观")):
        assert anchors(text) == EXPECTED_RECOMMENDATION
        values = paragraph(text, "section-3.1")
        assert (values.label, values.kind, values.parent, values.text) == (
            "III.1",
            "heading",
            "section-3",
            title,
        )
        assert paragraph(text, "p-3").parent == "section-3.1"
        assert paragraph(text, "4").heading_path[1] == f"III.1 {title}"
        assert paragraph(text, "6").parent == "policy-area-1"
    area = paragraph(RECOMMENDATION, "policy-area-1")
    assert (area.label, area.text) == ("POLICY AREA 1", "ETHICAL IMPACT ASSESSMENT")
    assert paragraph(RECOMMENDATION_ZH, "policy-area-2").label == "政策领域 2"


def test_a_sub_section_of_another_section_or_a_policy_area_cited_is_no_heading() -> None:
    other_section = RECOMMENDATION.replace("III.1 VALUES", "II.1 VALUES")
    assert "section-3.1" not in anchors(other_section)
    cited = "1. Member States should act.\n\nPolicy Area 1 of the Recommendation applies.\n"
    assert anchors(cited) == ["1", "p-2"]


# Paragraph 1 is one line, wider than every line of the schedule.
PROGRAMME_OF_WORK = (
    (
        "1. The Working Group will meet in New York from 3 to 7 March 2025, from 10 a.m. to 1 p.m."
        " and from 3 p.m. to 6 p.m. each day.\n"
    )
    + """
2. The proposed programme of work is as follows:

Monday, 3 March

10 a.m.-1 p.m.
Item 1. Opening of the session
Item 2. Adoption of the agenda

3 p.m.-6 p.m.
Item 3. Consideration of the implementation of the Global Digital Compact

3. The Working Group will adopt its report at its final meeting.
"""
)

PROGRAMME_OF_WORK_ZH = (
    (
        "1. 工作组将于 2025 年 3 月 3 日至 7 日在纽约举行会议，"
        "每天上午 10 时至下午 1 时和下午 3 时至 6 时开会。\n"
    )
    + """
2. 拟议工作方案如下：

3 月 3 日，星期一

上午 10 时至下午 1 时
项目 1. 会议开幕
项目 2. 通过议程

下午 3 时至 6 时
项目 3. 审议《全球数字契约》执行情况

3. 工作组将在最后一次会议上通过报告。
"""
)


def test_a_programme_of_work_below_a_colon_keeps_each_line_in_its_paragraph() -> None:
    for text in (PROGRAMME_OF_WORK, PROGRAMME_OF_WORK_ZH):
        assert anchors(text) == ["1", "2", "3"]
        schedule = paragraph(text, "2").text.split("\n")
        assert len(schedule) == 7
        assert schedule[4].startswith(("Item 2.", "项目 2."))
        closing = paragraph(text, "3")
        assert (closing.parent, closing.heading_path) == (None, ())
    assert paragraph(PROGRAMME_OF_WORK, "2").text.split("\n")[2] == "10 a.m.-1 p.m."


def test_a_title_and_chapeau_below_a_colon_still_begin_the_text_they_title() -> None:
    # Paragraph 1 is one line, the widest of the text.
    report = (
        (
            "1. The Commission on Science and Technology for Development met in Geneva from 15 to"
            " 19 April 2024 for its session.\n"
        )
        + """
2. The Commission recommends the adoption of the following draft resolution:

Draft resolution

Science, technology and innovation for development

The Economic and Social Council,

Recalling its resolution 2024/10,

1. Decides to continue its work.
"""
    )
    assert "Draft resolution" not in paragraph(report, "2").text
    kinds = [found.kind for found in parse_document(report).paragraphs]
    assert kinds[2:4] == ["heading", "heading"]


def test_a_numbered_line_stopped_at_and_above_the_number_completing_it_is_no_heading() -> None:
    for text, joined in (
        (
            "1. The Commission notes the report.\n\n"
            "2. The Secretary-General recalls paragraphs 1 and\n"
            "2. He also notes that the situation remains difficult.\n\n3. Final.\n",
            "The Secretary-General recalls paragraphs 1 and 2. He also notes",
        ),
        (
            "1. La Commission prend note du rapport.\n\n"
            "2. Le Secrétaire général rappelle les paragraphes 1 et\n"
            "2. Il note aussi que la situation reste difficile.\n\n3. Final.\n",
            "Le Secrétaire général rappelle les paragraphes 1 et 2. Il note aussi",
        ),
    ):
        assert anchors(text) == ["1", "2", "3"]
        assert paragraph(text, "2").text.startswith(joined)
        assert paragraph(text, "3").parent is None


def test_a_title_numbered_as_the_paragraph_below_it_is_still_a_heading() -> None:
    text = (
        "1. Introduction\n1. Artificial intelligence is changing the world.\n\n"
        "2. Recommendations for the way forward\n2. The Commission recommends the report.\n"
    )
    kinds = [(found.label, found.kind) for found in parse_document(text).paragraphs]
    assert kinds == [("1", "heading"), ("1", "operative"), ("2", "heading"), ("2", "operative")]
