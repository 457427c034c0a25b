"""Paragraph parser: a sentence wrapped right before what it cites. "Action 35." opening the line
below "…listed in the Pact, including" (or "…包括") became a heading, cutting the paragraph and
adopting the paragraphs below it."""

from __future__ import annotations

import pytest

from consultations.parser import Format
from tests.consultations.parser_helpers import anchors, paragraph

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
