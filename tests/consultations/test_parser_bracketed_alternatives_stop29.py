"""Paragraph parser: a negotiation draft's bracketed alternatives and proposals. The next
alternative in brackets ("2. [Alt 1: …]" + "[Alt 2: …]", "[备选案文 2：…]") goes on with the
paragraph whose text is its first alternative, right below it or after a blank line, however the
first one ended and whatever the width of the text's lines. A delegation's proposal bracketed
whole below the paragraph it amends is a line of its text however wide ("[Russian Federation: add
"…"]"), and a preambular number with its tag alone on their line ("PP3 [EU: delete]") goes on
with its words below ("Noting …,"); English and Chinese alike."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ALTERNATIVES = {
    "en": (
        "1. We reaffirm our commitment.\n\n"
        "2. [Alt 1: We decide to extend the mandate of the Forum.]\n"
        "{gap}[Alt 2: We decide to make the Forum permanent.]\n\n"
        "3. We recognize that digital divides persist, in particular in the least developed "
        "countries.\n"
    ),
    "zh": (
        "1. 我们重申承诺。\n\n"
        "2. [备选案文 1：我们决定延长论坛的任务期限。]\n"
        "{gap}[备选案文 2：我们决定使论坛成为常设论坛。]\n\n"
        "3. 我们认识到数字鸿沟依然存在，特别是在最不发达国家、内陆发展中国家和小岛屿发展中国家，"
        "并决定采取紧急行动。\n"
    ),
}


@pytest.mark.parametrize("gap", ["", "\n"], ids=["below", "after-blank"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_next_bracketed_alternative_goes_on_with_the_first(language: str, gap: str) -> None:
    paragraphs = parse_document(_ALTERNATIVES[language].format(gap=gap)).paragraphs
    texts = {p.anchor: p.text for p in paragraphs}
    assert list(texts) == ["1", "2", "3"]
    assert texts["2"].startswith("[")
    assert texts["2"].endswith(("permanent.]", "常设论坛。]"))


@pytest.mark.parametrize(
    "bracketed",
    ["[We recognize that digital divides persist.]", "[我们认识到数字鸿沟依然存在。]"],
)
def test_a_bracketed_paragraph_below_an_alternative_stays_apart(bracketed: str) -> None:
    content = (
        "1. We reaffirm our commitment.\n\n"
        "2. [Alt 1: We decide to extend the mandate of the Forum.]\n\n"
        f"{bracketed}\n\n"
        "3. We decide to remain seized of the matter.\n"
    )
    anchors = [p.anchor for p in parse_document(content).paragraphs]
    assert anchors == ["1", "2", "p-3", "3"]


# A compilation's proposal in brackets, too wide for a sponsors' tag line, below the paragraph it
# amends: a line of that paragraph's text, never front matter (which took the paragraphs above
# it out of the preamble).
_PROPOSALS = {
    "en": '[Russian Federation: add "while respecting the sovereign right of States to regulate"]',
    "zh": "[俄罗斯联邦：在句末添加“同时尊重各国根据本国法律和国际法对人工智能系统进行"
    "监管的主权权利，包括在国家安全、公共秩序和公共卫生领域的主权权利”]",
}


_AROUND_A_PROPOSAL = {
    "en": (
        "PP1 Recalling its resolution 78/265,\n\n"
        "PP2 Recognizing the potential of AI,\n{proposal}\n\n"
        "PP3 Noting the work of the Panel,\n\n"
        "OP1 Calls upon Member States to enhance cooperation;\n"
    ),
    "zh": (
        "PP1 回顾其第 78/265 号决议，\n\nPP2 认识到人工智能的潜力，\n{proposal}\n\n"
        "PP3 注意到小组的工作，\n\nOP1 吁请会员国加强合作；\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_wide_bracketed_proposal_is_a_line_of_the_paragraph_above(language: str) -> None:
    proposal = _PROPOSALS[language]
    result = parse_document(_AROUND_A_PROPOSAL[language].format(proposal=proposal))
    texts = {p.anchor: p.text for p in result.paragraphs}
    assert list(texts) == ["pp1", "pp2", "pp3", "1"]
    assert texts["pp2"].endswith(proposal)
    assert not any("front matter" in warning.message for warning in result.warnings)


def test_a_bracketed_title_with_a_colon_below_a_paragraph_stays_apart() -> None:
    content = (
        "PP1 Recalling its resolution 78/265,\n\n"
        "OP1 Calls upon Member States to enhance cooperation;\n"
        "[Means of implementation: support for developing countries and least developed "
        "countries]\n\n"
        "OP2 Decides to remain seized of the matter.\n"
    )
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["pp1", "1", "p-3", "2"]
    assert paragraphs[1].text == "Calls upon Member States to enhance cooperation;"


# A preambular number and its bracketed tag alone on their line, the paragraph's words below:
# one paragraph, as Chinese reads it. An unnumbered bracketed line is no such tag.
_TAGGED_NUMBER = {
    "en": (
        "PP1 Recalling its resolution 78/265,\n\n"
        "PP2 Recognizing the potential of AI,\n\n"
        "PP3 [EU: delete]\nNoting the work of the Panel,\n\n"
        "OP1 Calls upon Member States to enhance cooperation;\n"
    ),
    "zh": (
        "PP1 回顾其第 78/265 号决议，\n\n"
        "PP2 认识到人工智能的潜力，\n\n"
        "PP3 [欧盟：删除]\n注意到小组的工作，\n\n"
        "OP1 吁请会员国加强合作；\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_words_below_a_number_and_its_tag_are_that_paragraph(language: str) -> None:
    texts = {p.anchor: p.text for p in parse_document(_TAGGED_NUMBER[language]).paragraphs}
    assert list(texts) == ["pp1", "pp2", "pp3", "1"]
    assert texts["pp3"] in (
        "[EU: delete] Noting the work of the Panel,",
        "[欧盟：删除] 注意到小组的工作，",
    )


def test_an_unnumbered_bracketed_line_above_the_preamble_stays_apart() -> None:
    content = (
        "[Advance unedited version]\n"
        "Recalling its resolution 78/265,\n\n"
        "1. Calls upon Member States to enhance cooperation;\n"
    )
    first = parse_document(content).paragraphs[0]
    assert (first.anchor, first.text) == ("pp1", "Recalling its resolution 78/265,")
