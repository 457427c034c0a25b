"""Paragraph parser: decisions and their items. A quoted title wrapped below a preambular
paragraph's comma is that paragraph's, no preambular paragraph of its own."""

from __future__ import annotations

import pytest

from consultations.parser import ParseResult, parse_document


def rows(result: ParseResult) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in result.paragraphs]


QUOTED_TITLE_EN = (
    "The General Assembly,\n"
    "Recalling its resolution 70/1 of 25 September 2015,\n"
    "“Transforming our world: the 2030 Agenda for Sustainable Development”,\n"
    "1. Decides to convene a high-level meeting;\n"
)
QUOTED_TITLE_ZH = (
    "大会，\n"
    "回顾其 2015 年 9 月 25 日第 70/1 号决议，\n"
    "“变革我们的世界：2030 年可持续发展议程”，\n"
    "1. 决定召开一次高级别会议；\n"
)


@pytest.mark.parametrize("content", [QUOTED_TITLE_EN, QUOTED_TITLE_ZH])
def test_a_quoted_title_below_a_preambular_comma_goes_on_with_the_paragraph(
    content: str,
) -> None:
    result = parse_document(content, "text")
    assert [anchor for anchor, _ in rows(result)] == ["p-1", "pp1", "1"]
    assert rows(result)[1][1].endswith(("Development”,", "议程”，"))


# Agreed conclusions (CSW, ECOSOC) set sub-headings between one paragraph's lettered items,
# which run on under the paragraph's colon across them.
SUB_HEADED_ITEMS_EN = (
    "1. The Commission reaffirms the Beijing Declaration.\n"
    "2. The Commission urges Governments to take the following actions:\n"
    "Strengthening normative frameworks\n"
    "(a) Take all appropriate measures;\n"
    "(b) Repeal all discriminatory laws;\n"
    "Strengthening financing\n"
    "(c) Mobilize financial resources;\n"
    "3. The Commission requests a report.\n"
)
SUB_HEADED_ITEMS_ZH = (
    "1. 委员会重申《北京宣言》。\n"
    "2. 委员会敦促各国政府采取下列行动：\n"
    "加强规范框架\n"
    "(a) 采取一切适当措施；\n"
    "(b) 废除一切歧视性法律；\n"
    "加强筹资\n"
    "(c) 调动资金；\n"
    "3. 委员会请秘书长提出报告。\n"
)
LETTERED_SUB_HEADINGS_EN = (
    "1.    The Commission reaffirms the Beijing Declaration.\n"
    "2.    The Commission urges Governments to take the following actions:\n"
    "\n"
    "A.    Strengthening normative frameworks\n"
    "\n"
    "      (a)    Take all appropriate measures;\n"
    "      (b)    Repeal all discriminatory laws;\n"
    "\n"
    "B.    Strengthening financing\n"
    "\n"
    "      (c)    Mobilize financial resources;\n"
    "3.    The Commission requests a report.\n"
)


@pytest.mark.parametrize(
    ("content", "headings"),
    [
        (SUB_HEADED_ITEMS_EN, ["p-3", "p-6"]),
        (SUB_HEADED_ITEMS_ZH, ["p-3", "p-6"]),
        (LETTERED_SUB_HEADINGS_EN, ["section-a", "section-b"]),
    ],
)
def test_lettered_items_run_on_under_the_paragraphs_colon_across_sub_headings(
    content: str, headings: list[str]
) -> None:
    result = parse_document(content, "text")
    first, second = headings
    assert [(p.anchor, p.kind) for p in result.paragraphs] == [
        ("1", "operative"),
        ("2", "operative"),
        (first, "heading"),
        ("2.a", "subparagraph"),
        ("2.b", "subparagraph"),
        (second, "heading"),
        ("2.c", "subparagraph"),
        ("3", "operative"),
    ]
    assert result.paragraphs[6].parent == "2"
    assert not [w for w in result.warnings if "sequence" in w.message]


