"""Paragraph parser: the structure of a report's chapter I and of a strategy's objectives.

A draft decision a report recommends right below its colon, with no line naming it ("Draft
decision"), prints its title and then its one sentence, each between blank lines: the title is
a heading over the sentence, never its first words, and the report's next paragraph sits
beside it, under the headings the recommending paragraph did.

A strategy numbering its paragraphs decimally under chapter titles ("2. Strategic objectives" +
"Objective 1. …" + "2.1 …") sets its objectives inside the chapter: "2." is a heading, its
decimal paragraphs keep their anchors under the objectives ("2.2" under "Objective 2." is no
goal's target), and "3. Implementation" stands beside chapter 2. A goal's targets outside such a
chapter ("Goal 2." + "2.1 …") stay targets."""

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


_STRATEGY = {
    "en": (
        "2. Strategic objectives\n\n"
        "Objective 1. Strengthen capacities\n\n"
        "2.1 Entities will invest in data literacy.\n\n"
        "Objective 2. Promote interoperability\n\n"
        "2.2 Entities will adopt common data standards.\n\n"
        "3. Implementation\n\n"
        "3.1 The strategy will be reviewed every two years.\n"
    ),
    "zh": (
        "2. 战略目标\n\n"
        "目标 1. 加强能力\n\n"
        "2.1 各实体将投资于数据素养。\n\n"
        "目标 2. 促进互操作性\n\n"
        "2.2 各实体将采用共同数据标准。\n\n"
        "3. 执行\n\n"
        "3.1 将每两年审查一次本战略。\n"
    ),
}

# The whole strategy: chapter 1 with its decimals, then two objectives in chapter 2, the second
# holding 2.3.
_FULL_STRATEGY = {
    "en": (
        "1. Introduction\n\n"
        "1.1 The present strategy sets out the vision of the United Nations system for data\n"
        "governance.\n\n"
        "1.2 It was prepared by the High-level Committee on Programmes.\n\n"
        + _STRATEGY["en"]
        .replace("2.2 Entities will adopt", "2.3 Entities will adopt")
        .replace("Objective 2.", "2.2 Entities will designate chief data officers.\n\nObjective 2.")
    ),
    "zh": (
        "1. 导言\n\n"
        "1.1 本战略阐述了联合国系统的数据治理愿景。\n\n"
        "1.2 本战略由方案问题高级别委员会编写。\n\n"
        + _STRATEGY["zh"]
        .replace("2.2 各实体将采用", "2.3 各实体将采用")
        .replace("目标 2.", "2.2 各实体将指定首席数据官。\n\n目标 2.")
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_objectives_inside_a_decimal_chapter_hold_its_decimal_paragraphs(language: str) -> None:
    paragraphs = parse_document(_STRATEGY[language]).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("2", "heading", None),
        ("objective-1", "heading", "2"),
        ("2.1", "operative", "objective-1"),
        ("objective-2", "heading", "2"),
        ("2.2", "operative", "objective-2"),
        ("3", "heading", None),
        ("3.1", "operative", "3"),
    ]
    assert [p.label for p in paragraphs] == ["2", "Objective 1" if language == "en" else "目标 1",
        "2.1", "Objective 2" if language == "en" else "目标 2", "2.2", "3", "3.1"]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_strategys_chapters_stand_beside_each_other(language: str) -> None:
    paragraphs = parse_document(_FULL_STRATEGY[language]).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("1", "heading", None),
        ("1.1", "operative", "1"),
        ("1.2", "operative", "1"),
        ("2", "heading", None),
        ("objective-1", "heading", "2"),
        ("2.1", "operative", "objective-1"),
        ("2.2", "operative", "objective-1"),
        ("objective-2", "heading", "2"),
        ("2.3", "operative", "objective-2"),
        ("3", "heading", None),
        ("3.1", "operative", "3"),
    ]


_GOALS = {
    "en": (
        "59. The Goals and targets follow.\n\n"
        "Goal 1. End poverty in all its forms everywhere\n\n"
        "1.1 By 2030, eradicate extreme poverty for all people everywhere\n\n"
        "Goal 2. End hunger\n\n"
        "2.1 By 2030, end hunger and ensure access by all people to safe food\n\n"
        "2.2 By 2030, end all forms of malnutrition\n\n"
        "60. We reaffirm our strong commitment.\n"
    ),
    "zh": (
        "59. 目标和具体目标如下。\n\n"
        "目标 1. 在全世界消除一切形式的贫困\n\n"
        "1.1 到 2030 年，在世界所有人口中消除极端贫困\n\n"
        "目标 2. 消除饥饿\n\n"
        "2.1 到 2030 年，消除饥饿，确保所有人全年都有安全食物\n\n"
        "2.2 到 2030 年，消除一切形式的营养不良\n\n"
        "60. 我们重申坚定承诺。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_goals_targets_outside_a_decimal_chapter_stay_targets(language: str) -> None:
    """Near miss: goals below numbered paragraphs, no chapter title numbered as a goal above
    them: "2.1" and "2.2" are Goal 2's targets, as before."""
    paragraphs = parse_document(_GOALS[language]).paragraphs[:-1]
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("59", "operative", None),
        ("objective-1", "heading", None),
        ("target-1.1", "target", "objective-1"),
        ("objective-2", "heading", None),
        ("target-2.1", "target", "objective-2"),
        ("target-2.2", "target", "objective-2"),
    ]
