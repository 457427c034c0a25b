"""Paragraph parser: a report's chapter I quotes its draft resolutions and decisions under a line
naming each ("Draft resolution I", "Draft decision", "决定草案") and its title. That line is the
text's heading, with its title, however far ``pdftotext -layout`` centres it, and the text's
paragraphs sit under it: a draft decision's one sentence after the blank line is no word of the
title, and a draft's chapeau and paragraphs are under its heading whatever the indentation."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

# pdftotext -layout: the number column, the centred naming line and title, the body indented.
_REPORT_EN = (
    "                 A.    Draft resolutions for adoption by the Council\n"
    "\n"
    "                 1.    The Commission on Science and Technology for Development "
    "recommends to the\n"
    "           Economic and Social Council the adoption of the following draft resolutions:\n"
    "\n"
    "                                             {resolution} I\n"
    "                      Assessment of the progress made in the implementation of and "
    "follow-up to\n"
    "                          the outcomes of the World Summit on the Information Society\n"
    "\n"
    "                 The Economic and Social Council,\n"
    "\n"
    "                 Recalling the outcome documents of the World Summit on the Information "
    "Society,\n"
    "\n"
    "                 1.    Takes note of the report of the Secretary-General;\n"
    "\n"
    "                 2.    Encourages continued cooperation.\n"
    "\n"
    "                                             {resolution} II\n"
    "                                  Science, technology and innovation for development\n"
    "\n"
    "                 The Economic and Social Council,\n"
    "\n"
    "                 Reaffirming General Assembly resolution 70/1,\n"
    "\n"
    "                 1.    Recognizes the role of science, technology and innovation;\n"
    "\n"
    "                 B.    Draft decision for adoption by the Council\n"
    "\n"
    "                 2.    The Commission recommends to the Council the adoption of the "
    "following draft\n"
    "           decision:\n"
    "\n"
    "                                               {decision}\n"
    "                                 Report of the Commission on its twenty-eighth session\n"
    "\n"
    "                 The Economic and Social Council takes note of the report of the "
    "Commission on its\n"
    "           twenty-eighth session.\n"
)
_REPORT_ZH = (
    "                 A.    建议理事会通过的决议草案\n"
    "\n"
    "                 1.    科学和技术促进发展委员会建议经济及社会理事会通过以下决议草案：\n"
    "\n"
    "                                             决议草案一\n"
    "                      信息社会世界首脑会议成果执行和后续落实进展评估的报告全文\n"
    "\n"
    "                 经济及社会理事会，\n"
    "\n"
    "                 回顾信息社会世界首脑会议的成果文件，\n"
    "\n"
    "                 1.    注意到秘书长的报告；\n"
    "\n"
    "                 2.    鼓励继续开展合作。\n"
    "\n"
    "                                             决议草案二\n"
    "                                  科学、技术和创新促进发展及其后续行动\n"
    "\n"
    "                 经济及社会理事会，\n"
    "\n"
    "                 重申大会第 70/1 号决议，\n"
    "\n"
    "                 1.    确认科学、技术和创新的作用；\n"
    "\n"
    "                 B.    建议理事会通过的决定草案\n"
    "\n"
    "                 2.    委员会建议理事会通过以下决定草案：\n"
    "\n"
    "                                               决定草案\n"
    "                                 委员会第二十八届会议的报告\n"
    "\n"
    "                 经济及社会理事会注意到委员会第二十八届会议的报告。\n"
)
_ANCHORS = [
    "section-a",
    "1",
    "p-3",
    "p-4",
    "part-2/pp1",
    "part-2/1",
    "part-2/2",
    "p-8",
    "p-9",
    "part-3/pp1",
    "part-3/1",
    "section-b",
    "2",
    "p-14",
    "p-15",
]


def _report(language: str, decision: str = "Draft decision") -> str:
    if language == "zh":
        return _REPORT_ZH
    return _REPORT_EN.format(resolution="Draft resolution", decision=decision)


@pytest.mark.parametrize(
    ("language", "decision"),
    [("en", "Draft decision"), ("en", "Draft decision I"), ("zh", "决定草案")],
)
def test_a_draft_decisions_sentence_is_a_paragraph_under_its_heading_and_title(
    language: str, decision: str
) -> None:
    paragraphs = {p.anchor: p for p in parse_document(_report(language, decision)).paragraphs}
    assert list(paragraphs) == _ANCHORS
    heading, sentence = paragraphs["p-14"], paragraphs["p-15"]
    assert heading.kind == "heading"
    assert heading.text == (
        f"{decision} Report of the Commission on its twenty-eighth session"
        if language == "en"
        else "决定草案委员会第二十八届会议的报告"
    )
    assert sentence.kind == "unnumbered"
    assert sentence.parent == "p-14"
    assert sentence.text.startswith(("The Economic and Social Council takes note", "经济及社会"))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_indented_draft_resolutions_sit_under_their_headings(language: str) -> None:
    paragraphs = {p.anchor: p for p in parse_document(_report(language)).paragraphs}
    assert paragraphs["p-3"].kind == paragraphs["p-8"].kind == "heading"
    assert paragraphs["p-3"].text.startswith(("Draft resolution I Assessment", "决议草案一信息"))
    for anchor in ("p-4", "part-2/pp1", "part-2/1", "part-2/2"):
        assert paragraphs[anchor].parent == "p-3"
        assert paragraphs[anchor].heading_path[-1] == paragraphs["p-3"].text
    for anchor in ("p-9", "part-3/pp1", "part-3/1"):
        assert paragraphs[anchor].parent == "p-8"
    assert paragraphs["p-8"].parent == "section-a"


# A report quoting one draft decision: too few numbered paragraphs to show that blank lines set
# them apart.
_ONE_DECISION = {
    "en": (
        "B.    Draft decision for adoption by the Council\n\n"
        "2.    The Commission recommends to the Council the adoption of the following draft "
        "decision:\n\n"
        "                               {decision}\n"
        "                 Report of the Commission on its twenty-eighth session\n\n"
        "The Economic and Social Council takes note of the report of the Commission on its "
        "twenty-eighth session.\n"
    ),
    "zh": (
        "B.    建议理事会通过的决定草案\n\n"
        "2.    委员会建议理事会通过以下决定草案：\n\n"
        "                                  {decision}\n"
        "                          委员会第二十八届会议的报告\n\n"
        "经济及社会理事会注意到委员会第二十八届会议的报告。\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "decision"),
    [("en", "Draft decision"), ("en", "Draft decision I"), ("zh", "决定草案")],
)
def test_one_quoted_draft_decisions_title_stops_at_the_blank_line(
    language: str, decision: str
) -> None:
    paragraphs = parse_document(_ONE_DECISION[language].format(decision=decision)).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs] == [
        ("section-b", "heading"),
        ("2", "operative"),
        ("p-3", "heading"),
        ("p-4", "unnumbered"),
    ]
    assert paragraphs[2].text.startswith(decision)
    assert paragraphs[2].text.endswith(("twenty-eighth session", "届会议的报告"))
    assert paragraphs[3].parent == "p-3"
    assert paragraphs[3].text.startswith(("The Economic and Social Council", "经济及社会理事会"))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_draft_right_below_the_reports_colon_heads_its_paragraphs(language: str) -> None:
    """No blank line between "…the following draft resolutions:" and "Draft resolution I": the
    naming line and its title read as a paragraph until the chapeau shows them a title."""
    content = _report(language)
    content = content.replace("resolutions:\n\n", "resolutions:\n").replace(
        "决议草案：\n\n", "决议草案：\n"
    )
    content = content.replace("cooperation.\n\n", "cooperation.\n").replace(
        "合作。\n\n", "合作。\n"
    )
    paragraphs = {p.anchor: p for p in parse_document(content).paragraphs}
    assert list(paragraphs) == _ANCHORS
    assert paragraphs["p-3"].kind == paragraphs["p-8"].kind == "heading"
    for anchor in ("p-4", "part-2/pp1", "part-2/1", "part-2/2"):
        assert paragraphs[anchor].parent == "p-3"
    assert paragraphs["p-8"].parent == "section-a"
    for anchor in ("p-9", "part-3/pp1", "part-3/1"):
        assert paragraphs[anchor].parent == "p-8"


def test_a_draft_decision_without_a_title_keeps_its_sentence_apart() -> None:
    """Near miss: "Draft decision" with no title; the sentence below is the decision, as
    before."""
    content = _ONE_DECISION["en"].replace(
        "                 Report of the Commission on its twenty-eighth session\n", ""
    )
    paragraphs = parse_document(content.format(decision="Draft decision")).paragraphs
    assert [(p.anchor, p.kind, p.parent) for p in paragraphs] == [
        ("section-b", "heading", None),
        ("2", "operative", "section-b"),
        ("p-3", "heading", "section-b"),
        ("p-4", "unnumbered", "p-3"),
    ]
    assert paragraphs[2].text == "Draft decision"


# A report's chapter quoting one draft decision, the report's own paragraphs going on below it
# (audit W1): a draft decision opens no part (no chapeau), so nothing closed its heading, and
# paragraphs 2 and 3 fell under "Draft decision I".
_DECISION_IN_REPORT = {
    "en": (
        "                  1.    The Commission recommends to the Economic and Social Council the\n"
        "                  adoption of the following draft decision:\n"
        "\n"
        "                                               Draft decision I\n"
        "                        Report of the Commission on its twenty-eighth session\n"
        "                        The Economic and Social Council takes note of the report of the\n"
        "                  Commission on its twenty-eighth session.\n"
        "\n"
        "                  2.    At its 10th meeting, the Commission also adopted a resolution on "
        "the\n"
        "                  priority theme.\n"
        "\n"
        "                  3.    The Commission decided to hold its next session in April 2026.\n"
    ),
    "zh": (
        "                  1.    委员会建议经济及社会理事会通过下列决定草案：\n"
        "\n"
        "                                               决定草案一\n"
        "                        委员会第二十八届会议的报告\n"
        "                        经济及社会理事会注意到委员会第二十八届会议的报告。\n"
        "\n"
        "                  2.    委员会在第 10 次会议上还通过了一项关于优先主题的决议。\n"
        "\n"
        "                  3.    委员会决定于 2026 年 4 月举行下届会议。\n"
    ),
}
# E/2025/31 as pdftotext -layout prints it: blank lines round the centred "Draft decision" and
# below its title.
_DECISION_APART_IN_REPORT = {
    "en": (
        "                  B.    Draft decisions for adoption by the Council\n"
        "\n"
        "                  1.    The Commission recommends to the Economic and Social Council the\n"
        "                  adoption of the following draft decision:\n"
        "\n"
        "\n"
        "                                               Draft decision\n"
        "\n"
        "\n"
        "                        Report of the Commission on its twenty-eighth session\n"
        "\n"
        "                        The Economic and Social Council takes note of the report of the\n"
        "                  Commission on its twenty-eighth session.\n"
        "\n"
        "                  2.    At its 10th meeting, the Commission also adopted a resolution on "
        "the\n"
        "                  priority theme.\n"
        "\n"
        "                  3.    The Commission decided to hold its next session in April 2026.\n"
    ),
    "zh": (
        "                  B.    建议理事会通过的决定草案\n"
        "\n"
        "                  1.    委员会建议经济及社会理事会通过下列决定草案：\n"
        "\n"
        "\n"
        "                                               决定草案\n"
        "\n"
        "\n"
        "                        委员会第二十八届会议的报告\n"
        "\n"
        "                        经济及社会理事会注意到委员会第二十八届会议的报告。\n"
        "\n"
        "                  2.    委员会在第 10 次会议上还通过了一项关于优先主题的决议。\n"
        "\n"
        "                  3.    委员会决定于 2026 年 4 月举行下届会议。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_reports_next_paragraph_closes_a_quoted_draft_decision(language: str) -> None:
    paragraphs = {p.anchor: p for p in parse_document(_DECISION_IN_REPORT[language]).paragraphs}
    assert list(paragraphs) == ["1", "p-2", "p-3", "p-4", "2", "3"]
    assert paragraphs["p-2"].kind == "heading"
    assert paragraphs["p-2"].text == ("Draft decision I" if language == "en" else "决定草案一")
    # The decision's title, right above its sentence, is a heading of its own under the draft's.
    assert paragraphs["p-3"].kind == "heading"
    assert paragraphs["p-3"].parent == "p-2"
    assert paragraphs["p-3"].text.endswith(("twenty-eighth session", "届会议的报告"))
    assert paragraphs["p-4"].parent == "p-3"
    assert paragraphs["p-4"].text.startswith(("The Economic and Social Council", "经济及社会"))
    for anchor in ("2", "3"):
        assert paragraphs[anchor].parent == paragraphs["1"].parent is None
        assert paragraphs[anchor].heading_path == ()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_draft_decision_set_apart_ends_at_the_reports_next_paragraph(language: str) -> None:
    paragraphs = parse_document(_DECISION_APART_IN_REPORT[language]).paragraphs
    by_anchor = {p.anchor: p for p in paragraphs}
    assert by_anchor["1"].parent == "section-b"
    assert by_anchor["p-3"].kind == "heading"
    assert by_anchor["p-3"].text == ("Draft decision" if language == "en" else "决定草案")
    # Its title is no heading beside it: under it, or with its sentence.
    beside = [p.anchor for p in paragraphs if p.parent == "section-b" and p.kind == "heading"]
    assert beside == ["p-3"]
    decision = [p for p in paragraphs if p.anchor not in ("section-b", "1", "p-3", "2", "3")]
    assert decision
    for found in decision:
        ancestors = []
        while found.parent is not None:
            ancestors.append(found.parent)
            found = by_anchor[found.parent]
        assert "p-3" in ancestors
    for anchor in ("2", "3"):
        assert by_anchor[anchor].parent == "section-b"
        assert by_anchor[anchor].heading_path == by_anchor["1"].heading_path


# A report's section quoting two draft decisions, the report's own paragraphs going on below them
# (audit round 3, W1): the second decision's heading took the first's as the headings to go back
# to, so paragraphs 3 and 4 fell under "Draft decision I".
_TWO_DECISIONS_IN_REPORT = {
    "en": (
        "                 B.    Draft decisions\n"
        "\n"
        "                 2.    The Commission also recommends the adoption of the following "
        "draft\n"
        "           decisions:\n"
        "\n"
        "                                         Draft decision I\n"
        "\n"
        "                      Report of the Commission on its twenty-ninth session and "
        "provisional\n"
        "                      agenda for its thirtieth session\n"
        "\n"
        "                      The Economic and Social Council takes note of the report.\n"
        "\n"
        "                                        Draft decision II\n"
        "\n"
        "                      Appointment of members\n"
        "\n"
        "                      The Economic and Social Council endorses the appointment of "
        "members.\n"
        "\n"
        "                 3.    At its 8th meeting, the Commission adopted the draft decisions.\n"
        "\n"
        "                 4.    The representative of Brazil made a statement.\n"
    ),
    "zh": (
        "                 B.    决定草案\n"
        "\n"
        "                 2.    委员会还建议理事会通过下列决定草案：\n"
        "\n"
        "                                         决定草案一\n"
        "\n"
        "                       委员会第二十九届会议的报告和第三十届会议临时议程\n"
        "\n"
        "                       经济及社会理事会注意到委员会第二十九届会议的报告。\n"
        "\n"
        "                                         决定草案二\n"
        "\n"
        "                       任命委员会成员\n"
        "\n"
        "                       经济及社会理事会核可任命委员会成员。\n"
        "\n"
        "                 3.    委员会在第 8 次会议上通过了上述决定草案。\n"
        "\n"
        "                 4.    巴西代表发了言。\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_reports_next_paragraph_closes_two_quoted_draft_decisions(language: str) -> None:
    paragraphs = parse_document(_TWO_DECISIONS_IN_REPORT[language]).paragraphs
    by_anchor = {p.anchor: p for p in paragraphs}
    assert by_anchor["2"].parent == "section-b"
    named = ("Draft decision I", "Draft decision II", "决定草案一", "决定草案二")
    first, second = [p for p in paragraphs if p.text in named]
    assert first.kind == second.kind == "heading"
    assert first.parent == second.parent == "section-b"
    for anchor in ("3", "4"):
        assert by_anchor[anchor].parent == "section-b"
        assert by_anchor[anchor].heading_path == by_anchor["2"].heading_path


# A Chinese report's section "一、 决议", a plain heading as the draft's is, quoting a draft
# decision (audit round 3, W5): the draft's heading closed the section and sat beside it.
_DECISION_IN_A_PLAIN_SECTION = {
    "zh": (
        "                 第一部分\n"
        "                 决议和决定\n"
        "\n"
        "                 一、  决议\n"
        "\n"
        "                 1.    理事会在第 61 次会议上通过了下列决议：\n"
        "\n"
        "                                           决定草案\n"
        "\n"
        "                       人权理事会的工作方法\n"
        "\n"
        "                       人权理事会决定在第六十二届会议上继续审议其工作方法。\n"
        "\n"
        "                 2.    理事会第 62 次会议结束了本届会议。\n"
    ),
    "en": (
        "                 Opening of the session\n"
        "\n"
        "                 1.    The Council held its sixty-first session in Geneva.\n"
        "\n"
        "                 Resolutions\n"
        "\n"
        "                 2.    The Council adopted the following decision at its 61st meeting:\n"
        "\n"
        "                                           Draft decision\n"
        "\n"
        "                       Working methods of the Human Rights Council\n"
        "\n"
        "                       The Human Rights Council decides to continue its consideration.\n"
        "\n"
        "                 3.    The Council closed its session at its 62nd meeting.\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quoted_draft_decision_stays_inside_its_plain_section(language: str) -> None:
    paragraphs = parse_document(_DECISION_IN_A_PLAIN_SECTION[language]).paragraphs
    by_anchor = {p.anchor: p for p in paragraphs}
    quoting, after = ("1", "2") if language == "zh" else ("2", "3")
    section = by_anchor[quoting].parent
    assert section is not None
    assert by_anchor[section].kind == "heading"
    assert by_anchor[section].text.endswith(("决议", "Resolutions"))
    (draft,) = [p for p in paragraphs if p.text in ("决定草案", "Draft decision")]
    assert draft.kind == "heading"
    assert draft.parent == section
    assert draft.heading_path == by_anchor[quoting].heading_path
    assert by_anchor[after].parent == section
