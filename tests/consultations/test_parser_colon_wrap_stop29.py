"""Paragraph parser: in a text wrapped at its width without blank lines, a wrap right after an
operative paragraph's colon ("…from the following entities of the system:" + "FAO, ILO, … and the
World Bank.") no longer splits the paragraph: below a full line, one sentence ending at its full
stop goes on with it. A list, a vote or a title below a colon keeps its lines apart."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

_EN = """\
1. In its resolution 79/194, the General Assembly requested the
Secretary-General to submit a report on the implementation of that resolution.
2. Contributions were received from the following entities of the system:
{below}
3. The report draws on those contributions.
"""

_ZH = """\
1. 大会在第 79/194 号决议中请秘书长就该决议的执行情况提交一份报告，并
在报告中说明联合国系统为此开展的各项工作和取得的进展情况。
2. 从联合国系统下列实体收到了资料，各实体的资料均已按时提交：
{below}
3. 本报告借鉴了这些资料。
"""


def _paragraphs(text: str) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(text).paragraphs]


@pytest.mark.parametrize(
    ("template", "below", "expected"),
    [
        (
            _EN,
            "FAO, ILO, ITU, UNCTAD, UNDP, UNESCO, UNICEF, UN-Women and the World Bank.",
            "Contributions were received from the following entities of the system: FAO, ILO, "
            "ITU, UNCTAD, UNDP, UNESCO, UNICEF, UN-Women and the World Bank.",
        ),
        (
            _EN,
            "FAO, ILO, ITU, UNCTAD, UNDP, UNESCO, UNICEF, UN-Women, the World Bank and\n"
            "the International Monetary Fund.",
            "Contributions were received from the following entities of the system: FAO, ILO, "
            "ITU, UNCTAD, UNDP, UNESCO, UNICEF, UN-Women, the World Bank and the International "
            "Monetary Fund.",
        ),
        (
            _ZH,
            "粮农组织、劳工组织、国际电联、贸发会议、开发署、教科文组织和世界银行。",
            "从联合国系统下列实体收到了资料，各实体的资料均已按时提交：粮农组织、劳工组织、"
            "国际电联、贸发会议、开发署、教科文组织和世界银行。",
        ),
    ],
    ids=["en", "en-wrapped", "zh"],
)
def test_a_sentence_wrapped_after_its_colon_goes_on(
    template: str, below: str, expected: str
) -> None:
    paragraphs = _paragraphs(template.format(below=below))
    assert [anchor for anchor, _ in paragraphs] == ["1", "2", "3"]
    assert paragraphs[1][1] == expected


@pytest.mark.parametrize(
    ("template", "below"),
    [
        # A list's entries, each a line.
        (_EN, "Food and Agriculture Organization of the United Nations;\nWorld Bank."),
        (_ZH, "联合国粮食及农业组织；\n世界银行。"),
        # More than one sentence.
        (_EN, "FAO and ILO sent theirs in April. UNDP and UNICEF sent theirs in May."),
        # A vote's caption.
        (_EN, "In favour: Algeria, Argentina, Brazil, China, France and Zimbabwe."),
        # A title, unpunctuated.
        (_EN, "Political declaration of the high-level meeting on universal health coverage"),
    ],
    ids=["en-list", "zh-list", "two-sentences", "vote", "title"],
)
def test_what_a_colon_introduces_stays_apart(template: str, below: str) -> None:
    paragraphs = _paragraphs(template.format(below=below))
    assert paragraphs[1][1].endswith((":", "："))
    assert [anchor for anchor, _ in paragraphs][-1] == "3"