# A report of the World Health Assembly prints its decisions, one sentence and its items, above
# its resolutions: the decision is the text's, never front matter above the resolution's chapeau.
DECISION_ABOVE_A_RESOLUTION_EN = (
    "WHA77(10) Universal health coverage\n"
    "\n"
    "The Seventy-seventh World Health Assembly, having considered the report by the"
    " Director-General, decided:\n"
    "\n"
    "(1) to welcome the progress made towards universal health coverage;\n"
    "\n"
    "(2) to request a report in 2026.\n"
    "\n"
    "WHA77.3 Health and care workforce\n"
    "\n"
    "The Seventy-seventh World Health Assembly,\n"
    "\n"
    "Recalling resolution WHA69.19;\n"
    "\n"
    "1. URGES Member States to strengthen the workforce;\n"
)
DECISION_ABOVE_A_RESOLUTION_ZH = (
    "WHA77(10) 全民健康覆盖\n"
    "\n"
    "第七十七届世界卫生大会审议了总干事的报告，决定：\n"
    "\n"
    "(1) 欢迎在实现全民健康覆盖方面取得的进展；\n"
    "\n"
    "(2) 要求在 2026 年提交报告。\n"
    "\n"
    "WHA77.3 卫生和照护人力\n"
    "\n"
    "第七十七届世界卫生大会，\n"
    "\n"
    "回顾 WHA69.19 号决议；\n"
    "\n"
    "1. 敦促会员国加强卫生人力；\n"
)


@pytest.mark.parametrize(
    "content", [DECISION_ABOVE_A_RESOLUTION_EN, DECISION_ABOVE_A_RESOLUTION_ZH]
)
def test_a_decision_above_a_resolution_is_the_texts_with_its_items(content: str) -> None:
    result = parse_document(content, "text")
    decision, chapeau, *_ = result.paragraphs
    assert [p.anchor for p in result.paragraphs] == ["p-1", "p-2", "pp1", "1"]
    assert decision.text.startswith(("The Seventy-seventh", "第七十七届"))
    assert "(1)" in decision.text
    assert decision.text.endswith(("request a report in 2026.", "提交报告。"))
    assert chapeau.text in (
        "The Seventy-seventh World Health Assembly,",
        "第七十七届世界卫生大会，",
    )


# A UNFCCC report prints its decisions one after the other, each under its number and title.
DECISIONS_OF_A_SESSION_EN = (
    "Decision 1/CP.28\n"
    "Operationalization of the new funding arrangements\n"
    "The Conference of the Parties,\n"
    "Recalling decision 2/CP.27,\n"
    "1. Welcomes the report of the Transitional Committee;\n"
    "Decision 2/CP.28\n"
    "Santiago network\n"
    "The Conference of the Parties,\n"
    "Recalling decision 19/CMA.4,\n"
    "1. Decides that the host shall be the consortium;\n"
)
DECISIONS_OF_A_SESSION_ZH = (
    "第 1/CP.28 号决定\n"
    "新的供资安排的运作\n"
    "缔约方会议，\n"
    "回顾第 2/CP.27 号决定，\n"
    "1. 欢迎过渡委员会的报告；\n"
    "第 2/CP.28 号决定\n"
    "圣地亚哥网络\n"
    "缔约方会议，\n"
    "回顾第 19/CMA.4 号决定，\n"
    "1. 决定东道方应为该联合体；\n"
)


@pytest.mark.parametrize("content", [DECISIONS_OF_A_SESSION_EN, DECISIONS_OF_A_SESSION_ZH])
@pytest.mark.parametrize("set_apart", [False, True])
def test_each_decision_of_a_session_heads_its_title_and_text_alike(
    content: str, set_apart: bool
) -> None:
    if set_apart:
        # A blank line above the next decision's number, none above its title.
        content = content.replace("\nDecision 2", "\n\nDecision 2").replace("\n第 2/", "\n\n第 2/")
    result = parse_document(content, "text")
    assert [(p.anchor, p.kind, p.parent) for p in result.paragraphs] == [
        ("p-1", "heading", None),
        ("p-2", "heading", "p-1"),
        ("p-3", "unnumbered", "p-2"),
        ("pp1", "preamble", "p-2"),
        ("1", "operative", "p-2"),
        ("p-6", "heading", None),
        ("p-7", "heading", "p-6"),
        ("p-8", "unnumbered", "p-7"),
        ("part-2/pp1", "preamble", "p-7"),
        ("part-2/1", "operative", "p-7"),
    ]
    assert not [w for w in result.warnings if w.message == "front matter skipped"]
