"""Paragraph parser: in plain text, a dash carrying an item's label ("- (a) …", "– （b）…", as
web copies and some converters print lettered lists) is that item, as the same line is in
Markdown: `1.a`, `1.b`, never an unnumbered paragraph keeping the dash. A dash before a
parenthesis that is no label ("- (see annex II) …") stays the text's."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
The General Assembly,

1. Decides to establish an independent panel on data governance, which shall:

- (a) Assess the state of data governance and its effects on development;
- (b) Report annually to the General Assembly;

2. Requests the Secretary-General to support the panel.
"""

_CHINESE = """\
大会，

1. 决定设立一个独立的数据治理小组，其任务是：

- （a）评估数据治理状况及其对发展的影响；

- （b）每年向大会提出报告；

2. 请秘书长支持该小组。
"""


def _outline(text: str, fmt: str = "text") -> list[tuple[str, str, str]]:
    return [(p.anchor, p.kind, p.text) for p in parse_document(text, fmt).paragraphs]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            _ENGLISH,
            "Assess the state of data governance and its effects on development;",
            "Report annually to the General Assembly;",
        ),
        (_CHINESE, "评估数据治理状况及其对发展的影响；", "每年向大会提出报告；"),
    ],
)
def test_a_dash_carrying_an_items_label_is_that_item(text: str, first: str, second: str) -> None:
    outline = _outline(text)
    assert ("1.a", "subparagraph", first) in outline
    assert ("1.b", "subparagraph", second) in outline
    assert [anchor for anchor, _, _ in outline][-1] == "2"
    assert [anchor for anchor, _, _ in outline] == [
        anchor for anchor, _, _ in _outline(text, "markdown")
    ]


def test_a_dash_before_a_parenthesis_that_is_no_label_stays_in_the_sentence() -> None:
    text = (
        "1. The Council took note of the report of the Panel, which it considered\n"
        "- (see annex II) together with the recommendations of the working group.\n"
    )
    assert [anchor for anchor, _, _ in _outline(text)] == ["1"]
