"""Paragraph parser: pandoc's table caption (": Schedule of meetings", "Table: 会议安排"), a
paragraph of its own right below or above a table, as pandoc writes Word's captioned tables,
goes with the table's rows, never a heading the paragraphs below would sit under. The same
line with no table beside it reads as before."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_ENGLISH = """\
The General Assembly,

1\\. *Decides* that the meetings shall be held as follows:

| Session | Date     |
|---------|----------|
| First   | May 2026 |

{caption}: Schedule of meetings

2\\. *Decides* to remain seized of the matter.
"""

_CHINESE = """\
大会，

1\\. *决定*会议安排如下：

| 届会   | 日期         |
|--------|--------------|
| 第一届 | 2026 年 5 月 |

{caption}: 会议安排

2\\. *决定*继续处理此问题。
"""

_CAPTION_ABOVE = """\
1\\. Decides to hold two sessions.

Table: Sessions

  Session   Date
  --------- ---------
  First     May 2026

2\\. Decides to remain seized of the matter.
"""


def _outline(text: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [
        (p.anchor, p.kind, p.heading_path, p.text)
        for p in parse_document(text, "markdown").paragraphs
    ]


@pytest.mark.parametrize("caption", ["", "Table"])
@pytest.mark.parametrize(
    ("text", "title"), [(_ENGLISH, "Schedule of meetings"), (_CHINESE, "会议安排")]
)
def test_a_caption_below_a_table_goes_with_its_rows(text: str, title: str, caption: str) -> None:
    outline = _outline(text.format(caption=caption))
    assert [anchor for anchor, *_ in outline] == ["p-1", "1", "2"]
    assert outline[1][3].endswith(f"\n{title}")
    assert outline[2][2] == ()


def test_a_caption_above_a_table_opens_the_tables_paragraph() -> None:
    assert _outline(_CAPTION_ABOVE) == [
        ("1", "operative", (), "Decides to hold two sessions."),
        ("p-2", "unnumbered", (), "Sessions\nSession Date\nFirst May 2026"),
        ("2", "operative", (), "Decides to remain seized of the matter."),
    ]


def test_a_setext_heading_reading_as_a_caption_stays_a_heading() -> None:
    outline = _outline("1\\. Decides.\n\nTable: Schedule\n---\n\nThe text below.\n")
    assert outline[1][1:] == ("heading", (), "Table: Schedule")
    assert outline[2][2] == ("Table: Schedule",)
