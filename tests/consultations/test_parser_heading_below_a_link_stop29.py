"""Paragraph parser: in unnumbered prose, a heading right after a bare URL line that the colon
ending the paragraph above leads into ("…on the website:" + "https://…" + "Closing session")
is a heading of the text, as it is below a finished sentence: the URL, never paragraph text,
finishes that paragraph. It is no front matter, and the paragraph below it is under it."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
Next steps

The secretariat will post all statements on the website:
https://www.un.org/global-dialogue-ai

Closing session
{gap}The Chair thanked all participants and declared the Dialogue closed.
"""

_CHINESE = """\
今后的步骤

秘书处将在网站上公布所有发言稿：
https://www.un.org/global-dialogue-ai

闭幕会议
{gap}主席感谢所有与会者的积极参与，并宣布对话闭幕。
"""


@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize(
    ("text", "heading", "closing"),
    [
        (
            _ENGLISH,
            "Closing session",
            "The Chair thanked all participants and declared the Dialogue closed.",
        ),
        (_CHINESE, "闭幕会议", "主席感谢所有与会者的积极参与，并宣布对话闭幕。"),
    ],
)
def test_a_heading_after_the_link_a_colon_leads_into_is_kept(
    text: str, heading: str, closing: str, gap: str
) -> None:
    result = parse_document(text.format(gap=gap), "text")
    outline = [(p.anchor, p.kind, p.heading_path, p.text) for p in result.paragraphs]
    assert outline[1:] == [
        ("p-2", "heading", (), heading),
        ("p-3", "unnumbered", (heading,), closing),
    ]
    assert not any(heading in w.excerpt for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Draft outcome\n\nAdopts the following declaration:\n\nOur common future\n\n"
        "We recognize the urgency of action.\n",
        "成果草案\n\n通过以下宣言：\n\n我们的共同未来\n\n我们认识到采取行动的紧迫性。\n",
    ],
)
def test_a_title_below_a_colon_without_a_link_is_still_front_matter(text: str) -> None:
    kinds = [p.kind for p in parse_document(text, "text").paragraphs]
    assert "heading" not in kinds
