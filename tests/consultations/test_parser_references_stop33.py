"""Paragraph parser: a sentence wrapped right before what it cites. A marker completing the
numbered reference the line above stops at, followed by punctuation or another marker
("…paragraph 56" + "(a). The Panel …", "…paragraph 8" + "(c) (ii), shall apply;", "…第 56 段" +
"(a)。"), opened a phantom sub-paragraph, splitting the sentence (and swallowing the real item
(a) below it), and so did one cited by the place it names ("…the provisions of" + "(b) above").
"Action 35." opening the line below "…listed in the Pact, including" (or "…包括") became a
heading, cutting the paragraph and adopting the paragraphs below it."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document
from tests.consultations.parser_helpers import anchors, paragraph

# -- a marker completing a reference at a wrap -------------------------------------------------

FIRST, LAST = (
    "1. Decides to establish the Panel;\n\n",
    "\n\n3. Decides to remain seized of the matter.\n",
)
ZH_FIRST, ZH_LAST = "1. 决定设立小组；\n\n", "\n\n3. 决定继续处理此案。\n"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize(
    ("content", "ending"),
    [
        (
            f"{FIRST}2. Requests the Secretary-General to ensure that the provisions set out in"
            f" paragraph 56\n(a). The Panel shall report;{LAST}",
            "set out in paragraph 56 (a). The Panel shall report;",
        ),
        (
            f"{FIRST}2. Requests the Secretary-General to ensure that the provisions set out in"
            f" accordance with paragraph 8\n(c) (ii), shall apply;{LAST}",
            "with paragraph 8 (c) (ii), shall apply;",
        ),
        (
            f"{FIRST}2. Requests the Secretary-General to ensure that the provisions set out in"
            f" accordance with paragraph 8\n(c) (ii) of resolution 70/1 shall apply;{LAST}",
            "with paragraph 8 (c) (ii) of resolution 70/1 shall apply;",
        ),
        (
            f"{FIRST}2. Recalls the arrangements it set out in its resolution 70/1\n"
            f"(a). It also decides to act;{LAST}",
            "its resolution 70/1 (a). It also decides to act;",
        ),
        (
            f"{FIRST}2. Requests the Secretary-General to ensure that the provisions of\n"
            f"(b) above apply;{LAST}",
            "the provisions of (b) above apply;",
        ),
        (
            f"{ZH_FIRST}2. 请秘书长确保第 56 段\n(a)。小组应提交报告；{ZH_LAST}",
            "第 56 段(a)。小组应提交报告；",
        ),
        (f"{ZH_FIRST}2. 请秘书长确保第 8 段\n(c)㈡，应适用；{ZH_LAST}", "第 8 段(c)㈡，应适用；"),
    ],
)
def test_a_marker_completing_a_reference_at_a_wrap_goes_on_with_the_sentence(
    content: str, ending: str, fmt: Format
) -> None:
    parsed = parse_document(content, fmt)
    assert [p.anchor for p in parsed.paragraphs] == ["1", "2", "3"]
    assert paragraph(content, "2", fmt).text.endswith(ending)
    assert not any("sequence" in warning.message for warning in parsed.warnings)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize(
    ("content", "lead_in", "item"),
    [
        (
            f"{FIRST}2. Requests the Secretary-General, in accordance with paragraph 56\n"
            f"(a). It shall:\n\n(a) To issue a report;\n\n(b) To consult;{LAST}",
            "in accordance with paragraph 56 (a). It shall:",
            "To issue a report;",
        ),
        (
            f"{ZH_FIRST}2. 请秘书长根据第 56 段\n(a)。秘书长应：\n\n"
            f"(a) 发布报告；\n\n(b) 进行协商；{ZH_LAST}",
            "根据第 56 段(a)。秘书长应：",
            "发布报告；",
        ),
    ],
)
def test_the_real_item_below_a_marker_completing_a_reference_is_the_paragraphs_own(
    content: str, lead_in: str, item: str, fmt: Format
) -> None:
    assert anchors(content, fmt) == ["1", "2", "2.a", "2.b", "3"]
    assert paragraph(content, "2", fmt).text.endswith(lead_in)
    assert paragraph(content, "2.a", fmt).text == item


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_item_opening_with_above_all_below_the_item_before_the_last_stays_an_item(
    fmt: Format,
) -> None:
    content = "1. Decides:\n(a) to act; and\n(b) above all, to report;\n\n2. Decides to act.\n"
    assert anchors(content, fmt) == ["1", "1.a", "1.b", "2"]


# -- "Action 35." cited at a wrap ---------------------------------------------------------------

ACTION_CITED = {
    "en": (
        "1. We will implement the actions listed in the Pact, including\n"
        "Action 35. We will also strengthen cooperation;\n\n2. We will report.\n"
    ),
    "zh": (
        "1. 我们将执行《契约》所列行动，包括\n行动 35. 我们还将加强合作；\n\n2. 我们将提交报告。\n"
    ),
}


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_action_cited_at_a_wrap_with_no_action_above_goes_on_with_the_sentence(
    language: str, fmt: Format
) -> None:
    content = ACTION_CITED[language]
    assert anchors(content, fmt) == ["1", "2"]
    assert paragraph(content, "1", fmt).text.endswith(
        (
            "including Action 35. We will also strengthen cooperation;",
            "包括行动 35. 我们还将加强合作；",
        )
    )
    assert paragraph(content, "2", fmt).parent is None


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_action_out_of_sequence_below_an_unfinished_sentence_with_no_action_above_is_cited(
    fmt: Format,
) -> None:
    content = (
        "1. We will implement the actions the Pact sets out as its commitments\n"
        "Action 35. We will also strengthen cooperation;\n\n2. We will report.\n"
    )
    assert anchors(content, fmt) == ["1", "2"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize(
    "content",
    [
        "1. We will act on our commitments\nAction 1. We will eradicate poverty.\n\n"
        "2. We will act.\n\nAction 2. We will end hunger.\n\n3. We will report.\n",
        "1. 我们将履行承诺\n行动 1. 我们将消除贫困。\n\n2. 我们将采取行动。\n\n"
        "行动 2. 我们将消除饥饿。\n\n3. 我们将提交报告。\n",
    ],
)
def test_the_first_action_in_sequence_below_a_paragraph_that_lost_its_full_stop_is_a_heading(
    content: str, fmt: Format
) -> None:
    assert anchors(content, fmt) == ["1", "action-1", "2", "action-2", "3"]
