"""Paragraph parser: a web copy of the Pact for the Future may print an action's number alone on
its line ("Action 27", "行动27", Markdown's "### Action 1") and its commitment on the next ("We
will seize … for the benefit of people and planet.", "我们将……。"). That commitment is the
heading's title, as "Action 27. We will seize …" on one line gives, not an unnumbered paragraph
under an untitled heading. Only one sentence opening "We will", "We commit", "我们将" or "我们承诺",
ending on its line, with a numbered paragraph, an item or a heading next; a keyword cited at a
wrap ("…set out in" + "Action 27" + "of the Pact …") stays text, and prose going on below the
sentence is the heading's first paragraph."""

from __future__ import annotations

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors, paragraph

COMMITMENT = (
    "We will seize the opportunities associated with science, technology and innovation for "
    "the benefit of people and planet."
)
WEB_COPY = (
    "II. Science, technology and innovation and digital cooperation\n\n"
    "53. Science, technology and innovation have the potential to accelerate progress.\n\n"
    "Action 27\n"
    f"{COMMITMENT}\n\n"
    "54. We decide to:\n\n"
    "(a) Foster an enabling environment;\n\n"
    "(b) Strengthen the interface.\n"
)
MARKDOWN = (
    "1. We, the Heads of State and Government, have gathered.\n\n"
    "### Action 1\n\n"
    "We will take bold, ambitious, accelerated, just and transformative actions to implement "
    "the 2030 Agenda.\n\n"
    "2. We decide to:\n\n"
    "(a) Accelerate action;\n\n"
    "(b) End poverty.\n\n"
    "### Action 2\n"
    "We will place the eradication of poverty at the centre of our efforts.\n\n"
    "3. We decide to end poverty.\n"
)
CHINESE = (
    "1. 我们齐聚一堂。\n\n"
    "行动27\n"
    "我们将抓住科学、技术和创新带来的机遇，造福人类和地球。\n\n"
    "2. 我们决定：\n\n"
    "(a) 营造有利环境；\n\n"
    "(b) 加强衔接。\n\n"
    "行动 28\n\n"
    "我们承诺扩大执行手段。\n\n"
    "3. 我们决定加强能力。\n"
)


def test_the_commitment_below_an_action_is_its_title() -> None:
    assert anchors(WEB_COPY) == ["section-2", "53", "action-27", "54", "54.a", "54.b"]
    action = paragraph(WEB_COPY, "action-27")
    one_line = paragraph(WEB_COPY.replace("Action 27\n", "Action 27. "), "action-27")
    assert (action.kind, action.label, action.text) == ("heading", "Action 27", COMMITMENT)
    assert (action.label, action.text, action.parent) == (
        one_line.label,
        one_line.text,
        one_line.parent,
    )
    below = paragraph(WEB_COPY, "54")
    assert below.parent == "action-27"
    assert below.heading_path[-1] == f"Action 27 {COMMITMENT}"


def test_markdown_heading_takes_the_commitment_with_or_without_a_blank_line() -> None:
    assert anchors(MARKDOWN, "markdown") == ["1", "action-1", "2", "2.a", "2.b", "action-2", "3"]
    first = paragraph(MARKDOWN, "action-1", "markdown")
    assert first.text.startswith("We will take bold, ambitious")
    assert paragraph(MARKDOWN, "action-2", "markdown").text == (
        "We will place the eradication of poverty at the centre of our efforts."
    )
    assert paragraph(MARKDOWN, "3", "markdown").heading_path == (
        "Action 2 We will place the eradication of poverty at the centre of our efforts.",
    )


def test_chinese_action_takes_the_commitment_below() -> None:
    assert anchors(CHINESE) == ["1", "action-27", "2", "2.a", "2.b", "action-28", "3"]
    assert (
        paragraph(CHINESE, "action-27").text
        == "我们将抓住科学、技术和创新带来的机遇，造福人类和地球。"
    )
    assert paragraph(CHINESE, "action-28").label == "行动 28"
    assert paragraph(CHINESE, "action-28").text == "我们承诺扩大执行手段。"
    assert paragraph(CHINESE, "3").parent == "action-28"


def test_a_keyword_cited_at_a_wrap_and_prose_below_an_action_stay_text() -> None:
    cited = (
        "1. We have gathered.\n\n"
        "2. We will act on the commitments set out in\n"
        "Action 27\n"
        "of the Pact for the Future.\n\n"
        "3. We decide.\n"
    )
    assert anchors(cited) == ["1", "2", "3"]
    assert paragraph(cited, "2").text.endswith("set out in Action 27 of the Pact for the Future.")
    # A commitment with more prose below it is the action's first paragraph, not its title.
    prose = (
        "1. We have gathered.\n\n"
        "Action 27\n\n"
        "We will seize the opportunities of science.\n\n"
        "We will also invest in research.\n\n"
        "2. We decide.\n"
    )
    paragraphs = parse_document(prose).paragraphs
    assert [(p.anchor, p.kind) for p in paragraphs][1:3] == [
        ("action-27", "heading"),
        ("p-3", "unnumbered"),
    ]
    assert paragraphs[1].text == ""
    # Nor does any sentence but a commitment title the heading.
    report = (
        "1. We have gathered.\n\nAction 27\nThe Secretary-General will report.\n\n2. We decide.\n"
    )
    assert paragraph(report, "action-27").text == ""
    assert paragraph(report, "p-3").text == "The Secretary-General will report."


def test_a_statement_below_a_goal_is_no_commitment() -> None:
    for statement in (
        "We will not end extreme poverty by 2030 at the current pace.",
        "我们将无法按照目前的速度在2030年前消除极端贫困。",
    ):
        content = f"### Goal 1\n\n{statement}\n\n4\\. An estimated 8.5 per cent lived in poverty.\n"
        paragraphs = parse_document(content, "markdown").paragraphs
        assert [(p.kind, p.text) for p in paragraphs][1] == ("unnumbered", statement)
