"""Paragraph parser: goals listed below a colon and never set out ("…the following Goals:" +
"Goal 1. …", "Goal 2. …", "Goal 3. …" + "2. Decides …") are all entries of that list. Only the
last was (``objective-1`` and ``objective-2`` headings over nothing, "Goal 3." text), so the
same list read differently from one entry to the next."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ENGLISH = (
    "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
    "1. Reaffirms the following Sustainable Development Goals:\n\n"
    "Goal 1. End poverty in all its forms everywhere\n\n"
    "Goal 2. End hunger, achieve food security and improved nutrition\n\n"
    "Goal 3. Ensure healthy lives and promote well-being for all at all ages\n\n"
    "2. Decides to remain seized of the matter.\n"
)
CHINESE = (
    "大会，\n\n回顾其第70/1号决议，\n\n1. 重申以下可持续发展目标：\n\n"
    "目标1. 在全世界消除一切形式的贫困\n\n目标2. 消除饥饿，实现粮食安全\n\n"
    "目标3. 确保各年龄段人群的健康生活方式\n\n2. 决定继续处理此案。\n"
)


@pytest.mark.parametrize(("content", "goal"), [(ENGLISH, "Goal "), (CHINESE, "目标")])
def test_goals_listed_and_never_set_out_are_all_entries_of_the_list(
    content: str, goal: str
) -> None:
    paragraphs = parse_document(content).paragraphs
    assert [p.anchor for p in paragraphs] == ["p-1", "pp1", "1", "p-4", "p-5", "p-6", "2"]
    assert [p.text.split(".")[0] for p in paragraphs[3:6]] == [
        f"{goal}1",
        f"{goal}2",
        f"{goal}3",
    ]
    assert all(p.parent is None and p.heading_path == () for p in paragraphs)
