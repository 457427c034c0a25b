"""Paragraph parser: an action printed alone on its line takes as its title the chapeau right
below it, whatever its words ("Action 1" + "We decide to:" + "(a) …"), as on one line ("Action 1.
We decide to:" + "(a) …")."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import parsed_rows

_EN_ITEMS = "(a) Strengthen cooperation;\n\n(b) Share data.\n\n"
_ZH_ITEMS = "(a) 加强合作；\n\n(b) 共享数据。\n\n"


@pytest.mark.parametrize(
    ("alone", "one_line", "fmt"),
    [
        (
            f"Action 1\n\nWe decide to:\n\n{_EN_ITEMS}Action 2\n\nWe will end hunger.\n",
            f"Action 1. We decide to:\n\n{_EN_ITEMS}Action 2. We will end hunger.\n",
            "text",
        ),
        (
            f"行动 1\n\n我们决定：\n\n{_ZH_ITEMS}行动 2\n\n我们将消除饥饿。\n",
            f"行动 1. 我们决定：\n\n{_ZH_ITEMS}行动 2. 我们将消除饥饿。\n",
            "text",
        ),
        (
            f"### Action 1\n\nWe decide to:\n\n{_EN_ITEMS}### Action 2\n\nWe will end hunger.\n",
            f"### Action 1. We decide to:\n\n{_EN_ITEMS}### Action 2. We will end hunger.\n",
            "markdown",
        ),
    ],
)
def test_an_action_alone_on_its_line_takes_the_chapeau_of_its_items(
    alone: str, one_line: str, fmt: str
) -> None:
    rows = parsed_rows(alone, fmt)
    assert [row[:3] for row in rows] == [
        ("action-1", "heading", None),
        ("action-1.a", "subparagraph", "action-1"),
        ("action-1.b", "subparagraph", "action-1"),
        ("action-2", "heading", None),
    ]
    assert rows == parsed_rows(one_line, fmt)


@pytest.mark.parametrize(("keyword", "label"), [("Goal", "Targets:"), ("目标", "目标：")])
def test_a_word_labelling_the_list_below_an_action_is_no_title(keyword: str, label: str) -> None:
    content = f"{keyword} 1\n\n{label}\n\n{_EN_ITEMS}"
    assert [row[:3] for row in parsed_rows(content)] == [
        ("objective-1", "heading", None),
        ("p-2", "unnumbered", "objective-1"),
        ("p-2.a", "subparagraph", "p-2"),
        ("p-2.b", "subparagraph", "p-2"),
    ]


def test_a_chapeau_with_prose_below_it_stays_a_paragraph_under_the_action() -> None:
    content = "Action 1\n\nWe decide to:\n\nact now and report back.\n"
    assert parsed_rows(content)[0] == ("action-1", "heading", None, "")
