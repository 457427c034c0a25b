"""Paragraph parser: a recorded vote's lines, as pdftotext -layout sets them beside their captions
("In favour:        Algeria, …", "Against:          None", "反对：     无"), or its States below a
caption alone without a stop ("Against:" + "None"), are text, never headings over the paragraphs
after the vote; a list of States wrapped at its comma goes on. A title that only opens with a
caption's word ("Against corruption", "反对腐败") stays a heading."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_BESIDE_EN = """\
     12.   The Committee adopted the draft resolution by a recorded vote of 120 to 10,
with 30 abstentions. The voting was as follows:

     In favour:        Algeria, Brazil, China, India, Japan, Mexico, Nigeria,
                       Norway, Switzerland
     Against:          None
     Abstaining:       Argentina, France, Germany

     13.   Before the vote, the representative of Mexico made a statement.
"""

_BESIDE_ZH = """\
     12.   委员会以 120 票对 10 票、30 票弃权的记录表决结果通过了该决议草案。表决情况如下：

     赞成：     阿尔及利亚、巴西、中国、印度、日本、墨西哥、尼日利亚、
                挪威、瑞士
     反对：     无
     弃权：     阿根廷、法国、德国

     13.   在表决前，墨西哥代表发了言。
"""

_APPENDIX_EN = """\
     2.    Requests a report on the present resolution.

                                   Appendix

                     Recorded vote on draft resolution E/2024/L.19

In favour:         Algeria, Brazil, Japan, Mexico, Nigeria,
                   Norway, Switzerland
Against:           None
Abstaining:        United States of America
"""

_APPENDIX_ZH = """\
     2.    请提交一份关于本决议的报告。

                                   附录

                     对决议草案 E/2024/L.19 的记录表决

赞成：       阿尔及利亚、巴西、日本、墨西哥、尼日利亚、
             挪威、瑞士
反对：       无
弃权：       美利坚合众国
"""

_BELOW_EN = """\
12. The draft resolution was adopted by a recorded vote. The voting was as follows:

In favour:
Algeria, Brazil, China
Against:
None
Abstaining:
Argentina, France

13. Before the vote, the representative of Mexico made a statement.
"""

_BELOW_ZH = """\
12. 该决议草案经记录表决获得通过。表决情况如下：

赞成：
阿尔及利亚、巴西、中国
反对：
无
弃权：
阿根廷、法国

13. 在表决前，墨西哥代表发了言。
"""


def _rows(content: str) -> list[tuple[str, str, str]]:
    return [(p.anchor, p.kind, p.text) for p in parse_document(content).paragraphs]


@pytest.mark.parametrize(
    ("content", "last_state"),
    [(_BESIDE_EN, "Switzerland"), (_BESIDE_ZH, "瑞士")],
    ids=["en", "zh"],
)
def test_vote_lines_beside_their_captions_are_text(content: str, last_state: str) -> None:
    rows = _rows(content)
    assert [anchor for anchor, _, _ in rows] == ["12", "p-2", "p-3", "p-4", "13"]
    assert [kind for _, kind, _ in rows[1:4]] == ["unnumbered"] * 3
    assert rows[1][2].endswith(last_state)


@pytest.mark.parametrize(
    ("content", "last_state"),
    [(_APPENDIX_EN, "Switzerland"), (_APPENDIX_ZH, "瑞士")],
    ids=["en", "zh"],
)
def test_a_vote_in_an_appendix_goes_on_at_its_comma(content: str, last_state: str) -> None:
    rows = _rows(content)
    assert [anchor for anchor, _, _ in rows] == ["2", "appendix-1", "p-3", "p-4", "p-5"]
    assert [kind for _, kind, _ in rows[2:]] == ["unnumbered"] * 3
    assert rows[2][2].endswith(last_state)


@pytest.mark.parametrize("content", [_BELOW_EN, _BELOW_ZH], ids=["en", "zh"])
def test_states_below_a_caption_without_a_stop_are_text(content: str) -> None:
    rows = _rows(content)
    assert [anchor for anchor, _, _ in rows] == ["12"] + [f"p-{n}" for n in range(2, 8)] + ["13"]
    assert all(kind != "heading" for _, kind, _ in rows)


@pytest.mark.parametrize(
    "content",
    [
        "1. Decides to continue its work.\n\nAgainst corruption\n\n2. Calls upon States to act.\n",
        "1. 决定继续工作。\n\n反对腐败\n\n2. 吁请各国采取行动。\n",
    ],
    ids=["en", "zh"],
)
def test_a_title_opening_with_a_captions_word_stays_a_heading(content: str) -> None:
    assert [(anchor, kind) for anchor, kind, _ in _rows(content)][1] == ("p-2", "heading")
