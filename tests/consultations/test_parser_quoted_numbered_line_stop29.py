"""Paragraph parser: a numbered line inside a quotation the paragraph above opened ("Recalling
…, which reads: \\"…" + "5. We commit …\\"") is a line of that paragraph, not a paragraph of its
own nor a list restarting inside the text's: the text's own paragraphs numbered below it keep
their anchors. A quotation closed before the numbered lines leaves them paragraphs."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
The Commission,

Recalling paragraph 5 of its resolution 70/1, which reads: "The Agenda is universal.
5. We commit to act."

1. Decides to promote capacity-building;

2. Invites Member States to share experiences.
"""

_CHINESE = """\
委员会，

回顾以下谚语：

“授人以渔。
1. 这是一句古老的谚语。”

1. 决定促进能力建设；

2. 邀请会员国分享经验。
"""


def _outline(text: str) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(text).paragraphs]


@pytest.mark.parametrize(
    ("text", "quoted", "first", "second"),
    [
        (
            _ENGLISH,
            'Recalling paragraph 5 of its resolution 70/1, which reads: "The Agenda is'
            ' universal.\n5. We commit to act."',
            "Decides to promote capacity-building;",
            "Invites Member States to share experiences.",
        ),
        (
            _CHINESE,
            "“授人以渔。\n1. 这是一句古老的谚语。”",
            "决定促进能力建设；",
            "邀请会员国分享经验。",
        ),
    ],
)
def test_a_numbered_line_inside_a_quotation_is_the_quoting_paragraphs(
    text: str, quoted: str, first: str, second: str
) -> None:
    outline = _outline(text)
    assert outline[-3:] == [(outline[-3][0], quoted), ("1", first), ("2", second)]
    assert outline[-3][0].startswith("pp")
    assert not parse_document(text).warnings


@pytest.mark.parametrize(
    "text",
    [
        'The Commission,\n\nRecalling its "Pact for the Future",\n'
        "1. Decides to promote capacity-building;\n2. Invites Member States to act.\n",
        "委员会，\n\n回顾其“未来契约”，\n1. 决定促进能力建设；\n2. 邀请会员国采取行动。\n",
    ],
)
def test_numbered_lines_below_a_closed_quotation_are_paragraphs(text: str) -> None:
    assert [anchor for anchor, _ in _outline(text)][-2:] == ["1", "2"]
